extension ActorExtractor {
    /// Nouns of a post held in an organization ("president", "executive director", "spokeswoman"),
    /// the last word of the role between a person's name and the organization. An expert's post
    /// ("analyst", "economist", "fellow", "professor") credentials what the expert says and makes
    /// the employer no party to the story ("a senior analyst at Jefferies").
    private static let postNouns: Set<String> = ["president", "director", "chairman", "chairwoman", "chair", "founder",
                                                 "co-founder", "cofounder", "executive", "head", "leader", "spokesman",
                                                 "spokeswoman", "spokesperson", "ceo", "strategist", "member", "partner",
                                                 "counsel", "officer", "manager", "secretary", "coordinator", "adviser",
                                                 "advisor", "editor", "publisher", "owner", "organizer", "lobbyist",
                                                 "attorney", "lawyer", "trustee", "treasurer", "vice-president", "pollster"]
    /// Words that make an organization a school: a post there credentials an expert and makes the
    /// school no party to the story ("Tom Lee, director of the University of Virginia's Center").
    private static let schoolWords: Set<String> = ["university", "college", "school"]
    /// First words of a legislature's chamber or its committees, where a lawmaker holds a post
    /// ("chairman of the House Transportation and Infrastructure Committee", "as chairman of the
    /// Senate Veterans Affairs Committee"): the lawmaker's office, no organization of the story.
    private static let chamberWords: Set<String> = ["house", "senate", "congress", "parliament", "assembly",
                                                    "legislature"]
    /// Words that make a post one the person no longer holds ("a former president of X").
    private static let pastPostWords: Set<String> = ["former", "ex", "onetime", "one-time", "erstwhile", "then", "retired",
                                                     "late"]
    /// Words after an organization's name that close its noun phrase ("of Muslim Advocates, a
    /// legal advocacy group", "of the Brady Campaign said"); "to" and "on" go on with the name
    /// more often than not ("Right to Rise", "the Project on Government Secrecy").
    private static let wordsAfterEmployer: Set<String> = ["and", "or", "who", "which", "that", "said", "says", "told",
                                                          "in", "since", "until", "when", "where"]

    /// "Dan Gross, president of the Brady Campaign", "Farhana Khera, executive director of Muslim
    /// Advocates", "Matthew Soerens, spokesman for World Relief", "Mujtaba Rahman of the Eurasia
    /// Group": a name right after a person's name and a post in it ("of", "for", "at"), or
    /// after the name and "of" alone, is the organization the person works for, and the person
    /// makes it take part, however seldom it is named. No place ("Sanders of Vermont"), person
    /// ("a spokesman for Ted Cruz") or school, nor a name that qualifies a noun after it
    /// ("director of the Texas Politics Project at the University").
    func addEmployers(to registry: inout ActorRegistry, chunks: [NameChunk]) {
        for chunk in chunks where !chunk.inDisplayText && chunk.title == nil {
            guard let person = employee(before: chunk, in: registry), closesNounPhrase(chunk, in: registry) else { continue }
            var lower = chunk.lower, name = chunk.text
            if lower.hasPrefix("the ") { lower = String(lower.dropFirst(4)); name = String(name.dropFirst(4)) }
            let words = NameWords.split(lower)
            // a chamber's committee ("the Judiciary Committee") unless a party's ("Democratic
            // Senatorial Campaign Committee", "Republican National Committee")
            let committee = words.last == "committee" && !words.contains { Self.partyOfWord[$0] != nil || $0 == "national" }
            guard let first = words.first, !words.contains(where: Self.schoolWords.contains),
                  !Self.chamberWords.contains(first), !committee,
                  // "a former secretary of State": a word the article writes in lower case is a common noun
                  words.count > 1 || !lowercaseWords.contains(lower),
                  !lexicons.firstNames.contains(first), lexicons.countries[lower] == nil, lexicons.usStates[lower] == nil,
                  // "a spokeswoman for Trump": a person's surname or first name names the person
                  registry.index(key: "part:" + lower).map({ registry.entries[$0].kind != .person }) ?? true,
                  !lexicons.places.contains(lower), !lexicons.cities.contains(lower)
            else { continue }
            // "secretary of State", "attorney general of Delaware": a title names an office
            let before = layer.tokens[chunk.tokens.lowerBound - 1].lower == "the" ? chunk.tokens.lowerBound - 3 : chunk.tokens.lowerBound - 2
            if before >= 0, lexicons.titles[layer.tokens[before].lower + " of " + lower] != nil { continue }
            let index: Int
            if let m = registry.mention(endingAt: chunk.range.upperBound) {
                // the name must be the actor's own ("the South Carolina Democratic Party" is not
                // the "Democratic Party" whose name ends it)
                guard registry.entries[m.entry].kind == .organization,
                      registry.entries[m.entry].name.lowercased() == lower else { continue }
                index = m.entry
            } else {
                index = registry.actor(key: "org:" + lower, name: name, kind: .organization)
                registry.addMention(chunk.range, to: index)
            }
            registry.setAffiliation(registry.entries[index].name, of: person)
        }
    }

