extension PositionExtractor {
    /// Whether a subject is the relative pronoun "who" standing for its antecedent.
    func isRelative(_ subject: Subject) -> Bool {
        subject.tokens.count == 1 && layer.tokens[subject.tokens.lowerBound].lower == "who"
    }

    /// Whether a subject follows the "whose" of a relative clause ("whose critics say").
    func followsWhose(_ subject: Subject) -> Bool {
        subject.tokens.lowerBound > 0 && layer.tokens[subject.tokens.lowerBound - 1].lower == "whose"
    }

    /// The "who" opening the clause whose verb phrase ends before token `and` ("who answered
    /// her door Sunday and said"): within a dozen words, no mark or other clause between.
    func relativePronoun(before and: Int, in sentence: Sentence) -> Int? {
        var i = and - 1
        while i > sentence.tokens.lowerBound, and - i <= 12, layer.tokens[i].kind == .word {
            let word = layer.tokens[i].lower
            if word == "who" { return i }
            if ["that", "which", "and", "but", "said", "says"].contains(word) { return nil }
            i -= 1
        }
        return nil
    }

    /// "Pardo, who said he would not vote for either, was at the rally": reported content in a
    /// relative clause set off by commas ends where the main clause's predicate resumes after
    /// a comma (an auxiliary, a verb of saying or a past tense: "…, left early").
    func relativeClauseContent(_ content: Range<Int>, in sentence: Sentence) -> Range<Int> {
        var i = layer.tokenIndex(atOrAfter: content.lowerBound)
        while i + 1 < sentence.tokens.upperBound, layer.tokens[i + 1].range.upperBound <= content.upperBound {
            let next = layer.tokens[i + 1]
            if layer.tokens[i].isMark(","), !isInsideQuotation(layer.tokens[i].range.lowerBound), i > sentence.tokens.lowerBound,
               next.kind == .word, !next.isCapitalized,
               ClauseParts.auxiliaries.contains(next) || isFiniteSpeechVerb(next) || VerbBase.isPastForm(next) {
                return content.lowerBound..<layer.tokens[i - 1].range.upperBound
            }
            i += 1
        }
        return content
    }
}
