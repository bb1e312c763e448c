/// A set of lower-case words that answers for a token by the token's word id (one bit test,
/// no hashing), and for any string by its text (an ASCII string by a byte hash, see `StringSet`).
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// The words, as given.
    public let words: Set<String>
    /// Bit `id` is set for the id of each word.
    private let bits: [UInt64]
    /// The words for look-ups by text: an ASCII word is found by a byte hash, cheaper than
    /// `Set`'s seeded hash over normalized text (same answers).
    private let table: StringSet

    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        self.words = Set(words)
        let ids = self.words.map { WordTable.shared.id(of: $0) }
        var bits = [UInt64](repeating: 0, count: Int(ids.max() ?? 0) / 64 + 1)
        for id in ids { bits[Int(id / 64)] |= 1 << UInt64(id % 64) }
        self.bits = bits
        table = StringSet(self.words)
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether the set holds `word`.
    public func contains(_ word: String) -> Bool { table.contains(word) }

    /// Whether the set holds the token's lower-case form.
    @inline(__always)
    public func contains(_ token: Token) -> Bool {
        let id = token.wordID
        if id == WordTable.unnumbered { return table.contains(token.lower) }
        let slot = Int(id / 64)
        return slot < bits.count && bits[slot] & (1 << UInt64(id % 64)) != 0
    }
}
