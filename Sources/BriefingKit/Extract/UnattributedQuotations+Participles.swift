/// "Warren endorsed Clinton, saying, “…”", "protesters gathered on Wednesday, chanting “…”":
/// a quotation opened by the participle of a verb of saying that modifies its sentence's
/// clause, attributed to that clause's subject.
extension PositionExtractor {
    /// The participle right before the quotation (or before the comma or colon that opens it),
    /// after a comma, "and" or "by" (not a noun it describes: "a sign saying “…”"), whose
    /// clause opens the sentence with a resolved subject and holds no other subject or speaker.
    func participleLeadIn(_ quote: Quotation, at q: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Found? {
        var p = q - 1
        if p > sentence.tokens.lowerBound, layer.tokens[p].isMark(",") || layer.tokens[p].isMark(":") { p -= 1 }
        guard p - 2 > sentence.tokens.lowerBound, p < sentence.tokens.upperBound else { return nil }
        let participle = layer.tokens[p]
        guard participle.kind == .word, !participle.isCapitalized, participle.lower.hasSuffix("ing"),
              lexicons.speechVerbs[participle] != nil, !isInsideQuotation(participle.range.lowerBound) else { return nil }
        var joint = p - 1
        while joint > sentence.tokens.lowerBound, isAdverb(layer.tokens[joint]) { joint -= 1 }
        guard Self.participleJoints.contains(layer.tokens[joint]) || layer.tokens[joint].isMark(",") else { return nil }
        guard let subject = openingSubject(of: sentence, before: joint, subjects: &subjects), subject.entry != nil,
              onlyOneClause(subject.tokens.upperBound..<joint) else { return nil }
        return Found(subject: subject, cue: participle.range, content: quote.range)
    }

    /// The subject opening the sentence, after a conjunction ("And then Trump …") or an
    /// opening phrase set off by a comma ("In Washington, President Obama …").
    private func openingSubject(of sentence: Sentence, before end: Int, subjects: inout SubjectFinder) -> Subject? {
        var start = sentence.tokens.lowerBound
        while start < end, SentenceConjunctions.words.contains(layer.tokens[start]) || layer.tokens[start].lower == "then" { start += 1 }
        if let subject = subjects.subject(after: start, in: sentence, beforeItsVerb: true), subject.tokens.lowerBound == start {
            return subject
        }
        // the opening phrases, of any words but a quotation ("On Thursday, after remaining
        // neutral, Warren …"): the subject right after one of their commas
        for comma in start..<min(end, start + 25) where layer.tokens[comma].isMark(",") {
            guard !(start..<comma).contains(where: { layer.quotation(containing: layer.tokens[$0].range.lowerBound) != nil })
            else { return nil }
            if let subject = subjects.subject(after: comma + 1, in: sentence, beforeItsVerb: true), subject.tokens.lowerBound == comma + 1 {
                return subject
            }
        }
        return nil
    }

    /// Whether the tokens between a subject and its participle are one clause: no pronoun,
    /// relative or subordinator opening another, no verb of saying, quotation, colon or semicolon.
    private func onlyOneClause(_ tokens: Range<Int>) -> Bool {
        guard !tokens.isEmpty else { return false }
        return !tokens.contains { i in
            let t = layer.tokens[i]
            return Self.subjectPronouns.contains(t) || Self.clauseOpeners.contains(t) || lexicons.speechVerbs[t] != nil
                || isInsideQuotation(t.range.lowerBound) || layer.quotation(containing: t.range.lowerBound) != nil
                || [":", ";", "(", ")"].contains(t.text)
        }
    }

    /// Words before a participle that join it to its clause: "…, and chanting", "by saying".
    private static let participleJoints: WordSet = ["and", "by"]
    /// Words that open a clause with a subject of its own.
    private static let clauseOpeners: WordSet = ["who", "whom", "which", "that", "when", "while", "as", "because", "after",
                                                 "before", "if", "since", "until", "although", "though", "whether", "where"]
}
