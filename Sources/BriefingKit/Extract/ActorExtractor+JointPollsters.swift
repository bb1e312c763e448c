extension ActorExtractor {
    /// Nouns that make the names before them a poll's sponsors.
    private static let pollNouns: WordSet = ["poll", "polls", "survey", "surveys"]

    /// The sponsors of a joint poll, written as names joined by slashes before "poll" ("a CNN/ORC
    /// poll", "the NBC News/Wall Street Journal/Marist survey", "the USA TODAY/Suffolk
    /// University Poll"): one pollster, named as written ("NBC News/Wall Street Journal"), not
    /// two outlets. Each with the indices in `chunks` of the names it joins.
    func jointPollsters(in chunks: [NameChunk]) -> [(key: String, name: String, range: Range<Int>, parts: ClosedRange<Int>)] {
        var found: [(key: String, name: String, range: Range<Int>, parts: ClosedRange<Int>)] = []
        var i = 0
        while i < chunks.count {
            var j = i
            while j + 1 < chunks.count, areJoinedBySlash(chunks[j], chunks[j + 1]) { j += 1 }
            defer { i = j + 1 }
            guard j > i else { continue }
            let first = chunks[i], last = chunks[j]
            // "Poll" may be the last name's last word, in Title Case
            let end = last.tokens.upperBound - 1
            let ownNoun = Self.pollNouns.contains(layer.tokens[end]) && end > last.tokens.lowerBound
            let next = last.tokens.upperBound
            guard ownNoun || next < layer.tokens.count && Self.pollNouns.contains(layer.tokens[next]) else { continue }
            let start = first.text.hasPrefix("The ") || first.text.hasPrefix("the ")
                ? layer.tokens[first.tokens.lowerBound + 1].range.lowerBound : first.range.lowerBound
            let range = start..<(ownNoun ? layer.tokens[end - 1].range.upperBound : last.range.upperBound)
            let name = NameWords.singleSpaced(layer.string(range))
            found.append(("org:" + name.lowercased(), name, range, i...j))
        }
        return found
    }

    /// Whether `second` follows `first` after a slash, with no space on either side ("CNN/ORC").
    private func areJoinedBySlash(_ first: NameChunk, _ second: NameChunk) -> Bool {
        let slash = first.tokens.upperBound
        return second.tokens.lowerBound == slash + 1 && layer.tokens[slash].isMark("/")
            && first.range.upperBound == layer.tokens[slash].range.lowerBound
            && layer.tokens[slash].range.upperBound == second.range.lowerBound
    }
}
