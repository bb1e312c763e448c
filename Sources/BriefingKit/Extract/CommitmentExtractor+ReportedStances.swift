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
        if layer.tokens[pronoun - 1].lower == "that" {
            return isReportedThat(at: pronoun - 1, in: sentence)
                && (layer.tokens[k].lower != "supported" || isPresentOfReport(anchor: anchor, cueAt: k, objectStart: objectStart, in: sentence))
        }
        return layer.tokens[k].lower != "supported" && isReportingWord(at: pronoun - 1)
    }

    /// Reporting verbs that take the one told before their "that" ("told the board that").
    static let tellingWords: WordSet = ["told", "tells", "tell", "telling", "assured", "assures", "informed",
                                                "reminded", "promised", "pledged", "warned"]
    /// Words that open a time or place phrase between a report and its "that" ("said during the
    /// debate that", "said on Monday that").
    private static let adjunctWords: WordSet = ["during", "on", "in", "at", "after", "before", "last", "this", "earlier",
                                                "yesterday", "today", "monday", "tuesday", "wednesday", "thursday",
                                                "friday", "saturday", "sunday"]

    /// Whether the "that" at `t` opens the report's clause: right after the reporting word, after
    /// a time or place phrase ("said on Monday that"), or after the one told ("told the board
    /// that"); not a relative on the report's object ("said the levy that he supports passed").
    private func isReportedThat(at t: Int, in sentence: Sentence) -> Bool {
        guard let report = nearestReportingWord(before: t, in: sentence), t - report <= 7 else { return false }
        return report + 1 == t || Self.adjunctWords.contains(layer.tokens[report + 1]) || Self.tellingWords.contains(layer.tokens[report])
    }

    /// Words after a past "supported" that make it a past act, not the reporter's tense ("supported
    /// the levy in 2009", "supported it back then", "initially supported the levy but now …").
    private static let pastActWords: WordSet = ["then", "last", "ago", "once", "initially", "originally", "previously",
                                                "formerly", "earlier", "now"]

    /// Whether a past "supported" after "that" is the report's tense: the pronoun right before it
    /// ("that he had supported", "that she once supported" are past acts) and no past-time phrase
    /// after it in the sentence.
    private func isPresentOfReport(anchor: Int, cueAt k: Int, objectStart: Int, in sentence: Sentence) -> Bool {
        guard anchor == k else { return false }
        return !(objectStart..<sentence.tokens.upperBound).contains { i in
            let token = layer.tokens[i]
            return Self.pastActWords.contains(token) || token.text.count == 4 && Int(token.text).map { (1900...2099).contains($0) } == true
        }
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
        guard first.kind == .word, !Self.pronounObjects.contains(first), !Self.objectGapWords.contains(first),
              !VerbBase.isPastForm(first), !ClauseParts.auxiliaries.contains(first.lower), !hasPersonHead(from: i, in: sentence)
        else { return false }
        guard first.isCapitalized else { return true }
        var j = i
        while j < sentence.tokens.upperBound, layer.tokens[j].isCapitalized {
            let word = layer.tokens[j].lower
            if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { return true }
            j += 1
        }
        return false
    }

    /// Role nouns, besides the lexicon's titles, that make an object a person ("the nominee").
    private static let roleNouns: WordSet = ["candidate", "candidates", "nominee", "nominees", "incumbent", "challenger"]
    /// Words that close the noun phrase an object opens with ("the nominee of his party").
    private static let phraseEnds: WordSet = ["of", "for", "in", "on", "at", "from", "with", "and", "or", "but", "who", "that",
                                              "because", "as"]

    /// Whether the noun phrase at `i` has a title or role noun for head ("the president", "the
    /// party's nominee", "the nominee of his party"): a stance on a person.
    private func hasPersonHead(from i: Int, in sentence: Sentence) -> Bool {
        var j = i
        while j < sentence.tokens.upperBound, layer.tokens[j].kind == .word, !Self.phraseEnds.contains(layer.tokens[j]) { j += 1 }
        guard j > i else { return false }
        let head = layer.tokens[j - 1]
        return lexicons.titles[head.lower] != nil || Self.roleNouns.contains(head)
    }
}
