/// The owner of a commitment stated as a noun ("Trump's pledge to …", "the candidate's plan to
/// …", "the senator repeated his promise to …"): whoever the possessive before the noun cue
/// names. A name comes first; then a definite description the text resolves ("the candidate's
/// plan", "the company's offer", as "the candidate said" would be); then a possessive pronoun
/// right after its own clause's verb of restating or keeping one's stance, which refers to that
/// clause's subject ("the Republican candidate repeated his promise to …"), before the
/// nearest actor of its kind (which for a refusal or a call, only a name or the clause's subject
/// may own: read on train articles, "his refusal to …" as often belonged to someone the
/// nearest-actor resolution missed).
extension CommitmentExtractor {
    /// The actor owning the noun cue at `k`, or nil when no possessive stands before it.
    func nominalOwner(ofCueAt k: Int, modality: String, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        if let named = possessive(before: k, in: sentence, registry: subjects.registry) { return named }
        let end = possessorEnd(before: k, in: sentence)
        if let described = describedOwner(endingBefore: end, in: sentence, subjects: &subjects) { return described }
        if let owner = clauseOwner(ofPronounBefore: end, in: sentence, subjects: &subjects) { return owner }
        return Self.namedPossessorModalities.contains(modality) ? nil
            : possessivePronoun(before: end, in: sentence, registry: subjects.registry)
    }

    /// "the candidate's plan to …", "the company's offer to …": the actor a definite description
    /// with a possessive ending right before `end` refers to.
    private func describedOwner(endingBefore end: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        guard end - 1 > sentence.tokens.lowerBound, layer.tokens[end - 1].endsPossessive, !layer.tokens[end - 1].isCapitalized,
              let described = subjects.nounPhraseSubject(endingAt: end - 1, in: sentence, possessive: true),
              described.entry != nil, layer.tokens[described.tokens.lowerBound].lower == "the" else { return nil }
        return described
    }

    /// The actor kinds a possessive pronoun may refer to.
    private static let pronounKinds: [String: Set<ActorKind>] = ["his": [.person], "her": [.person],
                                                                 "its": [.organization, .country],
                                                                 "their": [.organization, .country, .group]]

    /// Verbs whose object is their subject's own stance: one restates, defends, keeps or unveils
    /// one's own promise ("Lee repeated his promise to …"), whereas one criticizes or mocks
    /// another's ("Ray criticized his refusal to …" may be anyone's; staff defend their principal's).
    private static let ownStanceVerbs: WordSet = ["repeated", "repeats", "reiterated", "reiterates", "restated", "restates",
                                                  "renewed", "renews", "reaffirmed", "reaffirms", "defended", "defends",
                                                  "kept", "keeps", "announced", "announces", "unveiled", "unveils",
                                                  "outlined", "outlines", "touted", "touts", "detailed", "details",
                                                  "explained", "explains", "stressed", "stresses", "emphasized", "emphasizes"]

    /// "the candidate repeated his promise to …": the subject of the verb of one's own stance
    /// right before the possessive pronoun ending before `end`, when it is an actor the pronoun
    /// may refer to.
    private func clauseOwner(ofPronounBefore end: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        let pronoun = end - 1
        guard pronoun - 2 >= sentence.tokens.lowerBound, let kinds = Self.pronounKinds[layer.tokens[pronoun].lower],
              Self.ownStanceVerbs.contains(layer.tokens[pronoun - 1]),
              let subject = subjects.subject(before: pronoun - 1, in: sentence), let entry = subject.entry,
              !isEmbedded(subject, in: sentence) else { return nil }
        let actor = subjects.registry.entries[entry]
        // "Press secretary Sean Spicer defended his refusal to …": staff defend their principal's stance
        guard kinds.contains(actor.kind), !subjects.isStaff(entry) else { return nil }
        let word = layer.tokens[pronoun].lower
        if actor.kind == .person, let gender = Gender(pronoun: word == "his" ? "he" : "she"),
           let known = SubjectFinder.gender(of: actor, lexicons: lexicons, text: layer.text), known != gender { return nil }
        return Subject(mention: layer.tokens[pronoun].range, entry: entry, tokens: pronoun..<end)
    }
}
