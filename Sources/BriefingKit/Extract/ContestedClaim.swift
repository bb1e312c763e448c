/// A claim the article's own wording marks as contested: "accusations that his backers made
/// threats", "allegations that Chinese interests hacked into U.S. computers", "Critics argue
/// that employers will lower the base wage", "The waiver system diminished the brand, critics
/// argue", "a false claim that he opposed the war", "Contrary to Roe's claims, auditors say …",
/// "Despite Roe's insistence that the fund is safe, …".
/// The claim is what a reader would want settled: "Is it true that his backers made threats?"
struct ContestedClaim {
    let layer: TextLayer
    let parts: ClauseParts

    private static let claimNouns: WordSet = ["accusation", "accusations", "allegation", "allegations"]
    /// The other side of a claim: "critics say", "opponents argue", "others argue that …".
    private static let critics: WordSet = ["critics", "skeptics", "opponents", "detractors", "others"]
    private static let falsity: WordSet = ["false", "wrongly", "falsely"]
    private static let sayings: WordSet = ["say", "says", "said"]
    private static let insistences: WordSet = ["insistence", "claims"]
    private static let claimWords: WordSet = ["claim", "claims", "claimed", "said", "stated", "asserted"]

    /// The tokens of the claim for the cue at `k` ("accusations that …", "critics say …"), or nil
    /// when no such cue starts there.
    func claim(cueAt k: Int, in sentence: Sentence) -> Range<Int>? {
        let end = sentence.tokens.upperBound
        if Self.claimNouns.contains(layer.tokens[k]), k + 2 < end, layer.tokens[k + 1].lower == "that" {
            return (k + 2)..<parts.clauseEnd(from: k + 2, in: sentence)
        }
        // "repeating a false claim that he opposed the war", "wrongly claimed that the videos exist"
        if Self.falsity.contains(layer.tokens[k]), k + 3 < end, Self.claimWords.contains(layer.tokens[k + 1]), layer.tokens[k + 2].lower == "that" {
            return (k + 3)..<parts.clauseEnd(from: k + 3, in: sentence)
        }
        // "Contrary to the mayor's claims, auditors say the fund was never touched": the claim
        // stands against what follows the comma, asked without its source ("the fund was never touched")
        if layer.tokens[k].lower == "contrary", let comma = (k..<min(k + 8, end)).first(where: { layer.tokens[$0].isMark(",") }),
           comma + 2 < end {
            var start = comma + 1
            if let say = (start..<min(start + 4, end - 1)).first(where: { Self.sayings.contains(layer.tokens[$0]) }) {
                start = layer.tokens[say + 1].lower == "that" && say + 2 < end ? say + 2 : say + 1
            }
            return start..<parts.clauseEnd(from: start, in: sentence)
        }
        // "Despite the mayor's continued insistence that the fund is safe, auditors …": the main
        // clause stands against the claim
        if layer.tokens[k].lower == "despite", let that = (k..<min(k + 6, end - 1)).first(where: {
            Self.insistences.contains(layer.tokens[$0]) && layer.tokens[$0 + 1].lower == "that" }).map({ $0 + 1 }), that + 1 < end {
            let clauseEnd = parts.clauseEnd(from: that + 1, in: sentence)
            return (that + 1)..<(((that + 1)..<clauseEnd).first { layer.tokens[$0].isMark(",") } ?? clauseEnd)
        }
        guard Self.critics.contains(layer.tokens[k]) else { return nil }
        // "On top of that, opponents say, the levy will raise prices": the claim follows the aside
        if k + 3 < end, layer.tokens[k + 2].isMark(","), k - 1 > sentence.tokens.lowerBound, layer.tokens[k - 1].isMark(",") {
            return (k + 3)..<parts.clauseEnd(from: k + 3, in: sentence)
        }
        // "…, critics argue.": the claim is the clause before the comma
        if k + 2 >= end || layer.tokens[k + 2].kind == .punctuation {
            guard k - 1 > sentence.tokens.lowerBound, layer.tokens[k - 1].isMark(",") else { return nil }
            return sentence.tokens.lowerBound..<(k - 1)
        }
        let start = layer.tokens[k + 2].lower == "that" ? k + 3 : k + 2
        return start < end ? start..<parts.clauseEnd(from: start, in: sentence) : nil
    }
}
