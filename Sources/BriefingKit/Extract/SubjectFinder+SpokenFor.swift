extension SubjectFinder {
    /// Role words of people who speak or work for an organization or a candidate: their "we" is
    /// that body ("We're going to start chipping away", said by a campaign manager, is the campaign).
    static let staffWords: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
                                          "strategist", "manager", "chairman", "chairwoman", "chair", "director",
                                          "pollster"]

    /// Whether the text gives the person a staff role ("campaign manager", "the national party
    /// chairwoman", "Cruz spokeswoman"): by their role or any description of them.
    func isStaff(_ entry: Int) -> Bool {
        let person = registry.entries[entry]
        let words = NameWords.split((person.role ?? "").lowercased())
        return words.contains(where: Self.staffWords.contains) || !person.descriptors.isDisjoint(with: Self.staffWords)
    }

    /// The body a person with a staff role speaks for: the organization actor their role names
    /// ("RNC chairman", "spokesman for the Clinton campaign") or the description before their first
    /// mention names ("Acme chief strategist Ann Vell"); for a candidate's staff ("Cruz
    /// spokeswoman", "his campaign manager Jeff Weaver", "senior adviser to Mr. Sanders") the
    /// candidate's campaign, when the text speaks of a campaign of theirs. Nil when it names none.
    mutating func bodySpokenFor(by entry: Int) -> Int? {
        if let found = organization(of: entry) { return found }
        guard isStaff(entry) else { return nil }
        let role = registry.entries[entry].role ?? ""
        if let named = organizationNamed(in: role) { return named }
        guard let owner = personNamed(in: role, other: entry) ?? registry.entries[entry].mentions.first.flatMap(ownerDescribing),
              owner != entry else { return nil }
        return campaign(of: owner, described: role.lowercased().contains("campaign"))
    }

    /// The organization whose name, or a capitalized name the text gives it ("RNC"), the role
    /// text contains as whole words.
    private func organizationNamed(in role: String) -> Int? {
        let words = " " + NameWords.split(role).joined(separator: " ") + " "
        return registry.entries.indices.first { index in
            let entry = registry.entries[index]
            guard entry.kind == .organization else { return false }
            let names = [entry.name] + entry.mentions.map { layer.string($0) }.filter { $0.first?.isUppercase ?? false }
            return names.contains { words.contains(" " + NameWords.split($0).joined(separator: " ") + " ") }
        }
    }

    /// The person other than `other` whose surname the role text contains as a word
    /// ("spokesman for Mrs. Clinton").
    private func personNamed(in role: String, other: Int) -> Int? {
        let words = Set(NameWords.split(role))
        return registry.entries.indices.first { index in
            let entry = registry.entries[index]
            return index != other && entry.kind == .person && NameWords.split(entry.name).count >= 2
                && NameWords.split(entry.name).last.map(words.contains) == true
        }
    }

    /// Words that open a description before its owner: the owner stands before them or is them.
    private static let descriptionOpeners: Set<String> = ["his", "her", "the", "a", "an"]

    /// The person named, with or without a possessive, or referred to by "his" or "her", right
    /// before the lower-case description that ends in a role noun before `mention`, across the
    /// comma of an apposition ("Cruz spokeswoman Catherine Frazier", "Clinton's campaign manager
    /// Robby Mook", "his top aide, Tad Devine").
    private func ownerDescribing(_ mention: Range<Int>) -> Int? {
        var end = layer.tokenIndex(atOrAfter: mention.lowerBound)
        let floor = sentenceStart(ofToken: end)
        if end > floor, layer.tokens[end - 1].isMark(",") { end -= 1 }
        guard let start = roleDescriptionStart(endingBefore: end, stops: Self.descriptionOpeners) else { return nil }
        let before = layer.tokens[start - 1]
        if ["his", "her"].contains(before.lower) {
            let gender: Gender = before.lower == "his" ? .male : .female
            let paragraph = layer.sentenceIndex(ofToken: start - 1).map { layer.sentences[$0].paragraph } ?? 0
            let lexicons = self.lexicons, text = layer.text
            return registry.nearest(before: before.range.lowerBound, kinds: [.person],
                                    notBefore: layer.paragraphs[max(0, paragraph - 1)].range.lowerBound) {
                Self.gender(of: $0, lexicons: lexicons, text: text, census: false) == gender
            }
        }
        // "Sanders’ campaign manager": the apostrophe stands alone after a name in "s"
        let named = before.isApostrophe && start - 1 > floor ? layer.tokens[start - 2] : before
        let mark = named.lower.hasSuffix("'s") || named.lower.hasSuffix("\u{2019}s") ? 2 : 0
        guard let m = registry.mention(endingAt: named.range.upperBound - mark), registry.entries[m.entry].kind == .person
        else { return nil }
        return m.entry
    }

    /// The campaign of `person` ("Sanders campaign"), when the text has named it or the staff
    /// role is described as a campaign's; nil otherwise (the person may hold an office instead).
    private mutating func campaign(of person: Int, described: Bool) -> Int? {
        guard let surname = NameWords.split(registry.entries[person].name).last else { return nil }
        let name = surname + " campaign"
        let key = "org:" + name.lowercased()
        if let found = registry.index(key: key) { return found }
        return described ? registry.actor(key: key, name: name, kind: .organization) : nil
    }
}
