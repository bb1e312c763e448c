/// Declared resolve: a copula with an adjective of resolve ("Trump is bent on securing the
/// nomination", "is intent on exercising maximum leverage", "delegates were still determined to
/// disrupt the convention", "we are laser focused on furthering that mission") binds its actor
/// to the act that follows, as "is committed to" does. After "on" the act is a gerund: "is
/// focused on the economy" names a topic, not an act. Not someone else's charge ("Sanders said
/// Clinton is bent on starting a war"), nor a past resolve the sentence dates or settles
/// (`isPastIntention`).
extension CommitmentExtractor {
    static let resolvedModality = "resolved"
    /// What leads a gerund of resolve after "will": "is bent on securing the nomination" →
    /// "will work toward securing the nomination".
    static let resolvedLead = "work toward"

    /// Whether someone other than `subject` reports its resolve: before it ("Sanders said Clinton
    /// is bent on starting a war") or after it, as the speaker of the words holding it ("Trump is
    /// bent on war, Sanders said", "…, according to Christie").
    func isChargeOfResolve(on subject: Subject, in sentence: Sentence, subjects: inout SubjectFinder) -> Bool {
        if isReportedSpeech(before: subject.tokens.lowerBound, in: sentence),
           isReportedByAnother(than: subject, in: sentence, subjects: &subjects) { return true }
        return subjects.speaker(ofContentAt: layer.tokens[subject.tokens.lowerBound].range.lowerBound).map { $0 != subject.entry } ?? false
    }

    /// Who investigates, and whom: "Police are seeking the suspect" is no aim.
    private static let investigators: Set<String> = ["police", "fbi", "authorities", "investigators", "prosecutors",
                                                     "officers", "detectives", "deputies", "agents", "sheriff"]
    private static let wantedPeople: Set<String> = ["suspect", "suspects", "gunman", "gunmen", "shooter", "killer", "driver",
                                                    "witness", "witnesses", "fugitive", "attacker", "attackers", "man", "woman"]

    /// Whether a subject seeking what follows token `k` is an investigation after a person
    /// ("Police are seeking the suspect", "the FBI is seeking witnesses").
    func isManhunt(_ subject: Subject, objectAt k: Int, in sentence: Sentence) -> Bool {
        if let last = subject.tokens.last, Self.investigators.contains(layer.tokens[last].lower) { return true }
        let object = (k..<min(k + 4, sentence.tokens.upperBound)).first { layer.tokens[$0].kind != .word || !["the", "a", "an", "two", "three", "more"].contains(layer.tokens[$0].lower) }
        return object.map { Self.wantedPeople.contains(layer.tokens[$0].lower) } ?? false
    }

    /// Nouns in "-ing" that are no gerund of an act ("focused on nothing else", "on spending").
    private static let ingNouns: Set<String> = ["nothing", "something", "anything", "everything", "thing", "things",
                                                "spring", "string", "king", "ring", "wing", "ceiling", "morning", "evening",
                                                "offing", "wedding", "clothing", "outing", "feeling", "housing", "training",
                                                "funding", "spending", "meeting", "hearing", "ruling", "polling"]

    /// Whether the cue of resolve ending before `i` is an "on" whose act, at `verb`, is no gerund:
    /// a lower-case word in "-ing" that is no noun.
    func lacksGerund(modality: String, cueEnd i: Int, verb: Int) -> Bool {
        guard modality == Self.resolvedModality, layer.tokens[i - 1].lower == "on" else { return false }
        let word = layer.tokens[verb]
        return !word.lower.hasSuffix("ing") || word.isCapitalized || Self.ingNouns.contains(word.lower)
    }
}
