/// A commitment worded for reading, from its action, modality and polarity: "will send troops
/// …", "will not attend", "committed to keeping …" (a gerund after a modality that takes one;
/// "declined to bring charges" stays "will not bring charges"), and a proposal
/// as what was put forward, not as a future act: "proposed a ban on …", "called for a wall",
/// "proposed to bar Muslims …".
public enum CommitmentWording {
    /// Modalities that put a policy forward.
    private static let proposals: Set<String> = ["proposed", "proposal", "proposal for", "call for", "called for"]
    /// Modalities whose "to" takes a gerund ("committed to keeping", "open to running").
    private static let gerundModalities: Set<String> = ["committed", "open", "dedicated"]

    /// The statement of a commitment with this action, modality and polarity.
    public static func statement(action: String, modality: String, polarity: Polarity) -> String {
        let negative = polarity == .negative
        let words = action.split(separator: " ", maxSplits: 1)
        let first = words.first.map(String.init) ?? ""
        let rest = words.count > 1 ? String(words[1]) : ""
        if !negative, proposals.contains(modality) {
            switch first {
            case "propose": return rest.isEmpty ? "proposed" : "proposed " + rest
            case "call": return rest.isEmpty ? "called" : "called " + rest
            default: return "proposed to " + action
            }
        }
        if gerundModalities.contains(modality), first.hasSuffix("ing") { return (negative ? "not " : "") + modality + " to " + action }
        return (negative ? "will not " : "will ") + action
    }
}

extension CommitmentRecord {
    /// The commitment worded for reading ("will send troops …", "proposed a ban on …").
    public var statement: String {
        CommitmentWording.statement(action: action, modality: modality, polarity: polarity)
    }
}
