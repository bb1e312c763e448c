/// A set of one article's words by word id (one bit test, no hashing): built from tokens or
/// words, it answers for a token by its id and for any string by the id the word table gave it.
/// Words the table did not number (it was full, or no token has them yet) are kept by their text.
struct ArticleWords {
    /// Bit `id` is set for the word id of each word.
    private var bits: [UInt64] = []
    /// The words the word table did not number.
    private var unnumbered = Set<String>()

    init() {}

    /// Adds the token's lower-case form.
    mutating func insert(_ token: Token) {
        let id = token.wordID
        guard id != WordTable.unnumbered else {
            unnumbered.insert(token.lower)
            return
        }
        set(id)
    }

    /// Adds a lower-case word (by its id when the word table has one: a token of the word has
    /// that id).
    mutating func insert(_ word: String) {
        guard let id = WordTable.shared.existingID(of: word) else {
            unnumbered.insert(word)
            return
        }
        set(id)
    }

    /// Whether the set holds `word`.
    func contains(_ word: String) -> Bool {
        if let id = WordTable.shared.existingID(of: word), has(id) { return true }
        return !unnumbered.isEmpty && unnumbered.contains(word)
    }

    /// Whether the set holds the token's lower-case form.
    func contains(_ token: Token) -> Bool {
        token.wordID == WordTable.unnumbered ? contains(token.lower) : has(token.wordID) || !unnumbered.isEmpty && unnumbered.contains(token.lower)
    }

    private mutating func set(_ id: UInt32) {
        let slot = Int(id / 64)
        if slot >= bits.count { bits += [UInt64](repeating: 0, count: max(slot + 1 - bits.count, bits.count)) }
        bits[slot] |= 1 << UInt64(id % 64)
    }

    private func has(_ id: UInt32) -> Bool {
        let slot = Int(id / 64)
        return slot < bits.count && bits[slot] & (1 << UInt64(id % 64)) != 0
    }
}
