/// Decides which named institutions and countries are only background: named once, as
/// the object of a preposition ("a law passed in the United States", "a report on
/// Congress"), never speaking or committing, and employing nobody the text names; or named
/// every time only as the office a candidate seeks ("run for the Senate", "a White House
/// bid") or as where something was published ("wrote on Twitter", "her Facebook account");
/// or a country none of whose mentions shows it acting (`ActingCountry`), or likewise a chamber
/// of a legislature ("passed the Senate").
/// A news outlet cited as a source ("said on CNN") is never background. A briefing's actor
/// list leaves them out.
struct BackgroundActors {
    let layer: TextLayer
    let lexicons: Lexicons

    private static let prepositions: Set<String> = ["in", "of", "at", "on", "from", "to", "for", "with", "into", "about",
                                                    "across", "throughout", "within", "between", "against", "toward",
                                                    "towards", "over", "under", "inside", "outside", "like", "than"]

    /// What the text says the people work for: their affiliations and roles.
    private let employers: [String]

    init(layer: TextLayer, lexicons: Lexicons, registry: ActorRegistry) {
        self.layer = layer
        self.lexicons = lexicons
        employers = registry.entries.filter { $0.kind == .person }.flatMap { [$0.affiliation, $0.role].compactMap { $0 } }
    }

    /// Whether `entry` is an organization or country named only in passing.
    func isBackground(_ entry: ActorRegistry.Entry) -> Bool {
        guard entry.kind == .organization || entry.kind == .country, entry.acts == 0,
              !employers.contains(where: { $0.containsText(entry.name) }),
              !CitedOutlet(layer: layer, lexicons: lexicons).isCited(entry) else { return false }
        if entry.mentions.count == 1, let mention = entry.mentions.first, followsPreposition(mention),
           !(entry.kind == .organization && !isChamber(entry.name) && followsPartyPreposition(mention)) { return true }
        if entry.kind == .country, entry.mentions.allSatisfy(isPlace) { return true }
        // likewise a chamber that never acts as a country does ("the Senate passed", "the House's
        // vote") is where a bill passes or a seat is won ("passed the Senate", "a Senate seat",
        // "the House floor"); Congress, the body whose laws a story weighs, still takes part
        if entry.kind == .country || entry.kind == .organization && isVenueChamber(entry.name),
           !entry.mentions.contains(where: ActingCountry(layer: layer, lexicons: lexicons).acts) { return true }
        let named = nameMentions(of: entry)
        guard !named.isEmpty else { return false }
        if isChamber(entry.name), named.allSatisfy(isOfficeSought) { return true }
        return entry.kind == .organization && named.allSatisfy(isPlaceOfPublication)
    }

    /// Whether the word before the mention (over "the") is a preposition.
    private func followsPreposition(_ mention: Range<Int>) -> Bool {
        var i = layer.tokenIndex(atOrAfter: mention.lowerBound) - 1
        if i >= 0, layer.tokens[i].lower == "the" { i -= 1 }
        return i >= 0 && Self.prepositions.contains(layer.tokens[i].lower)
    }

    /// Prepositions whose object takes part in what is told, as the other side ("talks with the
    /// NRA", "a lawsuit against Gawker Media", "a complaint to the Democratic National
    /// Committee"), a source ("an ad from Our Principles PAC") or an example ("groups like
    /// Islamic State"), not where or about what it happens.
    private static let partyPrepositions: Set<String> = ["with", "to", "against", "like", "from"]
    /// Words before "to" that make its object a place one goes to or posts on ("took to
    /// Twitter"), and before "from" that make it where one studied ("graduated from Harvard").
    private static let placeBeforeTo: Set<String> = ["take", "takes", "took", "taking", "taken"]
    private static let studiesBeforeFrom: Set<String> = ["graduated", "graduate", "graduates", "degree", "degrees",
                                                         "doctorate", "diploma", "ph.d", "phd", "mba", "studied"]
    /// Words that may follow a party and close its noun phrase besides `wordsAfterPlace`
    /// ("Senate Republicans who oppose him", "the Clinton campaign but").
    private static let wordsAfterParty: Set<String> = ["who", "but", "over", "about"]

