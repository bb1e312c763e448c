/// Subjects set apart from their verb by an interruption, and subjects that name a part of
/// a group: "The aides, led by campaign manager Terry Sullivan, told …", "Oliver Hedge, who
/// appraises golf courses for Cushman & Wakefield, said …", "Jason Sims — a teacher from
/// Mount Pleasant — says …", "Some of the women said …", "Thirty-one percent of those
/// surveyed say …". The subject is the noun phrase before the interruption, never a name
/// inside it.
extension SubjectFinder {
    /// Relative pronouns that open a clause set off by commas after its noun.
    private static let relativeOpeners: WordSet = ["who", "which", "whose"]

    /// Words that open a description set off by commas after its noun ("long a vocal advocate
    /// of …", "himself a veteran").
    private static let describingOpeners: WordSet = ["long", "once", "now", "himself", "herself", "themselves"]

    /// Past participles in neither "-ed" nor "-ing" ("led by", "known as").
    private static let irregularParticiples: WordSet = ["led", "known", "born", "run", "chosen", "seen", "sworn", "written",
                                                        "taken", "given", "held"]

    /// Marks that open and close a parenthetical dash pair.
    private static let dashes: Set<String> = ["\u{2014}", "\u{2013}", "--", "-"]

    /// The longest interruption stepped over, in tokens.
    private static let interruptionLength = 30

    /// The mark opening the interruption that the comma or dash at `closing` ends: a relative
    /// clause or a participle phrase after a comma (", who …,", ", led by …,", ", citing …,"),
    /// or anything between two dashes (" — a teacher from Mount Pleasant — "). Nil when no such
    /// opening lies within `interruptionLength` tokens, or a quotation of three words or more
    /// closes between (the words before it are a speaker's, not a subject's modifier).
    func interruptionOpening(closedAt closing: Int, in sentence: Sentence) -> Int? {
        guard closing > sentence.tokens.lowerBound, layer.tokens[closing].kind == .punctuation else { return nil }
        let mark = layer.tokens[closing].text
        let isDash = Self.dashes.contains(mark)
        guard isDash || mark == "," else { return nil }
        var j = closing - 1
        while j > sentence.tokens.lowerBound, closing - j <= Self.interruptionLength {
            if closesUtterance(j) { return nil }
            let token = layer.tokens[j]
            if token.kind == .punctuation, [".", ";", ":", "?", "!"].contains(token.text), !isAbbreviationDot(j) { return nil }
            if isDash, token.kind == .punctuation, token.text == mark {
                return j + 1 < closing ? j : nil
            }
            if !isDash, token.isMark(","), opensInterruption(j + 1) { return j }
            j -= 1
        }
        return nil
    }

    /// Whether the word at `i` opens a relative clause or a participle phrase: "who", "which",
    /// a lower-case word in "-ing" or "-ed", or an irregular participle ("led", "known").
    private func opensInterruption(_ i: Int) -> Bool {
        guard i < layer.tokens.count else { return false }
        let token = layer.tokens[i]
        guard token.kind == .word, !token.isCapitalized else { return false }
        if Self.relativeOpeners.contains(token) || Self.describingOpeners.contains(token) { return true }
        let word = token.lower
        if word.count > 4, word.hasSuffix("ing") { return true }
        // a past participle takes a phrase ("led by", "based in", "elected last year"); before a
        // bare noun it is an adjective in a list ("an accomplished, experienced member")
        guard word.count > 4 && word.hasSuffix("ed") || Self.irregularParticiples.contains(token), i + 1 < layer.tokens.count else { return false }
        let next = layer.tokens[i + 1]
        return next.kind == .number || Self.participleComplements.contains(next)
    }

    /// Words that may follow a past participle opening a phrase: prepositions, determiners and
    /// time words ("led by", "known as", "elected last year").
    private static let participleComplements: WordSet = ["by", "as", "in", "on", "at", "to", "for", "from", "with", "into",
                                                         "after", "before", "during", "over", "under", "about", "the", "a",
                                                         "an", "his", "her", "their", "its", "last", "this", "earlier"]

    /// Whether the "." at `j` ends an abbreviation or initial ("Oliver K. Hedge", "D.C.") rather
    /// than a sentence: a capital or a short word right before it.
    private func isAbbreviationDot(_ j: Int) -> Bool {
        guard layer.tokens[j].text == ".", j > 0 else { return false }
        let before = layer.tokens[j - 1]
        return before.kind == .word && (before.text.count <= 3 || before.isCapitalized)
    }

    /// Quantifiers and shares that name a part of the group after their "of": "some of the
    /// women", "most of them", "31 percent of those surveyed", "a majority of voters". Not "none":
    /// "None of the women said they had been warned" is a claim nobody made.
    private static let partWords: WordSet = ["some", "many", "most", "several", "few", "all", "both", "each",
                                             "half", "third", "thirds", "quarter", "quarters", "fourths", "majority",
                                             "majorities", "plurality", "percent", "%", "dozens", "hundreds", "thousands"]

    /// Participles after "those" that make it people a poll or a reporter asked ("those surveyed").
    private static let askedParticiples: WordSet = ["surveyed", "polled", "questioned", "interviewed", "asked", "responding"]

    /// Whether the phrase from `start`, whose head (so far) ends at `headEnd`, names a part of
    /// a group of people: a quantifier or share right before "of" ("Some of the women", "most
    /// of them", "Thirty-one percent of those surveyed"), or "those" before a participle of
    /// asking ("those surveyed"). Its speaker is the part itself; no actor is guessed.
    func isPartOfGroup(from start: Int, headEnd: Int, in sentence: Sentence) -> Bool {
        guard headEnd > start, headEnd < sentence.tokens.upperBound else { return false }
        let head = layer.tokens[headEnd - 1], next = layer.tokens[headEnd]
        if head.lower == "those" { return Self.askedParticiples.contains(next) }
        return next.lower == "of" && Self.partWords.contains(head)
    }
}
