/// Withdrawals: "announced they will suspend their campaigns", "opted to suspend his campaign",
/// "agreed to end his bid for Indiana" commit not to go on with the campaign, as "is suspending
/// his campaign" does; the action reads "will not continue their campaigns".
extension CommitmentExtractor {
    /// What leads a withdrawn campaign after "will not": "will not continue his campaign".
    static let withdrawalLead = "continue"

    private static let quittingVerbs: Set<String> = ["suspend", "end", "quit", "abandon"]
    private static let campaignNouns: Set<String> = ["campaign", "campaigns", "bid", "bids", "candidacy", "candidacies"]
    private static let campaignOwners: Set<String> = ["his", "her", "their", "its", "the", "my", "our"]

    /// Whether the act at `verb` quits a campaign: a verb of quitting, then a possessive or "the"
    /// and a word for a campaign ("suspend their campaigns"), within its sentence.
    func quitsCampaign(verb: Int, in sentence: Sentence) -> Bool {
        guard verb + 2 < sentence.tokens.upperBound, Self.quittingVerbs.contains(layer.tokens[verb].lower),
              Self.campaignOwners.contains(layer.tokens[verb + 1].lower) else { return false }
        // over one modifier: "suspend his presidential campaign"
        return Self.campaignNouns.contains(layer.tokens[verb + 2].lower)
            || verb + 3 < sentence.tokens.upperBound && Self.campaignNouns.contains(layer.tokens[verb + 3].lower)
    }
}
