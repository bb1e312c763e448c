/// Finds who speaks a quotation, so that "I" and "we" inside it resolve to the speaker:
/// `'…,' X said`, `'…,' said X` and `X said: '…'` in the quotation's own paragraph.
struct QuoteSpeaker {
    let layer: TextLayer
    let lexicons: Lexicons

    /// The speaker of the quotation holding token `k`, if the text names one next to it.
    func speaker(ofQuotationAt k: Int, subjects: inout SubjectFinder) -> Subject? {
        let offset = layer.tokens[k].range.lowerBound
        guard let quote = layer.quotation(containing: offset),
              let s = layer.sentenceIndex(containing: offset) else { return nil }
        let paragraph = layer.paragraphs[layer.sentences[s].paragraph]
        let paragraphSentences = layer.sentences[paragraph.sentences]
        guard let first = paragraphSentences.first, let last = paragraphSentences.last else { return nil }
        let tokens = first.tokens.lowerBound..<last.tokens.upperBound
        let whole = Sentence(range: paragraph.range, tokens: tokens, paragraph: first.paragraph)
        // after the closing mark: ", X said" / ", said X"
        var i = layer.tokenIndex(atOrAfter: quote.range.upperBound)
        let afterLimit = min(tokens.upperBound, i + 5)
        while i < afterLimit {
            if lexicons.speechVerbs[layer.tokens[i].lower] != nil {
                return subjects.subject(before: i, in: whole).flatMap { $0.mention.lowerBound >= quote.range.upperBound ? $0 : nil }
                    ?? subjects.subject(after: i + 1, in: whole)
            }
            i += 1
        }
        // before the opening mark: "X said: '…'"
        var j = layer.tokenIndex(atOrAfter: quote.range.lowerBound) - 1
        while j >= tokens.lowerBound, layer.tokens[j].kind == .punctuation { j -= 1 }
        if j >= tokens.lowerBound, lexicons.speechVerbs[layer.tokens[j].lower] != nil {
            return subjects.subject(before: j, in: whole)
        }
        return nil
    }
}
