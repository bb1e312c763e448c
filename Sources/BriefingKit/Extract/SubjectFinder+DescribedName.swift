extension SubjectFinder {
    /// Words that open a description standing before a name in an inverted attribution.
    private static let descriptionOpeners: WordSet = ["a", "an", "the", "one", "another"]

    /// The longest description before its name ("a former aide to the mayor, Rob Vance").
    private static let descriptionLength = 10

    /// "…, said a former aide to the mayor, Rob Vance.": an inverted speaker described first
    /// (opened by a determiner at token `index`) and named in the apposition after a comma.
    /// The name is the speaker when it closes the sentence or is set off by a comma; nil when
    /// no name follows the description or a verb or quotation mark comes first.
    mutating func describedName(after index: Int, in sentence: Sentence) -> Subject? {
        guard index < sentence.tokens.upperBound, Self.descriptionOpeners.contains(layer.tokens[index]) else { return nil }
        var j = index + 1
        while j < sentence.tokens.upperBound, j - index <= Self.descriptionLength, layer.tokens[j].kind == .word,
              lexicons.speechVerbs[layer.tokens[j]] == nil, !["that", "who", "which", "and", "but"].contains(layer.tokens[j].lower) {
            j += 1
        }
        guard j > index + 1, j + 1 < sentence.tokens.upperBound, layer.tokens[j].isMark(","),
              let m = registry.mention(startingAt: layer.tokens[j + 1].range.lowerBound) else { return nil }
        let after = layer.tokenIndex(atOrAfter: m.range.upperBound)
        guard after >= sentence.tokens.upperBound || layer.tokens[after].isMark(",") || layer.tokens[after].isMark(".") else { return nil }
        return Subject(mention: m.range, entry: m.entry, tokens: (j + 1)..<after)
    }
}
