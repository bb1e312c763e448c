/// Definite descriptions of people: "the Vermont senator", "the Republican presidential
/// candidate", "the New York businessman" become mentions of the one actor of the article the
/// text describes so (its titles, appositions and descriptors: "Vermont Sen. Bernie Sanders",
/// "Ted Cruz, the Republican front-runner"). A description that fits no actor, or more than one
/// ("the Republican candidate" in a story of two), links to nobody.
extension ActorExtractor {
    /// Role nouns a description of a person ends in.
    private static let roleHeads: WordSet = ["senator", "governor", "candidate", "nominee", "front-runner", "frontrunner",
                                             "hopeful", "contender", "challenger", "billionaire", "businessman",
                                             "businesswoman", "mogul", "magnate", "tycoon", "developer", "president",
                                             "secretary", "congressman", "congresswoman", "lawmaker", "mayor",
                                             "chairman", "chairwoman", "senator-elect", "republican", "democrat",
                                             "speaker", "minister", "ambassador"]

    /// Rank words that change the office ("vice president", "deputy secretary", "former governor"):
    /// a description with one fits only an actor described with it.
    private static let rankWords: Set<String> = ["vice", "deputy", "assistant", "lieutenant", "former"]

    /// Words that set the one described apart from someone in view ("the other candidate",
    /// "another senator"): such a description denotes no one named before.
    private static let contrastWords: WordSet = ["other", "another"]

    /// What a description says of the person it denotes.
    private struct Description {
        var head: String
        var state: String?
        var party: String?
        var ranks: Set<String> = []
        /// The noun of an "of" phrase after the head ("state" in "the secretary of state").
        var office: String?
        /// Whether words before the head narrow it ("the Vermont senator", "the presidential
        /// candidate"); a bare "the senator" is left to the nearest senator named.
        var isQualified = false
    }

    /// Adds a mention for every qualified definite description ("the Vermont senator", not "the
    /// senator") that denotes one person named before it: the only person the text describes
    /// so, unless someone named as often could be meant; or, for a description opening its
    /// clause, the person the previous sentence opens with, named more than once, when nothing
    /// the text says rules it out, nor a "he" or "she" of the other gender in its clause.
    func addDescriptionMentions(to registry: inout ActorRegistry) {
        let people = registry.entries.indices.filter { registry.entries[$0].kind == .person }
        guard !people.isEmpty else { return }
        let firstMention = Dictionary(uniqueKeysWithValues: people.map { ($0, registry.entries[$0].mentions.map(\.lowerBound).min() ?? Int.max) })
        let parties = partiesNamedBefore(people, in: registry)
        // people the text returns to: named more than once
        let namedAgain = Set(people.filter { registry.entries[$0].mentions.count >= 2 })
        var found: [(range: Range<Int>, entry: Int)] = []
        for (s, sentence) in layer.sentences.enumerated() {
            for i in sentence.tokens where Self.definiteArticle.contains(layer.tokens[i]) {
                guard let (end, description) = description(after: i, in: sentence), description.isQualified else { continue }
                let range = layer.tokens[i].range.lowerBound..<layer.tokens[end].range.upperBound
                let fitting = people.filter { fits(description, registry.entries[$0]) }
                // one person fits, and no one named as often whom the text says nothing against
                // ("the GOP candidate" is not Jeb Bush when Trump, of no stated role, leads the story)
                var entry = fitting.count == 1 ? fitting.first : nil
                if let only = entry, people.contains(where: { other in
                    other != only && registry.entries[other].mentions.count >= registry.entries[only].mentions.count
                        && !rulesOut(description, registry.entries[other], party: parties[other])
                }) {
                    entry = nil
                }
                // described nowhere: the person the previous sentence opens with (before a
                // quotation the description attributes, the sentence before the quotation), the
                // topic a clause-opening description carries on ("Ann Vell toured …. The
                // Democratic candidate said"), unless the text rules it out; not a president,
                // whom the text names with the title ("former President Bush" is not the Jeb Bush
                // the sentence before opens with)
                if fitting.isEmpty, description.head != "president",
                   let previous = sentenceBefore(clauseOpenedAt: i, in: sentence, sentenceIndex: s)
                    ?? sentenceBefore(frontedPhraseEndingAt: i, in: sentence, sentenceIndex: s, registry: registry),
                   let subject = openingPerson(of: layer.sentences[previous], in: registry), namedAgain.contains(subject),
                   // "The Democratic front-runner said she would not apologize" is no man
                   !contradictsGender(of: registry.entries[subject], after: end, in: sentence),
                   !rulesOut(description, registry.entries[subject], party: parties[subject]),
                   !people.contains(where: { $0 != subject && parties[$0] != nil && parties[$0] == description.party }) {
                    entry = subject
                }
                guard let entry, firstMention[entry, default: .max] < range.lowerBound else { continue }
                found.append((range, entry))
            }
        }
        // added once all are found: a description is no evidence for another
        for (range, entry) in found { registry.addMention(range, to: entry) }
    }

