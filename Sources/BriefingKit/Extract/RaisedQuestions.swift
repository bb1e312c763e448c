/// Questions the text itself says are raised or open: "raising questions about his ties to the
/// bank", "a development that injects new questions into the race", "there are questions about
/// how much advice he was lending", "avoid the tough questions about his campaign". What the
/// questions are about is what stays open (`uncertain`).
///
/// Not questions put and answered at an event, in any form of the verb ("faced questions about",
/// "will face more questions", "answered tough questions", "pose questions about their concerns
/// to the candidates"), nor a past question ("there were questions about"), nor questions of
/// people a relative clause describes ("reporters who raise questions about …"), nor questions
/// denied ("did not raise questions", "raised no new questions", "there are no more
/// questions"), nor words inside a quotation, which are the speaker's (as `WithheldInformation`).
struct RaisedQuestions {
    let layer: TextLayer

    /// Verbs that raise questions ("raising questions about", "sparked new questions over").
    private static let raisingVerbs: WordSet = ["raise", "raises", "raised", "raising", "inject", "injects", "injected",
                                                "injecting", "prompt", "prompts", "prompted", "prompting", "spark", "sparks",
                                                "sparked", "sparking", "renew", "renews", "renewed", "renewing"]
    /// Words before "questions" that mark them as still open ("new questions", "tough questions").
    private static let openWords: WordSet = ["new", "more", "serious", "tough", "lingering", "unanswered", "bigger", "fresh",
                                             "troubling"]
    /// Verbs, in all forms, of questions put and answered at an event ("faced tough questions").
    private static let answeringVerbs: WordSet = ["face", "faces", "facing", "faced", "take", "takes", "taking", "took", "taken",
                                                  "answer", "answers", "answering", "answered", "field", "fields", "fielding",
                                                  "fielded", "ask", "asks", "asking", "asked"]
    /// Verbs that say questions stand open now, after "there" ("there are questions", "there
    /// remain questions"; not "there were questions").
    private static let presentExistentials: WordSet = ["are", "remain"]
    /// Words that deny the questions ("did not raise", "no new questions", "never raised").
    private static let negations: WordSet = ["not", "n't", "no", "never"]
    private static let topicWords: WordSet = ["about", "over", "into", "as"]

    /// The word after which the topic of raised questions starts, for "questions" at `k`: "about",
    /// "over", "into" or "as to"; nil when `k` is no such cue.
    func topicStart(cueAt k: Int, in sentence: Sentence) -> Int? {
        let lower = sentence.tokens.lowerBound
        let end = sentence.tokens.upperBound
        guard layer.tokens[k].lower == "questions", k + 2 < end, k > lower,
              Self.topicWords.contains(layer.tokens[k + 1]),
              layer.quotation(containing: layer.tokens[k].range.lowerBound) == nil, !isNegated(before: k, in: sentence) else { return nil }
        var start = k + 2
        if layer.tokens[k + 1].lower == "as" {
            guard layer.tokens[k + 2].lower == "to", k + 3 < end else { return nil }
            start = k + 3
        }
        if Self.presentExistentials.contains(layer.tokens[k - 1]) {
            return k - 2 >= lower && layer.tokens[k - 2].lower == "there" ? start : nil
        }
        if (max(lower, k - 3)..<k).contains(where: { layer.tokens[$0].lower == "who" }) { return nil }
        // back over the words that call the questions open ("tough new questions")
        var j = k - 1
        while j > lower, Self.openWords.contains(layer.tokens[j]) { j -= 1 }
        let verb = layer.tokens[j]
        if Self.raisingVerbs.contains(verb) { return isNegated(before: j, in: sentence) ? nil : start }
        return j < k - 1 && !Self.answeringVerbs.contains(verb) ? start : nil
    }

    /// Words after "not" that make it no denial of what follows ("not only raised", "did not
    /// hesitate to raise", "not just").
    private static let nonDenials: WordSet = ["only", "just", "merely", "hesitate", "hesitated", "fail", "failed"]

    /// Whether a negation stands among the three words before `i` in its own clause ("did not
    /// raise", "raised no new questions", "didn't raise"; not "The loan, which was not disclosed,
    /// raised", "not only raised", "did not hesitate to raise").
    private func isNegated(before i: Int, in sentence: Sentence) -> Bool {
        var j = i - 1
        while j >= max(sentence.tokens.lowerBound, i - 3), layer.tokens[j].kind != .punctuation {
            let word = layer.tokens[j].lower
            let denies = Self.negations.contains(word) || word.hasSuffix("n't") || word.hasSuffix("n\u{2019}t")
            if denies, j + 1 >= i || !Self.nonDenials.contains(layer.tokens[j + 1]) { return true }
            j -= 1
        }
        return false
    }
}
