/// A scheduled act's participle in the lexicon: its base form ("holding" → "hold") and what must
/// follow it ("event", "new-event", "any", "money", or particles such as "out" or "in|for").
struct ScheduledAct: Sendable {
    var base: String
    var object: String
}

/// Scheduled and announced actions that carry no modal (the guidelines count "scheduled or
/// announced future actions"):
/// * a present progressive act with a future or scheduled sense: "Governor Lake is holding a
///   town hall in Dayton", "the campaign is airing a new ad", "is rolling out a plan", or its
///   participle after a present clause ("is breaking with tradition, holding a rally …"); the
///   participle comes from a short list, and an event verb needs an event noun after it, so
///   "is holding his own in the polls" and "is leading" stay states;
/// * an announcement of a plan or an event: "the group announced a small ad buy this week",
///   "unveiled a proposal to …", but not "announced his candidacy" nor "announced the winner".
extension CommitmentExtractor {
    /// The modality of a present progressive act.
    static let scheduledModality = "scheduled act"

    private static let progressiveAuxiliaries: WordSet = ["is", "are"]
    private static let negatedAuxiliaries: WordSet = ["isn't", "aren't", "isn\u{2019}t", "aren\u{2019}t"]
    private static let progressiveAdverbs: WordSet = ["also", "now", "still", "already", "again", "currently"]
    /// Words that end the noun phrase after an act's verb before its head noun is found: a
    /// preposition, a conjunction, or the subject or verb of another clause ("announced he
    /// supported legislation").
    private static let phraseEnders: Set<String> = ["in", "on", "at", "to", "for", "of", "with", "from", "by", "about", "into",
                                                    "that", "which", "who", "and", "or", "but", "as", "than", "up", "out",
                                                    "off", "back", "over", "around", "through", "he", "she", "it",
                                                    "they", "we", "i", "you", "is", "are", "was", "were", "has", "have",
                                                    "will", "would"]
    /// Objects that make an act a figure of speech ("is sending mixed messages") or a
    /// deliberation ("is reviewing his options"), no act.
    private static let emptyObjects: Set<String> = ["message", "messages", "signal", "signals", "shockwaves", "chills",
                                                    "shivers", "tremors", "options"]

    /// A present progressive scheduled act starting at `k` ("is holding a rally", "are not
    /// airing ads"): the cue's length up to the participle, its modality and polarity.
    func scheduledAct(at k: Int, in sentence: Sentence) -> (Int, String, Polarity)? {
        if let act = lexicons.scheduledActs[layer.tokens[k]] {
            return isParticipleAfterPresentClause(k, in: sentence) && takesObject(act, after: k + 1, in: sentence)
                ? (1, Self.scheduledModality, .positive) : nil
        }
        // the token read in place, not copied: this runs at every token
        let negated = Self.negatedAuxiliaries.contains(layer.tokens[k])
        guard negated || Self.progressiveAuxiliaries.contains(layer.tokens[k]) else { return nil }
        var i = k + 1
        var polarity: Polarity = negated ? .negative : .positive
        while i < sentence.tokens.upperBound, Self.progressiveAdverbs.contains(layer.tokens[i]) { i += 1 }
        if !negated, i < sentence.tokens.upperBound, layer.tokens[i].lower == "not" {
            polarity = .negative
            i += 1
        }
        guard i < sentence.tokens.upperBound, let act = lexicons.scheduledActs[layer.tokens[i]],
              takesObject(act, after: i + 1, in: sentence) else { return nil }
        return (i + 1 - k, Self.scheduledModality, polarity)
    }

    /// Whether the participle at `k` follows a comma that ends a present progressive clause:
    /// "Ann Bell is breaking with tradition, holding a press conference in Dayton" (but not
    /// "Bell spoke on Monday, holding up a report", a past scene).
    private func isParticipleAfterPresentClause(_ k: Int, in sentence: Sentence) -> Bool {
        guard k - 1 > sentence.tokens.lowerBound, layer.tokens[k - 1].isMark(",") else { return false }
        var i = k - 2
        while i >= sentence.tokens.lowerBound, !layer.tokens[i].isMark(",") {
            if Self.progressiveAuxiliaries.contains(layer.tokens[i]) { return true }
            i -= 1
        }
        return false
    }

    /// Whether token `k` is a scheduled act's participle (the cue of "…, holding a rally").
    func isScheduledParticiple(_ k: Int) -> Bool {
        lexicons.scheduledActs[layer.tokens[k]] != nil
    }

    /// The base form of the participle that ends a scheduled act's cue (before `cueEnd`).
    func scheduledBase(cueEnd: Int) -> String? {
        lexicons.scheduledActs[layer.tokens[cueEnd - 1]]?.base
    }

