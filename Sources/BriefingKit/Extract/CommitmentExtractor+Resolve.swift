/// Declared resolve: a copula with an adjective of resolve ("Trump is bent on securing the
/// nomination", "is intent on exercising maximum leverage", "delegates were still determined to
/// disrupt the convention", "we are laser focused on furthering that mission") binds its actor
/// to the act that follows, as "is committed to" does. After "on" the act is a gerund: "is
/// focused on the economy" names a topic, not an act.
extension CommitmentExtractor {
    static let resolvedModality = "resolved"
    /// What leads a gerund of resolve after "will": "is bent on securing the nomination" →
    /// "will work toward securing the nomination".
    static let resolvedLead = "work toward"

    /// Whether the cue of resolve ending before `i` is an "on" whose act, at `verb`, is no gerund.
    func lacksGerund(modality: String, cueEnd i: Int, verb: Int) -> Bool {
        modality == Self.resolvedModality && layer.tokens[i - 1].lower == "on" && !layer.tokens[verb].lower.hasSuffix("ing")
    }
}
