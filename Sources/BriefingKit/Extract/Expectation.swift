extension PositionExtractor {
    /// "Obama is expected to join Clinton on the campaign trail soon", "Other groups are
    /// also expected to spend millions": an expectation nobody is named as holding. The
    /// content is the whole clause, its subject included, to the clause's end.
    func expectation(_ k: Int, in sentence: Sentence) -> Range<Int>? {
        guard layer.tokens[k].lower == "expected", k + 2 < sentence.tokens.upperBound, layer.tokens[k + 1].lower == "to",
              layer.tokens[k + 2].kind == .word else { return nil }
        var start = sentence.tokens.lowerBound
        while start < k, layer.tokens[start].kind == .punctuation { start += 1 }
        if ["but", "and", "so", "yet"].contains(layer.tokens[start].lower) { start += 1 }
        // a short setting before the subject: "In December, the bank is expected to act"
        if let comma = (start..<k).first(where: { layer.tokens[$0].isMark(",") }), comma - start <= 4,
           ["in", "on", "at", "by", "after", "before", "next", "later", "this"].contains(layer.tokens[start].lower) {
            start = comma + 1
        }
        // the be-form's own clause: after ", and" / ", but" ("…, and Trump is expected to …"),
        // not a relative or subordinate one ("which the Senate is expected to vote on", "where
        // Sanders is expected to win"), unless one closed by a comma stands in the subject
        var be = k - 1
        while be > start, layer.tokens[be].kind == .word, !["is", "are", "was", "were"].contains(layer.tokens[be].lower) { be -= 1 }
        if let comma = (start..<be).last(where: { layer.tokens[$0].isMark(",") && ["and", "but"].contains(layer.tokens[$0 + 1].lower) }) {
            start = comma + 2
        }
        guard be > start, layer.tokens[be - 1].isMark(",")
                || !(start..<be).contains(where: { Self.subordinateOpeners.contains(layer.tokens[$0].lower) }) else { return nil }
        guard start < k, !(start..<k).contains(where: { [";", ":"].contains(layer.tokens[$0].text) || isInsideQuotation(layer.tokens[$0].range.lowerBound) })
        else { return nil }
        var end = ClauseParts(layer: layer).clauseEnd(from: k + 2, in: sentence)
        while end > k + 2, layer.tokens[end - 1].kind == .punctuation, !isClosingMark(layer.tokens[end - 1]) { end -= 1 }
        guard end > k + 2 else { return nil }
        return layer.tokens[start].range.lowerBound..<layer.tokens[end - 1].range.upperBound
    }

    private static let subordinateOpeners: Set<String> = ["which", "who", "whom", "whose", "where", "when", "that", "while",
                                                          "if", "because", "as", "although", "though", "since", "after", "before"]
}
