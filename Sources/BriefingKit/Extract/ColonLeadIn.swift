/// A quotation after a colon whose clause names its speaker before an apposition or a time:
/// "Ann Vell, R-Ore., delivered a sharp message to the mayor: “…”", "Lena Ford, who wrote the
/// plan, interjected to say: “…”", "Tom Reddick later Friday told Channel 9: “…”".
extension PositionExtractor {
    /// The position for the quotation `content` after the colon at token `k`: the clause's verb
    /// (not one of a relative clause), its named subject opening the sentence, and between the
    /// verb and the colon only the verb's object (no comma, no mark, no second verb of saying);
    /// not a quotation closed by a comma, which an attribution of its own follows.
    func colonLeadInOverApposition(_ k: Int, content: Range<Int>, in sentence: Sentence,
                                   subjects: inout SubjectFinder) -> Found? {
        let first = sentence.tokens.lowerBound
        // "…: “Q,” he told the Times": a quotation closed by a comma has its own attribution
        guard k - first >= 3, lastScalarInside(content) != "," else { return nil }
        for verb in (first + 1)..<k where k - verb <= 15 {
            let token = layer.tokens[verb]
            guard isColonLeadInVerb(token), !isInsideQuotation(token.range.lowerBound),
                  !Self.relativeWords.contains(layer.tokens[verb - 1]) else { continue }
            guard objectOnly((verb + 1)..<k) else { continue }
            var anchor = verb
            while anchor - 1 > first, isAdverb(layer.tokens[anchor - 1]) || Self.timeWords.contains(layer.tokens[anchor - 1]) {
                anchor -= 1
            }
            guard let subject = subjects.subject(before: anchor, in: sentence), subject.entry != nil, !isRelative(subject),
                  !isInsideQuotation(subject.mention.lowerBound), opensClauseAfterDescriptor(subject, in: sentence) else { continue }
            return Found(subject: subject, cue: token.range, content: content)
        }
        return nil
    }

    /// Whether the subject opens its clause, also after words that only describe it and hold no
    /// verb or mark ("Senate leader Ann Vell", "Harbor College's Mina Sorel").
    func opensClauseAfterDescriptor(_ subject: Subject, in sentence: Sentence) -> Bool {
        opensClause(subject, in: sentence) || (sentence.tokens.lowerBound..<subject.tokens.lowerBound).allSatisfy { i in
            let t = layer.tokens[i]
            return t.kind == .punctuation ? t.isApostrophe : !isReportingVerb(t) && lexicons.speechVerbs[t] == nil
                && !Self.relativeWords.contains(t) && !SubjectFinder.clauseWords.contains(t)
        }
    }

    /// Whether the tokens are a verb's object and setting only: no punctuation, no relative
    /// word and no verb of saying other than an infinitive ("interjected to say").
    private func objectOnly(_ tokens: Range<Int>) -> Bool {
        !tokens.contains { i in
            let t = layer.tokens[i]
            if t.kind == .punctuation { return !t.isApostrophe }
            if Self.relativeWords.contains(t) { return true }
            return lexicons.speechVerbs[t] != nil && !(i > tokens.lowerBound && layer.tokens[i - 1].lower == "to")
        }
    }

    private static let relativeWords: WordSet = ["who", "which", "that", "whom", "whose"]
}
