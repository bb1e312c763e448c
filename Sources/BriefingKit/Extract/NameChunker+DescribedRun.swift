extension NameChunker {
    /// Where a person's name starts inside a capitalized run that opens with a description of
    /// the person and has no known title ("Cleveland Police Chief Calvin Williams", "Palm Beach
    /// County Supervisor of Elections Susan Bucher", "White House Counsel W. Neil Eggleston"): the
    /// run ends with a first name and surname (an initial may stand before or after the first
    /// name) after two or more words of which the last is a dictionary word that is no first name,
    /// the office or job the run describes ("Chief", not "With", "Starring" or a body's word such
    /// as "House"). The surname is no acronym, no body's word and no word the article writes in
    /// lower case, and the first name and surname are not both dictionary words ("Don't Know What
    /// Will Happen", "Solid Rock Christian Church", "Defeat Crooked Hillary PAC"). Nil when the
    /// run does not end so.
    func describedRunNameStart(_ run: Range<Int>) -> Int? {
        for start in [run.upperBound - 2, run.upperBound - 3] where start - run.lowerBound >= 2 {
            guard isPersonName(start..<run.upperBound) else { continue }
            let role = layer.tokens[start - 1]
            guard role.kind == .word, !role.endsPossessive, !Self.connectors.contains(role),
                  lexicons.commonWords.contains(role.lower), !lexicons.firstNames.contains(role.lower),
                  !Self.isInitial(role), !Self.titleCaseSmallWords.contains(role), !role.lower.hasLiteralSuffix("ing"),
                  !lexicons.organizationWords.contains(role) else { continue }
            return start
        }
        return nil
    }

    /// A first name and surname, with at most one initial before the first name or after it
    /// ("Calvin Williams", "W. Neil Eggleston", "Joseph R. Biden").
    private func isPersonName(_ tokens: Range<Int>) -> Bool {
        let words = tokens.map { layer.tokens[$0] }
        let surname = words[words.count - 1], bare = surname.withoutPossessive
        guard words.allSatisfy({ $0.kind == .word && $0.isCapitalized }), !Self.isInitial(surname),
              bare != bare.uppercased(), !lexicons.organizationWords.contains(bare.lowercased()),
              !lowercaseWords.contains(bare.lowercased()) else { return false }
        if let given = words.first(where: { !Self.isInitial($0) }),
           lexicons.commonWords.contains(given.lower), lexicons.commonWords.contains(bare.lowercased()) { return false }
        switch words.count {
        case 2: return lexicons.firstNames.contains(words[0].lower)
        case 3:
            return Self.isInitial(words[0]) && lexicons.firstNames.contains(words[1].lower)
                || lexicons.firstNames.contains(words[0].lower) && Self.isInitial(words[1])
        default: return false
        }
    }

    /// A capital letter and a full stop ("W.").
    private static func isInitial(_ token: Token) -> Bool {
        let utf8 = token.text.utf8
        return utf8.count == 2 && utf8.last == UInt8(ascii: ".") && token.isCapitalized
    }
}