    /// Whether the mention is the object of a party preposition (over "the") and closes its noun
    /// phrase: not a place one goes to ("moved to the Bronx", "took to Twitter") or studied at
    /// ("a degree from Harvard University"), nor a name that qualifies the noun after it ("spoke
    /// to the National Action Network conference", "with Washington Post reporter Ben Terris");
    /// an owner does take part ("an interview with Fox News's Chris Wallace").
    private func followsPartyPreposition(_ mention: Range<Int>) -> Bool {
        var i = layer.tokenIndex(atOrAfter: mention.lowerBound) - 1
        if i >= 0, layer.tokens[i].lower == "the" { i -= 1 }
        guard i >= 0, Self.partyPrepositions.contains(layer.tokens[i].lower) else { return false }
        let before = i > 0 ? layer.tokens[i - 1].lower : ""
        switch layer.tokens[i].lower {
        case "to" where Self.motionWords.contains(before) || Self.placeBeforeTo.contains(before): return false
        case "from" where Self.studiesBeforeFrom.contains(before.replacingOccurrences(of: ".", with: "")): return false
        default: break
        }
        let next = layer.tokenIndex(atOrAfter: mention.upperBound)
        // a possessive owns what follows ("with Fox News's Chris Wallace")
        if next > 0, layer.tokens[next - 1].range.upperBound > mention.upperBound { return true }
        guard next < layer.tokens.count, layer.tokens[next].kind == .word,
              layer.tokens[next].range.lowerBound > mention.upperBound else { return true }
        let word = layer.tokens[next].lower
        return Self.wordsAfterPlace.contains(word) || Self.wordsAfterParty.contains(word)
    }

    // MARK: Places

    /// Prepositions that make their object where something is or comes from ("in", "from",
    /// "across"), not a party to it ("talks with Iran", "sanctions on Russia", "apologized to
    /// Mexico", "the leaders of China").
    private static let placePrepositions: Set<String> = ["in", "at", "from", "into", "across", "throughout", "within",
                                                         "inside", "outside"]
    /// Words of going before "to" that make its object a destination ("moved to Mexico", "a trip
    /// to China"), not a party ("apologized to Mexico").
    private static let motionWords: Set<String> = ["move", "moves", "moved", "moving", "relocate", "relocated", "go",
                                                   "goes", "went", "going", "gone", "travel", "travels", "traveled",
                                                   "travelled", "traveling", "travelling", "trip", "trips", "return",
                                                   "returns", "returned", "returning", "fly", "flies", "flew", "flying",
                                                   "flown", "fled", "flee", "flees", "fleeing", "emigrated", "immigrated",
                                                   "deported", "shipped", "exported", "exports"]
    /// Words that may follow a place and close its noun phrase ("in Mexico and", "to China
    /// since"); any other word makes the name a modifier ("in the U.K. parliament").
    private static let wordsAfterPlace: Set<String> = ["and", "or", "in", "of", "at", "on", "from", "to", "for", "with",
                                                       "by", "as", "after", "before", "since", "until", "where", "when",
                                                       "which", "that", "this", "last", "next"]

    /// Whether the mention is the object of a place preposition, alone or in a list of names
    /// ("moved to Mexico", "plants in Canada, Mexico and China"), and closes its noun phrase.
    private func isPlace(_ mention: Range<Int>) -> Bool {
        let next = layer.tokenIndex(atOrAfter: mention.upperBound)
        if next < layer.tokens.count, layer.tokens[next].kind != .punctuation,
           !Self.wordsAfterPlace.contains(layer.tokens[next].lower) { return false }
        var i = layer.tokenIndex(atOrAfter: mention.lowerBound) - 1
        while i >= 0 {
            let token = layer.tokens[i]
            if isPlacePreposition(at: i) { return true }
            guard token.isCapitalized || ["the", "and", "or", ","].contains(token.lower) else { return false }
            i -= 1
        }
        return false
    }

    /// Whether the word at `i` is a place preposition, or a "to" after a word of going.
    private func isPlacePreposition(at i: Int) -> Bool {
        let word = layer.tokens[i].lower
        if word == "to" { return i > 0 && Self.motionWords.contains(layer.tokens[i - 1].lower) }
        return Self.placePrepositions.contains(word)
    }

    // MARK: Offices sought and places of publication

