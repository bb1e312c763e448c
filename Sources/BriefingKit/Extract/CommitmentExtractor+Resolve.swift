/// Declared resolve: a copula with an adjective of resolve ("Trump is bent on securing the
/// nomination", "is intent on exercising maximum leverage", "delegates were still determined to
/// disrupt the convention", "we are laser focused on furthering that mission") binds its actor
/// to the act that follows, as "is committed to" does. After "on" the act is a gerund: "is
/// focused on the economy" names a topic, not an act. Not someone else's charge ("Sanders said
/// Clinton is bent on starting a war"), nor a past resolve the sentence dates or settles
/// (`isPastIntention`).
extension CommitmentExtractor {
    static let resolvedModality = "resolved"
    /// What leads a gerund of resolve after "will": "is bent on securing the nomination" →
    /// "will work toward securing the nomination".
    static let resolvedLead = "work toward"

    /// Nouns in "-ing" that are no gerund of an act ("focused on nothing else", "on spending").
    private static let ingNouns: Set<String> = ["nothing", "something", "anything", "everything", "thing", "things",
                                                "spring", "string", "king", "ring", "wing", "ceiling", "morning", "evening",
                                                "offing", "wedding", "clothing", "outing", "feeling"]

    /// Whether the cue of resolve ending before `i` is an "on" whose act, at `verb`, is no gerund:
    /// a lower-case word in "-ing" that is no noun.
    func lacksGerund(modality: String, cueEnd i: Int, verb: Int) -> Bool {
        guard modality == Self.resolvedModality, layer.tokens[i - 1].lower == "on" else { return false }
        let word = layer.tokens[verb]
        return !word.lower.hasSuffix("ing") || word.isCapitalized || Self.ingNouns.contains(word.lower)
    }
}
