extension PositionExtractor {
    /// "Obama is expected to join Clinton on the campaign trail soon", "Other groups are
    /// also expected to spend millions": an expectation nobody is named as holding. The
    /// content is the whole clause, its subject included, to the clause's end.
    func expectation(_ k: Int, in sentence: Sentence) -> Range<Int>? {
        guard layer.tokens[k].lower == "expected", k + 2 < sentence.tokens.upperBound, layer.tokens[k + 1].lower == "to",
              layer.tokens[k + 2].kind == .word else { return nil }
        var be = k - 1
        while be > sentence.tokens.lowerBound, layer.tokens[be].kind == .word,
              !["is", "are", "was", "were"].contains(layer.tokens[be].lower) { be -= 1 }
        guard let start = mainClauseStart(verb: be, cue: k, in: sentence) else { return nil }
        return wholeClause(from: start, complement: k + 2, in: sentence)
    }

    /// Where the main clause whose finite verb is at `verb` opens, its subject included: after
    /// a short setting ("In December, the bank is expected to act") and after ", and" / ", but"
    /// ("…, and Trump is expected to …"). Nil in a relative or subordinate clause ("which the
    /// Senate is expected to vote on", "where Sanders is expected to win"), unless one closed by
    /// a comma stands in the subject, and when a quotation or a colon comes between.
    func mainClauseStart(verb: Int, cue k: Int, in sentence: Sentence) -> Int? {
        var start = sentence.tokens.lowerBound
        while start < k, layer.tokens[start].kind == .punctuation { start += 1 }
        if ["but", "and", "so", "yet"].contains(layer.tokens[start].lower) { start += 1 }
        if let comma = (start..<k).first(where: { layer.tokens[$0].isMark(",") }), comma - start <= 4,
           ["in", "on", "at", "by", "after", "before", "next", "later", "this"].contains(layer.tokens[start].lower) {
            start = comma + 1
        }
        if let comma = (start..<verb).last(where: { layer.tokens[$0].isMark(",") && ["and", "but"].contains(layer.tokens[$0 + 1].lower) }) {
            start = comma + 2
        }
        guard verb > start, layer.tokens[verb - 1].isMark(",")
                || !(start..<verb).contains(where: { Self.subordinateOpeners.contains(layer.tokens[$0].lower) }) else { return nil }
        guard start < k, !(start..<k).contains(where: { [";", ":"].contains(layer.tokens[$0].text) || isInsideQuotation(layer.tokens[$0].range.lowerBound) })
        else { return nil }
        return start
    }

    /// The clause from `start` through its complement's end (trailing punctuation off, closing
    /// quotation marks kept); nil when the complement is empty.
    func wholeClause(from start: Int, complement: Int, in sentence: Sentence) -> Range<Int>? {
        var end = ClauseParts(layer: layer).clauseEnd(from: complement, in: sentence)
        while end > complement, layer.tokens[end - 1].kind == .punctuation, !isClosingMark(layer.tokens[end - 1]) { end -= 1 }
        guard end > complement else { return nil }
        return layer.tokens[start].range.lowerBound..<layer.tokens[end - 1].range.upperBound
    }

    private static let subordinateOpeners: Set<String> = ["which", "who", "whom", "whose", "where", "when", "that", "while",
                                                          "if", "because", "as", "although", "though", "since", "after", "before"]
}