    /// Whether what follows an act's participle is what it needs: an event noun (after "a" or
    /// "an" for a new event), an object, a sum of money, or one of its particles and an object.
    private func takesObject(_ act: ScheduledAct, after start: Int, in sentence: Sentence) -> Bool {
        guard start < sentence.tokens.upperBound else { return false }
        switch act.object {
        case "event": return namesEvent(from: start, in: sentence)
        case "new-event": return ["a", "an"].contains(layer.tokens[start].lower) && namesEvent(from: start, in: sentence)
        case "money":
            let end = min(sentence.tokens.upperBound, start + 4)
            return (start..<end).contains { ["$", "million", "billion"].contains(layer.tokens[$0].lower) }
        case "any": return opensObject(at: start, in: sentence)
        default:
            return act.object.split(separator: "|").contains { $0 == layer.tokens[start].lower } && start + 1 < sentence.tokens.upperBound
                && opensObject(at: start + 1, in: sentence)
        }
    }

    /// Whether the noun phrase starting at `start` names an event ("his primary night party").
    private func namesEvent(from start: Int, in sentence: Sentence) -> Bool {
        headNoun(from: start, in: sentence).map { lexicons.scheduledThings[layer.tokens[$0]] == "event" } ?? false
    }

    /// Whether an object noun phrase starts at `i` ("a new ad", "ads", "$2 million"), not a
    /// preposition, a figure of speech or a deliberation.
    private func opensObject(at i: Int, in sentence: Sentence) -> Bool {
        let token = layer.tokens[i]
        guard token.kind != .punctuation || token.text == "$", !Self.phraseEnders.contains(token.lower) else { return false }
        let end = min(sentence.tokens.upperBound, i + 4)
        return !(i..<end).contains { Self.emptyObjects.contains(layer.tokens[$0].lower) }
    }

    /// The first scheduled-thing noun in the noun phrase starting at `start`, within six
    /// words and before a preposition or a clause boundary ("his primary night party in
    /// Miami" → "primary").
    private func headNoun(from start: Int, in sentence: Sentence) -> Int? {
        var i = start
        while i < min(sentence.tokens.upperBound, start + 6) {
            let token = layer.tokens[i]
            if lexicons.scheduledThings[token] != nil { return i }
            let isWordOrSum = token.kind != .punctuation || ["$", "-", "%"].contains(token.text)
            guard isWordOrSum, !Self.phraseEnders.contains(token.lower) else { return nil }
            i += 1
        }
        return nil
    }

    /// Whether an announcement's object names a plan or an event ("announced a $2 million ad
    /// buy", "unveiled a proposal to …"), not a person, a result or a candidacy.
    func announcesPlan(from start: Int, in sentence: Sentence) -> Bool {
        guard start < sentence.tokens.upperBound, opensObject(at: start, in: sentence) else { return false }
        return headNoun(from: start, in: sentence) != nil
    }

    /// Groups that act for an institution, whose present act is one ("immigration officials are
    /// reviewing all visas"), unlike voters' or supporters'.
    private static let institutionalGroups: Set<String> = ["officials", "leaders", "lawmakers", "legislators", "governors",
                                                           "senators", "regulators", "prosecutors", "investigators",
                                                           "authorities", "diplomats", "negotiators", "organizers"]

    static let genericHeads: Set<String> = ["organization", "group", "outfit", "entity"]

    /// Whether a scheduled or announced act's subject can own it: a named person,
    /// organization or country, or a group acting for an institution ("immigration officials",
    /// not "voters"); not someone indefinite ("a donor") or named by a generic word ("the
    /// organization"), nor a third person inside someone else's quotation.
    func ownsScheduledAct(_ subject: Subject, subjects: SubjectFinder, firstPerson: Bool) -> Bool {
        guard let entry = subject.entry else { return false }
        let actor = subjects.registry.entries[entry]
        if actor.kind == .group, !Self.institutionalGroups.contains(actor.name.split(separator: " ").last.map { $0.lowercased() } ?? "") {
            return false
        }
        if firstPerson { return true }
        // "a donor" is someone unidentified, but "a group of conservative leaders" is the group
        if actor.kind != .group, ["a", "an"].contains(layer.tokens[subject.tokens.lowerBound].lower) { return false }
        // "the organization", "the group": a word for any organization, resolved by guess
        if let head = subject.tokens.last, Self.genericHeads.contains(layer.tokens[head].lower) { return false }
        return !isSomeoneElsesClaim(subject, subjects: subjects)
    }
}
