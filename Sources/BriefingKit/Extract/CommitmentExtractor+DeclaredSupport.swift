/// A declared support: "Mr. Ryan reiterated his support for Mr. Trump", "the GOP leaders have
/// signaled their support for the delay", "pledged his support to the Trump campaign". Pledging
/// or restating one's support binds one to it, as "will support" does: the supported is the
/// action ("will support Mr. Trump"), the stance positive. So does a declared commitment
/// ("Clinton pledged her commitment to some of the causes", "reaffirmed their shared
/// commitment to degrading ISIL": "will stay committed to …").
///
/// Only verbs that pledge or restate a standing support count: not an endorsement made once
/// ("threw her support behind Cruz", "announced his support for Kasich": a past act that binds
/// nothing further, GUIDELINES.md §4), nor words that merely describe the support ("his support
/// for Trump makes him …", "expressed support for the victims"); and only as the
/// clause's own verb: "declined to affirm his support" or "plans to narrow her support" declare
/// nothing (but "continued to affirm their support" still does).
extension CommitmentExtractor {
    /// The modality of a declared support.
    static let declaredSupportModality = "declared support"
    /// What leads the supported after "will": "will support Mr. Trump".
    static let declaredSupportLead = "support"
    /// The modality of a declared commitment, and what leads its object after "will".
    static let declaredCommitmentModality = "declared commitment"
    static let declaredCommitmentLead = "stay committed to"

    private static let declaringVerbs: WordSet = ["reiterated", "reiterates", "reaffirmed", "reaffirms", "affirmed", "affirms",
                                                  "pledged", "pledges", "signaled", "signals", "signalled", "declared", "declares",
                                                  "pronounced", "restated", "restates"]
    /// Base forms that declare after a verb of continuing: "continued to affirm their support".
    private static let continuedVerbs: WordSet = ["affirm", "reaffirm", "reiterate", "pledge", "signal", "declare"]
    private static let continuingVerbs: WordSet = ["continued", "continues", "continue"]
    private static let supportNouns: WordSet = ["support", "backing"]
    /// Prepositions that introduce the supported: "support for", "support to", "support behind".
    private static let supportPrepositions: WordSet = ["for", "to", "behind"]
    /// Nouns of commitment, whose object follows "to": "their shared commitment to degrading ISIL".
    private static let commitmentNouns: WordSet = ["commitment", "commitments"]
    /// Words before the verb that deny it: "has not reiterated".
    private static let deniers: WordSet = ["not", "never", "n't", "n’t"]
    /// Words between the verb and "support" that weaken or deny it: "signaled little support",
    /// "no support", "lukewarm support".
    private static let weakeners: WordSet = ["little", "no", "less", "least", "waning", "lukewarm", "tepid", "scant", "weak",
                                             "weakening", "limited", "qualified", "reluctant", "grudging", "tentative",
                                             "conditional", "diminished", "declining", "fading", "only", "some", "any"]
    /// The most words read between the verb and "support": a possessive and an adjective ("his full support",
    /// "their shared commitment").
    private static let supportReach = 2

    /// The declared-support cue starting at `k`, from its verb through the preposition
    /// ("reiterated his support for"), when the supported follows: its length, modality and polarity.
    func declaredSupport(at k: Int, in sentence: Sentence) -> (Int, String, Polarity)? {
        let start = sentence.tokens.lowerBound, end = sentence.tokens.upperBound
        // asked of every word: its id tested in place (no copy of the token) before its context
        let declaring = Self.declaringVerbs.contains(layer.tokens[k])
        guard declaring || Self.continuedVerbs.contains(layer.tokens[k]) else { return nil }
        let continued = k - 2 >= start && layer.tokens[k - 1].lower == "to" && Self.continuingVerbs.contains(layer.tokens[k - 2])
        guard declaring || continued else { return nil }
        if !continued, k > start, Self.deniers.contains(layer.tokens[k - 1]) { return nil }
        var i = k + 1
        while i < min(end, k + Self.supportReach + 2) {
            let token = layer.tokens[i]
            if Self.supportNouns.contains(token) {
                guard i + 2 < end, Self.supportPrepositions.contains(layer.tokens[i + 1]),
                      layer.tokens[i + 2].kind == .word else { return nil }
                return (i + 2 - k, Self.declaredSupportModality, .positive)
            }
            if Self.commitmentNouns.contains(token) {
                guard i + 2 < end, layer.tokens[i + 1].lower == "to", layer.tokens[i + 2].kind == .word else { return nil }
                return (i + 2 - k, Self.declaredCommitmentModality, .positive)
            }
            // "signaled little support" declares none
            guard token.kind == .word, !Self.weakeners.contains(token), !Self.supportPrepositions.contains(token),
                  token.lower != "that" else { return nil }
            i += 1
        }
        return nil
    }
}
