/// Open questions in sentences that none of the extractor's cues raises, found by rules of
/// their own: a claim reported with "claim" ("Roe claimed that the fund was never touched"), a
/// request for comment still unanswered ("The campaign did not immediately respond to a request for comment"),
/// a contest with its likely outcome ("Roe is at risk of losing her seat").
extension OpenQuestionExtractor {
    /// The open question of a sentence that raised none, or nil; nil too when `found` already asks
    /// it (an article that repeats its lead's claim further down).
    func unmarked(in sentence: Sentence, parts: ClauseParts, phraser: QuestionPhraser, found: [Found]) -> Found? {
        if let claim = ClaimVerbQuestion(layer: layer, parts: parts).claim(in: sentence) {
            let question = phraser.claimQuestion(from: claim) ?? QuestionShape.safe(for: .disputed, condition: nil)
            return found.contains { $0.question == question } ? nil : Found(kind: .disputed, question: question, evidence: evidenceRange(sentence))
        }
        if let question = UnansweredRequestQuestion(layer: layer).question(in: sentence, phraser: phraser) {
            return Found(kind: .pending, question: question, evidence: evidenceRange(sentence))
        }
        if let question = ContestOutcomeQuestion(layer: layer, lexicons: lexicons).question(in: sentence, phraser: phraser) {
            return Found(kind: .pending, question: question, evidence: evidenceRange(sentence))
        }
        return nil
    }
}
