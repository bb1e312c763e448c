/// A refusal of what others ask or offer: "has rebuffed pressure to drop out", "turned down
/// requests for more staff", "declined a Pentagon offer to send troops". The refused request or
/// offer is the action ("will not accept pressure to drop out"), the stance negative.
///
/// Only a request, a plea, pressure or an offer as the verb's object within a few words counts:
/// "rebuffed a heckler" refuses nothing, "declined a request for comment" is mere speech.
extension CommitmentExtractor {
    /// The modality of a refused request or offer.
    static let rebuffedModality = "rebuffed"
    /// What leads the refused request after "will not": "will not accept pressure to …".
    static let rebuffedLead = "accept"

    private static let refusalVerbs: WordSet = ["rebuffed", "rebuffs", "spurned", "spurns", "declined", "declines", "refused",
                                                "refuses"]
    /// Verbs that refuse with "down": "turned down the invitation".
    private static let downVerbs: WordSet = ["turned", "turn", "turns"]
    private static let requestNouns: WordSet = ["request", "requests", "plea", "pleas", "pressure", "calls", "demand", "demands",
                                                "offer", "offers", "invitation", "invitations", "entreaties", "overtures"]
    /// Words after a request that make it one for speech: "a request for comment", "requests for an interview".
    private static let speechObjects: WordSet = ["comment", "comments", "interview", "interviews", "an"]
    /// Words that end the verb's object before a request noun is found: "declined to say", "refused and left".
    private static let objectEnds: WordSet = ["to", "that", "and", "or", "but"]
    /// The most words read between the verb and the request noun: "a Department of Defense offer".
    private static let objectReach = 4

    /// The refusal cue starting at `k`, its verb only ("rebuffed", "turned down"), when a request
    /// or offer follows as its object: its length, modality and polarity.
    func rebuffedRequest(at k: Int, in sentence: Sentence) -> (Int, String, Polarity)? {
        let end = sentence.tokens.upperBound
        let length: Int
        if Self.refusalVerbs.contains(layer.tokens[k]) {
            length = 1
        } else if Self.downVerbs.contains(layer.tokens[k]), k + 1 < end, layer.tokens[k + 1].lower == "down" {
            length = 2
        } else {
            return nil
        }
        var i = k + length
        while i < min(end, k + length + Self.objectReach + 1) {
            let word = layer.tokens[i]
            if Self.requestNouns.contains(word) {
                let speech = i + 2 < end && layer.tokens[i + 1].lower == "for" && Self.speechObjects.contains(layer.tokens[i + 2])
                return speech || layer.tokens[i - 1].lower == "interview" ? nil : (length, Self.rebuffedModality, .negative)
            }
            guard word.kind != .punctuation, !Self.objectEnds.contains(word) else { return nil }
            i += 1
        }
        return nil
    }
}
