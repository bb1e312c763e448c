/// A request the text says went unanswered ("The Cruz campaign did not immediately respond to a
/// request for comment", "Hale did not return calls seeking comment"): the answer is still
/// awaited, asked as "Will the Cruz campaign respond?". Not a refusal ("declined to comment"),
/// which answers, nor an unanswered argument ("did not respond to the charge" asks no comment).
struct UnansweredRequestQuestion {
    let layer: TextLayer

    private static let negations: WordSet = ["not", "never", "n't", "n\u{2019}t", "didn't", "didn\u{2019}t", "hasn't", "hasn\u{2019}t",
                                             "haven't", "haven\u{2019}t"]
    /// Negations written apart from their auxiliary ("did not", "did n't" as the tokenizer splits it).
    private static let separateNegations: WordSet = ["not", "never", "n't", "n\u{2019}t"]
    private static let auxiliaries: WordSet = ["did", "has", "have", "had"]
    private static let answers: WordSet = ["respond", "responded", "return", "returned", "reply", "replied"]
    /// What a reporter sends and waits on: "a request for comment", "calls", "emailed questions".
    private static let requests: WordSet = ["request", "requests", "comment", "message", "messages", "call", "calls", "email",
                                            "emails", "questions", "inquiry", "inquiries", "attempts"]
    /// Longest distance from the verb of answering to the request it names.
    private static let reach = 6

    /// "Will <subject> respond?" for the first unanswered request in `sentence`, or nil when it
    /// has none or its subject is not a plain noun phrase.
    func question(in sentence: Sentence, phraser: QuestionPhraser) -> String? {
        for k in sentence.tokens where Self.negations.contains(layer.tokens[k]) {
            var verb = k + 1
            if verb < sentence.tokens.upperBound, layer.tokens[verb].lower == "immediately" { verb += 1 }
            guard verb < sentence.tokens.upperBound, Self.answers.contains(layer.tokens[verb]),
                  ((verb + 1)..<min(verb + 1 + Self.reach, sentence.tokens.upperBound)).contains(where: { Self.requests.contains(layer.tokens[$0]) })
            else { continue }
            // "did not", "has not", "did n't": the auxiliary stands before the negation; "didn't" holds it
            let contracted = !Self.separateNegations.contains(layer.tokens[k])
            let subjectEnd = contracted ? k : k - 1
            guard subjectEnd > sentence.tokens.lowerBound, contracted || Self.auxiliaries.contains(layer.tokens[subjectEnd]) else { continue }
            var subject = Array(sentence.tokens.lowerBound..<subjectEnd).map { layer.tokens[$0] }
            // "The campaign also did not return …": an adverb between subject and verb is not the subject's
            while let last = subject.last, ["also", "still"].contains(last.lower) { subject.removeLast() }
            while let first = subject.first, first.kind == .punctuation { subject.removeFirst() }
            guard !subject.isEmpty, QuestionShape.isSubject(subject[...]) else { return nil }
            return "Will " + phraser.lowered(subject) + " respond?"
        }
        return nil
    }
}
