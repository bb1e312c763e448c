/// An outcome a party fears or bets on, stated by the writer: "Many fear Trump will feed
/// insecurity in the region", "there are fears the crush of humanity will be a perfect
/// opportunity for the virus to spread", "with many worried that the zone can never be fully
/// resurrected", "Trump is betting that voters feel so beleaguered that they will heed his call".
/// GUIDELINES: what the article raises as possible but does not settle is `uncertain`; the outcome
/// clause is what stays open ("Can the zone be fully resurrected?").
///
/// Not a fear: one inside a quotation (the speaker's), one given as a reason or a time ("because
/// she feared her employer would …", "when he worried they would …", "in part because of fears
/// that …"), nor a past counterfactual ("feared it would have …"), nor a past fear of what was then
/// to come ("the couple worried that the attacks would harden attitudes"). Hopes are left out: most are a
/// campaign's stated aim ("Christie hopes his endorsement will give him the boost"), not an
/// outcome the article leaves open. Nor a denied fear ("don't have to worry that …"), a fear of
/// degree ("so worried that … that they …"), an object with a relative clause ("fears nothing
/// that Clinton can throw at him"), an adjective ("a worrying trend that could …", "Worried
/// voters will …"), a past fear its sentence settles ("feared the storm could flood the city,
/// but it turned away"), or a clause cut before its sentence ends at a word ("will see her
/// choice … as a sign of independence").
struct FearedOutcome {
    let layer: TextLayer

    /// Verbs and nouns of fearing, and "betting" (an outcome staked on).
    private static let cues: WordSet = ["fear", "fears", "feared", "fearing", "worry", "worries", "worried", "worrying", "betting"]
    /// The modal of the feared clause.
    private static let modals: WordSet = ["will", "would", "could", "might", "may", "can"]
    /// Words up to two before the cue that make the fear a reason, a time or a purpose.
    private static let subordinators: WordSet = ["because", "since", "when", "after", "as", "if", "of", "in", "while", "before"]
    /// Words right before the cue that make it no fear of a clause: a reason ("for fear he would
    /// lose his job"), a degree whose "that" opens a result ("so worried that … that they are
    /// willing"), a determiner of an adjective ("a worrying trend that could …").
    private static let wordsBeforeNoFear: WordSet = ["for", "so", "too", "a", "an", "the", "this", "that", "these", "those"]
    /// Pronouns that, before a relative pronoun, are the object of the fear ("fears nothing that …").
    private static let quantifiers: WordSet = ["nothing", "everything", "anything", "something", "nobody", "no", "none"]
    /// Relative pronouns.
    private static let relatives: WordSet = ["that", "which", "who", "whom", "whose"]
    /// Marks a feared clause never spans, between the cue and its modal.
    private static let breaks: Set<String> = [",", ";", ":", "(", ")", "-", "\u{2013}", "\u{2014}", "\"", "\u{201C}", "\u{201D}"]
    /// The most words of the feared clause's subject ("the crush of humanity").
    private static let maxSubject = 9

    /// Prepositions after which the cue's holders are named before the feared clause ("fears among
    /// economists that …").
    private static let holders: WordSet = ["among", "in", "on", "across", "within"]
    /// Words right after the cue that make it no fear of a clause ("worry about", "worry more").
    private static let nonClauses: WordSet = ["about", "over", "for", "of", "to", "more", "less", "most", "at", "with", "by"]
    /// Negations after the modal, dropped from the question, and before the cue, denying the fear.
    private static let negations: WordSet = ["not", "never"]
    /// Degree words, whose "that" opens a result clause ("so worried that … that").
    private static let degreeWords: WordSet = ["so", "too"]
    /// Cues in the past tense, and the copulas that make "worried" a present state ("are worried").
    private static let pastCues: WordSet = ["feared", "worried"]
    private static let presentCopulas: WordSet = ["is", "are", "am", "remain", "remains"]

    /// Words where a clause's end would leave its predicate unfinished ("see her choice … as a sign").
    private static let predicateGoesOn: WordSet = ["as", "than"]

