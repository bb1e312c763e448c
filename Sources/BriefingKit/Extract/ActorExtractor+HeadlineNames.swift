extension ActorExtractor {
    /// Words of a name written the same way elsewhere in the article, at most this many.
    private static let longestHeadlineName = 5

    /// "Ryan Backs Cruz Over Trump Tariff Plan": a headline set in Title Case reads as one run
    /// of capitals, so the name rules often find no actor in it. Names the body writes for an actor
    /// (capitalized, not a pronoun, never written for two actors) are its mentions in the
    /// headline too, longest first, where no mention covers the words yet (headline mentions:
    /// they count for the actor's salience only).
    func addHeadlineMentions(to registry: inout ActorRegistry, chunks: [NameChunk]) {
        let headline = chunks.filter { layer.paragraphs[layer.sentences[$0.sentence].paragraph].role == .headline }
        guard !headline.isEmpty else { return }
        let headlineRanges = Set(headline.map { layer.sentences[$0.sentence].paragraph }).map { layer.paragraphs[$0].range }
        var owners: [[HeadlineWord]: Int?] = [:]
        for (index, entry) in registry.entries.enumerated() {
            for range in entry.mentions {
                let words = tokens(in: range)
                guard let first = words.first, layer.tokens[first].isCapitalized,
                      !headlineRanges.contains(where: { $0.contains(layer.tokens[first].range.lowerBound) }),
                      words.count <= Self.longestHeadlineName,
                      words.count > 1 || (lexicons.pronouns[layer.tokens[first].lower] == nil && layer.tokens[first].text.count > 2)
                else { continue }
                let key = words.map { HeadlineWord(layer.tokens[$0]) }
                // "the Democratic Elite", "Japanese Pride": an adjective of a party or a state
                // qualifies the next word, it does not name the actor
                if entry.kind != .person, key.count == 1, isAdjectivalDemonym(layer.tokens[first].lower, country: entry.name) { continue }
                if let owner = owners[key], owner != index { owners[key] = .some(nil) } else { owners[key] = index }
            }
        }
        for chunk in headline {
            var i = chunk.tokens.lowerBound
            scan: while i < chunk.tokens.upperBound {
                for j in stride(from: min(chunk.tokens.upperBound, i + Self.longestHeadlineName), to: i, by: -1) {
                    let key = (i..<j).map { HeadlineWord(layer.tokens[$0]) }
                    guard case let owner?? = owners[key] else { continue }
                    let range = layer.tokens[i].range.lowerBound..<layer.tokens[j - 1].range.upperBound
                    if (i..<j).contains(where: { registry.mention(covering: layer.tokens[$0].range.lowerBound) != nil }) { break }
                    registry.addHeadlineMention(range, to: owner)
                    i = j
                    continue scan
                }
                i += 1
            }
        }
    }

    /// A word of a name as a key: its word id, or its lower-case text when the word table did not
    /// number it (a number stands for one text, so keys are equal when the words are).
    private enum HeadlineWord: Hashable {
        case id(UInt32)
        case text(String)

        init(_ token: Token) {
            self = token.wordID == WordTable.unnumbered ? .text(token.lower) : .id(token.wordID)
        }
    }

    /// The word tokens inside `range`.
    private func tokens(in range: Range<Int>) -> [Int] {
        var result: [Int] = []
        var k = layer.tokenIndex(atOrAfter: range.lowerBound)
        while k < layer.tokens.count, layer.tokens[k].range.upperBound <= range.upperBound {
            if layer.tokens[k].kind == .word { result.append(k) }
            k += 1
        }
        return result
    }
}
