import Foundation

/// The writer's own hedge on an outcome: "could", "may" or "might" as the verb of a clause the
/// article states outside any quotation ("His lead could be tenuous and fall apart in the actual
/// voting", "politicians may eventually embrace it"). GUIDELINES: `uncertain` is the article
/// itself hedging ("may", "might", "could").
///
/// Hedges are common and most are asides, so the extractor asks only an article's first one, and
/// only when the article raises fewer than three other questions (see `OpenQuestionExtractor`).
/// Not a hedge: a negated or past modal ("could not be reached", "may have been"), the past of
/// "can" with a verb of perceiving, saying or means ("could hear", "could afford"), advice ("may
/// want to"), a modal in a relative or subordinate clause ("voters who could …", "before she
/// could ask", "as much as he could"), a concession answered by "but" ("They may be opposites,
/// but …"), or the month "May".
struct HedgedOutcome {
    let layer: TextLayer

    static let modals: WordSet = ["could", "may", "might"]
    /// Words right after the modal that make it no hedge on an outcome.
    private static let notHedged: WordSet = ["not", "never", "or", "have", "'ve", "\u{2019}ve", "only", "well", "as", "want",
                                             // the past of "can", or a verb of perceiving, saying or means
                                             "do", "afford", "hear", "see", "think", "imagine", "say", "tell", "ask",
                                             "appreciate", "laugh", "earn"]
    /// Adverbs that may stand between the modal and its verb ("could also become", "might yet be",
    /// "could possibly want").
    private static let adverbs: WordSet = ["also", "yet", "still", "always", "soon", "eventually", "ultimately", "just", "even",
                                           "possibly"]
    /// Relative pronouns that, right before the modal or an adverb in -ly, make it a description ("voters who could …").
    private static let relatives: WordSet = ["who", "that", "which"]
    /// Words that, up to two words before the modal, put it in a subordinate clause ("before she could
    /// ask", "as much as he could", "what his plans might include"), a concession ("while some might
    /// escape …, these companies do pay") or an inversion ("neither could the employer").
    private static let subordinators: WordSet = ["before", "until", "when", "as", "than", "what", "whatever", "all", "if",
                                                 "whether", "how", "while", "though", "although", "neither", "nor"]
    /// Passive perception: "could be heard grousing", "could be seen".
    private static let perceived: WordSet = ["heard", "seen"]

    /// The first hedging modal of the sentence outside a quotation, or nil.
    func modal(in sentence: Sentence) -> Int? {
        sentence.tokens.first { isHedge(at: $0, in: sentence) }
    }

    /// Words the subject of a hedged clause never reaches back over: a complementizer, a
    /// conjunction, a verb of saying ("said his campaign may …").
    private static let subjectStops: WordSet = ["that", "which", "who", "whom", "whether", "if", "and", "but", "or", "because",
                                                "so", "said", "says", "say", "told", "tells", "suggest", "suggested", "suggests",
                                                "think", "thinks", "believe", "believes", "argue", "argues", "argued", "warn",
                                                "warns", "warned", "signal", "signals", "signaled", "hope", "hopes", "know",
                                                "knows", "fear", "fears"]

    /// Where the subject of the hedged clause at modal `k` starts when the modal's clause sits inside
    /// another ("viewed as a sign his campaign may be in trouble" → "his campaign"): back over words
    /// to a determiner or a possessive that no "of" precedes ("the power of the anti-EU parties"), or
    /// to a stop, a mark or a word in -ed or -ing that no determiner precedes (not "a contested
    /// convention"). Nil when no subject of at most twelve words stands there, or when the words
    /// before it make it a verb's object ("who has rejected the party's orthodoxy might …") or put
    /// it in a subordinate clause ("what his own candidacy might look like").
    func subjectStart(before k: Int, in sentence: Sentence) -> Int? {
        var i = k - 1
        while i > sentence.tokens.lowerBound, Self.adverbs.contains(layer.tokens[i]) { i -= 1 }
        let end = i + 1
        var start: Int?
        while i >= sentence.tokens.lowerBound, end - i <= Self.maxSubjectWords {
            let token = layer.tokens[i]
            let adjective = i > sentence.tokens.lowerBound && PositionExtractor.determiners.contains(layer.tokens[i - 1])
            if token.kind != .word || Self.subjectStops.contains(token) || isVerbForm(token) && !adjective { break }
            start = i
            if PositionExtractor.determiners.contains(token), i - 1 < sentence.tokens.lowerBound || layer.tokens[i - 1].lower != "of" { break }
            i -= 1
        }
        guard let start, start > sentence.tokens.lowerBound else { return start }
        // "Sanders’ call could …": the head of a possessive is no subject of its own
        let before = layer.tokens[start - 1]
        return isVerbForm(before) || Self.subordinators.contains(before) || ["'", "\u{2019}"].contains(before.text) ? nil : start
    }

    /// A lower-case word in -ed or -ing, read as a verb form.
    private func isVerbForm(_ token: Token) -> Bool {
        !token.isCapitalized && (token.lower.hasSuffix("ed") || token.lower.hasSuffix("ing"))
    }

    /// Most words of a subject fronted after the modal ("Could a win there help …?").
    private static let maxSubjectWords = 12
    /// Words that, in the subject of the question, show that the writer speaks of themselves or to
    /// the reader ("Could I barely stop grinning?", "Could you leave it thinking …?") or that a clause
    /// of its own stands there ("Could There’s always a chance his nomination move …?").
    private static let unaskedSubjectWords: Set<String> = ["i", "we", "you", "me", "us", "there's", "there\u{2019}s",
                                                           "it's", "it\u{2019}s"]

