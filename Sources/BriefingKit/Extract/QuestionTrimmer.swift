/// Shortens the words a question is built from to the question's own clause, so the analyst
/// reads one plain question, not the whole sentence: a parenthetical ("(R-Ky.)"), an
/// apposition before the verb ("the Clinton of lore, the once-in-a-generation natural who …,
/// has yet to" → "the Clinton of lore has yet to"), and what trails the clause (", whose
/// long-shot bid …", ", and the revival of …", "; newspapers …"). A long clause is cut at a
/// comma or a relative "which" after its verb when what stays reads whole.
struct QuestionTrimmer {
    /// Words a question should stay under, cuts permitting.
    static let targetWords = 18

    /// Words after a comma that open a trailing clause, not more of the question's own.
    private static let trailingOpeners: WordSet = ["and", "but", "while", "which", "who", "whose", "as", "though",
                                                   "although", "because", "especially", "including", "according",
                                                   "where", "when", "even", "since", "after", "before", "so", "or",
                                                   "with", "despite", "amid", "not", "unlike", "like", "compared"]
    /// Relative words a long clause is cut at: not "that" (it also opens what was said: "argue
    /// that …") nor "who" (it picks out whom the clause means: "people who support …").
    private static let relatives: WordSet = ["which"]

    /// `words` with asides and trailing clauses cut, and where the verb at `verb` (what precedes
    /// it is its subject) now stands.
    func trimmed(_ words: [Token], verb: Int?) -> (words: [Token], verb: Int?) {
        var words = words
        var verb = verb
        while let open = words.indices.dropFirst().first(where: { words[$0].isMark("(") }),
              let close = words.indices.dropFirst(open + 1).prefix(14).first(where: { words[$0].isMark(")") }) {
            words.removeSubrange(open...close)
            if let v = verb, v > close { verb = v - (close - open + 1) } else if let v = verb, v >= open { verb = nil }
        }
        if let v = verb, let cut = apposition(in: words, before: v) {
            words.removeSubrange(cut)
            verb = v - cut.count
        }
        let from = (verb ?? 1) + 2
        if let end = trailingClause(in: words, from: from) { words.removeSubrange(end...) }
        // with no verb known, where the clause's own words end is unknown too
        if words.count > Self.targetWords, verb != nil, let end = longClauseCut(in: words, from: from) {
            words.removeSubrange(end...)
        }
        return (words, verb)
    }

    /// An apposition between commas that ends right before the verb: "Cruz, the Texas senator,
    /// is expected" → the span ", the Texas senator,"; from the first comma ("The book, titled,
    /// Man of the World, has not" → "The book has not").
    private func apposition(in words: [Token], before verb: Int) -> Range<Int>? {
        guard verb >= 3, words[verb - 1].isMark(","),
              let open = (1..<(verb - 1)).first(where: { words[$0].isMark(",") }) else { return nil }
        return open..<verb
    }

    /// Where a trailing clause starts: a semicolon or colon, a dash, or a comma before a word
    /// that opens another clause or a participle ("…, dismissing the report").
    private func trailingClause(in words: [Token], from start: Int) -> Int? {
        guard start < words.count else { return nil }
        return (start..<words.count).first { i in
            let word = words[i]
            if word.isMark(";") || word.isMark(":") { return true }
            guard word.isMark(","), i + 1 < words.count else { return false }
            let next = words[i + 1]
            // "Ohio, Florida, and Pennsylvania": the last of a list
            if ["and", "or"].contains(next.lower), words[start..<i].contains(where: { $0.isMark(",") }) { return false }
            return next.kind == .word && (Self.trailingOpeners.contains(next.lower) || next.lower.hasSuffix("ing") && !next.isCapitalized)
        }.flatMap { keepsWhole(words, upTo: $0) ? $0 : nil }
    }

    /// Where to cut a long clause: its first comma, else its first relative word after a noun.
    private func longClauseCut(in words: [Token], from start: Int) -> Int? {
        guard start < words.count else { return nil }
        if let comma = (start..<words.count).first(where: { words[$0].isMark(",") }), keepsWhole(words, upTo: comma),
           !continuesList(words, afterComma: comma) {
            return comma
        }
        return (start..<words.count).first { i in
            Self.relatives.contains(words[i].lower) && i > 0 && words[i - 1].kind == .word
                && !QuestionShape.closedClass.contains(words[i - 1].lower) && !QuestionShape.nonSubjectWords.contains(words[i - 1].lower)
                && keepsWhole(words, upTo: i)
        }
    }

    /// Whether the comma at `comma` goes on with a list or a date ("Berlin, Paris and other
    /// capitals", "Sept. 11, 2001").
    private func continuesList(_ words: [Token], afterComma comma: Int) -> Bool {
        guard comma + 1 < words.count else { return false }
        if words[comma + 1].text.first?.isNumber == true { return true }
        return words[(comma + 1)...].prefix(4).contains { ["and", "or"].contains($0.lower) }
    }

    /// Whether the words before `end` still make a question: at least three and not ending on
    /// a word that needs more, nor on a preposition whose object the cut would drop ("the final
    /// say on, …").
    private func keepsWhole(_ words: [Token], upTo end: Int) -> Bool {
        end >= 3 && !QuestionShape.endsDangling(Array(words[..<end])) && !Self.prepositions.contains(words[end - 1].lower)
    }

    private static let prepositions: WordSet = ["on", "over", "about", "from", "with", "at", "for", "by", "in", "into", "of"]
}
