/// Finds the actors of an article: named people, organizations and countries (from
/// capitalized names, titles and the lexicons), unnamed groups ("British officials"), the
/// roles the text gives them, and every noun-phrase mention (surname, title + name, role).
struct ActorExtractor {
    let layer: TextLayer
    let lexicons: Lexicons
    /// Words the article writes in lower case somewhere ("dinner", "big"): a capitalized
    /// phrase made of them is a heading or a thing, not a person's name.
    let lowercaseWords: LowercaseWords

    init(layer: TextLayer, lexicons: Lexicons) {
        self.layer = layer
        self.lexicons = lexicons
        lowercaseWords = LowercaseWords(layer: layer)
    }

    func extract() -> ActorRegistry {
        var registry = ActorRegistry()
        let chunks = NameChunker(layer: layer, lexicons: lexicons, lowercaseWords: lowercaseWords).chunks()
        let institutions = partiesNamedAsInstitutions(in: chunks)
        var deferred: [NameChunk] = []
        let cited = Set(chunks.filter { $0.title == nil && isCitedAsSource($0) }.map { $0.lower })
        let articled = namesWrittenWithArticle(in: chunks)
        let companies = namesUsedAsCompanies(in: chunks)
        let surnamesOfFullNames = surnamesOfFirstNamed(in: chunks)
        let shortForms = shortFormsOfFullNames(in: chunks)
        let fullNames = fullNamesOfSurnames(in: chunks)
        // what each distinct name's text tells `classify`, worked out at its first mention
        var facts: [String: NameFacts] = [:]
        // joint pollsters are one name of two ("NBC News/Wall Street Journal")
        let pollsters = jointPollsters(in: chunks)
        let pollsterParts = Set(pollsters.flatMap(\.parts))
        for pollster in pollsters {
            registry.addMention(pollster.range, to: registry.actor(key: pollster.key, name: pollster.name, kind: .organization))
        }
        // organizations named in pass 1, whose distinctive first word may name them later
        var organizationNames: [(name: String, index: Int)] = []
        // Pass 1: names that classify on their own (display text only links to known actors, below).
        for (n, chunk) in chunks.enumerated() where !chunk.inDisplayText && !pollsterParts.contains(n) {
            if isGroupModifier(chunk) { continue }
            // "Lisa Monaco … Monaco said": a state's one-word name that is the surname of a
            // person the text names in full waits for the surnames (pass 2), unless it stands as
            // a place ("in Washington", "Washington, D.C.")
            if chunk.title == nil, lexicons.countries[chunk.lower] != nil, surnamesOfFullNames.contains(chunk.lower),
               !isWrittenAsPlace(chunk) {
                deferred.append(chunk)
                continue
            }
            if let (classifiedKey, classifiedName, classifiedKind) = classify(chunk, institutions: institutions, facts: &facts) {
                // "Wasserman Schultz" is the "Debbie Wasserman Schultz" the text also writes
                let (fullKey, name) = fullNames[classifiedKey] ?? (classifiedKey, classifiedName)
                var (key, kind) = (shortForms[fullKey] ?? fullKey, classifiedKind)
                // "according to the Dunmore Ledgerline": a name the text cites as a source, with
                // no first name or title, is a publication or an organization, wherever it stands,
                // unless its last word stands alone too, as a surname does ("Praeli said")
                if kind == .person, chunk.title == nil, cited.contains(chunk.lower),
                   case let words = NameWords.split(name.lowercased()),
                   !lexicons.firstNames.contains(words.first ?? ""), case let last = words.last ?? "",
                   !chunks.contains(where: { $0.lower == last }) {
                    (key, kind) = ("org:" + name.lowercased(), .organization)
                }
                // "the American Legion", "the Trans-Pacific Partnership": no person
                if kind == .person, chunk.title == nil, articled.contains(chunk.lower) {
                    (key, kind) = ("org:" + name.lowercased(), .organization)
                }
                let index = registry.actor(key: key, name: name, kind: kind)
                registry.addMention(chunk.range, to: index)
                if let role = chunk.qualifiedRole { registry.setRole(role, of: index) }
                if let title = chunk.title, let role = lexicons.titles[title], !role.isEmpty { registry.setRole(role, of: index) }
                if kind == .person { registerNameParts(of: chunk.text, index: index, in: &registry) }
                if kind == .organization { organizationNames.append((name, index)) }
            } else {
                deferred.append(chunk)
            }
        }
        // after every person's name parts: a lone "Trump" is Donald Trump, not "Trump University"
        for (name, index) in organizationNames { registerShortName(of: name, index: index, in: &registry) }
        // Pass 2: single names — a known person's surname or first name, or a new person
        // when the text treats the word as a name often enough.
        let counts = Dictionary(deferred.map { ($0.lower, 1) }, uniquingKeysWith: +)
        // the titles and roles written with each full name, before any surname adds its own
        let fullNameTitles = registry.entries.map(\.descriptors)
        // each person's surname by entry index, worked out once for the titled surnames below
        // (entries are only added until the pass ends: none is renamed or changes kind)
        var surnames: [String?] = []
        let (placeNames, recurringPlaces) = namesUsedAsPlaces(deferred)
        for chunk in chunks where chunk.inDisplayText {
            let lower = chunk.lower
            if let (classifiedKey, name, kind) = classify(chunk, institutions: institutions, facts: &facts),
               case let key = shortForms[classifiedKey] ?? classifiedKey, registry.index(key: key) != nil
                || lexicons.countries[lower] != nil || lexicons.organizations[lower] != nil {
                registry.addMention(chunk.range, to: registry.actor(key: key, name: name, kind: kind))
            } else if let index = registry.index(key: "part:" + chunk.lower) {
                registry.addMention(chunk.range, to: index)
            }
        }
        for chunk in deferred {
            let lower = chunk.lower
            if let index = registry.index(key: "part:" + lower),
               !isPlaceInsteadOfNamePart(chunk, of: registry.entries[index], placeNames: recurringPlaces) {
                let found = titledSurname(chunk, found: index, fullNameTitles: fullNameTitles, surnames: &surnames, in: &registry)
                registry.addMention(chunk.range, to: found)
                // "Sen. Sanders": the title describes the person too
                if let title = chunk.title, let role = lexicons.titles[title], !role.isEmpty {
                    registry.addDescriptors(NameWords.split(role.lowercased()), of: found)
                }
            } else if lexicons.titles[lower] != nil || lexicons.countries[lower] != nil || isPartyLabel(lower)
                        || (lexicons.places.contains(lower) || lexicons.cities.contains(lower) && chunk.title == nil)
                            && !isFollowedBySpeech(chunk) {
                continue
            } else if let plural = adherentPlurality(lower) {
                // "Muslims", "Evangelicals", "a Methodist": followers of a faith or members of a
                // people are a group when they recur or speak, never a person a pronoun refers to
                guard plural, (counts[lower] ?? 0) >= 2 || isFollowedBySpeech(chunk) else { continue }
                registry.addMention(chunk.range, to: registry.actor(key: "group:" + lower, name: chunk.text, kind: .group))
            } else if !canNameAPerson(chunk) {
                // "CNBC reported", "the F.B.I. said": an acronym that speaks or recurs is an organization
                guard isAcronym(chunk), isFollowedBySpeech(chunk) || (counts[lower] ?? 0) >= 2 else { continue }
                registry.addMention(chunk.range, to: registry.actor(key: "org:" + lower, name: chunk.text, kind: .organization))
            } else if (counts[lower] ?? 0) >= 2, lower.hasSuffix("s"), !lower.containsMark(" "), chunk.title == nil,
                      isDerived(lower, singleNames: counts, registry: registry) {
                // "Muslims", "Latinos", "the Clintons" next to "Muslim", "Latino", "Clinton": a group
                let index = registry.actor(key: "group:" + lower, name: chunk.text, kind: .group)
                registry.addMention(chunk.range, to: index)
            } else if chunk.title == nil, isCitedAsSource(chunk) {
                // "according to Bloomberg", "as reported by Western Journalism": a name the text
                // cites without introducing it as a person is a publication or an organization
                registry.addMention(chunk.range, to: registry.actor(key: "org:" + lower, name: chunk.text, kind: .organization))
            } else if chunk.title != nil || isFollowedBySpeech(chunk) && !Self.partyMembers.contains(NameWords.split(lower).last ?? "")
                        // a repeated single name; a phrase the name rules rejected needs more than repetition
                        || (counts[lower] ?? 0) >= 2 && !lower.containsMark(" ") && !placeNames.contains(lower)
                            && !lowercaseWords.contains(lower) && !isDerived(lower, singleNames: counts, registry: registry) {
                // "the Bronx", "the Quartet": a name written after "the" is no person, nor "a Carrier factory"
                let organizationName = chunk.title == nil && (articled.contains(lower) || companies.contains(lower))
                let index = organizationName ? registry.actor(key: "org:" + lower, name: chunk.text, kind: .organization)
                    : registry.actor(key: "person:" + lower, name: chunk.text, kind: .person)
                registry.addMention(chunk.range, to: index)
                if let title = chunk.title, let role = lexicons.titles[title], !role.isEmpty { registry.setRole(role, of: index) }
            }
        }
        mergeShortOrganizationNames(in: &registry)
        for chunk in chunks {
            if let m = registry.mention(endingAt: chunk.range.upperBound), registry.entries[m.entry].kind == .person {
                findRole(of: chunk, entry: m.entry, in: &registry)
            }
        }
        addEmployers(to: &registry, chunks: chunks)
        addRelatives(to: &registry, chunks: chunks)
        addCampaigns(to: &registry, chunks: chunks)
        addPronounCampaigns(to: &registry)
        addRoleMentions(to: &registry)
        addDescriptionMentions(to: &registry)
        addGroups(to: &registry)
        addPartyCollectives(to: &registry)
        addHeadlineMentions(to: &registry, chunks: chunks)
        nameOrganizationsAsWritten(in: &registry)
        return registry
    }

