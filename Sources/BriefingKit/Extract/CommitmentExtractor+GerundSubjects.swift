/// The subject of a gerund cue in a phrase of its own: the actor blamed or praised for it
/// ("Clinton chastised Snyder for refusing to ask for federal assistance", "Democrats are mad at
/// Sanders for agreeing to the debate"), and the subject of the clause that a phrase opening the
/// sentence leads into ("By refusing to admit any fault, Trump appeared …").
extension CommitmentExtractor {
    /// "chastised Snyder for refusing to …": the actor named right before the "for" of the
    /// participle cue at `k`.
    func blamedSubject(cueAt k: Int, in sentence: Sentence, registry: ActorRegistry) -> Subject? {
        guard Self.participleCues.contains(layer.tokens[k].lower), k - 2 >= sentence.tokens.lowerBound,
              layer.tokens[k - 1].lower == "for",
              let m = registry.mention(endingAt: layer.tokens[k - 2].range.upperBound) else { return nil }
        return Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<(k - 1))
    }

    /// "By refusing to admit any fault, Trump appeared …": the actor opening the clause after the
    /// phrase that the preposition before the participle cue at `k` opens the sentence with.
    func openingPhraseSubject(cueAt k: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        guard k - 1 == sentence.tokens.lowerBound, Self.gerundPrepositions.contains(layer.tokens[k - 1].lower),
              let comma = (k..<sentence.tokens.upperBound).first(where: { layer.tokens[$0].isMark(",") }),
              let subject = subjects.subject(after: comma + 1, in: sentence, beforeItsVerb: true), subject.entry != nil
        else { return nil }
        return subject
    }
}
