/// "Ben Carson suggests reducing government regulations", "suggested building institutions to
/// house them": "suggest" proposes an act only when a gerund follows it; "suggested that …" and
/// "suggested a link" report a claim or an idea, not the subject's programme.
extension CommitmentExtractor {
    /// Words in "-ing" that are no gerund of an act ("suggested nothing", "suggested during …").
    private static let nonGerunds: WordSet = ["nothing", "something", "anything", "everything", "during", "morning",
                                              "evening", "according", "including", "regarding", "concerning",
                                              "notwithstanding", "following"]

    /// Whether the cue ending at `cueEnd` may stand as a commitment cue: any cue but "suggest",
    /// and "suggest" when the gerund of its act follows it.
    func admitsSuggestion(cueEnd: Int, in sentence: Sentence) -> Bool {
        guard layer.tokens[cueEnd].lower.hasPrefix("suggest") else { return true }
        let next = cueEnd + 1
        guard next < sentence.tokens.upperBound else { return false }
        let word = layer.tokens[next]
        return word.kind == .word && !word.isCapitalized && word.lower.hasSuffix("ing") && word.lower.count > 5
            && !Self.nonGerunds.contains(word)
    }
}
