/// A side rejecting another's claim: "Mr. Bush rejected the notion that he was part of the
/// establishment", "Clinton and the DNC rejected the allegation", "Rubio pushed back on those
/// claims", "Manafort dismissed the argument that …". On news these disputes carry no "denied"
/// and no question word, yet they are what a reader would follow up.
///
/// A rejection counts only with a claim as its object, a claim noun within a few words of the
/// verb: "rejected the idea of a valedictory address" (a proposal, "idea of") and "rejected the
/// party's orthodoxy" contest nothing.
struct RejectionCue {
    let layer: TextLayer

    /// What a rejection at a token contests: the claim noun phrase ("the allegation", "those
    /// claims", "Clinton's charges about his stance on Obama") and, when the noun takes a clause ("the notion that …"), where that clause starts.
    struct Rejection {
        var claim: Range<Int>
        /// The claim noun ("charges" in "Clinton's charges about his stance").
        var noun: Int
        var thatClause: Int?
    }

    private static let verbs: WordSet = ["rejected", "rejects", "rejecting", "dismissed", "dismisses", "dismissing",
                                         "refuted", "refutes", "rebutted", "rebuts", "disputed", "disputes", "disputing"]
    /// Verbs that reject with a particle: "pushed back on", "brushed off", "scoffed at", "bristled
    /// at", "took issue with".
    private static let phrasalVerbs = WordMap<WordSet>([
        "pushed": ["back"], "pushing": ["back"], "pushes": ["back"], "brushed": ["off", "aside"], "brushes": ["off", "aside"],
        "scoffed": ["at"], "scoffs": ["at"], "bristled": ["at"], "bristles": ["at"], "bristling": ["at"],
        "took": ["issue"], "takes": ["issue"], "taking": ["issue"],
    ])
    private static let particlesBeforeObject: WordSet = ["on", "against", "at", "with"]
    /// Nouns that name a claim: those a denial contests (see `QuestionCueSense`) and a few more
    /// that are rejected rather than denied ("the notion that …", "the argument that …").
    static let claimNouns = WordSet(QuestionCueSense.claimNouns.union([
        "argument", "arguments", "characterization", "characterizations", "label", "criticism", "criticisms", "narrative",
        "premise", "contention", "findings", "theory", "theories", "implication", "implications",
    ]))
    /// Words that end a claim's noun phrase: what follows tells how or when it was rejected.
    private static let claimStops: WordSet = ["as", "by", "and", "but", "while", "because", "when", "saying", "noting",
                                              "arguing", "calling", "during", "after", "today", "yesterday", "monday",
                                              "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Words that may stand between the verb and the claim noun: determiners, possessives and
    /// a few adjectives ("the whole story", "Exxon's accusation", "the latest reports").
    private static let maxLead = 4

    /// The rejection whose verb is token `k`, or nil.
    func rejection(at k: Int, in sentence: Sentence) -> Rejection? {
        let end = sentence.tokens.upperBound
        var next = k + 1
        // the token read in place, not copied: this runs at every token
        if let particles = Self.phrasalVerbs[layer.tokens[k]] {
            guard next < end, particles.contains(layer.tokens[next]) else { return nil }
            next += 1
            // "pushed back on those charges", "pushed back against accusations"
            if next < end, Self.particlesBeforeObject.contains(layer.tokens[next]) { next += 1 }
        } else if !Self.verbs.contains(layer.tokens[k]) {
            return nil
        }
        // "the request was rejected": a passive rejection has no side's claim as its object
        if k > sentence.tokens.lowerBound, ["was", "were", "been", "be", "is", "are"].contains(layer.tokens[k - 1].lower) {
            return nil
        }
        var i = next
        while i < min(end, next + Self.maxLead + 1) {
            let token = layer.tokens[i]
            if token.kind == .punctuation, token.text != "\u{2019}", token.text != "'" { return nil }
            if Self.claimNouns.contains(token) {
                let after = i + 1 < end ? layer.tokens[i + 1].lower : ""
                // "the idea of a valedictory address" is a thing, not a claim asserted; an "idea" without
                // "that" is mostly a proposal ("rejected the idea as ludicrous")
                if after == "of" || after == "for" || token.lower == "idea" && after != "that" { return nil }
                // the claim runs on to its "that" ("criticism from Donald Trump that …"), past a short modifier
                var claimEnd = i + 1
                while claimEnd < min(end, i + 8), layer.tokens[claimEnd].kind != .punctuation, layer.tokens[claimEnd].lower != "that",
                      !Self.claimStops.contains(layer.tokens[claimEnd]) || isAuthor(claimEnd, end: end) {
                    claimEnd += 1
                }
                let hasThat = claimEnd < end && layer.tokens[claimEnd].lower == "that" && claimEnd + 1 < end
                return Rejection(claim: next..<claimEnd, noun: i, thatClause: hasThat ? claimEnd + 1 : nil)
            }
            i += 1
        }
        return nil
    }

    /// "accusations by Exxon Mobil that …": "by" before a name gives the claim's author, not how
    /// it was rejected ("by pointing out …").
    private func isAuthor(_ i: Int, end: Int) -> Bool {
        layer.tokens[i].lower == "by" && i + 1 < end && layer.tokens[i + 1].isCapitalized
    }
}
