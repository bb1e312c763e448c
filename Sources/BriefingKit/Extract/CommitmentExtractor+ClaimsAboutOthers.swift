/// Reports that bind no one: one person's "would" about another ("Le Pen said Clinton would
/// bring war"), unless the reporter is the other's staff, and a future guessed at with a hedge
/// ("Perhaps Russia will oppose any move").
extension CommitmentExtractor {
    /// Whether a hedge ("perhaps", "maybe", "probably") stands right before the subject, over
    /// its article ("Perhaps the Harbor Authority will …").
    func isHedgedSubject(_ subject: Subject, in sentence: Sentence) -> Bool {
        var j = subject.tokens.lowerBound - 1
        if j > sentence.tokens.lowerBound, Self.determiners.contains(layer.tokens[j].lower) { j -= 1 }
        guard j >= sentence.tokens.lowerBound else { return false }
        return Self.hedges.contains(layer.tokens[j].lower)
    }

    /// Whether a person named in the report (not a pronoun, not staff) reports the future of
    /// another person: a claim about them rather than a commitment they made. An announcement
    /// is the announcer's decision ("Trump announced that Manafort would play a larger role").
    func isClaimAboutAnother(_ subject: Subject, by reporter: Subject, in sentence: Sentence, subjects: SubjectFinder) -> Bool {
        guard let by = reporter.entry, let own = subject.entry, by != own,
              subjects.registry.entries[by].kind == .person, subjects.registry.entries[own].kind == .person,
              !subjects.isStaff(by), let first = reporter.tokens.first, layer.tokens[first].isCapitalized,
              !Self.personalPronouns.contains(layer.tokens[first].lower),
              let report = nearestReportingWord(before: subject.tokens.lowerBound, in: sentence),
              !Self.announcements.contains(layer.tokens[report]) else { return false }
        return !isDescribedAsStaff(of: own, after: reporter, registry: subjects.registry)
    }

    private static let announcements: WordSet = ["announced", "announces", "announce", "announcing"]

    /// Words of an appositive that make the person someone's staff ("Betsy McManus, Gore's
    /// communications director, told …"): the staff roles, and the posts that serve a principal.
    private static let staffNouns = WordSet(SubjectFinder.staffWords.union(["secretary", "chief", "lawyer", "attorney",
                                                                            "representative"]))

    /// Whether an appositive after the reporter's mention calls them the staff of `principal`,
    /// named or described in the possessive there ("Betsy McManus, Gore's communications
    /// director, told …", "Tom Smith, the governor's lawyer, said …"; not "Rahm Emanuel, his
    /// chief of staff, urged …", whose "his" may be anyone's), or says they work for someone
    /// ("Robby Mook, who manages Clinton's campaign, said …").
    private func isDescribedAsStaff(of principal: Int, after reporter: Subject, registry: ActorRegistry) -> Bool {
        var k = reporter.tokens.upperBound
        guard k < layer.tokens.count, layer.tokens[k].isMark(",") else { return false }
        k += 1
        if k + 1 < layer.tokens.count, layer.tokens[k].lower == "who", Self.serviceVerbs.contains(layer.tokens[k + 1]) { return true }
        let end = min(layer.tokens.count, k + 8)
        var owned = false
        while k < end, !layer.tokens[k].isMark(",") {
            let token = layer.tokens[k]
            if token.endsPossessive, !token.isCapitalized || registry.mention(covering: token.range.lowerBound)?.entry == principal {
                owned = true
            }
            if owned, Self.staffNouns.contains(token) { return true }
            k += 1
        }
        return false
    }

    /// Verbs by which a relative clause puts someone in another's service.
    private static let serviceVerbs: WordSet = ["manages", "managed", "advises", "advised", "runs", "ran", "works", "worked",
                                                "represents", "represented", "speaks"]
}
