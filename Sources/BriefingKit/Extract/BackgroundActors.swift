/// Decides which named institutions and countries are only background: named once, as
/// the object of a preposition ("a law passed in the United States", "a report on
/// Congress"), never speaking or committing, and employing nobody the text names. A
/// briefing's actor list leaves them out.
struct BackgroundActors {
    let layer: TextLayer

    private static let prepositions: Set<String> = ["in", "of", "at", "on", "from", "to", "for", "with", "into", "about",
                                                    "across", "throughout", "within", "between", "against", "toward",
                                                    "towards", "over", "under", "inside", "outside", "like", "than"]

    /// What the text says the people work for: their affiliations and roles.
    private let employers: [String]

    init(layer: TextLayer, registry: ActorRegistry) {
        self.layer = layer
        employers = registry.entries.filter { $0.kind == .person }.flatMap { [$0.affiliation, $0.role].compactMap { $0 } }
    }

    /// Whether `entry` is an organization or country named only in passing.
    func isBackground(_ entry: ActorRegistry.Entry) -> Bool {
        guard entry.kind == .organization || entry.kind == .country, entry.acts == 0, entry.mentions.count == 1,
              let mention = entry.mentions.first, followsPreposition(mention) else { return false }
        return !employers.contains { $0.contains(entry.name) }
    }

    /// Whether the word before the mention (over "the") is a preposition.
    private func followsPreposition(_ mention: Range<Int>) -> Bool {
        var i = layer.tokenIndex(atOrAfter: mention.lowerBound) - 1
        if i >= 0, layer.tokens[i].lower == "the" { i -= 1 }
        return i >= 0 && Self.prepositions.contains(layer.tokens[i].lower)
    }
}
