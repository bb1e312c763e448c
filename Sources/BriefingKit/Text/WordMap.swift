/// A table from lower-case words to values that answers for a token by the token's word id (an
/// array read, no hashing), and for any string by its text (an ASCII string by a byte hash, see
/// `StringTable`).
public struct WordMap<Value: Sendable>: Sendable {
    /// The entries, as given.
    public let entries: [String: Value]
    /// For each word id up to the largest of the entries' ids: the index of its value, or -1.
    private let slots: [Int32]
    private let values: [Value]
    /// The entries for look-ups by text.
    private let table: StringTable<Value>

    public init(_ entries: [String: Value]) {
        self.entries = entries
        let numbered = entries.map { (id: WordTable.shared.id(of: $0.key), value: $0.value) }
        var slots = [Int32](repeating: -1, count: Int(numbered.map(\.id).max() ?? 0) + 1)
        for (index, entry) in numbered.enumerated() { slots[Int(entry.id)] = Int32(index) }
        self.slots = slots
        values = numbered.map(\.value)
        table = StringTable(entries)
    }

    /// The value for `word`.
    public subscript(word: String) -> Value? { table[word] }

    /// The value for the token's lower-case form.
    @inline(__always)
    public subscript(token: Token) -> Value? {
        let id = token.wordID
        if id == WordTable.unnumbered { return table[token.lower] }
        guard Int(id) < slots.count else { return nil }
        let slot = slots[Int(id)]
        return slot < 0 ? nil : values[Int(slot)]
    }
}
