extension PositionExtractor {
    private static let openingSubordinators: WordSet = ["when", "after", "because", "although", "though", "while", "if",
                                                            "as", "since", "before", "once", "until", "whereas"]

    /// "When Trump suggested that Cuba would sue the U.S., Rubio fired back": content reported
    /// inside a sentence's opening subordinate clause ends at the comma before the main clause's
    /// subject. Returns that comma's token index, or nil when the sentence opens with no
    /// subordinate clause, or it closed before `start` ("When asked, Trump said that …").
    func openingClauseEnd(after start: Int, in sentence: Sentence) -> Int? {
        var first = sentence.tokens.lowerBound
        while first < start, layer.tokens[first].kind == .punctuation || ["and", "but", "so"].contains(layer.tokens[first].lower) {
            first += 1
        }
        guard first < start, Self.openingSubordinators.contains(layer.tokens[first]),
              mainClauseComma(in: (first + 1)..<start) == nil else { return nil }
        return mainClauseComma(in: start..<sentence.tokens.upperBound)
    }

    private static let openingPrepositions: WordSet = ["on", "in", "at", "during", "despite", "with", "without", "for", "from",
                                                           "by", "over", "amid", "throughout", "earlier", "later"]

    /// "On Friday, after weeks of silence, Hill visited the mill, saying …", "And although he
    /// thanked them, he sounded a rare note, saying …": the first token of the main clause of a
    /// sentence that opens with a subordinate clause or a prepositional phrase, when its subject
    /// stands before token `k`; nil otherwise.
    func mainClauseStart(before k: Int, in sentence: Sentence) -> Int? {
        var first = sentence.tokens.lowerBound
        while first < k, layer.tokens[first].kind == .punctuation || ["and", "but", "so"].contains(layer.tokens[first].lower) {
            first += 1
        }
        guard first < k, Self.openingSubordinators.contains(layer.tokens[first]) || Self.openingPrepositions.contains(layer.tokens[first]),
              let comma = mainClauseComma(in: (first + 1)..<k) else { return nil }
        return comma + 1
    }

    /// The first comma outside quotation marks followed by a subject that starts a clause: a
    /// subject pronoun, or capitalized words and then a lower-case word that is not "and" or
    /// "or" ("…, Rubio fired back", "…, he has ordered"; not "Ohio, Florida and Michigan").
    private func mainClauseComma(in range: Range<Int>) -> Int? {
        range.first { i in
            guard layer.tokens[i].isMark(","), i + 2 < range.upperBound, !isInsideQuotation(layer.tokens[i].range.lowerBound) else { return false }
            let next = layer.tokens[i + 1]
            if Self.subjectPronouns.contains(next) { return layer.tokens[i + 2].kind == .word }
            var j = i + 1
            while j < range.upperBound, layer.tokens[j].kind == .word, layer.tokens[j].isCapitalized { j += 1 }
            guard j > i + 1, j < range.upperBound else { return false }
            let after = layer.tokens[j]
            return after.kind == .word && !["and", "or"].contains(after.lower)
        }
    }
}
