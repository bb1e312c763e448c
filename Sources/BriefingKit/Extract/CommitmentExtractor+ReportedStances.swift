/// A stance the actor reports of itself: "Lee said he supports the trade deal", "Bell told
/// reporters that she supported a smaller army", "Lee said he is in favor of a gas tax". Like
/// "I support …" it states a standing policy of the one who says it. It binds only a "he" or
/// "she" right after the report (or its "that") whom the reporter says it of itself, and only a
/// policy: support for a person ("said he supports Trump", "said she supported him") is an
/// endorsement, a past act. A past "supported" binds only in a clause opened by "that", where it
/// is the reporter's tense ("told the board that he supported …"), not a past act ("announced she
/// supported legislation").
extension CommitmentExtractor {
    /// Object pronouns: a stance on a person, or on a thing the clause does not name.
    private static let pronounObjects: WordSet = ["him", "her", "them", "me", "us", "you", "it"]
    /// Words after the cue that show its object stands before it, in a relative clause ("the
    /// bill that she supported in 2007"): a preposition or a time word instead of an object.
    private static let objectGapWords: WordSet = ["in", "on", "at", "during", "since", "until", "for", "as", "when",
                                                  "because", "before", "after", "last", "then", "back"]

    /// Whether the words around the stance cue at `k`, whose subject ends at `anchor` and object
    /// starts at `objectStart`, read as a reported stance on a policy: checked before the subject
    /// is resolved, so that no other "he supported" is resolved ("whether he still supported …").
    func hasReportedStanceShape(anchor: Int, cueAt k: Int, objectStart: Int, in sentence: Sentence) -> Bool {
        let pronoun = anchor - 1
        guard pronoun > sentence.tokens.lowerBound, Self.personPronouns.contains(layer.tokens[pronoun].lower),
              objectStart < sentence.tokens.upperBound, isPolicyObject(at: objectStart, in: sentence) else { return false }
        if layer.tokens[pronoun - 1].lower == "that" { return nearestReportingWord(before: pronoun - 1, in: sentence) != nil }
        return layer.tokens[k].lower != "supported" && isReportingWord(at: pronoun - 1)
    }

    /// Whether the resolved pronoun subject of a reported stance is the reporter itself.
    func isReportedOwnStance(_ subject: Subject, in sentence: Sentence, subjects: inout SubjectFinder) -> Bool {
        guard let entry = subject.entry, let report = nearestReportingWord(before: subject.tokens.lowerBound, in: sentence)
        else { return false }
        return subjects.subject(before: report, in: sentence)?.entry == entry
    }

    /// Whether the object at `i` is a policy rather than a person: not a pronoun nor a word
    /// that leaves the object before the cue, and when it opens with a capitalized word, a name
    /// that owns the thing ("President Obama's health law").
    private func isPolicyObject(at i: Int, in sentence: Sentence) -> Bool {
        let first = layer.tokens[i]
        guard first.kind == .word, !Self.pronounObjects.contains(first), !Self.objectGapWords.contains(first) else { return false }
        guard first.isCapitalized else { return true }
        var j = i
        while j < sentence.tokens.upperBound, layer.tokens[j].isCapitalized {
            let word = layer.tokens[j].lower
            if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { return true }
            j += 1
        }
        return false
    }
}