    /// `question`, phrased from the hedge at `k`, when it asks the hedged clause itself: it fronts the
    /// modal, then a plain subject of at most twelve words, then the clause's verb, and hedges nothing
    /// else after it. A subject with "that" ("Could a survey shows that Trump be deserted?") or
    /// opening on a participle ("Might sensing he just be able …?") is a clause, not a subject; a
    /// second hedge ("… may be able to raise going forward could be found in …"), or a verb of the
    /// sentence after it ("The fear that Trump could win … has gripped the party"), runs two clauses
    /// together. "May" is asked as "Might" (a question opening on "May" reads as asking leave); nil
    /// otherwise.
    func asked(_ question: String, modalAt k: Int) -> String? {
        let words = question.split(separator: " ").map(String.init)
        guard let first = words.first, first.lowercased() == layer.tokens[k].lower else { return nil }
        var verb = k + 1
        while verb + 1 < layer.tokens.count, Self.adverbs.contains(layer.tokens[verb]) { verb += 1 }
        let bare = words.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        guard let at = bare.indices.dropFirst().first(where: { bare[$0] == layer.tokens[verb].lower }),
              (2...(Self.maxSubjectWords + 1)).contains(at),
              !bare[1..<at].contains(where: { Self.unaskedSubjectWords.contains($0) || $0 == "that" }),
              words[1].first?.isUppercase == true || !bare[1].hasSuffix("ing"),
              !bare[(at + 1)...].contains(where: { Self.modals.contains($0) }),
              !runsIntoMainVerb(bare[(at + 1)...]) else { return nil }
        return Self.mightForMay(words.joined(separator: " "))
    }

    /// A question opening on "May" asked with "Might": "May" reads as asking leave.
    static func mightForMay(_ question: String) -> String {
        question.hasPrefix("May ") ? "Might" + question.dropFirst(3) : question
    }

    /// Finite verbs that, after the hedged clause with no word joining them, are the verb of the
    /// sentence the clause is part of ("The fear that Trump could win the nomination has gripped
    /// the party" asks no "Could Trump win the nomination has gripped the party?").
    private static let finiteVerbs: Set<String> = ["is", "was", "are", "were", "has", "have", "had", "remains", "remained", "seems"]
    /// Words that join a clause of their own, whose verb may then follow.
    private static let joiners: Set<String> = ["if", "when", "because", "as", "and", "but", "or", "that", "which", "who", "while",
                                               "since", "after", "before", "until", "unless", "though", "although", "where"]

    /// Whether the words after the hedged verb reach a finite verb before any word joining a clause.
    private func runsIntoMainVerb(_ rest: ArraySlice<String>) -> Bool {
        for word in rest {
            if Self.joiners.contains(word) { return false }
            if Self.finiteVerbs.contains(word) { return true }
        }
        return false
    }

    /// Words that make "may" a permission a rule gives ("each state may send 10 delegates under
    /// the rules"), not a hedge.
    private static let ruleWords: WordSet = ["rule", "rules", "law", "laws", "constitution", "allowed", "permitted", "each",
                                             "every", "any"]

    private func isHedge(at k: Int, in sentence: Sentence) -> Bool {
        // asked of every word: its id tested in place before the token is copied
        guard Self.modals.contains(layer.tokens[k]) else { return false }
        let token = layer.tokens[k]
        // the "may" of a rule ("each state may send"; not "the new law may be struck down")
        if token.lower == "may", k + 1 < sentence.tokens.upperBound, !["be", "have"].contains(layer.tokens[k + 1].lower),
           sentence.tokens.contains(where: { Self.ruleWords.contains(layer.tokens[$0]) }) { return false }
        guard !(token.lower == "may" && token.isCapitalized && k > sentence.tokens.lowerBound),
              k + 1 < sentence.tokens.upperBound, layer.quotation(containing: token.range.lowerBound) == nil else { return false }
        var verb = k + 1
        while verb + 1 < sentence.tokens.upperBound, Self.adverbs.contains(layer.tokens[verb]) { verb += 1 }
        let next = layer.tokens[verb]
        guard next.kind == .word, !Self.notHedged.contains(next), !next.isNegativeContraction, next.lower != "n't" else { return false }
        if next.lower == "be", verb + 1 < sentence.tokens.upperBound, Self.perceived.contains(layer.tokens[verb + 1]) { return false }
        if (max(sentence.tokens.lowerBound, k - 3)..<k).contains(where: { Self.subordinators.contains(layer.tokens[$0]) }) { return false }
        var before = k - 1
        if before > sentence.tokens.lowerBound, layer.tokens[before].lower.hasSuffix("ly") { before -= 1 }
        if before >= sentence.tokens.lowerBound, Self.relatives.contains(layer.tokens[before]) { return false }
        return !isConcession(k, in: sentence)
    }

    /// "may" or "might" whose clause a comma and "but" answer: "The two may be political opposites, but …".
    private func isConcession(_ k: Int, in sentence: Sentence) -> Bool {
        guard layer.tokens[k].lower != "could",
              let comma = ((k + 1)..<sentence.tokens.upperBound).first(where: { layer.tokens[$0].isMark(",") }) else { return false }
        return comma + 1 < sentence.tokens.upperBound && layer.tokens[comma + 1].lower == "but"
    }
}
