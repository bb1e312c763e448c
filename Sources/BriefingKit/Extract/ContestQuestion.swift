/// A close contest the article sets up ("Sanders and Clinton are in a statistical tie in
/// California", "Trump and Rubio were in a tight race for the remaining six delegates"), asked
/// as who will win it: "Will Sanders or Clinton win in California?".
struct ContestQuestion {
    let layer: TextLayer

    /// The last word of each phrase that names a close contest.
    private static let contestEnds: WordSet = ["race", "tie", "heat", "call"]
    private static let verbs: WordSet = ["are", "were", "is", "was", "remain", "remained", "remains", "stay", "stayed"]

    /// The question for the contest cue at token `k` in `clause`, or nil when the clause does not
    /// name its two sides before the verb ("A and B are in a tight race …").
    func question(cueAt k: Int, in clause: Range<Int>) -> String? {
        guard let cueEnd = (k..<min(k + 6, clause.upperBound)).first(where: { Self.contestEnds.contains(layer.tokens[$0]) }),
              let verb = (clause.lowerBound..<k).first(where: { Self.verbs.contains(layer.tokens[$0]) }) else { return nil }
        var sides = Array(clause.lowerBound..<verb).map { layer.tokens[$0] }
        while let first = sides.first, first.kind == .punctuation || SentenceConjunctions.words.contains(first) || first.lower == "now" {
            sides.removeFirst()
        }
        guard let and = sides.firstIndex(where: { $0.lower == "and" }), and > 0, and < sides.count - 1, sides.count <= 8,
              sides.allSatisfy({ $0.kind == .word && ($0.isCapitalized || $0.lower == "and") }) else { return nil }
        // where or what for: "in delegate-rich California", "for second place", up to the next mark
        var place: [String] = []
        var i = cueEnd + 1
        if i < clause.upperBound, ["in", "for"].contains(layer.tokens[i].lower) {
            while i < clause.upperBound, layer.tokens[i].kind != .punctuation, place.count < 12 {
                place.append(layer.tokens[i].text)
                i += 1
            }
        }
        let names = sides[..<and].map(\.text) + ["or"] + sides[(and + 1)...].map(\.text)
        return "Will " + (names + ["win"] + place).joined(separator: " ") + "?"
    }
}
