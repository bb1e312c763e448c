/// The actor a pronoun subject of an open question stands for ("he" → "Ben Sasse"), so the
/// question reads on its own in the briefing's list. Resolves on its own copy of the subject
/// finder: asking adds no mention to the article's actors.
final class PronounNames {
    private var finder: SubjectFinder
    private let layer: TextLayer

    /// Pronouns named: a person's only ("they" resolves to bodies too loosely to name them).
    private static let pronouns: Set<String> = ["he", "she"]

    init(finder: SubjectFinder) {
        self.finder = finder
        self.layer = finder.layer
    }

    /// The name of the actor the pronoun at token `i` stands for, or nil when it is no such
    /// pronoun ("he", "she"), stands in a quotation (whose speaker's "he" is someone else) or is not resolved.
    func name(ofPronounAt i: Int) -> String? {
        guard i < layer.tokens.count, Self.pronouns.contains(layer.tokens[i].lower),
              layer.quotation(containing: layer.tokens[i].range.lowerBound) == nil,
              let sentence = layer.sentences.first(where: { $0.tokens.contains(i) }),
              let entry = finder.subject(before: i + 1, in: sentence)?.entry else { return nil }
        let actor = finder.registry.entries[entry]
        // a name that opens on a function word ("Neither John Kasich") is a chunking slip: keep the pronoun
        guard actor.kind == .person, let first = actor.name.split(separator: " ").first,
              !SentenceStarters.words.contains(first.lowercased()) else { return nil }
        return actor.name
    }
}
