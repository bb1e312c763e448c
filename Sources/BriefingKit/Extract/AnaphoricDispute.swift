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
    /// Words before a verb of saying that make it a noun ("the claims angered aides").
    private static let determiners: WordSet = ["the", "a", "an", "his", "her", "their", "its", "these", "those", "such", "our"]
    /// First-person words: a claim in them is a speaker's, which the question cannot restate.
    private static let firstPerson: WordSet = ["i", "we", "me", "us", "my", "our"]

    /// The question about the previous sentence's claim, when `sentence` disputes a claim it
    /// only points at; nil otherwise.
    func question(in sentence: Sentence, parts: ClauseParts, phraser: QuestionPhraser) -> String? {
        guard pointsAtAClaim(sentence), let s = layer.sentenceIndex(ofToken: sentence.tokens.lowerBound), s > 0 else { return nil }
        let previous = layer.sentences[s - 1]
        let opensParagraph = s == 0 || layer.sentences[s - 1].paragraph != sentence.paragraph
        guard previous.paragraph == sentence.paragraph || opensParagraph && previous.paragraph + 1 == sentence.paragraph,
              layer.paragraphs[previous.paragraph].role != .headline,
              let start = claimStart(in: previous), start < previous.tokens.upperBound else { return nil }
        let claim = start..<parts.clauseEnd(from: start, in: previous)
        guard !claim.contains(where: { Self.firstPerson.contains(layer.tokens[$0]) }),
              layer.quotation(containing: layer.tokens[start].range.lowerBound) == nil else { return nil }
        return phraser.claimQuestion(from: claim)
    }

    /// Where the claim of a sentence starts: after "say that" or a bare "says" with its clause
    /// ("Fields says Lewandowski yanked her"), else at the sentence start; nil for a report to
    /// someone with no "that" ("told reporters Tuesday …").
    private func claimStart(in sentence: Sentence) -> Int? {
        guard let verb = sentence.tokens.dropLast().first(where: { i in
            i > sentence.tokens.lowerBound && lexicons.speechVerbs[layer.tokens[i]] != nil && !layer.tokens[i].lower.hasSuffix("ing")
                && !Self.determiners.contains(layer.tokens[i - 1])
        }) else { return sentence.tokens.lowerBound }
        if let that = ((verb + 1)..<min(verb + 6, sentence.tokens.upperBound)).first(where: { layer.tokens[$0].lower == "that" }) {
            return that + 1
        }
        let next = layer.tokens[verb + 1]
        guard next.kind == .word, next.isCapitalized || Self.determiners.contains(next) || Self.pointers.contains(next) else { return nil }
        return verb + 1
    }

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
