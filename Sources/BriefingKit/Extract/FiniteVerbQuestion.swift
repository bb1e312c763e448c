/// A clause with no auxiliary to move, asked with "do" or "will" before its subject: "Mrs.
/// Clinton loses Iowa" → "Does Mrs. Clinton lose Iowa?" ("Will …" for a condition, where the
/// present speaks of the future), "she believed Putin wanted …" → "Did she believe Putin
/// wanted …?", "both sides want to make it" → "Do both sides want to make it?".
struct FiniteVerbQuestion {
    let verbs: VerbBase
    let lexicons: Lexicons

    /// Where the clause's finite verb stands, what to front and the verb's base form.
    struct Parts {
        var front: String
        var base: String
        /// Index of the finite verb.
        var verb: Int
        /// Adverbs between the subject and the verb ("he still supported").
        var adverbCount: Int
    }

    /// Adverbs that stand between a subject and its verb ("he still supported").
    private static let adverbs: WordSet = ["also", "still", "never", "already", "just", "now", "then", "again", "once",
                                           "further", "always", "recently", "later", "previously", "ultimately", "really",
                                           "actually", "even", "only", "simply", "indeed", "eventually", "finally"]
    /// Words after a plural noun that no verb takes: "the rules of politics", "justices, Scalia".
    private static let nounFollowers: Set<String> = ["of", ",", "'s", "\u{2019}s", "if"]
    /// Whether `word` may stand between a subject and its verb.
    static func isAdverb(_ word: String) -> Bool { adverbs.contains(word) || word.hasSuffix("ly") }

    /// Prepositions and particles that no plain verb is ("the Senate reconvenes after …").
    private static let prepositions: WordSet = ["after", "before", "during", "until", "since", "through", "across",
                                                "against", "among", "around", "behind", "beyond", "despite", "toward",
                                                "towards", "upon", "within", "without", "per", "via", "near", "off",
                                                "out", "up", "down", "ahead", "instead", "because", "while", "where"]
    /// Subjects that take a plain present verb ("they want", "people want").
    private static let pluralPronouns: WordSet = ["we", "they", "you", "i"]

    /// The parts of `words` around the first finite verb after a subject of at most twelve
    /// words, or nil when no such verb is found.
    func parts(of words: [Token], presentAsFuture: Bool) -> Parts? {
        // "mulling over potential acquisitions": no subject
        guard let first = words.first, first.isCapitalized || !first.lower.hasSuffix("ing") else { return nil }
        var v = 1
        while v < min(words.count, 14) {
            let word = words[v], previous = words[v - 1]
            // "Trump can't rally": a verb this cannot front
            guard word.kind == .word, previous.kind == .word, !word.isNegativeContraction else {
                return nil
            }
            if Self.isAdverb(word.lower) && !word.isCapitalized {
                v += 1
                continue
            }
            let subjectEnd = (1...v).first { i in (i..<v).allSatisfy { Self.isAdverb(words[$0].lower) } } ?? v
            if !word.isCapitalized, !QuestionShape.closedClass.contains(word.lower),
               !QuestionShape.closedClass.contains(words[subjectEnd - 1].lower),
               isPlainSubject(words[..<subjectEnd]), v + 1 == words.count || !Self.nounFollowers.contains(words[v + 1].lower),
               let found = finite(word, after: words[subjectEnd - 1]) {
                let front: String
                switch found.tense {
                case .past: front = "Did"
                // "if Clinton wins" asks "Will Clinton win?"; "Sanders says he'd …" stays a report
                case .present where presentAsFuture && !QuestionShape.nonSubjectWords.contains(word.lower): front = "Will"
                case .present: front = found.plural ? "Do" : "Does"
                }
                return Parts(front: front, base: found.base, verb: v, adverbCount: v - subjectEnd)
            }
            // a verb form this cannot take back to its base ("mishandled", "reconvenes", "knowingly
            // mishandled"): no question
            if !word.isCapitalized, verbs.hasRegularForm(word.lower), isPlainSubject(words[..<v]),
               verbs.base(of: word.lower) == nil {
                return nil
            }
            // a name or a noun phrase goes on: "the Americans", "many in Clinton's staff"
            v += 1
        }
        return nil
    }

    /// Words that open a subject a verb can follow: determiners, quantifiers and pronouns.
    private static let subjectOpeners: WordSet = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                                                  "their", "our", "my", "your", "any", "many", "some", "several", "all",
                                                  "both", "most", "each", "every", "no", "one", "none", "few", "such", "he",
                                                  "she", "it", "we", "they", "you", "i", "there", "anyone", "someone",
                                                  "everyone", "nobody", "somebody", "anybody", "everybody", "nothing",
                                                  "something", "people", "neither", "either", "more"]

    /// Words that open a noun phrase ("the", "any", "many").
    static let determiners: WordSet = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                                               "their", "our", "my", "your", "any", "many", "some", "several", "all",
                                               "both", "most", "each", "every", "no", "few", "such", "more", "either",
                                               "neither"]

    /// Whether `subject` reads as the subject of the verb after it: a name, or a noun phrase
    /// opened by a determiner or a quantifier ("the company", "any of the participants"), or one
    /// plural noun ("lawmakers", "millions of people") — not "current" in "current trends
    /// continue", nor a clause ("the protection that low rates provided", "threatened to …").
    private func isPlainSubject(_ subject: ArraySlice<Token>) -> Bool {
        guard let first = subject.first, QuestionShape.isSubject(subject), subject.allSatisfy({ $0.kind == .word }),
              !subject.dropFirst().dropLast().contains(where: { $0.lower == "that" }) else { return false }
        // "both sides want": a determiner alone is no subject, its noun is
        if subject.count == 1, Self.determiners.contains(first.lower) { return false }
        if first.isCapitalized || Self.subjectOpeners.contains(first.lower) || first.lower.hasSuffix("'s")
            || first.lower.hasSuffix("\u{2019}s") { return true }
        // "lawmakers", "millions of people"
        return first.lower.hasSuffix("s") && !first.lower.hasSuffix("ss") && (subject.count == 1 || subject.dropFirst().first?.lower == "of")
    }

    /// The base form, tense and number of `word` as a finite verb after the subject's last word.
    private func finite(_ word: Token, after last: Token) -> (base: String, tense: VerbBase.Tense, plural: Bool)? {
        // "the bill's sponsors": a noun after a possessive
        guard !last.lower.hasSuffix("'s"), !last.lower.hasSuffix("\u{2019}s") else { return nil }
        if let (base, tense) = verbs.base(of: word.lower) { return (base, tense, false) }
        // "they want", "both sides want": a plain verb after a plural
        let plural = Self.pluralPronouns.contains(last.lower)
            || !last.isCapitalized && lexicons.groupNouns.contains(last.lower) || last.lower == "people"
            || !last.isCapitalized && last.lower.hasSuffix("s") && !last.lower.hasSuffix("ss") && last.lower != "its"
            || last.isCapitalized && ["ans", "ats", "ists"].contains(where: { last.lower.hasSuffix($0) })
        guard plural, lexicons.commonWords.contains(word.lower), !["am", "be", "been", "being"].contains(word.lower),
              !Self.prepositions.contains(word.lower),
              !ClauseParts.auxiliaries.contains(word.lower), !word.lower.hasSuffix("ing"), !word.lower.hasSuffix("ly"),
              !word.lower.hasSuffix("ed"), !QuestionShape.nonSubjectWords.contains(word.lower) else { return nil }
        return (word.lower, .present, true)
    }
}
