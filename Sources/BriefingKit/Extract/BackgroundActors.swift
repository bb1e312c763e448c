/// Decides which named institutions and countries are only background: named once, as
/// the object of a preposition ("a law passed in the United States", "a report on
/// Congress"), never speaking or committing, and employing nobody the text names. A
/// briefing's actor list leaves them out.
struct BackgroundActors {
    let layer: TextLayer

    private static let prepositions: Set<String> = ["in", "of", "at", "on", "from", "to", "for", "with", "into", "about",
                                                    "across", "throughout", "within", "between", "against", "toward",
                                                    "towards", "over", "under", "inside", "outside", "like", "than"]

    /// Whether `entry` is an organization or country named only in passing.
    func isBackground(_ entry: ActorRegistry.Entry, in registry: ActorRegistry) -> Bool {
        guard entry.kind == .organization || entry.kind == .country, entry.acts == 0, entry.mentions.count == 1,
              let mention = entry.mentions.first, followsPreposition(mention) else { return false }
        let name = entry.name
        return !registry.entries.contains { other in
            other.kind == .person && (other.affiliation == name || other.role?.contains(name) == true)
        }
    }

    /// Whether the word before the mention (over "the") is a preposition.
    private func followsPreposition(_ mention: Range<Int>) -> Bool {
        var i = layer.tokenIndex(atOrAfter: mention.lowerBound) - 1
        if i >= 0, layer.tokens[i].lower == "the" { i -= 1 }
        return i >= 0 && Self.prepositions.contains(layer.tokens[i].lower)
    }
}
