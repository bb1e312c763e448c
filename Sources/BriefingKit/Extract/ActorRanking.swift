/// Turns the registry's actors into contract records ranked by salience: in how many
/// paragraphs the article mentions them, whether they speak or commit at all, and whether
/// the headline and the opening paragraphs name them.
struct ActorRanking {
    let layer: TextLayer
    let lexicons: Lexicons

    func records(from registry: ActorRegistry) -> [ActorRecord] {
        let headline = layer.paragraphs.first { $0.role == .headline }?.range
        let lead = layer.paragraphs.prefix(4).last?.range.upperBound ?? 0
        var scored: [(record: ActorRecord, score: Double, first: Int)] = []
        let background = BackgroundActors(layer: layer, lexicons: lexicons, registry: registry)
        let nameless = NamelessPersons(layer: layer, lexicons: lexicons)
        for var entry in registry.entries where !entry.mentions.isEmpty && !background.isBackground(entry) {
            switch nameless.verdict(on: entry) {
            case .noActor: continue
            case .group: entry.kind = .group
            case .organization: entry.kind = .organization
            case nil: break
            }
            // a lone word of an organization's kind ("PAC", "Group", "Company") that never acts
            // is a name cut short or a common noun written with a capital, no actor's name
            if entry.kind == .organization, entry.acts == 0, isLoneKindWord(entry.name) { continue }
            // groups that never act and are named once are background, not actors
            // ("Republicans", a party's members, is named even once; so is a constituency
            // the story weighs: "support among young voters")
            if entry.kind == .group, entry.acts == 0, entry.mentions.count < 2,
               lexicons.organizations[entry.name.lowercased()] == nil, !isConstituency(entry.mentions[0]),
               !isPartisan(entry.name) { continue }
            let mentions = (entry.mentions + entry.headlineMentions).sorted { $0.lowerBound < $1.lowerBound }
            // a party named only to qualify a noun ("the GOP debate") takes no part there; a headline
            // still names what the story is about ("GOP hopefuls ignore the union")
            let named = mentions.filter { headline?.contains($0.lowerBound) == true || !isPartyModifier($0) }
            // places and institutions are mentioned often in passing; people are what a summary names,
            // and so is a candidate's campaign, which acts for its candidate
            let perParagraph = entry.kind == .person || entry.isCampaign ? 1.0 : 0.7
            // spread, not volume: an actor the whole story returns to outranks one quoted at length
            // in a single passage, and speaking once already makes an actor a participant
            var score = 2 * perParagraph * Double(paragraphCount(of: named)) + (entry.acts > 0 ? 3 : 0)
            if let headline, named.contains(where: { headline.contains($0.lowerBound) }) { score += 4 }
            if named.contains(where: { $0.lowerBound < lead }) { score += 2 }
            // unnamed sources ("officials", "some experts") are rarely what a summary names; a
            // people named as such ("Latinos", "Muslims") and a public the text qualifies ("Trump
            // supporters", "Democratic senators") may be
            if entry.kind == .group, lexicons.groupNouns.contains(entry.name.lowercased()) {
                score *= 0.5
            }
            // a country that never speaks or commits is mostly where the story happens
            if entry.kind == .country, entry.acts == 0 { score *= 0.5 }
            let record = ActorRecord(id: entry.id, name: entry.name, kind: entry.kind, role: entry.role,
                                     affiliation: entry.affiliation, salience: 0, mentions: mentions.map { layer.span($0) })
            scored.append((record, score, mentions[0].lowerBound))
        }
        let top = scored.map(\.score).max() ?? 1
        return scored
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.first < $1.first }
            .map { item in
                var record = item.record
                record.salience = (item.score / top * 1000).rounded() / 1000
                return record
            }
    }

    /// In how many paragraphs the mentions (in text order) fall.
    private func paragraphCount(of mentions: [Range<Int>]) -> Int {
        var count = 0, paragraph = 0, last = -1
        for mention in mentions {
            while paragraph + 1 < layer.paragraphs.count, layer.paragraphs[paragraph].range.upperBound <= mention.lowerBound {
                paragraph += 1
            }
            if paragraph != last { count += 1; last = paragraph }
        }
        return count
    }

    /// Whether a mention is a lone party word qualifying the lower-case word after it ("the GOP
    /// debate", "GOP presidential hopefuls"): an event or a race, not the party taking part. The
    /// party's people ("GOP leaders", "a GOP chairman") and a party before a preposition or a
    /// verb ("inside GOP to", "the GOP is", "the GOP doesn't") still name the party.
    private func isPartyModifier(_ mention: Range<Int>) -> Bool {
        let first = layer.tokenIndex(atOrAfter: mention.lowerBound)
        guard first + 1 < layer.tokens.count, layer.tokens[first].range == mention,
              ActorExtractor.partyOfWord[layer.tokens[first]] != nil else { return false }
        let next = layer.tokens[first + 1]
        return next.kind == .word && !next.isCapitalized && next.range.lowerBound == mention.upperBound + 1
            && !lexicons.groupNouns.contains(next) && !lexicons.titleFirstWords.contains(next)
            && !PositionExtractor.prepositions.contains(next) && !ClauseParts.auxiliaries.contains(next)
            && !Self.conjunctions.contains(next) && !next.isNegativeContraction
    }

    private static let conjunctions: WordSet = ["and", "or"]

    /// Whether a group's name says which party it belongs to ("Republican lawmakers", "GOP
    /// voters", "congressional Democrats", "moderate Republicans", "Democratic Party officials"):
    /// a side of the story even when named once, unlike a poll's demographic ("Male voters",
    /// "Younger voters"). A bare party plural ("Republicans") is kept as a party's members.
    private func isPartisan(_ name: String) -> Bool {
        let words = name.lowercased().split(separator: " ")
        return words.count > 1 && words.contains { word in
            ActorExtractor.partyOfWord[String(word)] != nil
                || word.hasSuffix("s") && ActorExtractor.partyOfWord[String(word.dropLast())] != nil
        }
    }

    /// Abbreviations of an organization's kind that the organization words leave out.
    private static let kindAbbreviations: Set<String> = ["pac", "pacs", "tv"]
    /// Organization words that are also a newspaper's short name ("the Times", "the Post"), or
    /// the name of an institution by its kind ("Police said").
    private static let namingKindWords: Set<String> = ["times", "post", "news", "journal", "police"]

    /// Whether the name is one word that only says what kind of organization it is ("PAC",
    /// "Group", "Company", "Committee", "Inc."), not a newspaper's short name ("Times") nor the
    /// police.
    private func isLoneKindWord(_ name: String) -> Bool {
        let words = NameWords.split(name.lowercased())
        // a known name ("Republicans", "Reuters") is no kind word
        guard words.count == 1, let word = words.first, !Self.namingKindWords.contains(word),
              lexicons.organizations[word] == nil else { return false }
        return lexicons.organizationWords.contains(word) || Self.kindAbbreviations.contains(word)
    }

    /// Whether a group's mention follows "among" ("support among young voters", "raising
    /// eyebrows among congressional Republicans"), unless a figure is next to it: a poll's share
    /// of a public ("45 percent among Democratic voters", "Among Trump voters, 74 percent")
    /// names no party to the story.
    private func isConstituency(_ mention: Range<Int>) -> Bool {
        let first = layer.tokenIndex(atOrAfter: mention.lowerBound)
        guard first > 0, layer.tokens[first - 1].lower == "among" else { return false }
        let after = layer.tokenIndex(atOrAfter: mention.upperBound)
        let near = Array(stride(from: first - 2, through: max(0, first - 9), by: -1)) + Array(after..<min(layer.tokens.count, after + 4))
        for k in near {
            let token = layer.tokens[k]
            if token.kind == .number || ["percent", "%"].contains(token.lower) { return false }
            if token.kind == .punctuation && token.text != "," && k < first { break }
        }
        return true
    }
}
