/// A name that is only the object of a preposition inside a longer subject phrase: "members of
/// Congress say", "Critics of sending ships into the Harbor District cite", "One worker at the
/// Harbor Shipping Company said". The speaker is the whole phrase (unnamed), or the person the
/// phrase starts with ("Paul Grant of the Harbor Institute said"), never the object.
extension SubjectFinder {
    /// Prepositions that tie a complement into the noun phrase before them.
    private static let phraseInternalPrepositions: WordSet = ["of", "for", "into", "in", "at"]

    /// Heads whose "of" phrase names the speakers itself ("a group of rabbis", "half of voters").
    private static let partitiveHeads: WordSet = ["group", "groups", "number", "majority", "majorities", "minority", "half",
                                                  "third", "thirds", "quarter", "percent", "%", "plurality", "share", "some",
                                                  "many", "most", "all", "several", "both", "each", "few", "none", "any",
                                                  "one", "two", "three", "dozens", "hundreds", "thousands", "millions",
                                                  "lot", "couple", "handful", "bunch", "rest", "more", "fewer"]

    private static let determiners: WordSet = ["the", "a", "an"]

    /// Heads of people who speak for the complement's organization or country ("a spokeswoman
    /// for the ministry said" is the ministry's word, "the government of Peru" is Peru's).
    private static let spokesRoles: WordSet = ["government", "administration", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
                                               "spokespeople", "official", "officials", "representative", "representatives",
                                               "aide", "aides", "staff", "staffer", "staffers"]

    /// The subject for the mention whose first token is `first` and last `last`, before the
    /// verb at `verb`, when that mention is the object of a preposition inside a longer noun
    /// phrase; nil when it is not. A participle hangs on the noun right before it ("footage of
    /// Ann Vell saying"), and "for" before an infinitive gives it its subject ("easier for
    /// courts to dismiss"): both keep the object.
    mutating func enclosingPhrase(ofObjectFrom first: Int, to last: Int, verb: Int, in sentence: Sentence) -> Subject? {
        var p = first - 1
        if p > sentence.tokens.lowerBound, Self.determiners.contains(layer.tokens[p]) { p -= 1 }
        // "Supporters of Ann Vell and Tom Reyes vowed": back over the names coordinated before it
        for _ in 0..<4 {
            guard p - 1 > sentence.tokens.lowerBound, ["and", "or"].contains(layer.tokens[p].lower),
                  layer.tokens[p - 1].isCapitalized else { break }
            if let m = registry.mention(endingAt: layer.tokens[p - 1].range.upperBound) {
                p = layer.tokenIndex(atOrAfter: m.range.lowerBound) - 1
            } else {
                // a name no rule took ("Supporters of Dale Porter" read as one name)
                let end = p
                while p - 1 > sentence.tokens.lowerBound, end - p < 4, layer.tokens[p - 1].isCapitalized { p -= 1 }
                p -= 1
            }
            if p > sentence.tokens.lowerBound, Self.determiners.contains(layer.tokens[p]) { p -= 1 }
        }
        guard p - 1 >= sentence.tokens.lowerBound, Self.phraseInternalPrepositions.contains(layer.tokens[p]),
              verb < layer.tokens.count, !layer.tokens[verb].lower.hasSuffix("ing") else { return nil }
        let infinitive = layer.tokens[verb].lower == "to" || layer.tokens[verb - 1].lower == "to"
        guard !(infinitive && layer.tokens[p].lower == "for") else { return nil }
        let head = layer.tokens[p - 1]
        guard head.kind == .word, !Self.partitiveHeads.contains(head), !Self.spokesRoles.contains(head) else { return nil }
        // "Paul Grant of the Harbor Institute said": the person named before the preposition,
        // when the name opens the phrase
        if let m = registry.mention(endingAt: head.range.upperBound), m.range.lowerBound >= sentence.range.lowerBound,
           registry.entries[m.entry].kind == .person {
            let named = layer.tokenIndex(atOrAfter: m.range.lowerBound)
            guard named == sentence.tokens.lowerBound || layer.tokens[named - 1].kind != .word else { return nil }
            return Subject(mention: m.range, entry: m.entry, tokens: named..<(last + 1))
        }
        // only a head that names people ("members", "critics", "one worker"), not "the divide in America"
        let bare = head.lower.hasLiteralSuffix("s") ? String(head.lower.dropLast()) : head.lower
        guard !head.isCapitalized || p - 1 == sentence.tokens.lowerBound, Self.isHeadNoun(head) || Self.isHeadNoun(bare) || lexicons.groupNouns.contains(head) else { return nil }
        let start = phraseStart(endingAt: p - 1, in: sentence)
        // "Sam Lau, the director for the party, said": an apposition describes the name before it
        // (not "On Monday, supporters of … said")
        guard start - 1 <= sentence.tokens.lowerBound || !layer.tokens[start - 1].isMark(",")
                || registry.mention(endingAt: layer.tokens[start - 2].range.upperBound) == nil else { return nil }
        return Subject(mention: layer.tokens[start].range.lowerBound..<layer.tokens[last].range.upperBound, entry: nil,
                       tokens: start..<(last + 1))
    }

    /// Whether a word is a verb rather than a noun heading a phrase ("went", "said", "criticized").
    private func isVerbForm(_ token: Token) -> Bool {
        VerbBase.isPastForm(token) || lexicons.speechVerbs[token] != nil || lexicons.attitudeVerbs.contains(token)
    }

    /// The first token of the noun phrase whose head (or an inner complement) ends at `end`:
    /// back over words, numbers, possessives and inner prepositions ("Critics of sending ships into"), to
    /// the sentence's start, a mark, a clause word or a verb, and at most to a determiner.
    private func phraseStart(endingAt end: Int, in sentence: Sentence) -> Int {
        var start = end
        while start > sentence.tokens.lowerBound, end - start < 10 {
            let previous = layer.tokens[start - 1]
            let inner = Self.phraseInternalPrepositions.contains(previous)
            guard previous.kind == .word || previous.kind == .number || previous.isApostrophe,
                  inner || !Self.clauseWords.contains(previous), !Self.phraseBreakers.contains(previous),
                  !isVerbForm(previous) else { break }
            start -= 1
            if Self.determiners.contains(previous) { break }
        }
        return start
    }
}

extension SubjectFinder {
    /// Prepositions that open a verb's complement ("went on the record", "spoke to the board").
    private static let verbPrepositions: WordSet = ["on", "to", "with", "by", "into", "onto", "about", "in", "at", "for", "from"]

    /// The verb right before the preposition that opens an unnamed phrase ("went" in "Vell went
    /// on the record"): the phrase is where the verb's subject went, not who is speaking (a
    /// participle after it shares the verb's subject); nil when no verb stands there.
    func verbBeforePrepositionalObject(_ phrase: Subject, in sentence: Sentence) -> Int? {
        var p = phrase.tokens.lowerBound - 1
        guard p - 1 >= sentence.tokens.lowerBound, Self.verbPrepositions.contains(layer.tokens[p]) else { return nil }
        p -= 1
        while p > sentence.tokens.lowerBound, Self.adverbs.contains(layer.tokens[p]) { p -= 1 }
        return isVerbForm(layer.tokens[p]) ? p : nil
    }
}
