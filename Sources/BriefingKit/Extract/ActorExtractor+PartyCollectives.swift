extension ActorExtractor {
    /// Collective nouns that name a party's or politics' standing public as one body ("the
    /// Republican establishment", "the Democratic base"): a group, though singular.
    private static let collectiveNouns: WordSet = ["establishment", "base", "electorate"]

    /// Words after such a noun that end its phrase: it is not itself a modifier ("the Republican
    /// establishment candidate").
    private static let phraseEnders: WordSet = ["of", "and", "or", "that", "who", "which", "to", "in", "on", "for", "with",
                                                "against", "from", "as", "at", "by", "but", "than", "has", "had", "is", "was",
                                                "are", "were", "will", "would", "could", "can", "may", "might", "should",
                                                "does", "did", "have"]
    /// Determiners that make the collective someone's own ("his political base", "their
    /// Republican base"), not a body of its own.
    private static let possessiveDeterminers: WordSet = ["his", "her", "their", "its", "our", "my", "your"]

    /// Adds "the Republican establishment", "the GOP base", "the political establishment" (and
    /// "the Republican electorate" to the "Republican voters"): a
    /// collective noun after a party adjective (spelled as the group stage spells it, "GOP"
    /// and "Democrat" as "Republican" and "Democratic"; "Party" dropped, "the Republican Party
    /// establishment") or "the political establishment" ("political" with no other noun: "his
    /// political base" is a person's following). A lone "party" is left out (which party is not
    /// said), and so is a noun that modifies the next word, one owned ("his Republican base",
    /// "Trump's GOP base") and one after "of", a part or a member of it and not itself the actor
    /// ("a third of the GOP base says", "a member of the political establishment").
    func addPartyCollectives(to registry: inout ActorRegistry) {
        for sentence in layer.sentences {
            for i in sentence.tokens where Self.collectiveNouns.contains(layer.tokens[i]) && !layer.tokens[i].isCapitalized {
                if i + 1 < sentence.tokens.upperBound {
                    let next = layer.tokens[i + 1]
                    guard next.kind != .word || Self.phraseEnders.contains(next) || isVerbAfterSubject(next) else { continue }
                }
                var start = i
                var party: String?
                var political = false
                while start > sentence.tokens.lowerBound, i - start < 2 {
                    let previous = layer.tokens[start - 1]
                    if let word = Self.partyOfWord[previous], previous.isCapitalized || previous.lower == "gop", party == nil {
                        party = word
                    } else if previous.lower == "party", party == nil, start == i {
                        // "Republican Party establishment": the party word comes next
                    } else if previous.lower == "political", party == nil, start == i {
                        political = true
                    } else {
                        break
                    }
                    start -= 1
                }
                let qualifier = party.map { $0 == "republican" ? "Republican" : "Democratic" } ?? (political ? "Political" : nil)
                guard let qualifier, layer.tokens[start].lower != "party",
                      party != nil || layer.tokens[i].lower == "establishment", !isOwnedOrPartitive(before: start) else { continue }
                // a party's electorate is its voters, the group the group stage keys as "republican voter"
                let isElectorate = layer.tokens[i].lower == "electorate"
                let key = "group:" + qualifier.lowercased() + " " + (isElectorate ? "voter" : layer.tokens[i].lower)
                let index = registry.actor(key: key, name: qualifier + " " + (isElectorate ? "voters" : layer.tokens[i].lower), kind: .group)
                registry.addMention(layer.tokens[start].range.lowerBound..<layer.tokens[i].range.upperBound, to: index)
                if !isElectorate { registry.markCollective(index) }
            }
        }
    }

    /// Whether the collective phrase starting at `start` is owned ("his base", "Trump's base") or
    /// follows "of" ("a third of the GOP base", "a member of the establishment").
    private func isOwnedOrPartitive(before start: Int) -> Bool {
        guard start > 0 else { return false }
        var previous = layer.tokens[start - 1]
        if Self.possessiveDeterminers.contains(previous) || previous.endsPossessive {
            return true
        }
        if previous.lower == "the", start > 1 { previous = layer.tokens[start - 2] }
        return previous.lower == "of"
    }
}
