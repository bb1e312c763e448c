/// An accusation the article reports ("Stein accused the party of sabotaging the campaign",
/// "Marquez is accused of plotting two assaults"), asked as whether the accused did it: "Did the
/// party sabotage the campaign?", "Is Obama guilty of political exploitation?".
struct AccusationQuestion {
    let layer: TextLayer
    let verbs: VerbBase

    /// The words that report an accusation (the open-question cues of kind disputed that open one).
    static let cues: Set<String> = ["accused", "accuses", "accusing"]
    private static let passiveAuxiliaries: Set<String> = ["is", "are", "was", "were", "been", "being"]
    private static let objectPronouns: Set<String> = OpenQuestionExtractor.objectPronouns.union(["it"])
    private static let leadIns: Set<String> = ["and", "but", "so", "now", "who", "which", "that"]

    /// The accused and the charge of the accusation cue at token `k`: nil when the words do not
    /// read "accused X of …" or "X is accused of …" within the clause.
    func parts(cueAt k: Int, in clause: Range<Int>) -> (accused: Range<Int>, charge: Range<Int>)? {
        guard Self.cues.contains(layer.tokens[k].lower),
              let of = ((k + 1)..<min(k + 10, clause.upperBound)).first(where: { layer.tokens[$0].lower == "of" }),
              !((k + 1)..<of).contains(where: { layer.tokens[$0].kind == .punctuation && layer.tokens[$0].text != "'" }) else { return nil }
        let end = chargeEnd(from: of + 1, in: clause)
        guard end > of + 1 else { return nil }
        if of > k + 1 {
            let accused = (k + 1)..<of
            guard accused.count <= 8, !(accused.count == 1 && Self.objectPronouns.contains(layer.tokens[k + 1].lower)) else { return nil }
            return (accused, (of + 1)..<end)
        }
        // "Dana Hill is accused of …": the subject before the passive (a subject set off by commas,
        // "Marquez, 24, is accused of", is left alone: no accused, no question)
        guard k > clause.lowerBound, Self.passiveAuxiliaries.contains(layer.tokens[k - 1].lower) else { return nil }
        var subjectEnd = k - 1
        while subjectEnd > clause.lowerBound, ClauseParts.auxiliaries.contains(layer.tokens[subjectEnd - 1].lower)
                || Self.passiveAuxiliaries.contains(layer.tokens[subjectEnd - 1].lower) {
            subjectEnd -= 1
        }
        var start = subjectEnd
        while start > clause.lowerBound, layer.tokens[start - 1].kind == .word, subjectEnd - start < 8 { start -= 1 }
        while start < subjectEnd, Self.leadIns.contains(layer.tokens[start].lower) { start += 1 }
        guard subjectEnd > start, !(subjectEnd - start == 1 && PositionExtractor.subjectPronouns.contains(layer.tokens[start])) else { return nil }
        return (start..<subjectEnd, (of + 1)..<end)
    }

    private static let reports: Set<String> = ["said", "says", "say", "told", "tells"]

    /// Where the charge ends: at a mark other than a quotation mark, at a report ("women who
    /// accused him of assault said …") or at a second verb ("… of being inactive and chided him").
    private func chargeEnd(from start: Int, in clause: Range<Int>) -> Int {
        var end = start
        while end < clause.upperBound {
            let token = layer.tokens[end]
            if token.kind == .punctuation, !QuestionPhraser.quoteMarks.contains(token.text) { break }
            if Self.reports.contains(token.lower) { break }
            if token.lower == "and", end + 1 < clause.upperBound, verbs.base(of: layer.tokens[end + 1].lower)?.tense == .past { break }
            end += 1
        }
        return end
    }

    /// The question for the accusation cue at token `k`, or nil (see `parts`), followed by the
    /// side that accuses when a name opens the clause: "Did the party sabotage the campaign?
    /// Jill Stein says so."
    func question(cueAt k: Int, in clause: Range<Int>, phraser: QuestionPhraser) -> String? {
        guard let (accused, charge) = parts(cueAt: k, in: clause),
              !QuestionShape.endsDangling(charge.map { layer.tokens[$0] }) else { return nil }
        let text = { (range: Range<Int>) in phraser.join(self.pairedWords(range)) }
        let who = phraser.lowered(pairedWords(accused))
        let first = layer.tokens[charge.lowerBound].lower
        let side = accuser(beforeCueAt: k, in: clause).map { " " + text($0) + " says so." } ?? ""
        let rest = (charge.lowerBound + 1)..<charge.upperBound
        // "accused Clinton of being too reliant on Wall Street" → "Is Clinton too reliant on Wall Street?"
        if first == "being", !rest.isEmpty {
            return "Is " + who + " " + text(rest) + "?" + side
        }
        if let base = verbs.gerundBase(first) {
            return "Did " + who + " " + base + (rest.isEmpty ? "" : " " + text(rest)) + "?" + side
        }
        return "Is " + who + " guilty of " + text(charge) + "?" + side
    }

    private static let clauseOpeners: Set<String> = ["when", "after", "as", "if", "while", "because", "since", "but", "and",
                                                     "the", "a", "an", "so", "yet", "though", "although"]
    private static let accuserSkips: Set<String> = ["has", "have", "had", "is", "are", "was", "were", "also", "repeatedly",
                                                    "publicly", "again", "then", "now", "already", "even", "often"]

    /// The name that accuses, opening the clause right before the cue ("Jill Stein accused",
    /// "Sanders has repeatedly accused"): capitalized words only, and no accuser for a passive or
    /// a denial ("has not accused", "is accused of").
    private func accuser(beforeCueAt k: Int, in clause: Range<Int>) -> Range<Int>? {
        var end = k
        while end > clause.lowerBound, Self.accuserSkips.contains(layer.tokens[end - 1].lower) { end -= 1 }
        guard !(end..<k).contains(where: { Self.passiveAuxiliaries.contains(layer.tokens[$0].lower) }) else { return nil }
        var start = end
        while start > clause.lowerBound, end - start < 5, layer.tokens[start - 1].kind == .word, layer.tokens[start - 1].isCapitalized {
            start -= 1
        }
        // past an opening subordinator or conjunction ("When Sanders accused …")
        while start < end, Self.clauseOpeners.contains(layer.tokens[start].lower) { start += 1 }
        // the name must open its clause, and one word must be a name, not "Critics", "Some" or "He"
        guard start < end, start == clause.lowerBound || layer.tokens[start - 1].kind == .punctuation
                || Self.clauseOpeners.contains(layer.tokens[start - 1].lower),
              end - start > 1 || !verbs.lexicons.commonWords.contains(layer.tokens[start].lower)
                && !PositionExtractor.subjectPronouns.contains(layer.tokens[start]) else { return nil }
        return start..<end
    }

    /// The tokens of `range`, without its quotation marks when they do not pair up.
    private func pairedWords(_ range: Range<Int>) -> [Token] {
        let marks = range.filter { QuestionPhraser.quoteMarks.contains(layer.tokens[$0].text) && !layer.tokens[$0].isApostrophe }
        return range.filter { marks.count % 2 == 0 || !marks.contains($0) }.map { layer.tokens[$0] }
    }
}