    /// Chambers of a legislature, as opposed to the legislature itself ("Congress").
    private static let venueChambers: Set<String> = ["senate", "house", "parliament", "assembly", "legislature"]
    /// Legislatures and offices a candidate runs for ("Senate", "U.S. House", "White House").
    private static let chambers: Set<String> = ["senate", "house", "congress", "parliament", "assembly", "legislature"]
    /// Nouns after an office that make it the office sought ("a Senate race", "a White House bid").
    private static let contestNouns: Set<String> = ["race", "races", "campaign", "campaigns", "bid", "bids", "run",
                                                    "contender", "contenders", "candidate", "candidates", "candidacy",
                                                    "hopeful", "hopefuls", "seat", "seats", "nomination", "primary"]
    /// Verbs whose object is the office sought ("win the White House", "lose the Senate").
    private static let contestVerbs: Set<String> = ["win", "wins", "won", "winning", "seek", "seeks", "seeking", "sought",
                                                    "reach", "reaches", "reached", "reaching", "lose", "loses", "lost",
                                                    "losing", "retake", "retakes", "retaking", "recapture", "recapturing"]
    /// Words before "for" that make its object the office sought ("run for the Senate").
    private static let runsFor: Set<String> = ["run", "runs", "ran", "running", "bid", "bids", "candidate", "candidates",
                                               "campaign", "campaigning", "race", "ineligible", "eligible"]
    /// Nouns after a platform or outlet that make it where something was published ("a Twitter
    /// post", "her Facebook account", "his YouTube channel").
    private static let publicationNouns: Set<String> = ["account", "accounts", "page", "pages", "feed", "feeds", "post",
                                                        "posts", "video", "videos", "channel", "channels", "follower",
                                                        "followers", "user", "users", "handle", "timeline", "profile",
                                                        "show", "commentary"]
    /// Words between a verb or preposition and the office it governs ("for the state Senate").
    private static let wordsBeforeOffice: Set<String> = ["the", "a", "an", "state"]

    /// Whether the name is a chamber's, at most after "U.S." or "state" ("Senate", "U.S. House",
    /// "House of Representatives"; not "White House", "Melville House", "Congress").
    private func isVenueChamber(_ name: String) -> Bool {
        let words = NameWords.split(name.lowercased()).filter { !["the", "u.s.", "us", "state"].contains($0) }
        return words.count == 1 && Self.venueChambers.contains(words[0]) || words == ["house", "of", "representatives"]
    }

    /// Whether the name ends with a legislature or office ("U.S. Senate", "White House").
    private func isChamber(_ name: String) -> Bool {
        Self.chambers.contains(NameWords.split(name.lowercased()).last ?? "")
    }

    /// The mentions that write a name of the actor ("Islamic State", "ISIS"), not a pronoun or
    /// description linked to it ("It", "the government"): capitalized, and no pronoun.
    private func nameMentions(of entry: ActorRegistry.Entry) -> [Range<Int>] {
        entry.mentions.filter { mention in
            let i = layer.tokenIndex(atOrAfter: mention.lowerBound)
            guard i < layer.tokens.count, layer.tokens[i].isCapitalized else { return false }
            return lexicons.pronouns[layer.string(mention).lowercased()] == nil
        }
    }

    /// The lower-case word right after the mention, if any.
    private func wordAfter(_ mention: Range<Int>) -> String? {
        let i = layer.tokenIndex(atOrAfter: mention.upperBound)
        guard i < layer.tokens.count, layer.tokens[i].kind == .word else { return nil }
        return layer.tokens[i].lower
    }

    /// The index of the word before the mention, over determiners ("for the state Senate").
    private func wordBefore(_ mention: Range<Int>) -> Int? {
        var i = layer.tokenIndex(atOrAfter: mention.lowerBound) - 1
        while i >= 0, Self.wordsBeforeOffice.contains(layer.tokens[i].lower) { i -= 1 }
        return i >= 0 ? i : nil
    }

    /// "run for the Senate", "win the White House", "control of the Senate", "a seat in the
    /// U.S. Senate", "a 2012 Senate campaign", "the Democratic White House contender".
    private func isOfficeSought(_ mention: Range<Int>) -> Bool {
        if let after = wordAfter(mention), Self.contestNouns.contains(after) { return true }
        guard let i = wordBefore(mention) else { return false }
        let word = layer.tokens[i].lower, previous = i > 0 ? layer.tokens[i - 1].lower : ""
        return Self.contestVerbs.contains(word) || word == "for" && Self.runsFor.contains(previous)
            || word == "of" && previous == "control" || word == "in" && (previous == "seat" || previous == "seats")
    }

    /// "her Facebook account", "a Twitter post", "his YouTube channel"; a noun that acts or
    /// names someone makes a source ("Twitter users posted", "her Twitter account said",
    /// "Twitter user @dana"). A network one appears on ("on CNN") may still be an actor.
    private func isPlaceOfPublication(_ mention: Range<Int>) -> Bool {
        guard let after = wordAfter(mention), Self.publicationNouns.contains(after) else { return false }
        let next = layer.tokenIndex(atOrAfter: mention.upperBound) + 1
        guard next < layer.tokens.count else { return true }
        let token = layer.tokens[next]
        return !(token.isCapitalized || token.text.hasPrefix("@") || token.kind == .word && token.lower.hasSuffix("ed")
                 || lexicons.speechVerbs[token] != nil)
    }
}
