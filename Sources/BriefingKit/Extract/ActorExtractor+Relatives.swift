extension ActorExtractor {
    /// Nouns of a family tie.
    private static let kinNouns: Set<String> = ["wife", "husband", "son", "daughter", "brother", "sister", "mother",
                                                "father", "niece", "nephew", "uncle", "aunt", "grandson",
                                                "granddaughter", "widow", "cousin"]
    /// Words between a possessive and its kin noun ("his late son", "Trump's eldest daughter").
    private static let kinModifiers: Set<String> = ["late", "older", "younger", "eldest", "oldest", "youngest", "first",
                                                    "second", "former", "new", "only", "twin", "baby", "little", "big"]

    /// "Khan's wife, Ghazala", "his son Beau", "Le Pen's niece Marion": a first name alone after
    /// a person's kin noun is a relative of theirs, a person named with the family's surname
    /// ("Ghazala Khan", "Beau Biden") however seldom the text names them. The person is the
    /// possessor named there, or for "his" and "her" the person named last before in the
    /// paragraph when of that gender and the only one the sentence names so far.
    func addRelatives(to registry: inout ActorRegistry, chunks: [NameChunk]) {
        for chunk in chunks where !chunk.inDisplayText && chunk.title == nil && chunk.tokens.count == 1 {
            guard registry.mention(covering: chunk.range.lowerBound, within: chunk.range.count) == nil,
                  registry.mention(endingAt: chunk.range.upperBound) == nil,
                  let surname = kinSurname(before: chunk, in: registry), surname != chunk.text, closesName(chunk)
            else { continue }
            let name = chunk.text + " " + surname
            let index = registry.actor(key: "person:" + name.lowercased(), name: name, kind: .person)
            registry.addMention(chunk.range, to: index)
        }
    }

    /// The surname of the person whose relative the kin noun before the name is: "POSSESSOR's
    /// [late] KIN[,]". A possessor written by surname gives it as written ("Le Pen's niece"); a
    /// full name its last word, and a pronoun the last word of its person's name.
    private func kinSurname(before chunk: NameChunk, in registry: ActorRegistry) -> String? {
        var i = chunk.tokens.lowerBound - 1
        if i >= 0, layer.tokens[i].isMark(",") { i -= 1 }
        guard i >= 1, Self.kinNouns.contains(layer.tokens[i].lower) else { return nil }
        i -= 1
        while i >= 1, Self.kinModifiers.contains(layer.tokens[i].lower) { i -= 1 }
        let owner = layer.tokens[i]
        if owner.lower == "his" || owner.lower == "her" {
            return lastPerson(of: owner.lower == "his" ? .male : .female, before: owner.range.lowerBound, in: registry)
                .flatMap { NameWords.split(registry.entries[$0].name).last }
        }
        guard owner.text.hasSuffix("'s") || owner.text.hasSuffix("\u{2019}s"),
              let m = registry.mention(endingAt: owner.range.upperBound - 2), registry.entries[m.entry].kind == .person
        else { return nil }
        // "James Murdoch's wife" gives "Murdoch", "Marine Le Pen's niece" and "Le Pen's niece" "Le Pen"
        var words = NameWords.split(layer.string(m.range))
        let first = NameWords.split(registry.entries[m.entry].name).first
        if words.count > 1, words.first == first { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The person mentioned last before `offset` in its paragraph, if the only person the
    /// sentence names before `offset` ("Gingrich told O'Reilly, noting that he and his wife"
    /// leaves "his" open), of the gender, and the only one the paragraph names so far who may be
    /// of it ("Romney endorsed Cruz. He brought his son Tagg" leaves it open too).
    private func lastPerson(of gender: Gender, before offset: Int, in registry: ActorRegistry) -> Int? {
        guard let s = layer.sentenceIndex(ofToken: layer.tokenIndex(atOrAfter: offset)) else { return nil }
        let sentence = layer.sentences[s], paragraph = layer.paragraphs[sentence.paragraph]
        var best: (end: Int, entry: Int)?
        var inSentence = Set<Int>(), inParagraph = Set<Int>()
        for (index, entry) in registry.entries.enumerated() where entry.kind == .person {
            for mention in entry.mentions where mention.upperBound <= offset && mention.lowerBound >= paragraph.range.lowerBound {
                if best.map({ mention.upperBound > $0.end }) ?? true { best = (mention.upperBound, index) }
                if mention.lowerBound >= sentence.range.lowerBound { inSentence.insert(index) }
                inParagraph.insert(index)
            }
        }
        guard inSentence.count <= 1, let best else { return nil }
        // people the pronoun may mean: of its gender, or of none the text shows
        let fitting = inParagraph.filter {
            SubjectFinder.gender(of: registry.entries[$0], lexicons: lexicons, text: layer.text).map { $0 == gender } ?? true
        }
        guard SubjectFinder.gender(of: registry.entries[best.entry], lexicons: lexicons, text: layer.text, census: false) == gender else { return nil }
        return fitting == [best.entry] ? best.entry : nil
    }

    /// Whether the single name ends there: punctuation or a lower-case word follows, not
    /// another capitalized word of a longer name.
    private func closesName(_ chunk: NameChunk) -> Bool {
        let next = chunk.tokens.upperBound
        return next >= layer.tokens.count || !layer.tokens[next].isCapitalized
    }
}
