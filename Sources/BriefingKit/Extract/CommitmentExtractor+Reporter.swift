/// A report whose subject names itself again: "Coca-Cola indicated it would give $75,000",
/// "Organizers of both conventions insist they will meet their targets", "Rashad Robinson, Color
/// of Change's executive director, said his group will continue to press companies". Right after
/// the reporting word, "it" and "they" are the reporter's own word for itself, and "his group"
/// or "our organization" is the organization the reporter speaks for, whatever actor the
/// pronoun resolution picked from the sentences before.
extension CommitmentExtractor {
    private static let ownPossessives: Set<String> = ["his", "her", "their", "our"]

    /// The reporter as the subject of its own report, keeping the pronoun as the mention; nil
    /// when the subject is no such pronoun or phrase, stands after no report, or the reporter
    /// cannot be what the word refers to (a person is never "it"; "his group" needs the
    /// reporter's known affiliation).
    func reporterItself(_ subject: Subject, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        let words = subject.tokens.map { layer.tokens[$0].lower }
        guard words.count <= 2, let report = pronounReport(before: subject, in: sentence),
              let by = subjects.subject(before: report, in: sentence)?.entry else { return nil }
        let kind = subjects.registry.entries[by].kind
        // a name the actor finder took for a person's without a first name ("Coca-Cola indicated
        // it would …"): its own "it" or "they" says it is none (but "Projections suggest it would
        // …" is a common word opening a sentence, which the text never capitalizes elsewhere)
        let nonPerson = kind != .person || !isPersonName(subjects.registry.entries[by].name)
            && (!lexicons.commonWords.contains(subjects.registry.entries[by].name.lowercased())
                || isNamedMidSentence(subjects.registry.entries[by].mentions))
        let bound: Int?
        switch words {
        case ["it"]: bound = nonPerson && kind != .group ? by : nil
        case ["they"]: bound = nonPerson ? by : nil
        case let pair where pair.count == 2 && Self.ownPossessives.contains(pair[0]) && SubjectFinder.isOrganizationHead(pair[1]):
            bound = kind == .person ? subjects.organization(of: by) : nil
        default: bound = nil
        }
        return bound.map { Subject(mention: subject.mention, entry: $0, tokens: subject.tokens) }
    }

    /// Whether a name opens with a known first name ("Rashad Robinson", not "Coca-Cola").
    private func isPersonName(_ name: String) -> Bool {
        name.split(separator: " ").first.map { lexicons.firstNames.contains($0.lowercased()) } ?? false
    }

    /// Whether some mention stands right after a lowercase word, so that its capital is a name's.
    private func isNamedMidSentence(_ mentions: [Range<Int>]) -> Bool {
        mentions.contains { mention in
            let t = layer.tokenIndex(atOrAfter: mention.lowerBound)
            return t > 0 && layer.tokens[t - 1].kind == .word && !layer.tokens[t - 1].isCapitalized
        }
    }
}