    // MARK: Classification

    /// "Republicans" and "Democrats" are the party's members, a group, unless the article also
    /// names the party as an institution ("the GOP", "the Democratic National Committee").
    static func isMemberPlural(_ alias: String, of organization: String) -> Bool {
        alias.hasSuffix("s") && !alias.containsMark(" ") && organization.lowercased().hasPrefix(String(alias.dropLast()))
    }

    /// "Donald J. Trump" and "Hillary Rodham Clinton" in an article that also writes "Donald
    /// Trump" and "Hillary Clinton": the person keys of names with middle words, each mapped to
    /// the key of its first-and-last-word form, when the text writes that form and no other
    /// full name shortens to it ("George W. Bush" and "George H.W. Bush" stay apart).
    private func shortFormsOfFullNames(in chunks: [NameChunk]) -> [String: String] {
        var fullNames: [String: Set<String>] = [:]
        for chunk in chunks {
            let name = NameWords.singleSpaced(chunk.lower)
            // three words have two spaces between them: most names have fewer, and are not split
            guard NameWords.spaceCount(name) >= 2 else { continue }
            let words = NameWords.split(name)
            guard words.count == 3, let first = words.first, let last = words.last else { continue }
            fullNames[first + " " + last, default: []].insert(name)
        }
        // the short forms the text writes: looked for only when some full name has one
        guard !fullNames.isEmpty else { return [:] }
        var written = Set<String>()
        for chunk in chunks {
            let name = NameWords.singleSpaced(chunk.lower)
            if fullNames[name] != nil { written.insert(name) }
        }
        var shortForms: [String: String] = [:]
        for (short, names) in fullNames where written.contains(short) {
            if names.count == 1, let name = names.first { shortForms["person:" + name] = "person:" + short }
        }
        return shortForms
    }

    /// The organizations the article names by a name other than their members' plural.
    private func partiesNamedAsInstitutions(in chunks: [NameChunk]) -> Set<String> {
        var named = Set<String>()
        for chunk in chunks {
            var lower = chunk.lower
            if lower.hasPrefix("the ") { lower = String(lower.dropFirst(4)) }
            if let org = lexicons.organizations[lower], !Self.isMemberPlural(lower, of: org) { named.insert(org) }
        }
        return named
    }

    /// Words before a name that make it one of a people ("one New Yorker", "a Tennessean").
    private static let demonymOpeners: WordSet = ["a", "an", "one", "any", "another", "every", "fellow", "native",
                                                  "lifelong", "true", "real"]
    /// Words after a name that close its noun phrase ("a New Yorker in ways", "a Tennessean at").
    private static let phraseClosers: WordSet = ["in", "at", "to", "who", "and", "or", "of", "from", "with", "for", "by",
                                                 "on", "like", "is", "was", "would", "will"]

    /// Whether the name is a demonym, one of a people rather than an outlet named like them
    /// ("said one New Yorker.", "a Tennessean at the station"): after an article or "one" and
    /// closing its noun phrase ("a New Yorker profile" is the magazine's), with a demonym's ending.
    private func isDemonym(_ chunk: NameChunk) -> Bool {
        let before = chunk.tokens.lowerBound - 1, after = chunk.tokens.upperBound
        // the word before first: a look-up by word id rules out most names
        guard before >= 0, Self.demonymOpeners.contains(layer.tokens[before]), ["er", "ean", "ite"].contains(where: chunk.text.hasSuffix)
        else { return false }
        return after >= layer.tokens.count || layer.tokens[after].kind != .word || Self.phraseClosers.contains(layer.tokens[after])
    }

