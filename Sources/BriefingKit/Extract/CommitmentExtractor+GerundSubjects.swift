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
        let start = layer.tokenIndex(atOrAfter: m.range.lowerBound)
        // "criticized by (Senator) Bernie Sanders for refusing …", "won praise from Ted Cruz for
        // agreeing …": the one who blames or praises is not the one who refuses or agrees
        var before = start - 1
        while before > sentence.tokens.lowerBound, start - before <= 3, layer.tokens[before].isCapitalized { before -= 1 }
        if before >= sentence.tokens.lowerBound, Self.agentPrepositions.contains(layer.tokens[before]) { return nil }
        return Subject(mention: m.range, entry: m.entry, tokens: start..<(k - 1))
    }

    /// Prepositions before the one who blames or praises.
    private static let agentPrepositions: WordSet = ["by", "from", "of", "to", "with"]

    /// "By refusing to admit any fault, Trump appeared …": the actor opening the clause after the
    /// phrase that the preposition before the participle cue at `k` opens the sentence with.
    func openingPhraseSubject(cueAt k: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        guard k - 1 == sentence.tokens.lowerBound, Self.gerundPrepositions.contains(layer.tokens[k - 1].lower),
              let comma = (k..<sentence.tokens.upperBound).first(where: { layer.tokens[$0].isMark(",") }),
              let subject = subjects.subject(after: comma + 1, in: sentence, beforeItsVerb: true), subject.entry != nil
        else { return nil }
        // "While refusing to endorse Trump, Paul Ryan's aides said …": the owner of the subject is no subject
        let last = layer.tokenIndex(atOrAfter: subject.mention.upperBound) - 1
        guard !layer.tokens[last].endsPossessive else { return nil }
        return subject
    }
}
