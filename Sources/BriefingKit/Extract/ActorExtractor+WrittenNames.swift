extension ActorExtractor {
    /// Organizations named as the article writes them: a known organization the text never calls
    /// by its lexicon name takes the shortening of it the text uses most ("NBC" for NBC News,
    /// "Breitbart" for Breitbart News), and a name the text writes after a capital "The" inside a
    /// sentence keeps it ("The Hill", "The Buffalo News"): a reader (and an annotator) knows the
    /// actor by the text's own words.
    func nameOrganizationsAsWritten(in registry: inout ActorRegistry) {
        for index in registry.entries.indices where registry.entries[index].kind == .organization {
            let entry = registry.entries[index]
            var counts: [String: Int] = [:], first: [String: Int] = [:]
            var theBefore: [String: (capital: Int, other: Int)] = [:]
            for range in entry.mentions where !isHeadlineMention(range) {
                let form = NameWords.singleSpaced(layer.string(range))
                guard let initial = form.unicodeScalars.first, ScalarClass.isUppercase(initial) else { continue }
                counts[form, default: 0] += 1
                if first[form] == nil { first[form] = range.lowerBound }
                if let capital = followsCapitalThe(range) {
                    var tally = theBefore[form] ?? (0, 0)
                    if capital { tally.capital += 1 } else { tally.other += 1 }
                    theBefore[form] = tally
                }
            }
            var name = entry.name
            let lowerName = name.lowercased()
            // "the Washington Post" writes "The Washington Post" with the article in lower case
            if lexicons.organizations[lowerName] == name,
               !counts.keys.contains(where: { $0.lowercased() == lowerName || "the " + $0.lowercased() == lowerName }) {
                // the lexicon's name is not the text's: the most frequent shortening of it the text
                // writes ("NBC" of "NBC News"); an acronym or a members' plural ("GOP", "Republicans")
                // is no shortening, and the fuller name stays
                let words = NameWords.split(lowerName)
                let forms = counts.keys.filter { lexicons.organizations[$0.lowercased()] == name && Self.isRun(NameWords.split($0.lowercased()), of: words) }
                if let best = forms.max(by: { (counts[$0]!, -first[$0]!) < (counts[$1]!, -first[$1]!) }) { name = best }
            }
            if !name.hasPrefix("The "), let tally = theBefore[name], tally.capital > 0, tally.capital >= tally.other {
                name = "The " + name
            }
            if name != entry.name { registry.rename(index, to: name) }
        }
    }

    /// Whether `part` is a run of consecutive words of `whole`.
    static func isRun(_ part: [String], of whole: [String]) -> Bool {
        guard !part.isEmpty, part.count <= whole.count else { return false }
        return (0...(whole.count - part.count)).contains { Array(whole[$0..<($0 + part.count)]) == part }
    }

    /// Whether the mention is in the headline, whose Title Case capitals say nothing of a name.
    private func isHeadlineMention(_ range: Range<Int>) -> Bool {
        let token = layer.tokenIndex(atOrAfter: range.lowerBound)
        guard let sentence = layer.sentenceIndex(ofToken: token) else { return true }
        return layer.paragraphs[layer.sentences[sentence].paragraph].role == .headline
    }

    /// Whether the word before the mention is "The" (true) or another word (false), after a
    /// word of the same sentence; nil when the mention or that "The" opens the sentence or a
    /// quotation, where a capital says nothing.
    private func followsCapitalThe(_ range: Range<Int>) -> Bool? {
        let token = layer.tokenIndex(atOrAfter: range.lowerBound)
        guard token > 1, let sentence = layer.sentenceIndex(ofToken: token),
              token - 1 > layer.sentences[sentence].tokens.lowerBound else { return nil }
        guard layer.tokens[token - 1].text == "The" else { return false }
        return layer.tokens[token - 2].kind == .word ? true : nil
    }
}
