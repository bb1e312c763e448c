/// Inverted speakers described before they are named ("…, said a longtime clerk, Nina Shore"):
/// the name in the apposition is the speaker only when nothing in the description could be
/// the one the name belongs to instead ("a former aide to the mayor, Rob Vance").
extension SubjectFinder {
    /// Words that open a description standing before a name in an inverted attribution.
    private static let descriptionOpeners: WordSet = ["a", "an", "the", "one", "another"]

    /// Words that end a description before any name: a relative pronoun or a conjunction opens
    /// a clause ("said a clerk who …").
    private static let descriptionBreakers: WordSet = ["that", "who", "which", "and", "but"]

    /// Prepositions that bring a second noun phrase into a description ("a former aide to the
    /// mayor", "a spokeswoman for the governor", "the family of the victim"): the name after
    /// the comma may be that phrase's, not the speaker's.
    private static let descriptionPrepositions: WordSet = ["to", "for", "of", "at", "with", "from", "in", "on", "by",
                                                           "under", "behind", "near", "about", "against", "over"]

    /// Words that open a noun phrase after a participle ("representing the family").
    private static let phraseOpeners: WordSet = ["the", "a", "an", "this", "that", "these", "those", "his", "her",
                                                 "their", "its", "our", "my", "your"]

    /// The longest description before its name ("a longtime clerk at the county office, Nina Shore").
    private static let descriptionLength = 10

    /// "…, said a longtime clerk, Nina Shore.": an inverted speaker described first (opened by
    /// a determiner at token `index`) and named in the apposition after a comma. The name is the
    /// speaker when it closes the sentence or is set off by a comma; nil when no name follows
    /// the description, a verb or quotation mark comes first, or the name may belong to a noun
    /// inside the description (see `mayNameAnInnerNoun`).
    func describedName(after index: Int, in sentence: Sentence) -> Subject? {
        guard index < sentence.tokens.upperBound, Self.descriptionOpeners.contains(layer.tokens[index]) else { return nil }
        var j = index + 1
        while j < sentence.tokens.upperBound, j - index <= Self.descriptionLength, layer.tokens[j].kind == .word,
              lexicons.speechVerbs[layer.tokens[j]] == nil, !Self.descriptionBreakers.contains(layer.tokens[j]) {
            j += 1
        }
        guard j > index + 1, j + 1 < sentence.tokens.upperBound, layer.tokens[j].isMark(","),
              let m = registry.mention(startingAt: layer.tokens[j + 1].range.lowerBound),
              !mayNameAnInnerNoun((index + 1)..<j, entry: m.entry) else { return nil }
        let after = layer.tokenIndex(atOrAfter: m.range.upperBound)
        guard after >= sentence.tokens.upperBound || layer.tokens[after].isMark(",") || layer.tokens[after].isMark(".") else { return nil }
        return Subject(mention: m.range, entry: m.entry, tokens: (j + 1)..<after)
    }

    /// Whether the name after `description` may belong to a noun inside it rather than to its
    /// head: the description holds a preposition or a participle before a noun phrase ("a
    /// spokeswoman for the governor", "a lawyer representing the family"), or a word before its
    /// head that the text elsewhere gives the named actor as a title ("the mayor's aide" for
    /// "Mayor Rob Vance") while the head is not one of that actor's.
    private func mayNameAnInnerNoun(_ description: Range<Int>, entry: Int) -> Bool {
        for i in description {
            let token = layer.tokens[i]
            if Self.descriptionPrepositions.contains(token) { return true }
            if token.lower.hasLiteralSuffix("ing"), i + 1 < description.upperBound,
               Self.phraseOpeners.contains(layer.tokens[i + 1]) || layer.tokens[i + 1].isCapitalized {
                return true
            }
        }
        let descriptors = registry.entries[entry].descriptors
        guard let head = description.last, !descriptors.contains(layer.tokens[head].lower) else { return false }
        return description.dropLast().contains { descriptors.contains(layer.tokens[$0].lower) && lexicons.titles[layer.tokens[$0].lower] != nil }
    }
}
