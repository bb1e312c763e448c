/// A claim the article's own wording marks as contested: "accusations that his backers made
/// threats", "allegations that Chinese interests hacked into U.S. computers", "Critics argue
/// that employers will lower the base wage", "The waiver system diminished the brand, critics
/// argue". The claim is what a reader would want settled: "Is it true that his backers made
/// threats?"
struct ContestedClaim {
    let layer: TextLayer
    let parts: ClauseParts

    private static let claimNouns: WordSet = ["accusation", "accusations", "allegation", "allegations"]
    private static let critics: WordSet = ["critics", "skeptics"]

    /// The tokens of the claim for the cue at `k` ("accusations that …", "critics say …"), or nil
    /// when no such cue starts there.
    func claim(cueAt k: Int, in sentence: Sentence) -> Range<Int>? {
        let end = sentence.tokens.upperBound
        if Self.claimNouns.contains(layer.tokens[k]), k + 2 < end, layer.tokens[k + 1].lower == "that" {
            return (k + 2)..<parts.clauseEnd(from: k + 2, in: sentence)
        }
        guard Self.critics.contains(layer.tokens[k]) else { return nil }
        // "…, critics argue.": the claim is the clause before the comma
        if k + 2 >= end || layer.tokens[k + 2].kind == .punctuation {
            guard k - 1 > sentence.tokens.lowerBound, layer.tokens[k - 1].isMark(",") else { return nil }
            return sentence.tokens.lowerBound..<(k - 1)
        }
        let start = layer.tokens[k + 2].lower == "that" ? k + 3 : k + 2
        return start < end ? start..<parts.clauseEnd(from: start, in: sentence) : nil
    }
}
