/// A course of events the text raises as a possibility ("raising the prospect of lasting
/// fissures in the party", "raised the specter of ugly jockeying for delegate slots"), asked as
/// whether it will come about: "Will there be lasting fissures in the party?".
struct ProspectQuestion {
    let layer: TextLayer

    /// The nouns of a raised possibility: "the possibility of", "the prospect of".
    private static let nouns: WordSet = ["possibility", "prospect", "specter", "spectre"]
    /// Longest phrase asked about; a longer one is cut at its last word before the limit.
    private static let maxWords = 14
    /// Words that end the phrase: a relative clause after it ("a landscape that features …").
    private static let relatives: WordSet = ["that", "which", "who", "where"]
    /// Words a cut phrase must not end on.
    private static let danglingEnds: WordSet = ["and", "or", "of", "to", "in", "for", "the", "a", "an"]

    /// The question for a cue "raise(s/d/ing) the … of" at token `k` in `clause`, or nil when the
    /// cue is not one or nothing follows "of" before the next mark. The phrase ends at a mark, a
    /// relative clause or the word limit, never on a function word.
    func question(cueAt k: Int, in clause: Range<Int>, phraser: QuestionPhraser) -> String? {
        guard k + 3 < clause.upperBound, layer.tokens[k].lower.hasPrefix("rais"), Self.nouns.contains(layer.tokens[k + 2]),
              layer.tokens[k + 3].lower == "of" else { return nil }
        var words: [Token] = []
        var i = k + 4
        while i < clause.upperBound, layer.tokens[i].kind != .punctuation, !Self.relatives.contains(layer.tokens[i]),
              words.count < Self.maxWords {
            words.append(layer.tokens[i])
            i += 1
        }
        while let last = words.last, Self.danglingEnds.contains(last) {
            words.removeLast()
        }
        guard !words.isEmpty else { return nil }
        return "Will there be " + phraser.join(words) + "?"
    }
}
