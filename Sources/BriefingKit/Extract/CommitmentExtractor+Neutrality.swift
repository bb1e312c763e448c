/// A declared neutrality after a commitment cue: "pledged to remain neutral in the race",
/// "plans to stay impartial", "would be 'neutral' in the talks". Declaring neutrality commits
/// the actor not to take sides (the guidelines' negative polarity), whatever the cue; a
/// negated cue ("will not be neutral") turns it back into taking sides.
extension CommitmentExtractor {
    /// Verbs that hold a state: "be", "remain", "stay".
    private static let stateVerbs: WordSet = ["be", "remain", "stay"]
    /// Adjectives of neutrality.
    private static let neutralWords: WordSet = ["neutral", "impartial"]
    /// What leads the action after "will not": "will not take sides in the race".
    static let neutralityLead = "take sides"

    /// The state verb and where the action's object starts (after the adjective and a closing
    /// quotation mark) when the words from `i` declare neutrality; nil otherwise.
    func declaredNeutrality(from i: Int, in sentence: Sentence) -> (verb: Int, objectStart: Int)? {
        let end = sentence.tokens.upperBound
        var j = i
        while j < end, isAdverb(layer.tokens[j]) { j += 1 }
        guard j < end, Self.stateVerbs.contains(layer.tokens[j]) else { return nil }
        var a = j + 1
        while a < end, isAdverb(layer.tokens[a]) || SentenceSplitter.openers.contains(layer.tokens[a].text) { a += 1 }
        guard a < end, Self.neutralWords.contains(layer.tokens[a]) else { return nil }
        var object = a + 1
        while object < end, SentenceSplitter.closers.contains(layer.tokens[object].text) { object += 1 }
        return (j, object)
    }

    /// "also", "strictly", "completely": a word that may stand between the cue, the verb and the adjective.
    private func isAdverb(_ token: Token) -> Bool {
        token.kind == .word && (token.lower.hasSuffix("ly") && token.lower.count > 4 || ["also", "still", "now"].contains(token.lower))
    }
}