    /// The person whose name and post stand before the name: "NAME, [a] POST of|for|at [the]" or
    /// "NAME of [the]".
    private func employee(before chunk: NameChunk, in registry: ActorRegistry) -> Int? {
        var i = chunk.tokens.lowerBound - 1
        if i >= 0, layer.tokens[i].lower == "the", !chunk.lower.hasPrefix("the ") { i -= 1 }
        guard i >= 1, ["of", "for", "at"].contains(layer.tokens[i].lower) else { return nil }
        let preposition = layer.tokens[i].lower
        i -= 1
        // "Mujtaba Rahman of the Eurasia Group": the name itself, then "of"
        // (a full name written there: "the Trump of the East" is no employee)
        if preposition == "of", let (person, range) = person(endingBefore: i + 1, in: registry),
           layer.string(range).containsMark(" ") { return person }
        // the post: words back to a comma, the last a post noun ("Co-founder and National Director")
        guard Self.postNouns.contains(layer.tokens[i].lower) else { return nil }
        var words = 0
        while i >= 0, layer.tokens[i].kind == .word || layer.tokens[i].text == "-", words < 6 {
            // "a former president of X": no longer the person's organization
            if Self.pastPostWords.contains(layer.tokens[i].lower) { return nil }
            i -= 1
            words += 1
        }
        // "praised Ann Lee, but the president of X said": a new clause, not Lee's apposition
        guard i >= 1, layer.tokens[i].isMark(","), !SentenceConjunctions.words.contains(layer.tokens[i + 1]) else { return nil }
        return person(endingBefore: i, in: registry)?.entry
    }

    /// The person a mention ending right before token `i` names, and the mention.
    private func person(endingBefore i: Int, in registry: ActorRegistry) -> (entry: Int, range: Range<Int>)? {
        guard i >= 1, let m = registry.mention(endingAt: layer.tokens[i - 1].range.upperBound),
              registry.entries[m.entry].kind == .person else { return nil }
        return (m.entry, m.range)
    }

    /// Whether the name ends its noun phrase: the text or the sentence ends, or punctuation or a
    /// function word or verb of speech follows; not a possessive ("Carrier's plant"), a web
    /// address ("TheIowaRepublican.com") or a name going on after "and" ("the Mommy and Me
    /// literacy program"; "of Uber and Brian Chesky" names another actor).
    private func closesNounPhrase(_ chunk: NameChunk, in registry: ActorRegistry) -> Bool {
        let next = chunk.tokens.upperBound
        guard next < layer.tokens.count else { return true }
        if layer.tokens[next - 1].range.upperBound > chunk.range.upperBound { return false }
        let token = layer.tokens[next]
        if token.isApostrophe { return false }
        if token.kind == .punctuation {
            return next + 1 >= layer.tokens.count || layer.tokens[next + 1].kind != .word
                || layer.tokens[next + 1].range.lowerBound > token.range.upperBound
        }
        if ["and", "or"].contains(token.lower), next + 1 < layer.tokens.count, layer.tokens[next + 1].isCapitalized {
            return registry.mention(covering: layer.tokens[next + 1].range.lowerBound) != nil
        }
        return Self.wordsAfterEmployer.contains(token.lower)
    }
}
