/// A claim the text reports with the verb "claim" ("Roe claimed that the fund was never
/// touched", "he claims he was never told", "the ad claims the levy is a tax hike"): news uses
/// the verb for an assertion that is in question, so the claim is what a reader would want
/// settled — "Is it true that the fund was never touched?". Not "claimed responsibility",
/// "claimed to be" (no clause follows), nor the noun ("her claim that …", "a claim that is false").
struct ClaimVerbQuestion {
    let layer: TextLayer
    let parts: ClauseParts

    private static let claimVerbs: WordSet = ["claim", "claims", "claimed", "claiming"]
    /// Determiners that open a claim's subject ("claims the levy is …") as well as an object ("claimed the seat").
    private static let subjectOpeners: WordSet = ["the", "his", "her", "their", "its"]

    /// The tokens of the claim reported in `sentence`, or nil when no verb "claim" there takes a clause.
    func claim(in sentence: Sentence) -> Range<Int>? {
        let end = sentence.tokens.upperBound
        for k in sentence.tokens where Self.claimVerbs.contains(layer.tokens[k]) && k + 3 < end && !isNoun(k, in: sentence) {
            let next = layer.tokens[k + 1]
            let clauseEnd = { (start: Int) in self.parts.clauseEnd(from: start, in: sentence) }
            // "claimed that the fund …", not the relative "claims that are false"
            if next.lower == "that", !isVerb(layer.tokens[k + 2]) { return (k + 2)..<clauseEnd(k + 2) }
            // "he claimed they had never met": a pronoun subject opens the claim, with its verb next
            if PositionExtractor.subjectPronouns.contains(next), layer.tokens[k + 2].kind == .word { return (k + 1)..<clauseEnd(k + 1) }
            // "the ad claims the NRA's refusal … is a form of jihad": after a finite "claim", a determiner opens a
            // subject when a verb follows it (not "to stop him from claiming the nomination is …")
            if Self.subjectOpeners.contains(next), layer.tokens[k].lower != "claiming" {
                let claim = (k + 1)..<clauseEnd(k + 1)
                let beforeMark = claim.prefix { layer.tokens[$0].kind == .word }
                if beforeMark.dropFirst(2).contains(where: { ClauseParts.auxiliaries.contains(layer.tokens[$0]) }) { return claim }
            }
        }
        return nil
    }

    /// Whether the "claim" at `k` is a noun: after a determiner, a possessive or an adjective in
    /// "-ed" ("her claim", "Trump's claims", "the debunked claim").
    private func isNoun(_ k: Int, in sentence: Sentence) -> Bool {
        guard k > sentence.tokens.lowerBound else { return false }
        let before = layer.tokens[k - 1]
        return FiniteVerbQuestion.determiners.contains(before) || before.lower.hasSuffix("'s") || before.lower.hasSuffix("\u{2019}s")
            || ["'s", "\u{2019}s"].contains(before.text) || !before.isCapitalized && before.lower.hasSuffix("ed")
    }

    /// Whether a word right after "that" is a verb, which makes the "that" a relative pronoun.
    private func isVerb(_ token: Token) -> Bool {
        ClauseParts.auxiliaries.contains(token) || !token.isCapitalized && token.lower.count > 3 && token.lower.hasSuffix("ed")
    }
}