    /// The description opened by "the" at token `start`: its last token and what it says; nil
    /// unless modifiers (a state, a party, rank and kind words) lead to a role noun that ends
    /// the phrase ("the Republican presidential candidate Donald Trump" describes the name after it).
    private func description(after start: Int, in sentence: Sentence) -> (end: Int, description: Description)? {
        var i = start + 1
        var state: String?, party: String?, ranks = Set<String>()
        while i < sentence.tokens.upperBound, i - start <= 5 {
            let token = layer.tokens[i]
            guard token.kind == .word, !Self.contrastWords.contains(token) else { return nil }
            if !token.isCapitalized, Self.roleHeads.contains(token) {
                // "the billionaire businessman": the last role noun of a run heads it
                while i + 1 < sentence.tokens.upperBound, !layer.tokens[i + 1].isCapitalized, Self.roleHeads.contains(layer.tokens[i + 1]) {
                    i += 1
                }
                break
            }
            if let partyWord = Self.partyOfWord[token], token.isCapitalized || token.lower == "gop" {
                // "the Kentucky Republican", "the Republican said": a party member heads the phrase
                // unless a noun follows ("the Republican candidate", "the Republican race")
                let next = i + 1 < sentence.tokens.upperBound ? layer.tokens[i + 1] : nil
                let nounFollows = next.map { $0.kind == .word && !$0.isCapitalized && !isVerbAfterSubject($0) } ?? false
                if Self.roleHeads.contains(token), !nounFollows { break }
                party = partyWord
            } else if let (name, length) = stateName(at: i, in: sentence) {
                state = name
                i += length
                continue
            } else if Self.rankWords.contains(token.lower) {
                ranks.insert(token.lower)
            } else if token.isCapitalized || !isDescriptorWord(token) {
                return nil
            }
            i += 1
        }
        guard i < sentence.tokens.upperBound, i - start <= 5, Self.roleHeads.contains(layer.tokens[i]) else { return nil }
        let head = layer.tokens[i].lower
        var description = Description(head: head, state: state, party: party, ranks: ranks)
        description.isQualified = i > start + 1 || Self.partyOfWord[head] != nil
        let next = i + 1
        if next < sentence.tokens.upperBound {
            let after = layer.tokens[next]
            // a name after the description is what it describes, not a mention to resolve
            if after.kind == .word && after.isCapitalized { return nil }
            if after.lower == "of" {
                guard next + 1 < sentence.tokens.upperBound, layer.tokens[next + 1].kind == .word else { return nil }
                description.office = layer.tokens[next + 1].lower
            }
        }
        return (i, description)
    }

