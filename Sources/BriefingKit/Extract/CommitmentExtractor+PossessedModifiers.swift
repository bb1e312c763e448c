/// Words between a possessor and its noun cue: "Trump's controversial pledge to …", "his
/// constant vow to …", "the senator's fire-breathing vows to …". They are modifiers of the
/// cue, never a noun the possessor owns ("Trump's rival vows to …", "Lee's executive plans
/// to …", "Bell's campaign plans to …": there the cue is the verb of that noun).
extension CommitmentExtractor {
    /// Words of repetition or novelty, which carry no adjective ending: "Trump's repeated calls
    /// to …", "Lee's new plan to …".
    private static let possessedModifiers: WordSet = ["repeated", "new", "latest", "renewed", "recent", "earlier", "own"]

    /// Adjective endings: "controversial", "aggressive", "ambitious", "constant", "much-touted",
    /// "fire-breathing".
    private static let adjectiveEndings = ["al", "ive", "ic", "ian", "ous", "ful", "less", "ant", "ent", "ed", "ing"]

    /// Nouns of pledging that an adjective may modify ("Trump's controversial pledge to …"); not
    /// "bid", whose "presidential bid to …" is a candidacy tied to something.
    private static let pledgeNouns: WordSet = ["pledge", "pledges", "promise", "promises", "vow", "vows", "plan", "plans",
                                               "offer", "offers", "proposal", "refusal", "call", "calls"]

    /// At most this many modifiers stand between the possessor and the cue.
    private static let maxModifiers = 2

    /// Where the possessor before the cue at `k` ends: `k`, or the first of the modifiers right
    /// before it (a word of repetition before any cue, up to two adjectives before a noun of pledging).
    func possessorEnd(before k: Int, in sentence: Sentence) -> Int {
        guard k - 1 > sentence.tokens.lowerBound else { return k }
        guard Self.pledgeNouns.contains(layer.tokens[k]) else {
            return Self.possessedModifiers.contains(layer.tokens[k - 1]) ? k - 1 : k
        }
        var end = k
        while end - 1 > sentence.tokens.lowerBound, k - end < Self.maxModifiers, isPossessedModifier(layer.tokens[end - 1]) {
            end -= 1
        }
        return end
    }

    /// Whether a word modifies a noun of pledging: a word of repetition, or a lower-case
    /// adjective that no lexicon knows as a noun for a person, a group, an organization or a
    /// thing ("rival", "executive", "opponent", "campaign" are nouns there).
    private func isPossessedModifier(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isCapitalized else { return false }
        if Self.possessedModifiers.contains(token) { return true }
        let word = token.lower
        guard word.count > 4, !word.hasSuffix("'s"), !word.hasSuffix("\u{2019}s") else { return false }
        if SubjectFinder.isHeadNoun(word) || ActorExtractor.descriptorWords.contains(word)
            || lexicons.groupNouns.contains(word) || lexicons.groupNouns.contains(word + "s")
            || lexicons.organizationWords.contains(word) || lexicons.thingWords.contains(word)
            || lexicons.titleFirstWords.contains(word) { return false }
        return Self.adjectiveEndings.contains { word.hasLiteralSuffix($0) }
    }
}