    /// (`facts`: each name's `NameFacts` by its lower-case text, filled in as names come.)
    private func classify(_ chunk: NameChunk, institutions: Set<String>,
                          facts: inout [String: NameFacts]) -> (key: String, name: String, kind: ActorKind)? {
        var lower = chunk.lower
        if lower.hasPrefix("the ") { lower = String(lower.dropFirst(4)) }
        let organization = isDemonym(chunk) ? nil : lexicons.organizations[lower]
        if let org = organization, Self.isMemberPlural(lower, of: org), !institutions.contains(org) {
            // keyed as the group stage keys groups, so "Senate Republicans said" joins it
            return ("group:" + lower.dropLast(), String(chunk.text.prefix(1)).uppercased() + chunk.text.dropFirst().lowercased(), .group)
        }
        if let country = lexicons.countries[lower] {
            // "American voters", "British troops": a demonym used as an adjective is not the state acting
            if isAdjectivalDemonym(lower, country: country), chunk.tokens.upperBound < layer.tokens.count,
               layer.tokens[chunk.tokens.upperBound].kind == .word, !layer.tokens[chunk.tokens.upperBound].isCapitalized {
                return nil
            }
            return ("country:" + country.lowercased(), country, .country)
        }
        if let org = organization { return ("org:" + org.lowercased(), org, .organization) }
        let found: NameFacts
        if let known = facts[lower] { found = known } else {
            found = nameFacts(of: lower)
            facts[lower] = found
        }
        // "the Obama White House": a known organization after a modifier
        if let org = found.suffixOrganization { return ("org:" + org.lowercased(), org, .organization) }
        if found.isPlace || found.isCity && chunk.title == nil || found.isTitle {
            return nil
        }
        let words = found.words
        if found.endsInThingWord { return nil }
        if found.hasOrganizationWord {
            let name = chunk.text.hasPrefix("The ") || chunk.text.hasPrefix("the ") ? String(chunk.text.dropFirst(4)) : chunk.text
            return ("org:" + lower, name, .organization)
        }
        // "Our Principles PAC", "House Majority PAC", "the HP Way": initials among words name an
        // organization or a thing, not a person ("Navy SEAL Chris Kyle" is a person after a title)
        if hasInitialsAmongWords(chunk), words.count >= 2, !words.dropFirst().contains(where: lexicons.firstNames.contains) {
            return ("org:" + lower, chunk.text, .organization)
        }
        // "Irish Catholic", "American Muslims": one modifier before a faith or people noun makes
        // a kind of believer or people, no person's name (a longer name is a title, an outlet's)
        if let plural = found.adherentPlurality {
            return plural ? ("group:" + lower, chunk.text, .group) : nil
        }
        let nameWords = found.nameWords
        guard nameWords.count >= 2, nameWords.count <= 4, !found.hasArticle, looksLikePersonName(nameWords, chunk: chunk),
              !isNounModifier(chunk, firstWord: nameWords[0])
        else { return nil }
        let written = NameWords.singleSpaced(chunk.text)
        return ("person:" + written.lowercased(), written, .person)
    }

    /// A person's name starts with a common first name ("Saul Anuzis"), follows a title
    /// ("Sen. Ann Lee"), or is made of words the article never writes in lower case ("Mitt
    /// Romney"); "Closing Dinner", "Big Apple", "Hot Air" and "HP Way" are none of these, nor are
    /// phrases of two ordinary English words ("Team Trump", "Little Rock"), ending in a
    /// place ("South Florida") or starting like one ("San Juan"), nor a description ("the
    /// Kentucky Republican").
    private func looksLikePersonName(_ words: [String], chunk: NameChunk) -> Bool {
        guard chunk.title == nil, let first = words.first, let last = words.last else { return true }
        if lexicons.firstNames.contains(first) { return true }
        if hasInitialsAmongWords(chunk) { return false }
        if lexicons.commonWords.contains(first), lexicons.commonWords.contains(last) { return false }
        if lexicons.places.contains(last) || lexicons.countries[last] != nil { return false }
        // "San Juan", "Fort Worth": a place; "the Kentucky Republican": a description of someone
        if Self.placeFirstWords.contains(first) || Self.partyMembers.contains(last) { return false }
        // "West Des Moines", "North-Rhine Westphalia": a region, unless a first name follows
        // ("South Korean-born Monte Haines")
        if let point = first.split(separator: "-").first, Self.compassPoints.contains(String(point)),
           !words.contains(where: lexicons.firstNames.contains) { return false }
        return !lowercaseWords.contains(first) && !lowercaseWords.contains(last)
    }

    /// "the Senate Benghazi hearing", "the Iowa Democratic caucus": capitalized words opening
    /// with an ordinary word or a place, between "the" and a lower-case noun, modify the noun;
    /// a first name or a word of no lexicon still opens a person's name ("the Ann Vell campaign").
    private func isNounModifier(_ chunk: NameChunk, firstWord: String) -> Bool {
        let before = chunk.tokens.lowerBound - 1, after = chunk.tokens.upperBound
        guard chunk.title == nil, before >= 0, after < layer.tokens.count, layer.tokens[before].lower == "the",
              !lexicons.firstNames.contains(firstWord),
              lexicons.commonWords.contains(firstWord) || lexicons.places.contains(firstWord)
                || lexicons.countries[firstWord] != nil else { return false }
        // "the Mexican Embassy said", "the Muslim Brotherhood, which": a verb or a function word
        // after the name leaves it the subject
        return modifiesNoun(after: chunk)
    }

    /// Whether the name mixes initials with words ("HP Way", "Our Principles PAC"); a line set
    /// in capitals ("JOEL BENENSON") has no words to mix with.
    private func hasInitialsAmongWords(_ chunk: NameChunk) -> Bool {
        // words: two characters or more, no dot; initials: words without a lower-case letter
        var words = 0, initials = 0
        for index in chunk.tokens {
            let (isWord, hasLowercase) = Self.wordShape(layer.tokens[index].text)
            guard isWord else { continue }
            words += 1
            if !hasLowercase { initials += 1 }
        }
        return initials > 0 && initials < words
    }

