/// Subjects set off by commas before a cue: a relative named by a first name in apposition
/// ("Ann Bell's husband, Tom, is scheduled to speak" binds Tom Bell, whom the actor pass does
/// not know by his first name alone), and the actor a relative clause hangs on ("Ann Bell, who
/// announced a $2 billion plan on Monday, plans to …").
extension CommitmentExtractor {
    private static let kinNouns: Set<String> = ["wife", "husband", "son", "daughter", "brother", "sister", "mother", "father"]

    /// The relative named between `comma` and the comma before it, after "<person>'s
    /// <kin>": a known first name, one or two capitalized words, made an actor with the
    /// person's surname when only the first name is given.
    func relative(comma: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        let start = sentence.tokens.lowerBound
        guard comma - 5 >= start,
              let opening = ((comma - 3)..<comma).last(where: { layer.tokens[$0].isMark(",") }), comma - opening <= 3,
              Self.kinNouns.contains(layer.tokens[opening - 1].lower), opening - 2 >= start else { return nil }
        let names = (opening + 1)..<comma
        guard names.allSatisfy({ layer.tokens[$0].kind == .word && layer.tokens[$0].isCapitalized }),
              lexicons.firstNames.contains(layer.tokens[names.lowerBound].lower) else { return nil }
        let possessive = layer.tokens[opening - 2]
        guard possessive.lower.hasSuffix("'s") || possessive.lower.hasSuffix("\u{2019}s"),
              let m = subjects.registry.mention(endingAt: possessive.range.upperBound - 2),
              subjects.registry.entries[m.entry].kind == .person,
              let surname = subjects.registry.entries[m.entry].name.split(separator: " ").last else { return nil }
        let given = names.map { layer.tokens[$0].text }
        let name = (given.count == 1 ? given + [String(surname)] : given).joined(separator: " ")
        let mention = layer.tokens[names.lowerBound].range.lowerBound..<layer.tokens[names.upperBound - 1].range.upperBound
        let entry = subjects.registry.actor(key: "person:" + name.lowercased(), name: name, kind: .person)
        subjects.registry.addMention(mention, to: entry)
        return Subject(mention: mention, entry: entry, tokens: names)
    }

    /// The actor named before ", who …," or ", which …," when `comma` closes the relative
    /// clause: "Ann Bell, who announced a $2 billion plan on Monday, plans to focus on jobs".
    func relativeClauseHead(comma: Int, in sentence: Sentence, subjects: SubjectFinder) -> Subject? {
        var j = comma - 1
        while j - 1 > sentence.tokens.lowerBound, comma - j <= 30 {
            let word = layer.tokens[j]
            if word.isMark(",") || [".", ";", ":", "?", "!"].contains(word.text) && word.kind == .punctuation { return nil }
            if ["who", "which"].contains(word.lower), layer.tokens[j - 1].isMark(",") {
                return appositive(comma: j - 1, in: sentence, subjects: subjects)
            }
            j -= 1
        }
        return nil
    }

    private static let copulas: Set<String> = ["is", "was", "remains", "became", "been"]

    /// The actor a relative "who" binds through a predicate noun: "Dana Hill regularly incites
    /// violence and is a serial liar, xenophobe and birther who has repeatedly pledged to ban …"
    /// binds Dana Hill. Only across plain lowercase words, commas and "and"/"or" back to "is a"
    /// (or "is the", "was an"), and only a resolved actor as the copula's subject.
    func copularAntecedent(who: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        var j = who - 1
        while j - 1 > sentence.tokens.lowerBound, who - j <= 20 {
            let word = layer.tokens[j]
            if ["a", "an", "the"].contains(word.lower), Self.copulas.contains(layer.tokens[j - 1].lower) {
                let copula = j - 1
                guard copula > sentence.tokens.lowerBound else { return nil }
                let found = layer.tokens[copula - 1].lower == "and"
                    ? clauseSubject(before: copula - 1, in: sentence, subjects: &subjects)
                    : subjects.subject(before: copula, in: sentence)
                return found?.entry == nil ? nil : found
            }
            guard word.isMark(",") || word.kind == .word && !word.isCapitalized else { return nil }
            j -= 1
        }
        return nil
    }

    static let dashes: Set<String> = ["-", "\u{2013}", "\u{2014}", "\u{2015}", "--"]

    /// The actor named before an aside set off by dashes that closes at `dash`: "Sanders - who
    /// discussed a path ahead with advisers Wednesday - has vowed to fight on" binds Sanders.
    func dashedAsideHead(closing dash: Int, in sentence: Sentence, subjects: SubjectFinder) -> Subject? {
        guard let open = (max(sentence.tokens.lowerBound, dash - 40)..<dash).last(where: {
            Self.dashes.contains(layer.tokens[$0].text)
        }) else { return nil }
        return appositive(comma: open, in: sentence, subjects: subjects)
    }
}
