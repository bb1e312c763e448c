/// A dispute whose claim is only pointed at: "British officials insist this is not the case",
/// "the campaign has denied it happened", "has denied that that was the case". The claim is what
/// the sentence before says, so the question asks that: "Is it true that European leaders do not
/// expect Vladimir Putin to accept …?" (the clause after its "say that", else the sentence).
/// The sentence before must be in the same paragraph, or end the paragraph before when the
/// dispute opens its own; a headline, a quotation in the first person or a clause that makes no
/// question leaves the dispute to be asked in its own words.
struct AnaphoricDispute {
    let layer: TextLayer
    let lexicons: Lexicons

    /// Words that point back at a claim.
    private static let pointers: WordSet = ["this", "that", "it"]
    private static let copulas: WordSet = ["is", "was", "'s", "\u{2019}s", "were", "are", "isn't", "wasn't", "isn\u{2019}t",
                                           "wasn\u{2019}t"]
    /// What is said of the claim pointed at after a copula: "(is not) the case", "(was) true".
    private static let claimHeads: WordSet = ["case", "true", "accurate", "correct"]
    /// Words after the head that make it something else: "the case against her", "true that …".
    private static let headContinuations: WordSet = ["that", "of", "against", "for", "in", "to", "with"]
    /// First-person words: a claim in them is a speaker's, which the question cannot restate.
    private static let firstPerson: WordSet = ["i", "we", "me", "us", "my", "our"]

    /// The question about the previous sentence's claim, when `sentence` disputes a claim it
    /// only points at: "Which side is right?" when that claim cannot be restated; nil when the
    /// sentence points at no claim.
    func question(in sentence: Sentence, parts: ClauseParts, phraser: QuestionPhraser) -> String? {
        guard pointsAtAClaim(sentence) else { return nil }
        return claimQuestion(before: sentence, parts: parts, phraser: phraser) ?? QuestionShape.safe(for: .disputed, condition: nil)
    }

    private func claimQuestion(before sentence: Sentence, parts: ClauseParts, phraser: QuestionPhraser) -> String? {
        guard let s = layer.sentenceIndex(ofToken: sentence.tokens.lowerBound), s > 0 else { return nil }
        let previous = layer.sentences[s - 1]
        guard previous.paragraph + 1 >= sentence.paragraph, layer.paragraphs[previous.paragraph].role != .headline,
              let claim = claim(of: previous, parts: parts),
              !claim.contains(where: { Self.firstPerson.contains(layer.tokens[$0]) }) else { return nil }
        return phraser.claimQuestion(from: claim)
    }

    /// The claim a sentence makes: the quotation it opens with ("“The mayor lied,” Hill said"),
    /// the clause reported right after a verb of saying and a time ("Hill said on Monday (that)
    /// the mayor lied"), or the sentence itself when it reports nothing; nil when the report is
    /// in a relative clause or is told to someone ("told reporters …").
    private func claim(of sentence: Sentence, parts: ClauseParts) -> Range<Int>? {
        let first = sentence.tokens.lowerBound
        if let quote = layer.quotation(containing: layer.tokens[first].range.lowerBound) {
            let inner = layer.tokenIndex(atOrAfter: quote.inner.lowerBound)..<layer.tokenIndex(atOrAfter: quote.inner.upperBound)
            return inner.isEmpty ? nil : inner
        }
        guard let verb = sentence.tokens.dropLast().first(where: { i in
            i > first && lexicons.speechVerbs[layer.tokens[i]] != nil && !layer.tokens[i].lower.hasSuffix("ing")
        }) else { return first..<parts.clauseEnd(from: first, in: sentence) }
        let before = layer.tokens[verb - 1]
        // "Hill's claims that …", "the claims" (a determiner makes the word a noun), "Hill, who said …":
        // a noun, or a report inside an aside
        guard !before.endsPossessive, !PositionExtractor.determiners.contains(before), !["who", "which"].contains(before.lower) else { return nil }
        var start = verb + 1
        while start < sentence.tokens.upperBound, start - verb <= 3,
              Self.timeWords.contains(layer.tokens[start]) || PositionExtractor.timeWords.contains(layer.tokens[start]) { start += 1 }
        if start < sentence.tokens.upperBound, layer.tokens[start].lower == "that" { start += 1 }
        guard start < sentence.tokens.upperBound, layer.tokens[start].kind == .word,
              layer.tokens[start].isCapitalized || PositionExtractor.determiners.contains(layer.tokens[start]) || Self.pointers.contains(layer.tokens[start])
        else { return nil }
        return start..<parts.clauseEnd(from: start, in: sentence)
    }

    /// Words of time between a verb of saying and what it reports ("said on Monday", "said last week").
    private static let timeWords: WordSet = ["on", "last", "this", "yesterday", "today", "earlier", "later"]

    /// "this is not the case", "that was true", "it happened": a pointer, then a copula, perhaps
    /// a negation and "the", and a word saying the claim holds; or "it" right before "happened".
    private func pointsAtAClaim(_ sentence: Sentence) -> Bool {
        sentence.tokens.contains { i in
            guard Self.pointers.contains(layer.tokens[i]), i + 1 < sentence.tokens.upperBound else { return false }
            if layer.tokens[i].lower == "it", layer.tokens[i + 1].lower == "happened" { return true }
            var j = i + 1
            guard Self.copulas.contains(layer.tokens[j]) else { return false }
            j += 1
            if j < sentence.tokens.upperBound, layer.tokens[j].lower == "not" || layer.tokens[j].isNegativeContraction { j += 1 }
            if j < sentence.tokens.upperBound, layer.tokens[j].lower == "the" { j += 1 }
            guard j < sentence.tokens.upperBound, Self.claimHeads.contains(layer.tokens[j]) else { return false }
            return j + 1 >= sentence.tokens.upperBound || !Self.headContinuations.contains(layer.tokens[j + 1])
        }
    }
}