    /// The party each person is known by: from their roles and labels, or a party word written
    /// right before their name ("Republican Donald Trump", "Democrat Bernie Sanders").
    private func partiesNamedBefore(_ people: [Int], in registry: ActorRegistry) -> [Int: String] {
        var parties: [Int: String] = [:]
        for index in people {
            let entry = registry.entries[index]
            if let party = entry.party { parties[index] = party; continue }
            for mention in entry.mentions {
                let first = layer.tokenIndex(atOrAfter: mention.lowerBound)
                guard first > 0, layer.tokens[first - 1].isCapitalized, let party = Self.partyOfWord[layer.tokens[first - 1]]
                else { continue }
                parties[index] = party
                break
            }
        }
        return parties
    }

    /// The sentence before the clause that token `i` opens, nil when `i` opens none: for the
    /// attribution after a quotation ("“…,” the senator said", "“…”, the senator said"), the
    /// sentence before the one the quotation starts in, else the sentence before this one.
    private func sentenceBefore(clauseOpenedAt i: Int, in sentence: Sentence, sentenceIndex s: Int) -> Int? {
        guard i > sentence.tokens.lowerBound else { return s > 0 ? s - 1 : nil }
        var comma = i - 1
        // the closing marks of the quotation, when the comma stands inside it
        while comma > sentence.tokens.lowerBound, i - comma < 3, layer.tokens[comma].kind == .punctuation, !layer.tokens[comma].isMark(",") {
            comma -= 1
        }
        guard layer.tokens[comma].isMark(","), comma > sentence.tokens.lowerBound,
              let quotation = layer.quotation(containing: layer.tokens[comma - 1].range.lowerBound),
              let opening = layer.sentenceIndex(ofToken: layer.tokenIndex(atOrAfter: quotation.range.lowerBound)), opening > 0
        else { return nil }
        return opening - 1
    }

    /// Words that open a fronted phrase of time, place or circumstance ("On Friday,", "In an
    /// interview,", "According to his physician,", "Meanwhile,"); not a name before an
    /// apposition ("Sada, the incoming ambassador,") nor a contrast ("Rather,", "Instead,").
    private static let frontedPhraseOpeners: WordSet = ["in", "on", "at", "after", "before", "during", "since", "until",
                                                         "according", "with", "from", "by", "as", "despite", "among",
                                                         "throughout", "following", "meanwhile", "later", "earlier",
                                                         "still", "again", "separately", "also", "then", "now", "today"]

    /// The sentence before this one when token `i` opens the main clause after a fronted phrase
    /// that names no person ("Tuesday, the Vermont senator opened …", "In his disclosure report,
    /// the presumptive nominee reported …"): the description is the sentence's subject all the
    /// same. Nil when the phrase names someone ("After Clinton spoke, the senator said") or
    /// quotes, or when a sentence so long is no fronted phrase.
    private func sentenceBefore(frontedPhraseEndingAt i: Int, in sentence: Sentence, sentenceIndex s: Int,
                                registry: ActorRegistry) -> Int? {
        guard s > 0, i - 1 > sentence.tokens.lowerBound else { return nil }
        let fronted = sentence.tokens.lowerBound..<(i - 1)
        guard layer.tokens[i - 1].isMark(","), fronted.count <= 12,
              Self.frontedPhraseOpeners.contains(layer.tokens[fronted.lowerBound])
                || CalendarWords.weekdays.contains(layer.tokens[fronted.lowerBound]),
              !fronted.contains(where: { k in
                  layer.quotation(containing: layer.tokens[k].range.lowerBound) != nil
                      || registry.mention(startingAt: layer.tokens[k].range.lowerBound).map { registry.entries[$0.entry].kind == .person } == true
              }) else { return nil }
        return s - 1
    }

    /// Whether the first "he" or "she" after token `end`, before any capitalized word (a name:
    /// "said Clinton would lose because she …" is Clinton's "she"), is of the other gender than
    /// the text gives the person. ("her" and "his" are not read.)
    private func contradictsGender(of entry: ActorRegistry.Entry, after end: Int, in sentence: Sentence) -> Bool {
        let clause = ((end + 1)..<sentence.tokens.upperBound).prefix { !layer.tokens[$0].isCapitalized }
        guard let pronoun = clause.lazy.compactMap({ Gender(pronoun: self.layer.tokens[$0].lower) }).first,
              let gender = SubjectFinder.gender(of: entry, lexicons: lexicons, text: layer.text, census: false) else { return false }
        return pronoun != gender
    }

