/// The words an article writes in lower case somewhere ("dinner", "big"), by word id: a
/// capitalized word the article also writes in lower case is a common word, not a name.
/// Built once per article and shared by the name chunker and the actor extractor.
struct LowercaseWords {
    /// Bit `id` is set for the word id of each lower-case word token.
    private var bits: [UInt64] = []
    /// The lower-case word tokens the word table did not number.
    private var unnumbered = Set<String>()

    init(layer: TextLayer) {
        for token in layer.tokens where token.kind == .word && !token.isCapitalized {
            let id = token.wordID
            guard id != WordTable.unnumbered else {
                unnumbered.insert(token.lower)
                continue
            }
            let slot = Int(id / 64)
            if slot >= bits.count { bits += [UInt64](repeating: 0, count: max(slot + 1 - bits.count, bits.count)) }
            bits[slot] |= 1 << UInt64(id % 64)
        }
    }

    /// Whether the article writes `word` in lower case.
    func contains(_ word: String) -> Bool {
        if let id = WordTable.shared.existingID(of: word), has(id) { return true }
        return !unnumbered.isEmpty && unnumbered.contains(word)
    }

    /// Whether the article writes the token's lower-case form in lower case.
    func contains(_ token: Token) -> Bool {
        token.wordID == WordTable.unnumbered ? contains(token.lower) : has(token.wordID) || !unnumbered.isEmpty && unnumbered.contains(token.lower)
    }

    private func has(_ id: UInt32) -> Bool {
        let slot = Int(id / 64)
        return slot < bits.count && bits[slot] & (1 << UInt64(id % 64)) != 0
    }
}
