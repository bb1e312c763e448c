/// A speaker's own "I would …" / "we would …": in the speaker's own words a positive "would" is
/// as a rule a hypothetical or a preference ("I would choose Trump", "If I were in my 40s, I'd
/// go back to school", "I would love to have him run"), not a pledge. It binds only where the
/// speaker's words themselves report it as said or vowed ("I've always said that I would support
/// the nominee", "I made a vow that we would do everything"); a negative "I wouldn't …" is a
/// refusal and binds as before.
extension CommitmentExtractor {
    /// Nouns by which speakers report their own pledge: "I gave them my word that we would …".
    private static let pledgeNouns: WordSet = ["vow", "promise", "pledge", "word", "commitment"]

    /// Whether the first-person subject at `subject` follows "that" after a verb of saying or
    /// pledging, or a pledge noun, within its own quotation (or sentence, for an op-ed author's
    /// unquoted words): "I've always said, before this campaign began, that I would …". Not
    /// "it is clear that I would choose …" nor "I regret to say, I would bet …".
    func isOwnReport(before subject: Int, in sentence: Sentence) -> Bool {
        let quote = layer.quotation(containing: layer.tokens[subject].range.lowerBound)
        let start = quote.map { max(sentence.tokens.lowerBound, layer.tokenIndex(atOrAfter: $0.inner.lowerBound)) }
            ?? sentence.tokens.lowerBound
        guard subject - 1 > start, layer.tokens[subject - 1].lower == "that" else { return false }
        return (start..<(subject - 1)).contains {
            let word = layer.tokens[$0]
            return lexicons.speechVerbs[word.lower] != nil || Self.pledgeWords.contains(word) || Self.pledgeNouns.contains(word)
        }
    }
}
