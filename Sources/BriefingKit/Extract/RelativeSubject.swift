extension SubjectFinder {
    /// The relative pronoun right before a cue as its subject: "said Borges, who predicted …",
    /// "voters who say …". The pronoun is the speaker's mention at this place; the actor is
    /// the one its antecedent names, and the antecedent phrase describes a speaker that is no
    /// known actor. Nil when no relative pronoun stands before `index` (past adverbs: "who also
    /// said", "who has long argued") or it has no antecedent ("it is unclear who said …").
    mutating func relativeSubject(before index: Int, in sentence: Sentence) -> Subject? {
        var i = index - 1
        while i > sentence.tokens.lowerBound, Self.adverbs.contains(layer.tokens[i]) || Self.isMannerAdverb(layer.tokens[i]) { i -= 1 }
        guard i > sentence.tokens.lowerBound, layer.tokens[i].lower == "who" else { return nil }
        let pronoun = layer.tokens[i]
        // "said Borges, who …", "Sen. Isakson (R-Ga.), who …", "Crawford, then his agent, who …"
        let antecedent = layer.tokens[i - 1].isMark(",") ? subject(before: i - 1, in: sentence)
            : adjacentAntecedent(endingAt: i - 1, in: sentence)
        // "it is unclear who said …": an interrogative "who" stands for no one
        guard let antecedent else { return nil }
        return Subject(mention: pronoun.range, entry: antecedent.entry, tokens: i..<(i + 1), described: antecedent.mention)
    }

    /// The noun phrase a relative pronoun right after it hangs on: a mention ("Ann Lee who
    /// said") or a plain noun phrase ("voters", "many Democrats", "the groups").
    private mutating func adjacentAntecedent(endingAt i: Int, in sentence: Sentence) -> Subject? {
        if let m = registry.mention(endingAt: layer.tokens[i].range.upperBound), m.range.lowerBound >= sentence.range.lowerBound {
            return Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<(i + 1))
        }
        return nounPhraseSubject(endingAt: i, in: sentence)
    }
}
