/// Verbs of endorsing and citing ("Walker endorsed Cruz in the primary", "She cited his
/// record"): the stance's content is the noun phrase the verb takes as its object, by the
/// convention of attribution annotation (PolNeAR) without the time the stance was taken.
extension PositionExtractor {
    /// The verbs whose content is their object noun phrase ("citing" is a participle of
    /// reported reasons and keeps the general attitude layout).
    static let objectStanceVerbs: WordSet = ["endorse", "endorses", "endorsed", "endorsing", "cite", "cites", "cited"]

    /// Words that cannot open an object noun phrase: after them the verb has no object ("the
    /// figure cited in the report", "endorsed and campaigned for", "a line she cited has
    /// appeared").
    private static let nonObjectOpeners: WordSet = ["in", "by", "on", "at", "as", "for", "from", "with", "to", "and", "or", "but"]

    private static let negations: WordSet = ["not", "never"]
    private static let openQuestionWords: WordSet = ["whether", "if"]
    private static let objectPronouns: WordSet = ["him", "her", "them", "me", "us"]
    private static let conjunctions: WordSet = ["and", "but"]

    private static let periodWords: WordSet = ["week", "month", "year", "weekend", "spring", "summer", "fall", "autumn", "winter"]
    private static let relativeTimes: WordSet = ["last", "this", "next", "earlier", "later"]
    private static let monthModifiers: WordSet = ["early", "late", "mid"]

    /// The attitude found for an object stance verb, kept to its object noun phrase: nothing
    /// when no object follows the verb (a verb form: "the candidate she endorsed won"; only a
    /// time: "whom she endorsed last year"), when the stance is denied ("never endorsed") or
    /// asked about ("whether she would endorse"), or for a police citation ("cited him for
    /// speeding"); else the content ends before a dash that sets off the
    /// writer's aside ("endorsed Cruz - the first time …") and without a closing time
    /// ("endorsed Trump last week", "endorsed her on Thursday", "endorsed him in early June").
    func stanceObject(_ found: Found) -> Found? {
        let first = layer.tokenIndex(atOrAfter: found.content.lowerBound)
        var last = layer.tokenIndex(atOrAfter: found.content.upperBound) - 1
        guard first <= last, last < layer.tokens.count else { return nil }
        let opener = layer.tokens[first]
        if opener.kind == .word, Self.nonObjectOpeners.contains(opener) || ClauseParts.auxiliaries.contains(opener) { return nil }
        if opener.kind == .word, !opener.isCapitalized, VerbBase.isPastForm(opener) { return nil }
        if Self.relativeTimes.contains(opener), first < last, Self.periodWords.contains(layer.tokens[first + 1]) { return nil }
        let verb = layer.tokenIndex(atOrAfter: found.cue.lowerBound)
        if isDeniedOrAsked(verb) || isCitation(verb: verb, object: first, last: last) { return nil }
        if let stop = (first + 1..<last + 1).first(where: { endsObject(at: $0, last: last) }) { last = stop - 1 }
        while last > first, layer.tokens[last].kind == .punctuation, !isClosingMark(layer.tokens[last]) { last -= 1 }
        last = beforeClosingTime(first: first, last: last)
        guard last >= first else { return nil }
        var kept = found
        kept.content = layer.tokens[first].range.lowerBound..<layer.tokens[last].range.upperBound
        return kept
    }

    /// Whether the object noun phrase ends before token `i`: at a dash that opens the writer's
    /// aside ("Cruz - the first time …"), at "and" or "but" before the subject's next act
    /// ("Sanders and organized for him"), at a comma before the main clause ("Clinton this
    /// month, Ms. Warren has been …").
    private func endsObject(at i: Int, last: Int) -> Bool {
        let token = layer.tokens[i]
        guard !isInsideQuotation(token.range.lowerBound) else { return false }
        if Self.dashes.contains(token) { return true }
        if i < last, Self.conjunctions.contains(token) {
            let next = layer.tokens[i + 1]
            return !next.isCapitalized && (VerbBase.isPastForm(next) || ClauseParts.auxiliaries.contains(next))
        }
        if token.isMark(","), i + 1 <= last {
            return (i + 1...min(i + 4, last)).contains { !layer.tokens[$0].isCapitalized && ClauseParts.auxiliaries.contains(layer.tokens[$0]) }
        }
        return false
    }

    /// The last token before a time phrase that closes `first...last` ("last week", "this
    /// month", "Thursday", "on Thursday", "in November", "in early June"), or `last` itself;
    /// `first - 1` when the time phrase is all there is ("whom she endorsed last year").
    private func beforeClosingTime(first: Int, last: Int) -> Int {
        let words = layer.tokens
        var start = last
        if Self.periodWords.contains(words[last]), last - 1 >= first, Self.relativeTimes.contains(words[last - 1]) {
            start = last - 1
        } else if CalendarWords.weekdays.contains(words[last]) {
            start = last - 1 > first && words[last - 1].lower == "on" ? last - 1 : last
        } else if CalendarWords.months.contains(words[last]), words[last].isCapitalized, last - 1 > first {
            var i = last - 1
            if Self.monthModifiers.contains(words[i]), i - 1 > first { i -= 1 }
            guard words[i].lower == "in" else { return last }
            start = i
        } else {
            return last
        }
        return start - 1
    }

    /// Whether the stance verb at `verb` is denied ("never endorsed", "did not cite", "didn't
    /// endorse") or only asked about ("whether she would endorse").
    private func isDeniedOrAsked(_ verb: Int) -> Bool {
        let lowest = max(0, verb - 5)
        guard verb > lowest else { return false }
        let near = max(lowest, verb - 3)
        if (near..<verb).contains(where: { Self.negations.contains(layer.tokens[$0]) || layer.tokens[$0].lower.hasSuffix("n't")
            || layer.tokens[$0].lower.hasSuffix("n\u{2019}t") }) {
            return true
        }
        guard let modal = (lowest..<verb).last(where: { Self.modals.contains(layer.tokens[$0]) }) else { return false }
        return (lowest..<modal).contains { Self.openQuestionWords.contains(layer.tokens[$0]) }
    }

    /// "Police cited Dana Hill for speeding": "cited" with a person and "for" is a citation,
    /// not a reason given.
    private func isCitation(verb: Int, object first: Int, last: Int) -> Bool {
        guard layer.tokens[verb].lower.hasPrefix("cite") else { return false }
        var i = first
        if Self.objectPronouns.contains(layer.tokens[i]) {
            i += 1
        } else {
            while i <= last, i - first < 4, layer.tokens[i].isCapitalized { i += 1 }
            guard i > first else { return false }
        }
        return i <= last && layer.tokens[i].lower == "for"
    }

    /// "Christie endorsed Trump": a one-word content that is a name, the object of an object
    /// stance verb.
    func isNamedStanceObject(_ position: Found) -> Bool {
        let verb = layer.tokenIndex(atOrAfter: position.cue.lowerBound)
        let object = layer.tokenIndex(atOrAfter: position.content.lowerBound)
        guard verb < object, object < layer.tokens.count, Self.objectStanceVerbs.contains(layer.tokens[verb]) else { return false }
        let token = layer.tokens[object]
        return token.kind == .word && token.isCapitalized && token.range == position.content
    }
}
