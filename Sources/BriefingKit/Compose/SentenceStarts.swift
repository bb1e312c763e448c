/// Tells whether a one-word name only ever stands at the start of a sentence, where any word is
/// capitalized ("Politics is a tough game."), so that its capital is no evidence of a name.
struct SentenceStarts: Sendable {
    private let texts: [String?]
    /// The articles' texts as Unicode scalars (the unit of span offsets), made when first needed.
    private var scalars: [Int: [Unicode.Scalar]] = [:]

    /// Characters after which a word starts a sentence (spaces between are skipped).
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "\n", ":", "\"", "'", "\u{201C}", "\u{201D}",
                                                    "\u{2018}", "\u{2019}"]

    /// - Parameter texts: the articles' texts by article number; nil or missing when unknown.
    init(texts: [String?]) {
        self.texts = texts
    }

    /// Whether every mention that spells an actor's name, in the articles whose text is known,
    /// starts a sentence (false when there is no such mention).
    mutating func onlyStartsSentences(_ actors: [(article: Int, actor: ActorRecord)]) -> Bool {
        var seen = false
        for (article, actor) in actors {
            guard article < texts.count, let text = texts[article] else { continue }
            let characters = scalars[article] ?? Array(text.unicodeScalars)
            scalars[article] = characters
            for mention in actor.mentions where mention.text.lowercased() == actor.name.lowercased() {
                guard mention.start <= characters.count else { return false }
                var index = mention.start - 1
                while index >= 0, characters[index] == " " || characters[index] == "\t" { index -= 1 }
                if index >= 0, !Self.sentenceEnds.contains(characters[index]) { return false }
                seen = true
            }
        }
        return seen
    }
}
