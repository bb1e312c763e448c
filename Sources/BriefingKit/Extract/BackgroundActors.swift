/// Decides which named institutions and countries are only background: named once, as
/// the object of a preposition ("a law passed in the United States", "a report on
/// Congress"), never speaking or committing, and employing nobody the text names. A
/// country named once in the body only and never acting is background wherever it stands
/// ("France and Germany have faced attacks"), unless it is part of who speaks or commits
/// ("Mexico's foreign minister said") or opens its sentence ("A French report warns"). A
/// briefing's actor list leaves them out.
struct BackgroundActors {
    let layer: TextLayer
    /// The mentions of who speaks or commits, as written ("Mexico's foreign minister").
    let speakers: [Range<Int>]

    private static let prepositions: Set<String> = ["in", "of", "at", "on", "from", "to", "for", "with", "into", "about",
                                                    "across", "throughout", "within", "between", "against", "toward",
                                                    "towards", "over", "under", "inside", "outside", "like", "than"]

    /// What the text says the people work for: their affiliations and roles.
    private let employers: [String]

    init(layer: TextLayer, registry: ActorRegistry, speakers: [Range<Int>]) {
        self.layer = layer
        self.speakers = speakers
        employers = registry.entries.filter { $0.kind == .person }.flatMap { [$0.affiliation, $0.role].compactMap { $0 } }
    }

    /// Whether `entry` is an organization or country named only in passing.
    func isBackground(_ entry: ActorRegistry.Entry) -> Bool {
        guard entry.kind == .organization || entry.kind == .country, entry.acts == 0, entry.mentions.count == 1,
              let mention = entry.mentions.first else { return false }
        if entry.kind == .country, !followsPreposition(mention) {
            guard entry.headlineMentions.isEmpty, !speakers.contains(where: { $0.overlaps(mention) }),
                  !opensSentence(mention), !isPeopleActing(mention) else { return false }
        } else if !followsPreposition(mention) {
            return false
        }
        return !employers.contains { $0.contains(entry.name) }
    }

    /// Whether the word before the mention (over "the") is a preposition.
    private func followsPreposition(_ mention: Range<Int>) -> Bool {
        var i = layer.tokenIndex(atOrAfter: mention.lowerBound) - 1
        if i >= 0, layer.tokens[i].lower == "the" { i -= 1 }
        return i >= 0 && Self.prepositions.contains(layer.tokens[i].lower)
    }

    /// Whether the mention opens its sentence's first noun phrase: nothing but an article, or a
    /// dateline ("PARIS —"), stands before it.
    private func opensSentence(_ mention: Range<Int>) -> Bool {
        let first = layer.tokenIndex(atOrAfter: mention.lowerBound)
        guard let sentence = layer.sentenceIndex(ofToken: first).map({ layer.sentences[$0].tokens }) else { return false }
        var i = first - 1
        while i >= sentence.lowerBound, ["the", "a", "an"].contains(layer.tokens[i].lower) { i -= 1 }
        guard i >= sentence.lowerBound else { return true }
        guard ["—", "–", "-", "--"].contains(layer.tokens[i].text) else { return false }
        return layer.tokens[sentence.lowerBound..<i].allSatisfy { $0.kind != .word || $0.text == $0.text.uppercased() }
    }

    /// Words after a name that show it is no verb's subject.
    private static let nonVerbs: Set<String> = ["and", "or", "but", "nor", "who", "whom", "which", "that", "as", "to",
                                                "where", "when", "while", "because", "if", "than", "like"]

    /// Whether the mention names a country's people ("Americans", "Britons") and a lower-case
    /// word that may be a verb follows it ("as Americans experience"): they stand as a clause's subject.
    private func isPeopleActing(_ mention: Range<Int>) -> Bool {
        let name = layer.tokens[layer.tokenIndex(atOrAfter: mention.lowerBound)]
        guard name.text.hasSuffix("s"), name.text != name.text.uppercased() else { return false }
        let next = layer.tokenIndex(atOrAfter: mention.upperBound)
        guard next < layer.tokens.count, layer.tokens[next].kind == .word, !layer.tokens[next].isCapitalized else { return false }
        return !Self.prepositions.contains(layer.tokens[next].lower) && !Self.nonVerbs.contains(layer.tokens[next].lower)
    }
}
