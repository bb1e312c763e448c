extension ActorExtractor {
    /// The surname of the person a possessive "his" or "her" before a group noun refers to
    /// ("Sanders spoke. His supporters cheered": "Sanders"): the one person named in that
    /// sentence or the one before whom the text does not show to be of the other gender; nil
    /// for other words, for none, and for two such people ("Cruz's battle with Trump … the
    /// senator and his allies": either may be meant).
    func personOwning(pronoun index: Int, after floor: Int, registry: ActorRegistry) -> String? {
        let token = layer.tokens[index]
        let gender: Gender
        switch token.lower {
        case "his": gender = .male
        case "her": gender = .female
        default: return nil
        }
        let lexicons = self.lexicons, text = layer.text
        let fits = { (entry: ActorRegistry.Entry) in
            SubjectFinder.gender(of: entry, lexicons: lexicons, text: text).map { $0 == gender } ?? true
        }
        let offset = token.range.lowerBound
        guard let entry = registry.nearest(before: offset, kinds: [.person], notBefore: floor, where: fits) else { return nil }
        let owner = registry.entries[entry]
        guard registry.nearest(before: offset, kinds: [.person], notBefore: floor, where: { $0.id != owner.id && fits($0) }) == nil
        else { return nil }
        return NameWords.split(owner.name).last
    }
}

extension ActorExtractor {
    /// Words that pick one member out of a group: "one of his advisers" is a person, not the group.
    private static let singlingWords: WordSet = ["one", "any", "none", "each", "either", "neither"]

    /// Whether "one of", "any of" … stands right before token `index`.
    func isSingledOut(before index: Int) -> Bool {
        index >= 2 && layer.tokens[index - 1].lower == "of" && Self.singlingWords.contains(layer.tokens[index - 2])
    }
}

extension ActorExtractor {
    /// Words after which a possessive phrase is no verb's object: it opens the sentence or a
    /// clause, or stands in a prepositional phrase ("among her supporters", "his aides argued").
    private static let nonVerbOpeners: WordSet = ["and", "but", "or", "that", "while", "as", "of", "among", "to", "with",
                                                  "for", "by", "from", "between", "within"]

    /// Whether the word before token `index` is a lower-case word that may be a verb, whose object
    /// the phrase then is ("sought to calm his supporters"): such a phrase is not the actor that a
    /// later participle's subject search should find.
    func isObject(after index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = layer.tokens[index - 1]
        return previous.kind == .word && !previous.isCapitalized && !Self.nonVerbOpeners.contains(previous)
    }
}
