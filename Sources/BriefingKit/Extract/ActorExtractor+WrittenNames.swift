extension ActorExtractor {
    /// Organizations named as the article writes them: a known organization the text never calls
    /// by its lexicon name takes the shortening of it the text uses most ("NBC" for NBC News,
    /// "Breitbart" for Breitbart News), else the other name of several words it uses most
    /// ("Department of Justice" for the Justice Department), and a name the text writes after a capital "The" inside a
    /// sentence keeps it ("The Hill", "The Buffalo News"): a reader (and an annotator) knows the
    /// actor by the text's own words.
    func nameOrganizationsAsWritten(in registry: inout ActorRegistry) {
        for index in registry.entries.indices where registry.entries[index].kind == .organization {
            let entry = registry.entries[index]
            // each written form: how often the text writes it, and where first
            var forms: [String: (count: Int, first: Int)] = [:]
            var theBefore: [String: (capital: Int, other: Int)] = [:]
            for range in entry.mentions where !isHeadlineMention(range) {
                let form = NameWords.singleSpaced(layer.string(range))
                guard let initial = form.unicodeScalars.first, ScalarClass.isUppercase(initial) else { continue }
                forms[form, default: (0, range.lowerBound)].count += 1
                switch wordBefore(range) {
                case .capitalThe: theBefore[form, default: (0, 0)].capital += 1
                case .otherWord: theBefore[form, default: (0, 0)].other += 1
                case .unreadable: break
                }
            }
            var name = entry.name
            let lowerName = name.lowercased()
            // "the Washington Post" writes "The Washington Post" with the article in lower case
            if lexicons.organizations[lowerName] == name,
               !forms.keys.contains(where: { $0.lowercased() == lowerName || "the " + $0.lowercased() == lowerName }) {
                // the lexicon's name is not the text's: the most frequent shortening of it the text
                // writes ("NBC" of "NBC News"); an acronym or a members' plural ("GOP", "Republicans")
                // is no shortening, and the fuller name stays
                let words = NameWords.split(lowerName)
                let shortenings = forms.filter {
                    lexicons.organizations[$0.key.lowercased()] == name && Self.isRun(NameWords.split($0.key.lowercased()), of: words)
                }
                // none: another name of it the text writes in several words ("Department of
                // Justice" for the Justice Department, "BuzzFeed News" for BuzzFeed)
                let written = shortenings.isEmpty ? forms.filter {
                    lexicons.organizations[$0.key.lowercased()] == name && NameWords.split($0.key.lowercased()).count > 1
                } : shortenings
                if let best = written.max(by: { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }) {
                    name = best.key
                }
            }
            if !name.hasPrefix("The "), let tally = theBefore[name], tally.capital > 0, tally.capital >= tally.other {
                name = "The " + name
            }
            if name != entry.name { registry.rename(index, to: name) }
        }
    }

    /// Whether `part` is a run of consecutive words of `whole`.
    private static func isRun(_ part: [String], of whole: [String]) -> Bool {
        guard !part.isEmpty, part.count <= whole.count else { return false }
        return (0...(whole.count - part.count)).contains { whole[$0..<($0 + part.count)].elementsEqual(part) }
    }

    /// Whether the mention is in the headline, whose Title Case capitals say nothing of a name;
    /// a mention in no sentence counts as one too (true): it is neither counted nor tallied.
    private func isHeadlineMention(_ range: Range<Int>) -> Bool {
        let token = layer.tokenIndex(atOrAfter: range.lowerBound)
        guard let sentence = layer.sentenceIndex(ofToken: token) else { return true }
        return layer.paragraphs[layer.sentences[sentence].paragraph].role == .headline
    }

    /// What stands before an organization's mention, as evidence of a capital "The" in its name.
    private enum WordBefore {
        /// "The", after a word of the same sentence ("told The Hill").
        case capitalThe
        /// Another word or mark ("told the Hill", "said Hill").
        case otherWord
        /// The mention or that "The" opens the sentence or a quotation, where a capital says nothing.
        case unreadable
    }

    /// What stands before the mention at `range`.
    private func wordBefore(_ range: Range<Int>) -> WordBefore {
        let token = layer.tokenIndex(atOrAfter: range.lowerBound)
        guard token > 1, let sentence = layer.sentenceIndex(ofToken: token),
              token - 1 > layer.sentences[sentence].tokens.lowerBound else { return .unreadable }
        guard layer.tokens[token - 1].text == "The" else { return .otherWord }
        return layer.tokens[token - 2].kind == .word ? .capitalThe : .unreadable
    }
}
