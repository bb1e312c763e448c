/// "Ben Carson suggests reducing government regulations", "suggested building institutions to
/// house them": "suggest" proposes an act only when a gerund follows it; "suggested that …" and
/// "suggested a link" report a claim or an idea, not the subject's programme.
extension CommitmentExtractor {
    /// Whether the cue ending at `cueEnd` is no "suggest" or is followed by the gerund of its act.
    func isSuggestedAct(cueEnd: Int, in sentence: Sentence) -> Bool {
        guard layer.tokens[cueEnd].lower.hasPrefix("suggest") else { return true }
        let next = cueEnd + 1
        return next < sentence.tokens.upperBound && layer.tokens[next].lower.hasSuffix("ing") && layer.tokens[next].lower.count > 5
    }
}