    /// Whether a token's text has two characters or more and no dot, and whether it has a
    /// lower-case letter; read from the bytes when the text is ASCII without a carriage return
    /// (one character a byte, lower case only a–z).
    private static func wordShape(_ text: String) -> (isWord: Bool, hasLowercase: Bool) {
        var plain = true, dot = false, lowercase = false
        for byte in text.utf8 {
            if byte >= 0x80 || byte == UInt8(ascii: "\r") { plain = false; break }
            if byte == UInt8(ascii: ".") { dot = true }
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) { lowercase = true }
        }
        if plain { return (text.utf8.count >= 2 && !dot, lowercase) }
        return (text.count >= 2 && !text.containsMark("."), text.unicodeScalars.contains { $0.properties.isLowercase })
    }

    private static let placeFirstWords: Set<String> = ["san", "santa", "los", "las", "fort", "port", "mount", "saint", "st."]
    /// Compass points, which open the name of a region or a part of a place ("South Bronx").
    private static let compassPoints: Set<String> = ["north", "south", "east", "west", "northeast", "northwest",
                                                     "southeast", "southwest"]
    /// A party's member in the singular: "the Kentucky Republican" describes a person.
    static let partyMembers: Set<String> = ["republican", "democrat"]

    private static let placePrepositions: WordSet = ["in", "at", "from", "near", "outside", "across", "throughout",
                                                         "into", "around"]

    /// Whether a single name that a word of a known actor's name finds is a place there instead:
    /// a known place or US state, or a name written as a place twice ("in Benghazi"), and the
    /// actor's name starts with no first name ("Iowa" is not "Iowa State University", "Benghazi"
    /// not a "Senate Benghazi" the name rules took for a person; "Paul Washington" is a person).
    /// A place that is the actor's first name is the place: "Florida" alone is the state, even
    /// when "Florida" is a first name too and the text writes a "Florida Standards".
    private func isPlaceInsteadOfNamePart(_ chunk: NameChunk, of entry: ActorRegistry.Entry, placeNames: Set<String>) -> Bool {
        let lower = chunk.lower
        guard lexicons.places.contains(lower) || lexicons.usStates[lower]?.lowercased() == lower || placeNames.contains(lower),
              chunk.title == nil, !isFollowedBySpeech(chunk) else { return false }
        let first = NameWords.split(entry.name).first?.lowercased() ?? ""
        return first == lower || !lexicons.firstNames.contains(first)
    }

    /// Single names the text mostly writes after a preposition of place ("in Tampa", "from
    /// Benghazi"): places, not people; `recurring` holds those written so at least twice.
    private func namesUsedAsPlaces(_ chunks: [NameChunk]) -> (all: Set<String>, recurring: Set<String>) {
        var afterPlaceWord: [String: Int] = [:]
        for chunk in chunks {
            let before = chunk.tokens.lowerBound - 1
            if before >= 0, Self.placePrepositions.contains(layer.tokens[before]) { afterPlaceWord[chunk.lower, default: 0] += 1 }
        }
        // most names never follow such a preposition: counted only for those that do
        guard !afterPlaceWord.isEmpty else { return ([], []) }
        var total: [String: Int] = [:]
        for chunk in chunks where afterPlaceWord[chunk.lower] != nil { total[chunk.lower, default: 0] += 1 }
        let places = afterPlaceWord.filter { 2 * $0.value >= total[$0.key] ?? 0 }
        return (Set(places.keys), Set(places.filter { $0.value >= 2 }.keys))
    }

    func isAdjectivalDemonym(_ alias: String, country: String) -> Bool {
        alias != country.lowercased() && NameWords.hasMoreCharacters(alias, than: 3) && !alias.containsMark(".") && !alias.containsMark(" ")
            && ["an", "ish", "ese", "ian", "i", "ch", "ic"].contains(where: { alias.hasSuffix($0) })
    }

    /// A demonym or name directly before a group noun ("British officials") belongs to the group.
    private func isGroupModifier(_ chunk: NameChunk) -> Bool {
        let next = chunk.tokens.upperBound
        guard next < layer.tokens.count, layer.tokens[next].range.lowerBound == chunk.range.upperBound + 1 else { return false }
        return lexicons.groupNouns.contains(layer.tokens[next]) && !layer.tokens[next].isCapitalized
    }

    /// Whether a verb of speech follows the name, which then speaks ("Cole said") unless the
    /// name is a place after a preposition ("a woman in Dayton told him") or a US state.
    private func isFollowedBySpeech(_ chunk: NameChunk) -> Bool {
        let before = chunk.tokens.lowerBound - 1
        if before >= 0, Self.placePrepositions.contains(layer.tokens[before]) { return false }
        let lower = chunk.lower
        if lexicons.usStates[lower]?.lowercased() == lower { return false }
        var next = chunk.tokens.upperBound
        if next < layer.tokens.count, Self.wordsBeforeSpeech.contains(layer.tokens[next])
            || SubjectFinder.isMannerAdverb(layer.tokens[next]) { next += 1 }
        return next < layer.tokens.count && lexicons.speechVerbs[layer.tokens[next]] != nil
    }

    /// Words between a name and its verb of speech ("Cole also said", "Cole had told").
    private static let wordsBeforeSpeech: WordSet = ["also", "has", "had", "then", "later", "even", "soon"]

    /// Whether the name is cited as where something comes from: right after "according to" or
    /// after "by" following a verb of speech ("reported by"), over a "the" before it.
    private func isCitedAsSource(_ chunk: NameChunk) -> Bool {
        var before = chunk.tokens.lowerBound - 1
        if before >= 0, layer.tokens[before].lower == "the" { before -= 1 }
        guard before >= 1 else { return false }
        let word = layer.tokens[before].lower, previous = layer.tokens[before - 1]
        return word == "to" && previous.lower == "according" || word == "by" && lexicons.speechVerbs[previous] != nil
    }

    /// Whether a word is made from another name of the article ("Obamacare", "Clintonite",
    /// "Trumpism", "the Clintons", "Latinos" next to "Obama", "Clinton", "Trump", "Latino"): a
    /// thing, or in the plural a family or a group.
    private func isDerived(_ word: String, singleNames: [String: Int], registry: ActorRegistry) -> Bool {
        // ASCII other than CR: one character a byte, so the stems are cut from the bytes in place
        let utf8 = word.utf8
        if utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) {
            guard utf8.count > 5 else { return false }
            return (4..<utf8.count).contains { length in
                let stem = String(word[..<utf8.index(utf8.startIndex, offsetBy: length)])
                return singleNames[stem] != nil || registry.index(key: "part:" + stem) != nil
            }
        }
        let characters = Array(word)
        guard characters.count > 5 else { return false }
        return (4..<characters.count).contains { length in
            let stem = String(characters[..<length])
            return singleNames[stem] != nil || registry.index(key: "part:" + stem) != nil
        }
    }

    /// Whether a single word is a follower of a faith or a member of a people ("methodist",
    /// "hispanics", "jews"): true in the plural, false in the singular, nil for any other word.
    func adherentPlurality(_ lower: String) -> Bool? {
        if lexicons.adherentNouns.contains(lower) { return false }
        guard lower.hasSuffix("s"), lexicons.adherentNouns.contains(String(lower.dropLast())) else { return nil }
        return true
    }

    /// Whether a name is the party and state label after a lawmaker's name ("r-texas" in
    /// "(R-Texas)", "d-conn" in "(D-Conn.)"): no one of its own.
    private func isPartyLabel(_ lower: String) -> Bool {
        // only a first character that starts with the byte of "r", "d" or "i" can be one of them:
        // most names are ruled out before their characters are counted
        guard let first = lower.utf8.first, first == UInt8(ascii: "r") || first == UInt8(ascii: "d") || first == UInt8(ascii: "i"),
              NameWords.hasMoreCharacters(lower, than: 3), ["r-", "d-", "i-"].contains(String(lower.prefix(2))) else { return false }
        return lexicons.usStates[String(lower.dropFirst(2))] != nil
    }

    /// Whether a name standing alone can be a person's: it has lower-case letters and no dot,
    /// unlike acronyms ("PAC", "F.B.I."), codes ("H-1B", "Q") and abbreviations ("Feb.", "N.H.").
    private func canNameAPerson(_ chunk: NameChunk) -> Bool {
        chunk.text.unicodeScalars.contains { $0.properties.isLowercase } && !chunk.text.containsMark(".")
    }

    /// An organization's initials: two to six capitals ("CNBC", "AIPAC"), or three or more
    /// dotted ones ("F.B.I."; "N.H." and "D.C." are places).
    private func isAcronym(_ chunk: NameChunk) -> Bool {
        let letters = chunk.text.unicodeScalars.filter { $0 != "." }
        let dotted = letters.count < chunk.text.unicodeScalars.count
        return letters.allSatisfy { ("A"..."Z").contains($0) } && (dotted ? letters.count >= 3 : (2...6).contains(letters.count))
    }

    /// A person's surname and first name find the person later ("Radakin", "Mr. Ackman").
    private func registerNameParts(of name: String, index: Int, in registry: inout ActorRegistry) {
        let parts = NameWords.split(name).filter { NameWords.hasMoreCharacters($0, than: 2) || !$0.hasLiteralSuffix(".") }
        guard parts.count >= 2 else { return }
        registry.alias("part:" + surname(of: parts), to: index)
        registry.alias("part:" + parts[0].lowercased(), to: index)
        // "Melba Acosta Febo" is "Ms. Acosta": a middle word that is no first name is a surname too
        if parts.count == 3, NameWords.hasMoreCharacters(parts[1], than: 2), !parts[1].hasLiteralSuffix("."),
           !lexicons.firstNames.contains(parts[1].lowercased()),
           !NameChunker.connectors.contains(parts[1].lowercased()) {
            registry.alias("part:" + parts[1].lowercased(), to: index)
        }
    }

    /// "Mr. Clinton" after "Hillary Clinton": a title whose gender contradicts the first name of
    /// the person its surname found names someone else: a person of that surname whose first name
    /// fits, or else a person of its own ("Mr. Clinton"). When two full names share the surname
    /// ("Bill Clinton", "Hillary Clinton"), the one person the title fits is meant: "Mrs. Clinton"
    /// the one whose first name is a woman's (when every first name's gender is known),
    /// "Secretary Clinton" the one the text called "Secretary of State Hillary Clinton"
    /// (`fullNameTitles`: each entry's descriptors after the full names, before any surname
    /// mention added its title).
    /// (`surnames`: the surname of each entry that is a person of two or more words, by index,
    /// filled in up to the registry's entries as needed.)
    private func titledSurname(_ chunk: NameChunk, found index: Int, fullNameTitles: [Set<String>],
                               surnames: inout [String?], in registry: inout ActorRegistry) -> Int {
        guard let title = chunk.title else { return index }
        let wanted = chunk.lower
        while surnames.count < registry.entries.count {
            let entry = registry.entries[surnames.count]
            let words = entry.kind == .person ? NameWords.split(entry.name) : []
            surnames.append(words.count >= 2 ? surname(of: words) : nil)
        }
        let namesakes = registry.entries.indices.filter { surnames[$0] == wanted }
        guard let gender = lexicons.genderedWords[title] else {
            return namesakes.count >= 2 ? onlyNamesake(titled: title, among: namesakes, fullNameTitles: fullNameTitles) ?? index : index
        }
        let fitting = namesakes.filter { firstNameGender(of: registry.entries[$0]) == gender }
        // "Rupert" and "James Murdoch": a first name the lexicon does not know may be the title's gender too
        if namesakes.count >= 2, fitting.count == 1, namesakes.allSatisfy({ firstNameGender(of: registry.entries[$0]) != nil }) {
            return fitting[0]
        }
        guard let known = firstNameGender(of: registry.entries[index]), known != gender else { return index }
        if let other = fitting.first { return other }
        let name = title.prefix(1).uppercased() + title.dropFirst() + " " + chunk.text
        return registry.actor(key: "person:" + title + " " + wanted, name: name, kind: .person)
    }

    /// The one of several people sharing a surname whose full name the text wrote with the
    /// role a title names ("Secretary Clinton": the Clinton called "Secretary of State Hillary
    /// Clinton"), if exactly one fits.
    private func onlyNamesake(titled title: String, among namesakes: [Int], fullNameTitles: [Set<String>]) -> Int? {
        let role = lexicons.titles[title].flatMap { $0.isEmpty ? nil : $0 } ?? title
        let words = Set(NameWords.split(role.lowercased())).subtracting(["of", "the"])
        guard !words.isEmpty else { return nil }
        let fitting = namesakes.filter { $0 < fullNameTitles.count && words.isSubset(of: fullNameTitles[$0]) }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// The surname among a name's words, lower case: the last word that is no suffix ("King" in
    /// "Martin Luther King Jr.").
    private func surname(of parts: [String]) -> String {
        (parts.last(where: { !Self.nameSuffixes.contains($0.lowercased()) }) ?? parts.last ?? "").lowercased()
    }

    /// The gender a person's first name tells, if the lexicon knows it.
    private func firstNameGender(of entry: ActorRegistry.Entry) -> Gender? {
        let words = NameWords.split(entry.name)
        guard entry.kind == .person, let first = words.first?.lowercased() else { return nil }
        return lexicons.genderedWords[first] ?? (words.count >= 2 ? lexicons.firstNameGenders[first] : nil)
    }

    /// Whether a name stands as a place: after a preposition of place ("in Washington") or
    /// before a comma and an abbreviation ("Washington, D.C.").
    private func isWrittenAsPlace(_ chunk: NameChunk) -> Bool {
        let before = chunk.tokens.lowerBound - 1, after = chunk.tokens.upperBound
        if before >= 0, Self.placePrepositions.contains(layer.tokens[before]) { return true }
        guard after + 1 < layer.tokens.count, layer.tokens[after].isMark(",") else { return false }
        let next = layer.tokens[after + 1]
        return next.isCapitalized && next.text.hasSuffix(".")
    }

    /// The last words, lower case, of names that open with a common first name ("Lisa Monaco",
    /// "Jim Jordan"): surnames a one-word state's name may also be.
    private func surnamesOfFirstNamed(in chunks: [NameChunk]) -> Set<String> {
        var surnames = Set<String>()
        for chunk in chunks where chunk.lower.containsMark(" ") {
            let words = NameWords.split(chunk.lower)
            if words.count >= 2, let first = words.first, lexicons.firstNames.contains(first) { surnames.insert(surname(of: words)) }
        }
        return surnames
    }

    /// Words after a surname that are no surname ("Jr.", "III").
    private static let nameSuffixes: Set<String> = ["jr.", "sr.", "jr", "sr", "ii", "iii", "iv"]

    private static let genericFirstWords: WordSet = ["national", "american", "united", "new", "first", "general", "federal",
                                                         "democratic", "republican", "international", "royal", "central", "great",
                                                         "state", "city", "public", "world", "global", "north", "south", "east", "west"]

    /// "the Post" after "The Washington Post", "the Department" after "the State Department",
    /// "Principles PAC" after "Our Principles PAC": an organization named by the last one or two
    /// words of exactly one other organization of the article is that organization. A month
    /// before a name is a date, not part of it ("July NATO").
    private func mergeShortOrganizationNames(in registry: inout ActorRegistry) {
        let organizations = registry.entries.indices.filter { registry.entries[$0].kind == .organization }
        let words = Dictionary(uniqueKeysWithValues: organizations.map { index in
            (index, Array(NameWords.split(registry.entries[index].name.lowercased()).drop { $0 == "the" }))
        })
        for short in organizations {
            guard let tail = words[short], !tail.isEmpty, tail.count <= 2 else { continue }
            let longer = organizations.filter { index in
                guard let full = words[index], full.count > tail.count, let first = full.first else { return false }
                return Array(full.suffix(tail.count)) == tail && !CalendarWords.months.contains(first)
            }
            if longer.count == 1, let target = longer.first { registry.merge(short, into: target) }
        }
    }

    /// "Valeant" for "Valeant Pharmaceuticals International": a distinctive first word names the organization.
    private func registerShortName(of name: String, index: Int, in registry: inout ActorRegistry) {
        // "The Washington Post": the word after the article
        let words = Array(NameWords.split(name).drop { $0 == "The" })
        guard words.count >= 2, let first = words.first.map({ $0.lowercased() }), first.count > 2,
              !Self.genericFirstWords.contains(first), !lexicons.organizationWords.contains(first),
              lexicons.countries[first] == nil else { return }
        registry.alias("part:" + first, to: index)
    }

    // MARK: Roles

    /// "the", looked up by its word id in scans over every token (a string comparison costs more).
    static let definiteArticle: WordSet = ["the"]

    private static let determiners: WordSet = ["the", "a", "an", "his", "her", "its", "their"]
    /// Words that make a phrase a clause, not a role ("the plan is bad, Lou Smith said").
    private static let nonRoleWords: WordSet = ["is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                                                    "would", "can", "could", "not", "do", "does", "did", "it", "this", "that",
                                                    "there", "they", "we", "i", "you", "he", "she"]
    private static let roleStops: WordSet = ["who", "which", "that", "said", "says", "told", "and", "but"]

    /// Apposition: "Tony Radakin, the chief of the defence staff," or "His Ukraine envoy, Steve Witkoff,".
    private func findRole(of chunk: NameChunk, entry: Int, in registry: inout ActorRegistry) {
        let sentence = layer.sentences[chunk.sentence]
        var role: [Token] = []
        // "Debbie Wasserman Schultz of Florida, the national party chairwoman,": past the home
        var i = homeEnd(after: chunk.tokens.upperBound, in: sentence) ?? chunk.tokens.upperBound
        if i < sentence.tokens.upperBound, layer.tokens[i].isMark(","), i + 1 < sentence.tokens.upperBound,
           Self.determiners.contains(layer.tokens[i + 1]) {
            i += 2
            while i < sentence.tokens.upperBound, role.count < 10 {
                let t = layer.tokens[i]
                if t.kind == .punctuation && t.text != "-" { break }
                if Self.roleStops.contains(t) { break }
                role.append(t)
                i += 1
            }
            if i >= sentence.tokens.upperBound || !(layer.tokens[i].isMark(",") || layer.tokens[i].isMark(".")) { role = [] }
        }
        if let (party, home) = partyLabel(after: chunk, in: sentence) { registry.setParty(party, home: home, of: entry) }
        if role.isEmpty, let before = roleBefore(chunk, sentence: sentence) { role = before }
        if role.isEmpty, let before = descriptor(before: chunk, in: sentence) { role = before }
        // "As Trump attacked Clinton, the attendees chanted, …": a clause, not a role
        guard !role.isEmpty, role.count <= 10, !role.contains(where: { Self.nonRoleWords.contains($0) || lexicons.speechVerbs[$0] != nil }),
              // "The accident sequence began, Florida Highway Patrol described": a clause ending in
              // a past form ("began", "yawned"), not a role
              role.last.map({ !VerbBase.isPastForm($0) }) ?? true,
              role.contains(where: { $0.kind == .word && !$0.isCapitalized }) || role.count <= 3
        else { return }
        let text = layer.string(role[0].range.lowerBound..<role[role.count - 1].range.upperBound)
        registry.setRole(text, of: entry)
        if let party = role.lazy.compactMap({ Self.partyOfWord[$0] }).first {
            registry.setParty(party, home: role.lazy.compactMap(lexicons.usState(namedBy:)).first, of: entry)
        }
        if let affiliation = affiliation(in: role) { registry.setAffiliation(affiliation, of: entry) }
    }

    /// The end of "of" and a US state or a place of one or two words at `i` ("of Florida", "of
    /// New York"), which a name's apposition may follow; nil when none stands there.
    private func homeEnd(after i: Int, in sentence: Sentence) -> Int? {
        guard i + 1 < sentence.tokens.upperBound, layer.tokens[i].lower == "of" else { return nil }
        for length in [2, 1] where i + length < sentence.tokens.upperBound {
            let words = layer.tokens[(i + 1)...(i + length)]
            guard words.allSatisfy({ $0.kind == .word && $0.isCapitalized }) else { continue }
            let name = words.map(\.lower).joined(separator: " ")
            if lexicons.usStates[name] != nil || lexicons.places.contains(name) { return i + 1 + length }
        }
        return nil
    }

    /// The party a word names, looked up for a token by its word id (asked of every capitalized word).
    static let partyOfWord = WordMap(["republican": "republican", "gop": "republican", "democrat": "democrat", "dem": "democrat",
                                      "democratic": "democrat"])

    /// The party and state of a label after a name: "Rand Paul (R-Ky.)", "Ann Lee (D-N.Y.)".
    private func partyLabel(after chunk: NameChunk, in sentence: Sentence) -> (party: String, home: String?)? {
        let open = chunk.tokens.upperBound
        guard open + 1 < sentence.tokens.upperBound, layer.tokens[open].isMark("("),
              let close = (open + 1..<min(open + 8, sentence.tokens.upperBound)).first(where: { layer.tokens[$0].isMark(")") })
        else { return nil }
        let label = layer.string(layer.tokens[open + 1].range.lowerBound..<layer.tokens[close - 1].range.upperBound).lowercased()
        let party = label.hasPrefix("r-") ? "republican" : label.hasPrefix("d-") ? "democrat" : nil
        return party.map { ($0, lexicons.usStates[String(label.dropFirst(2))]) }
    }

    /// The first country or known organization named in a role ("White House press secretary",
    /// "Ukrainian president"), longest name first.
    private func affiliation(in role: [Token]) -> String? {
        for start in role.indices where role[start].isCapitalized {
            for length in stride(from: min(3, role.count - start), through: 1, by: -1) {
                var phrase = role[start..<(start + length)].map(\.lower).joined(separator: " ")
                for suffix in ["'s", "\u{2019}s"] where phrase.hasSuffix(suffix) { phrase = String(phrase.dropLast(2)) }
                if let country = lexicons.countries[phrase] { return country }
                if let org = lexicons.organizations[phrase] { return org }
            }
        }
        return nil
    }

    /// "the US president, Donald Trump": the role phrase right before the name and its comma.
    private func roleBefore(_ chunk: NameChunk, sentence: Sentence) -> [Token]? {
        let comma = chunk.tokens.lowerBound - 1
        guard comma > sentence.tokens.lowerBound, layer.tokens[comma].isMark(",") else { return nil }
        var start = comma - 1
        while start >= sentence.tokens.lowerBound, comma - start <= 8 {
            let t = layer.tokens[start]
            if t.kind == .punctuation { return nil }
            if Self.determiners.contains(t) {
                let isClauseStart = start == sentence.tokens.lowerBound || layer.tokens[start - 1].kind == .punctuation
                return isClauseStart && start + 1 < comma ? Array(layer.tokens[(start + 1)..<comma]) : nil
            }
            start -= 1
        }
        return nil
    }

    /// Later mentions by role: "the defence secretary" once the text has named him as such.
    private func addRoleMentions(to registry: inout ActorRegistry) {
        var roles: [String: Int] = [:]
        var ambiguous = Set<String>()
        for (index, entry) in registry.entries.enumerated() {
            guard let role = entry.role?.lowercased(), role.split(separator: " ").count <= 5 else { continue }
            if roles[role] != nil { ambiguous.insert(role) } else { roles[role] = index }
        }
        guard !roles.isEmpty else { return }
        // a phrase starts with its first word (no token holds a space): most words after "the" start none
        // (looked up by the next token's word id)
        var firstWords = ArticleWords()
        for role in roles.keys { firstWords.insert(String(decoding: role.utf8.prefix { $0 != UInt8(ascii: " ") }, as: UTF8.self)) }
        for sentence in layer.sentences {
            for i in sentence.tokens where Self.definiteArticle.contains(layer.tokens[i]) {
                guard i + 1 < sentence.tokens.upperBound, firstWords.contains(layer.tokens[i + 1]) else { continue }
                var phrase = ""
                for length in 1...5 where i + length < sentence.tokens.upperBound {
                    // the words after "the", one more each time
                    phrase += (length == 1 ? "" : " ") + layer.tokens[i + length].lower
                    guard let index = roles[phrase], !ambiguous.contains(phrase),
                          !namesOtherOffice(after: i + length, in: sentence) else { continue }
                    let range = layer.tokens[i].range.lowerBound..<layer.tokens[i + length].range.upperBound
                    registry.addMention(range, to: index)
                }
            }
        }
    }

    /// Whether an "of" phrase after a role names another body than the country ("the president
    /// of the bar association" is not the country's president; "the president of the United
    /// States" is).
    private func namesOtherOffice(after end: Int, in sentence: Sentence) -> Bool {
        var i = end + 1
        guard i < sentence.tokens.upperBound, layer.tokens[i].lower == "of" else { return false }
        i += 1
        if i < sentence.tokens.upperBound, layer.tokens[i].lower == "the" { i += 1 }
        var phrase = ""
        for length in 0..<3 where i + length < sentence.tokens.upperBound {
            phrase += (length == 0 ? "" : " ") + layer.tokens[i + length].lower
            if lexicons.countries[phrase] != nil { return false }
        }
        return true
    }

    // MARK: Groups

    static let quantifiers: WordSet = ["one", "some", "another", "many", "several", "two", "three", "other",
                                                   "most", "few", "senior", "top", "western", "the", "a"]

    /// Words that say which part of a public a group is: party, office, age, standing
    /// ("Democratic registered voters", "federal officials", "younger Latino voters").
    private static let groupQualifiers: Set<String> = ["democratic", "republican", "gop", "democrat", "senate", "house",
                                                       "congressional", "federal", "state", "local", "immigration", "law",
                                                       "enforcement", "intelligence", "military", "election", "party",
                                                       "campaign", "administration", "registered", "likely", "primary",
                                                       "undecided", "independent", "evangelical", "conservative", "liberal",
                                                       "progressive", "moderate", "black", "white", "latino", "hispanic",
                                                       "female", "male", "young", "younger", "older", "former",
                                                       "elected", "political", "government", "security", "union", "labor",
                                                       "world", "foreign", "working-class", "blue-collar", "nonwhite",
                                                       "non-white", "minority", "religious", "city", "county", "business",
                                                       "swing", "defense", "rural", "grassroots", "rank-and-file",
                                                       "centrist", "establishment", "tech", "technology", "oil", "industry"]

    /// The people of a person, named for them after a possessive ("his supporters" are "Sanders
    /// supporters"); not kin or clients ("his parents", "her lawyers"), whom annotators name otherwise.
    private static let followerNouns: WordSet = ["supporters", "backers", "allies", "aides", "advisers", "advisors",
                                                 "opponents", "critics", "donors", "loyalists", "staff", "staffers"]

    /// The one spelling a group's key gives a party's adjective ("Democrat" and "GOP" voters are
    /// the "Democratic" and "Republican" voters).
    private static let partyQualifierSpelling: [String: String] = ["democrat": "democratic", "gop": "republican"]

    /// Unnamed collective participants: "British officials", "One British official", "some experts".
    private func addGroups(to registry: inout ActorRegistry) {
        for (n, sentence) in layer.sentences.enumerated() {
            // a possessive's owner is named in this sentence or the one before
            let ownerFloor = layer.sentences[max(0, n - 1)].range.lowerBound
            for i in sentence.tokens where lexicons.groupNouns.contains(layer.tokens[i]) {
                var start = i
                var modifiers: [Token] = []
                var follows: String?
                var free: [Token] = []
                let noun = layer.tokens[i]
                while start > sentence.tokens.lowerBound, i - start < 3 {
                    let previous = layer.tokens[start - 1]
                    let bare = previous.lower
                    if let leader = followedActor(named: previous, in: registry) {
                        follows = leader
                        start -= 1
                        break
                    }
                    guard previous.kind == .word,
                          Self.quantifiers.contains(bare) || lexicons.countries[bare] != nil || Self.groupQualifiers.contains(bare)
                            || (previous.isCapitalized && lexicons.organizations[bare] != nil)
                            // "Muslim immigrants", "Asian leaders": a faith or a people says which part of the public
                            || previous.isCapitalized && lexicons.adherentNouns.contains(bare) else {
                        // "some cybersecurity experts", "Clinton's longtime allies": the text's own words,
                        // unless a party or office already says which part of the public it is
                        if modifiers.isEmpty, let written = writtenModifiers(before: start, in: sentence, registry: registry) {
                            free = written.words
                            follows = written.leader
                            start = written.start
                        }
                        break
                    }
                    start -= 1
                    modifiers.append(previous)
                }
                if start > sentence.tokens.lowerBound, ["its", "their", "his", "her", "our", "my", "your"].contains(layer.tokens[start - 1].lower) {
                    // "his supporters" are the people of the man named before: "Sanders supporters"
                    guard follows == nil, modifiers.isEmpty, Self.followerNouns.contains(noun.lower),
                          !isSingledOut(before: start - 1), !isObject(after: start - 1),
                          let owner = personOwning(pronoun: start - 1, after: ownerFloor, registry: registry) else { continue }
                    follows = owner
                    start -= 1
                }
                let qualifiers = modifiers.filter { !Self.quantifiers.contains($0) || $0.lower == "senior" }
                let acts = isSubjectOfCue(i, sentence: sentence)
                // the text's own words make no group a participant that does not act
                guard acts || !qualifiers.isEmpty || follows != nil && free.isEmpty else { continue }
                // key: whom they follow, the qualifiers and the plural noun ("british official(s)")
                let singular = noun.lower.hasSuffix("s") ? String(noun.lower.dropLast()) : noun.lower
                let leader = follows.map { [$0] } ?? []
                // one party, one group: "Democrat voters" are "Democratic voters", "GOP" "Republican"
                let keyWords = qualifiers.reversed().map { Self.partyQualifierSpelling[$0.lower] ?? $0.lower }
                // the text's own words name a group no one leads: "Cybersecurity experts"
                let own = follows == nil ? free.map(\.lower) : []
                let key = "group:" + (leader.map { $0.lowercased() } + own + keyWords + [singular]).joined(separator: " ")
                // named in the plural, without quantifiers: "British officials" for "One British official"
                // written as the text does: "senior Democrats" keeps the party's capital
                let plural = lexicons.groupNouns.contains(singular + "s") ? singular + "s" : noun.lower
                let written = noun.isCapitalized && noun.lower == plural && start < i ? noun.text : plural
                let display = (leader + (follows == nil ? free.map(\.text) : []) + qualifiers.reversed().map(\.text) + [written]).joined(separator: " ")
                let index = registry.actor(key: key, name: display.prefix(1).uppercased() + display.dropFirst(), kind: .group)
                registry.addMention(layer.tokens[start].range.lowerBound..<noun.range.upperBound, to: index)
                for modifier in qualifiers {
                    if let country = lexicons.countries[modifier.lower] { registry.setAffiliation(country, of: index) }
                }
            }
        }
    }

    /// The short name of the person or organization a capitalized word before a group noun
    /// names, alone or in the possessive ("Sanders" in "Sanders supporters", "Sanders’
    /// supporters", "Trump's aides"): the people of that actor.
    func followedActor(named token: Token, in registry: ActorRegistry) -> String? {
        guard token.kind == .word, token.isCapitalized else { return nil }
        var end = token.range.upperBound
        var text = token.text
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] where text.hasLiteralSuffix(suffix) {
            end -= suffix.unicodeScalars.count
            text = String(text.unicodeScalars.dropLast(suffix.unicodeScalars.count))
            break
        }
        let lower = text.lowercased()
        let known = registry.mention(endingAt: end).map(\.entry)
            ?? ["part:", "person:", "org:"].lazy.compactMap { registry.index(key: $0 + lower) }.first
        guard let entry = known, [.person, .organization].contains(registry.entries[entry].kind) else { return nil }
        return text
    }

    /// Whether a lower-case word after a subject is its verb: an auxiliary, a past form or a
    /// verb of saying ("is", "won", "said", "says"; not "saying").
    func isVerbAfterSubject(_ word: Token) -> Bool {
        ClauseParts.auxiliaries.contains(word) || VerbBase.isPastForm(word)
            || lexicons.speechVerbs[word] != nil && !word.lower.hasSuffix("ing")
    }

    private func isSubjectOfCue(_ index: Int, sentence: Sentence) -> Bool {
        var next = index + 1
        while next < sentence.tokens.upperBound, ["also", "have", "had", "has", "privately", "publicly", "now"].contains(layer.tokens[next].lower) {
            next += 1
        }
        guard next < sentence.tokens.upperBound else { return false }
        let word = layer.tokens[next].lower
        return lexicons.speechVerbs[word] != nil || ["insist", "say", "will", "would", "are", "were"].contains(word)
    }
}
