/// A list of word phrases ("is prepared to", "has yet to") matched against tokens, indexed by
/// first word so that matching at a token looks only at the phrases that can start there.
/// The first phrase in list order that matches wins, as if the list were scanned in full.
struct PhraseTable: Sendable {
    /// The phrases, lower-case words, in priority order.
    let phrases: [[String]]
    /// The word that matches any one word token, if the list uses one ("*").
    private let wildcard: String?
    /// The phrases' words by word id (`WordTable.unnumbered` for the wildcard), so that a word
    /// is matched by comparing ids rather than text.
    private let ids: [[UInt32]]
    /// The phrases by first word, answered for a token by its word id.
    private let byFirstWord: WordMap<[Int]>
    private let wildcardFirst: [Int]

    init(_ phrases: [[String]], wildcard: String? = nil) {
        self.phrases = phrases
        self.wildcard = wildcard
        ids = phrases.map { words in words.map { $0 == wildcard ? WordTable.unnumbered : WordTable.shared.id(of: $0) } }
        var byFirstWord: [String: [Int]] = [:]
        var wildcardFirst: [Int] = []
        for (index, words) in phrases.enumerated() {
            guard let first = words.first else { continue }
            if first == wildcard { wildcardFirst.append(index) } else { byFirstWord[first, default: []].append(index) }
        }
        self.byFirstWord = WordMap(byFirstWord)
        self.wildcardFirst = wildcardFirst
    }

    /// Index of the first phrase that matches the tokens from `start` without reaching `end`.
    func firstMatch(in tokens: [Token], at start: Int, end: Int) -> Int? {
        let named = byFirstWord[tokens[start]] ?? []
        let any = tokens[start].kind == .word ? wildcardFirst : []
        var n = 0, w = 0
        // the two candidate lists are each in list order: merge them
        while n < named.count || w < any.count {
            let index: Int
            if w >= any.count || (n < named.count && named[n] < any[w]) { index = named[n]; n += 1 } else { index = any[w]; w += 1 }
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
                if phrases[index][offset] == wildcard ? token.kind != .word : token.lower != phrases[index][offset] { return false }
            } else if token.wordID != id {
                // a token the word table did not number is compared by its text
                if token.wordID != WordTable.unnumbered || token.lower != phrases[index][offset] { return false }
            }
        }
        return true
    }
}
