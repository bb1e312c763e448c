/// Decides which named institutions and countries are only background: named once, as
/// the object of a preposition ("a law passed in the United States", "a report on
/// Congress"), never speaking or committing, and employing nobody the text names; or a
/// country that never acts and is only ever a place or its people, each mention ending
/// its phrase ("refugees admitted to the United States", "the families of four Americans").
/// A briefing's actor list leaves them out.
struct BackgroundActors {
    let layer: TextLayer
    let lexicons: Lexicons

    private static let prepositions: Set<String> = ["in", "of", "at", "on", "from", "to", "for", "with", "into", "about",
                                                    "across", "throughout", "within", "between", "against", "toward",
                                                    "towards", "over", "under", "inside", "outside", "like", "than"]
    /// Words after a name that end its noun phrase rather than continue it ("Syria and Iraq").
    private static let phraseEnders: Set<String> = prepositions.union(["and", "or", "nor", "but", "as", "by", "since",
                                                                       "until", "after", "before", "because", "when",
                                                                       "while", "where", "who", "whom", "whose", "which",
                                                                       "that", "including"])

    /// What the text says the people work for: their affiliations and roles.
    private let employers: [String]

    init(layer: TextLayer, lexicons: Lexicons, registry: ActorRegistry) {
        self.layer = layer
        self.lexicons = lexicons
        employers = registry.entries.filter { $0.kind == .person }.flatMap { [$0.affiliation, $0.role].compactMap { $0 } }
    }

    /// Whether `entry` is an organization or country named only in passing.
    func isBackground(_ entry: ActorRegistry.Entry) -> Bool {
        guard entry.kind == .organization || entry.kind == .country, entry.acts == 0 else { return false }
        if entry.kind == .country, entry.headlineMentions.isEmpty,
           entry.mentions.allSatisfy({ isPlaceOrPeople($0, of: entry.name) }) { return true }
        guard entry.mentions.count == 1, let mention = entry.mentions.first, followsPreposition(mention) else { return false }
        return !employers.contains { $0.contains(entry.name) }
    }

    /// Whether a country's mention names a place ("in Paris", "refugees admitted to the
    /// United States have been …") or its people ("four Americans who died") and ends its
    /// phrase: "the U.K. parliament" names something else, "a quarter of Americans agree"
    /// lets the people act.
    private func isPlaceOrPeople(_ mention: Range<Int>, of country: String) -> Bool {
        if followsPreposition(mention) { return !continuesPhrase(after: mention, verbEnds: true) }
        return isPluralDemonym(mention, of: country) && !continuesPhrase(after: mention, verbEnds: false)
    }

    /// Whether the word before the mention (over "the") is a preposition.
    private func followsPreposition(_ mention: Range<Int>) -> Bool {
        var i = layer.tokenIndex(atOrAfter: mention.lowerBound) - 1
        if i >= 0, layer.tokens[i].lower == "the" { i -= 1 }
        return i >= 0 && Self.prepositions.contains(layer.tokens[i].lower)
    }

    /// "Americans", "Syrians": one word, the plural of another name of the same country.
    private func isPluralDemonym(_ mention: Range<Int>, of country: String) -> Bool {
        let i = layer.tokenIndex(atOrAfter: mention.lowerBound)
        guard i < layer.tokens.count, layer.tokens[i].range.upperBound == mention.upperBound else { return false }
        let word = layer.tokens[i].lower
        return word.hasSuffix("s") && lexicons.countries[String(word.dropLast())] == country
    }

    /// "Washington's propensity to intervene", "the United States' backing": what the
    /// country has or does.
    private func isPossessive(_ mention: Range<Int>, next: Int) -> Bool {
        if next > 0, layer.tokens[next - 1].range.upperBound > mention.upperBound { return true }
        guard next < layer.tokens.count, layer.tokens[next].range.lowerBound == mention.upperBound else { return false }
        return ["'", "\u{2019}"].contains(layer.tokens[next].lower)
    }

    /// Whether the mention is possessive, or a lower-case word follows it after a space that
    /// is neither a preposition, a conjunction nor a relative pronoun: a noun it modifies, or a
    /// verb it is the subject of (an auxiliary ends the phrase when `verbEnds`: a place after a
    /// preposition is not the subject).
    private func continuesPhrase(after mention: Range<Int>, verbEnds: Bool) -> Bool {
        let next = layer.tokenIndex(atOrAfter: mention.upperBound)
        if isPossessive(mention, next: next) { return true }
        guard next < layer.tokens.count, layer.tokens[next].range.lowerBound == mention.upperBound + 1 else { return false }
        let token = layer.tokens[next]
        if verbEnds, ClauseParts.auxiliaries.contains(token) { return false }
        return token.kind == .word && !token.isCapitalized && !Self.phraseEnders.contains(token.lower)
    }
}