    /// Whether one of the three words before the cue at `k` denies the fear ("don't have to worry
    /// that …", "no one fears"); "can't help but worry" does not.
    private func isDenied(cueAt k: Int, in sentence: Sentence) -> Bool {
        let before = max(sentence.tokens.lowerBound, k - 3)..<k
        guard !before.contains(where: { layer.tokens[$0].lower == "help" }) else { return false }
        return before.contains { i in
            Self.negations.contains(layer.tokens[i]) || ["no", "nobody"].contains(layer.tokens[i].lower) || layer.tokens[i].isNegativeContraction
        }
    }

    /// The feared clause for a cue at `k`: from its subject (after an optional "that") to the end of
    /// the clause of its modal, without a negation right after the modal (the feared "the generals
    /// will not honor the results" asks "Will the generals honor the results?"); nil when `k` is no
    /// such cue, or when the clause has no object or complement after its verb (a relative clause's
    /// gap: "the kind of jurist many fear Mrs. Clinton would choose").
    func outcome(cueAt k: Int, in sentence: Sentence, parts: ClauseParts) -> [Int]? {
        let end = sentence.tokens.upperBound
        guard Self.cues.contains(layer.tokens[k]), k + 1 < end, !Self.nonClauses.contains(layer.tokens[k + 1]),
              layer.quotation(containing: layer.tokens[k].range.lowerBound) == nil,
              !(max(sentence.tokens.lowerBound, k - 2)..<k).contains(where: { Self.subordinators.contains(layer.tokens[$0]) }),
              k == sentence.tokens.lowerBound || !Self.wordsBeforeNoFear.contains(layer.tokens[k - 1]),
              !isDenied(cueAt: k, in: sentence),
              // "Worried voters will turn out", "Worried about the polls, …": an adjective opening the sentence
              k > sentence.tokens.lowerBound || !Self.pastCues.contains(layer.tokens[k]) && layer.tokens[k].lower != "worrying",
              // "fears nothing that Clinton can throw at him": the object of the fear, with its relative clause
              !(Self.quantifiers.contains(layer.tokens[k + 1]) && k + 2 < end && Self.relatives.contains(layer.tokens[k + 2])) else {
            return nil
        }
        var start = k + 1
        if Self.holders.contains(layer.tokens[start]) {
            guard let that = (start..<min(end, start + Self.maxSubject)).first(where: { layer.tokens[$0].lower == "that" }) else { return nil }
            start = that
        }
        if layer.tokens[start].lower == "that" { start += 1 }
        guard start < end, !Self.breaks.contains(layer.tokens[start].text) else { return nil }
        var modal = start + 1
        while modal < end, modal - start <= Self.maxSubject, !Self.modals.contains(layer.tokens[modal]) {
            // a degree word opens a result clause, so the subject before it ends in a verb ("voters
            // feel so beleaguered that they will …")
            if Self.breaks.contains(layer.tokens[modal].text) || Self.degreeWords.contains(layer.tokens[modal]) { return nil }
            modal += 1
        }
        guard modal + 1 < end, modal - start <= Self.maxSubject, Self.modals.contains(layer.tokens[modal]),
              !["have", "'ve", "\u{2019}ve"].contains(layer.tokens[modal + 1].lower) else {
            return nil
        }
        // "the couple worried that the attacks would harden attitudes": a past fear of what was then to come is
        // narration, settled by now (not "are worried that Trump could gain legitimacy")
        if Self.pastCues.contains(layer.tokens[k]), k == sentence.tokens.lowerBound || !Self.presentCopulas.contains(layer.tokens[k - 1]) {
            if layer.tokens[modal].lower == "would" { return nil }
            // "Officials feared the storm could flood the city, but it turned away": settled in its sentence
            if ["could", "might"].contains(layer.tokens[modal].lower),
               ((modal + 1)..<(end - 1)).contains(where: { layer.tokens[$0].isMark(",") && layer.tokens[$0 + 1].lower == "but" }) { return nil }
        }
        let verb = Self.negations.contains(layer.tokens[modal + 1]) ? modal + 2 : modal + 1
        let clauseEnd = parts.clauseEnd(from: modal, in: sentence)
        // cut before "as a sign of …" the question would change what is feared
        guard clauseEnd - verb >= 2, clauseEnd == end || !Self.predicateGoesOn.contains(layer.tokens[clauseEnd]) else { return nil }
        return Array(start...modal) + Array(verb..<clauseEnd)
    }
}
