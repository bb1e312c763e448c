extension ActorExtractor {
    /// The words after a person's name that make an organization of theirs, each to the word
    /// its name takes: "the Sanders camp" is the "Sanders campaign".
    private static let personalOrganizations = WordMap(["campaign": "campaign", "camp": "campaign",
                                                        "administration": "administration"])

    /// "the Clinton campaign", "Sanders’ camp", "the Obama administration": an organization named
    /// after a person, one actor for every spelling ("Clinton campaign" whatever name is written).
    func addCampaigns(to registry: inout ActorRegistry, chunks: [NameChunk]) {
        for chunk in chunks {
            var next = chunk.tokens.upperBound
            var end = layer.tokens[next - 1].range.upperBound
            // "Sanders’ campaign": the apostrophe of a plain possessive is a token of its own (after
            // a name in "s"; "the 'Bernie or Bust' camp" closes a quotation)
            if next < layer.tokens.count, layer.tokens[next].isApostrophe, chunk.lower.hasSuffix("s"),
               layer.tokens[next].range.lowerBound == end {
                end = layer.tokens[next].range.upperBound
                next += 1
            }
            // "Camp David" is a place
            guard next < layer.tokens.count, let word = Self.personalOrganizations[layer.tokens[next]],
                  word == layer.tokens[next].lower || !layer.tokens[next].isCapitalized,
                  let m = registry.mention(endingAt: chunk.range.upperBound), registry.entries[m.entry].kind == .person,
                  end + 1 == layer.tokens[next].range.lowerBound
            else { continue }
            let surname = registry.entries[m.entry].name.split(separator: " ").last.map(String.init) ?? chunk.text
            let index = campaign(of: surname, word: word, in: &registry)
            registry.addMention(chunk.range.lowerBound..<layer.tokens[next].range.upperBound, to: index)
        }
    }

    /// "his campaign said", "her campaign has begun", "Trump and his campaign": a campaign named by
    /// a possessive pronoun that acts (a verb follows it) is the campaign of the one person the
    /// pronoun can refer to ("Sanders campaign"), one beside its candidate that candidate's; none
    /// when two people fit, nor for the campaign as a period of time ("throughout his campaign").
    /// "the campaign" that acts is the campaign named last since the paragraph before.
    func addPronounCampaigns(to registry: inout ActorRegistry) {
        for (n, sentence) in layer.sentences.enumerated() {
            // the owner is named in this sentence or the one before
            let floor = layer.sentences[max(0, n - 1)].range.lowerBound
            for i in sentence.tokens where i > sentence.tokens.lowerBound && Self.campaignWord.contains(layer.tokens[i]) {
                let before = i - 1
                guard !followsPreposition(before) else { continue }
                let mention = layer.tokens[before].range.lowerBound..<layer.tokens[i].range.upperBound
                if layer.tokens[before].lower == "the" {
                    let paragraphFloor = layer.paragraphs[max(0, sentence.paragraph - 1)].range.lowerBound
                    guard actsAsOrganization(campaign: i, in: sentence),
                          let index = registry.nearest(before: mention.lowerBound, kinds: [.organization], notBefore: paragraphFloor,
                                                       where: \.isCampaign)
                    else { continue }
                    registry.addMention(mention, to: index)
                    continue
                }
                guard ["his", "her"].contains(layer.tokens[before].lower),
                      let surname = candidate(beside: before, in: sentence, registry: registry)
                        ?? (actsAsOrganization(campaign: i, in: sentence) ? personOwning(pronoun: before, after: floor, registry: registry) : nil)
                else { continue }
                registry.addMention(mention, to: campaign(of: surname, word: "campaign", in: &registry))
            }
        }
    }

    /// The organization "Surname word" ("Clinton campaign"), found or made.
    private func campaign(of surname: String, word: String, in registry: inout ActorRegistry) -> Int {
        let name = surname + " " + word
        return registry.actor(key: "org:" + name.lowercased(), name: name, kind: .organization)
    }

    /// Whether a finite verb follows the campaign noun at `index`, after an adverb at most:
    /// "his campaign said", "her campaign has begun", "his campaign also released".
    private func actsAsOrganization(campaign index: Int, in sentence: Sentence) -> Bool {
        var next = index + 1
        if next < sentence.tokens.upperBound, SubjectFinder.adverbs.contains(layer.tokens[next]),
           !ClauseParts.auxiliaries.contains(layer.tokens[next]) { next += 1 }
        guard next < sentence.tokens.upperBound else { return false }
        let word = layer.tokens[next]
        guard word.kind == .word, !word.isCapitalized else { return false }
        return isVerbAfterSubject(word)
    }

    /// "campaign", looked up by its word id in the scan over every token.
    private static let campaignWord: WordSet = ["campaign"]

    /// Words before "his campaign" that make it no subject ("the focus of her campaign was …")
    /// or the campaign a time ("since his campaign started").
    private static let campaignObjectWords: WordSet = ["of", "in", "on", "to", "for", "with", "from", "about", "by", "at",
                                                       "into", "against", "since", "after", "before", "until", "during",
                                                       "throughout"]

    /// Whether the word before the pronoun at `pronoun` is one of `campaignObjectWords`.
    private func followsPreposition(_ pronoun: Int) -> Bool {
        pronoun > 0 && Self.campaignObjectWords.contains(layer.tokens[pronoun - 1])
    }

    /// The surname of the person named right before "and" and the pronoun at `pronoun`, if the
    /// text shows them of the pronoun's gender ("Mr. Cruz and his campaign"): the campaign is that
    /// candidate's, not that of a name taken for a person ("talked about Zika and his campaign").
    private func candidate(beside pronoun: Int, in sentence: Sentence, registry: ActorRegistry) -> String? {
        guard pronoun - 2 >= sentence.tokens.lowerBound, layer.tokens[pronoun - 1].lower == "and",
              let m = registry.mention(endingAt: layer.tokens[pronoun - 2].range.upperBound) else { return nil }
        let entry = registry.entries[m.entry]
        let gender: Gender = layer.tokens[pronoun].lower == "his" ? .male : .female
        guard entry.kind == .person,
              SubjectFinder.gender(of: entry, lexicons: lexicons, text: layer.text, census: false) == gender else { return nil }
        return NameWords.split(entry.name).last
    }
}
