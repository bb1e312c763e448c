/// A list of word phrases ("is prepared to", "has yet to") matched against tokens, indexed by
/// first word so that matching at a token looks only at the phrases that can start there.
/// The first phrase in list order that matches wins, as if the list were scanned in full.
struct PhraseTable: Sendable {
    /// The phrases, lower-case words, in priority order.
    let phrases: [[String]]
    /// The phrases' words by word id (`WordTable.unnumbered` for the wildcard), so that a word
    /// is matched by comparing ids rather than text.
    private let ids: [[UInt32]]
    /// The indices of the phrases that start with a word (not the wildcard), grouped by first
    /// word, each group in list order.
    private let byFirstWordIndices: [Int]
    /// Each first word's group in `byFirstWordIndices`, answered for a token by its word id (a
    /// range holds no reference: the look-up at every token retains and releases nothing).
    private let byFirstWord: WordMap<Range<Int>>
    private let wildcardFirst: [Int]

    init(_ phrases: [[String]], wildcard: String? = nil) {
        self.phrases = phrases
        ids = phrases.map { words in words.map { $0 == wildcard ? WordTable.unnumbered : WordTable.shared.id(of: $0) } }
        var byFirstWord: [String: [Int]] = [:]
        var wildcardFirst: [Int] = []
        for (index, words) in phrases.enumerated() {
            guard let first = words.first else { continue }
            if first == wildcard { wildcardFirst.append(index) } else { byFirstWord[first, default: []].append(index) }
        }
        var indices: [Int] = []
        var groups: [String: Range<Int>] = [:]
        for (word, group) in byFirstWord {
            groups[word] = indices.count..<(indices.count + group.count)
            indices += group
        }
        byFirstWordIndices = indices
        self.byFirstWord = WordMap(groups)
        self.wildcardFirst = wildcardFirst
    }

    /// Index of the first phrase that matches the tokens from `start` without reaching `end`.
    func firstMatch(in tokens: [Token], at start: Int, end: Int) -> Int? {
        let named = byFirstWord[tokens[start]] ?? 0..<0
        let wildcards = tokens[start].kind == .word ? wildcardFirst.count : 0
        // most tokens start no phrase
        if named.isEmpty && wildcards == 0 { return nil }
        var n = named.lowerBound, w = 0
        // the two candidate lists are each in list order: merge them
        while n < named.upperBound || w < wildcards {
            let index: Int
            if w >= wildcards || (n < named.upperBound && byFirstWordIndices[n] < wildcardFirst[w]) {
                index = byFirstWordIndices[n]
                n += 1
            } else {
                index = wildcardFirst[w]
                w += 1
            }
            if matches(index, in: tokens, at: start, end: end) { return index }
        }
        return nil
    }

    private func matches(_ index: Int, in tokens: [Token], at start: Int, end: Int) -> Bool {
        let words = ids[index]
        guard start + words.count <= end else { return false }
        for (offset, id) in words.enumerated() {
            let token = tokens[start + offset]
            if id == WordTable.unnumbered {
                if token.kind != .word { return false }
            } else if token.wordID != id {
                // a token the word table did not number is compared by its text
                if token.wordID != WordTable.unnumbered || token.lower != phrases[index][offset] { return false }
            }
        }
        return true
    }
}
