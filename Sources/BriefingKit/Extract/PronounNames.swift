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

    /// Whether the mention at `range` is a name, not another pronoun resolved to the actor.
    private func isName(_ range: Range<Int>) -> Bool {
        let text = layer.string(range)
        return text.first?.isUppercase == true && !Self.pronouns.contains(text.lowercased()) && text != "I"
    }

    /// The name of the actor the pronoun at token `i` stands for, or nil when it is no such
    /// pronoun ("he", "she"), stands in a quotation (whose speaker's "he" is someone else), is not
    /// resolved, or its sentence names the actor after it.
    func name(ofPronounAt i: Int) -> String? {
        guard i < layer.tokens.count, Self.pronouns.contains(layer.tokens[i].lower),
              layer.quotation(containing: layer.tokens[i].range.lowerBound) == nil,
              let sentence = layer.sentences.first(where: { $0.tokens.contains(i) }),
              let entry = finder.subject(before: i + 1, in: sentence)?.entry else { return nil }
        let actor = finder.registry.entries[entry]
        // "he might be hard-pressed … should Mr. Trump get trounced": a name after the pronoun in its
        // sentence leaves the pronoun to someone else (or repeats the name)
        let pronoun = layer.tokens[i].range
        guard !actor.mentions.contains(where: { $0.lowerBound > pronoun.lowerBound && sentence.range.contains($0.lowerBound) && isName($0) })
        else { return nil }
        // a name that opens on an ordinary word ("Neither John Kasich", "Wherever Hillary Clinton" — not
        // "Bill Clinton", not "Trump" alone) is a chunking slip: keep the pronoun
        let words = actor.name.split(separator: " ")
        guard actor.kind == .person, let first = words.first.map({ $0.lowercased() }), !SentenceStarters.words.contains(first),
              words.count == 1 || !finder.lexicons.commonWords.contains(first) || finder.lexicons.firstNames.contains(first)
        else { return nil }
        return actor.name
    }
}
