/// A promise whose object is a noun phrase: "a candidate who promised mass deportation", "won
/// his party's nomination by promising its furious revenge", "sought to regain the initiative by
/// pledging further police reform", "pledged her vote to Clinton", "vowed a wider war". The
/// promised thing is the action ("will deliver mass deportation"), the stance positive.
///
/// Only the past and "-ing" forms, which are no nouns ("his promises of …" names promises), and
/// only with a plain noun phrase right after them: not a clause ("promised voters that …",
/// "promised Mexico would pay"), a preposition ("promised in May to …"), a person promised to
/// ("promised him a job"; "her" may be either: "pledged her vote to Clinton"), a refusal ("promised no new taxes"), nor the participle of a
/// passive ("were promised a raise") or of a noun ("more pledged delegates").
extension CommitmentExtractor {
    /// The modality of a promised noun phrase.
    static let promisedObjectModality = "promised object"
    /// What leads the promised thing after "will": "will deliver mass deportation".
    static let promisedObjectLead = "deliver"

    private static let promiseForms: WordSet = ["promised", "pledged", "vowed", "promising", "pledging", "vowing"]
    /// Words that cannot open the promised noun phrase: prepositions, conjunctions, pronouns,
    /// negations and verbs of a clause.
    private static let nonObjects: WordSet = ["to", "that", "not", "no", "never", "nothing", "in", "on", "at", "for", "of", "by",
                                              "from", "with", "as", "during", "after", "before", "and", "or", "but", "if",
                                              "is", "are", "was", "were", "be", "been", "he", "she", "they", "it", "we", "i",
                                              "you", "him", "them", "us", "me", "this", "what", "which", "who", "so", "too",
                                              "last", "early", "earlier", "again", "repeatedly", "publicly", "privately"]
    /// Words that end a noun phrase in a clause of its own ("promised the state would …", "pledged
    /// donors that …"): a report or a finite verb follows within `clauseReach` words.
    private static let clauseMarkers: WordSet = ["that", "will", "would", "could", "can", "is", "are", "was", "were", "has",
                                                 "have", "had", "won't", "wouldn't", "won’t", "wouldn’t"]
    private static let clauseReach = 6
    /// Words before the form that make it the participle of a passive or of a noun: "were
    /// promised a raise", "more pledged delegates", "the promised wall".
    private static let participleOwners: WordSet = ["the", "a", "an", "more", "most", "of", "his", "her", "their", "its",
                                                    "our", "my", "your", "those", "these"]
    /// Verbs before a past form that make it a passive: "were promised a raise" (but "is
    /// promising donors five tickets" is active).
    private static let passiveAuxiliaries: WordSet = ["was", "were", "been", "be", "being", "is", "are", "get", "got"]

    /// The promise cue at `k` (its verb only) when a plain noun phrase follows as its object: its
    /// length, modality and polarity.
    func promisedObject(at k: Int, in sentence: Sentence) -> (Int, String, Polarity)? {
        guard Self.promiseForms.contains(layer.tokens[k]), k + 1 < sentence.tokens.upperBound else { return nil }
        if k > sentence.tokens.lowerBound {
            let previous = layer.tokens[k - 1]
            if Self.participleOwners.contains(previous) || previous.kind == .number || previous.endsPossessive
                || Self.passiveAuxiliaries.contains(previous) && VerbBase.isPastForm(layer.tokens[k]) { return nil }
        }
        if isRelativeWithGap(before: k, in: sentence) { return nil }
        let object = layer.tokens[k + 1]
        guard object.kind == .word, !object.isCapitalized, !Self.nonObjects.contains(object), !VerbBase.isPastForm(object),
              !object.lower.hasSuffix("ly") else { return nil }
        let reach = (k + 1)..<min(sentence.tokens.upperBound, k + 1 + Self.clauseReach)
        guard !reach.contains(where: { Self.clauseMarkers.contains(layer.tokens[$0]) }) else { return nil }
        return (1, Self.promisedObjectModality, .positive)
    }

    /// Whether the name before the cue at `k` follows a noun phrase with no verb between ("The
    /// wall Donald Trump promised costs far more", "the tax cuts Trump vowed remain stalled"):
    /// a relative clause whose object is that phrase, so what follows the cue is no object.
    private func isRelativeWithGap(before k: Int, in sentence: Sentence) -> Bool {
        var j = k - 1
        while j >= sentence.tokens.lowerBound, layer.tokens[j].isCapitalized { j -= 1 }
        guard j < k - 1 else { return false }
        var i = j
        while i >= sentence.tokens.lowerBound, j - i < 3 {
            let token = layer.tokens[i]
            guard token.kind == .word, !token.isCapitalized || i == sentence.tokens.lowerBound else { return false }
            if Self.determiners.contains(token.lower) { return i < j }
            if VerbBase.isPastForm(token) || ClauseParts.auxiliaries.contains(token) || lexicons.speechVerbs[token.lower] != nil {
                return false
            }
            i -= 1
        }
        return false
    }
}