    /// The person a sentence opens with ("Sanders said …", "Sen. Bernie Sanders told …").
    private func openingPerson(of sentence: Sentence, in registry: ActorRegistry) -> Int? {
        for i in sentence.tokens.prefix(3) {
            if let m = registry.mention(startingAt: layer.tokens[i].range.lowerBound) {
                return registry.entries[m.entry].kind == .person ? m.entry : nil
            }
        }
        return nil
    }

    /// Whether what the text says of a person contradicts a description: another party or
    /// state, the other gender, another office, a rank the person is not given.
    private func rulesOut(_ description: Description, _ entry: ActorRegistry.Entry, party: String?) -> Bool {
        if let wanted = description.party ?? Self.partyOfWord[description.head], let party, party != wanted { return true }
        if !entry.descriptors.isDisjoint(with: SubjectFinder.staffRoles), !SubjectFinder.staffRoles.contains(description.head) { return true }
        if let state = description.state, let home = entry.home, home != state { return true }
        if let gender = lexicons.genderedWords[description.head],
           let known = SubjectFinder.gender(of: entry, lexicons: lexicons, text: layer.text), known != gender { return true }
        // a person of stated roles none of which is the description's ("Texas Sen. Ted Cruz" is
        // not "the billionaire businessman"); a party member ("the Republican") holds any role
        let roles = entry.descriptors.filter { Self.roleHeads.contains($0) && Self.partyOfWord[$0] == nil }
        let race = SubjectFinder.raceRoles.contains(description.head) && !roles.isDisjoint(with: SubjectFinder.raceRoles)
        if !roles.isEmpty, !roles.contains(description.head), !race, Self.partyOfWord[description.head] == nil { return true }
        return !description.ranks.subtracting(["former"]).isSubset(of: entry.descriptors)
    }

    /// A US state's name starting at token `i` ("Vermont", "New Jersey"), and its length in tokens.
    private func stateName(at i: Int, in sentence: Sentence) -> (String, Int)? {
        if i + 1 < sentence.tokens.upperBound, layer.tokens[i].isCapitalized, layer.tokens[i + 1].isCapitalized {
            let pair = layer.tokens[i].lower + " " + layer.tokens[i + 1].lower
            if let state = lexicons.usStates[pair], state.lowercased() == pair { return (state, 2) }
        }
        return lexicons.usState(namedBy: layer.tokens[i]).map { ($0, 1) }
    }

    /// Whether what a description says holds of an actor as the text describes it.
    private func fits(_ description: Description, _ entry: ActorRegistry.Entry) -> Bool {
        let words = entry.descriptors
        let partyHead = Self.partyOfWord[description.head]
        if let partyHead {
            guard entry.party == partyHead else { return false }
        } else if SubjectFinder.raceRoles.contains(description.head) {
            // a race has several candidates: its party or state must pick one
            guard !words.isDisjoint(with: SubjectFinder.raceRoles), description.party != nil || description.state != nil else { return false }
        } else if !words.contains(description.head) {
            return false
        }
        if let party = description.party, entry.party != party { return false }
        if let state = description.state {
            let stateWords = NameWords.split(state.lowercased())
            guard entry.home == state || stateWords.allSatisfy(words.contains) else { return false }
        }
        if let office = description.office, !words.contains(office) { return false }
        // "the vice president" is not the president, nor "the president" the vice president
        let ranks = Self.rankWords.subtracting(["former"])
        for rank in Self.rankWords where description.ranks.contains(rank) != words.contains(rank) {
            if ranks.contains(rank) || description.ranks.contains(rank) { return false }
        }
        return true
    }
}
