/// A set of strings for look-ups in hot loops (lexicon phrases of one or more words, "new
/// york"): a `StringTable` without values, so an ASCII string is found by a byte hash instead
/// of `Set`'s seeded hash over normalized text. Membership is `Set<String>`'s.
public struct StringSet: Sendable {
    private let table: StringTable<Bool>

    /// A set of `strings`; repeats are kept once.
    public init<Strings: Sequence>(_ strings: Strings) where Strings.Element == String {
        table = StringTable(Dictionary(strings.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Whether the set holds `string`.
    public func contains(_ string: String) -> Bool { table[string] != nil }
}
