/// Groups as committing actors (the guidelines count groups as actors): "Several senators have
/// vowed to block …", "A group of rabbis is planning to boycott …", "All of the GOP candidates
/// have pledged …". A group binds itself only where the cue declares the intention in so many
/// words; its bare future stays a forecast ("Latinos will turn out"), as the modal gate decides.
extension CommitmentExtractor {
    /// Words before a group's noun that count or pick its members, left out of its name.
    private static let groupQuantifiers: Set<String> = ["a", "an", "the", "all", "most", "many", "several", "some", "both",
                                                        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                                        "dozens", "hundreds", "thousands", "numerous", "other", "these", "those"]

    /// Quantifiers whose "of" phrase is the group itself ("all of the candidates have pledged"),
    /// unlike "none of" or "few of", which negate or belittle it.
    static let partitiveQuantifiers: Set<String> = ["all", "most", "many", "several", "some", "both", "each", "dozens",
                                                    "hundreds", "thousands"]

    /// Plural nouns that name no one in particular.
    private static let vagueGroups: Set<String> = ["others", "people", "ones", "folks", "things"]

    /// Words before a group's phrase that make it someone's ("his allies", "Iran, whose leaders"):
    /// whose group it is the phrase does not say.
    private static let possessors: Set<String> = ["his", "her", "its", "their", "our", "my", "your", "whose"]

    /// The group an unresolved plural noun phrase of lowercase words names, made an actor:
    /// "Several senators" → "Senators", "A group of rabbis" → "Rabbis". Nil when the phrase is no
    /// plural of a word for people (the nouns the subject finder knows, or the group nouns), or
    /// is someone's ("his allies").
    func unnamedGroup(_ subject: Subject, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        guard subject.entry == nil, let last = subject.tokens.last else { return nil }
        let before = subject.tokens.lowerBound - 1
        if Self.possessors.contains(layer.tokens[subject.tokens.lowerBound].lower)
            || before >= sentence.tokens.lowerBound && Self.possessors.contains(layer.tokens[before].lower) { return nil }
        let head = layer.tokens[last]
        let singular = String(head.lower.dropLast())
        guard head.kind == .word, !head.isCapitalized, head.lower.hasSuffix("s"), !head.lower.hasSuffix("ss"),
              !Self.vagueGroups.contains(head.lower),
              lexicons.groupNouns.contains(head) || SubjectFinder.isHeadNoun(singular) else { return nil }
        let words = subject.tokens.map { layer.tokens[$0] }.drop { Self.groupQuantifiers.contains($0.lower) }
        guard words.allSatisfy({ $0.kind == .word && !$0.isCapitalized }) else { return nil }
        let phrase = words.map(\.text).joined(separator: " ")
        let key = "group:" + (words.dropLast().map(\.lower) + [singular]).joined(separator: " ")
        let entry = subjects.registry.actor(key: key, name: phrase.prefix(1).uppercased() + phrase.dropFirst(), kind: .group)
        subjects.registry.addMention(subject.mention, to: entry)
        return Subject(mention: subject.mention, entry: entry, tokens: subject.tokens)
    }
}
