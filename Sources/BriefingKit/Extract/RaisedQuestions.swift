/// Questions the text itself says are raised or open: "raising questions about his ties to the
/// bank", "a development that injects new questions into the race", "there are questions about
/// how much advice he was lending", "avoid the tough questions about his campaign". What the
/// questions are about is what stays open (`uncertain`).
///
/// Not questions put and answered at an event ("faced questions about", "pose questions about
/// their concerns to the candidates"), nor a past question ("there were questions about"), nor
/// questions of people a relative clause describes ("reporters who raise questions about …").
struct RaisedQuestions {
    let layer: TextLayer

    /// Verbs that raise questions ("raising questions about", "sparked new questions over").
    private static let raisingVerbs: WordSet = ["raise", "raises", "raised", "raising", "inject", "injects", "injected",
                                                "injecting", "prompt", "prompts", "prompted", "prompting", "spark", "sparks",
                                                "sparked", "sparking", "renew", "renews", "renewed", "renewing"]
    /// Words before "questions" that mark them as still open ("new questions", "there are questions").
    private static let openWords: WordSet = ["new", "more", "serious", "tough", "lingering", "unanswered", "bigger", "fresh",
                                             "troubling", "are", "remain"]
    private static let topicWords: WordSet = ["about", "over", "into", "as"]

    /// The word after which the topic of raised questions starts, for "questions" at `k`: "about",
    /// "over", "into" or "as to"; nil when `k` is no such cue.
    func topicStart(cueAt k: Int, in sentence: Sentence) -> Int? {
        let end = sentence.tokens.upperBound
        guard layer.tokens[k].lower == "questions", k + 2 < end, k > sentence.tokens.lowerBound,
              Self.topicWords.contains(layer.tokens[k + 1]) else { return nil }
        var start = k + 2
        if layer.tokens[k + 1].lower == "as" {
            guard layer.tokens[k + 2].lower == "to", k + 3 < end else { return nil }
            start = k + 3
        }
        let before = layer.tokens[k - 1]
        // "there are questions", "questions remain": not "there were questions"
        if ["are", "remain"].contains(before.lower) {
            return k - 2 >= sentence.tokens.lowerBound && layer.tokens[k - 2].lower == "there" ? start : nil
        }
        if (max(sentence.tokens.lowerBound, k - 3)..<k).contains(where: { layer.tokens[$0].lower == "who" }) { return nil }
        let raised = Self.raisingVerbs.contains(before)
            || Self.openWords.contains(before) && k - 2 >= sentence.tokens.lowerBound
            && (Self.raisingVerbs.contains(layer.tokens[k - 2]) || !["faced", "took", "answered", "fielded"].contains(layer.tokens[k - 2].lower))
        return raised ? start : nil
    }
}
