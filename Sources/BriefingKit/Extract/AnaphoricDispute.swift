/// A dispute whose claim is only pointed at: "British officials insist this is not the case",
/// "the campaign has denied it happened", "has denied that that was the case". The claim is what
/// the sentence before says, so the question asks that: "Is it true that European leaders do not
/// expect Vladimir Putin to accept …?" (the clause after its "say that", else the sentence).
struct AnaphoricDispute {
    let layer: TextLayer
    let lexicons: Lexicons

    /// Words that point back at a claim.
    private static let pointers: WordSet = ["this", "that", "it"]
    private static let copulas: WordSet = ["is", "was", "'s", "\u{2019}s", "were", "are"]
    /// What is said of the claim pointed at: "the case", "true", "happened".
    private static let claimHeads: WordSet = ["case", "true", "happened", "accurate", "correct"]
    /// Words after a verb of saying that open no reported clause ("said on Monday").
    private static let prepositions: WordSet = ["on", "in", "at", "to", "for", "with", "from", "about", "during", "after",
                                                "before", "by", "of"]

    /// The question about the previous sentence's claim, when `sentence` disputes a claim it
    /// only points at; nil otherwise, or when there is no sentence before in the paragraph or
    /// the one before.
    func question(in sentence: Sentence, parts: ClauseParts, phraser: QuestionPhraser) -> String? {
        guard pointsAtAClaim(sentence), let s = layer.sentenceIndex(ofToken: sentence.tokens.lowerBound), s > 0 else { return nil }
        let previous = layer.sentences[s - 1]
        guard previous.paragraph + 1 >= sentence.paragraph else { return nil }
        var start = previous.tokens.lowerBound
        // "Some experts say that …", "Fields says Lewandowski yanked her …": the reported clause
        if let verb = previous.tokens.dropLast().first(where: { i in
            lexicons.speechVerbs[layer.tokens[i]] != nil && !layer.tokens[i].lower.hasSuffix("ing")
                && layer.tokens[i + 1].kind == .word && !Self.prepositions.contains(layer.tokens[i + 1])
        }) {
            start = layer.tokens[verb + 1].lower == "that" ? verb + 2 : verb + 1
        }
        guard start < previous.tokens.upperBound else { return nil }
        return phraser.claimQuestion(from: start..<parts.clauseEnd(from: start, in: previous))
    }

    /// "this is not the case", "it happened", "that was true": a pointer, perhaps a copula and a
    /// negation, then a word saying the claim holds.
    private func pointsAtAClaim(_ sentence: Sentence) -> Bool {
        sentence.tokens.contains { i in
            guard Self.pointers.contains(layer.tokens[i]) else { return false }
            var j = i + 1
            if j < sentence.tokens.upperBound, Self.copulas.contains(layer.tokens[j]) { j += 1 }
            if j < sentence.tokens.upperBound, ["not", "n't"].contains(layer.tokens[j].lower) || layer.tokens[j].isNegativeContraction { j += 1 }
            if j < sentence.tokens.upperBound, layer.tokens[j].lower == "the" { j += 1 }
            guard j < sentence.tokens.upperBound, Self.claimHeads.contains(layer.tokens[j]) else { return false }
            // "it happened" needs no copula; "it true" is no clause
            return j > i + 1 || layer.tokens[j].lower == "happened"
        }
    }
}
