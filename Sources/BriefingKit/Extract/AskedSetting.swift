/// A sentence opening "Asked whether …," or "When asked about …,": a passive participle whose
/// unnamed agent put a question to the clause's subject, who then answers. Its "asked" is not a
/// verb of saying of another speaker, so the subject after it still opens the clause.
extension PositionExtractor {
    /// Whether `setting` (the tokens before the comma that precedes the subject) is one question
    /// put to the subject: "Asked" first (or after "When"), no other comma, no quotation.
    func isAskedSetting(_ setting: Range<Int>) -> Bool {
        guard !setting.isEmpty else { return false }
        var first = setting.lowerBound
        if layer.tokens[first].lower == "when", first + 1 < setting.upperBound { first += 1 }
        guard layer.tokens[first].lower == "asked" else { return false }
        return !setting.contains { i in
            layer.tokens[i].isMark(",") || isInsideQuotation(layer.tokens[i].range.lowerBound)
        }
    }

    /// Where the sentence's main clause starts: after an opening "Asked …," setting, else at
    /// the sentence's first token.
    func clauseStart(of sentence: Sentence) -> Int {
        let first = sentence.tokens.lowerBound
        guard let comma = (first..<sentence.tokens.upperBound).first(where: { layer.tokens[$0].isMark(",") }),
              isAskedSetting(first..<comma) else { return first }
        return comma + 1
    }
}
