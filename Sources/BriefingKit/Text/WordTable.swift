import Foundation

/// The process-wide numbering of lower-case words: each distinct form gets a small integer id
/// once, so that word lists (`WordSet`, `WordMap`) answer a token by its id instead of hashing
/// its text again at every look-up. Ids are handed out in order of first request and never
/// change; the table is shared by every thread and guarded by a lock (taken once per
/// paragraph of tokens).
final class WordTable: @unchecked Sendable {
    /// The table every token and word list uses.
    static let shared = WordTable()

    /// The id of a word the table did not number (it was full): such a token is looked up by its
    /// text.
    static let unnumbered: UInt32 = .max

    /// At most this many words from article text are numbered, so that odd input (random
    /// strings, a huge vocabulary) cannot grow the table without bound; word lists are always
    /// numbered.
    private static let textCapacity = 1 << 18

    private let lock = NSLock()
    /// Each access to a class's stored property is checked for exclusivity: the numbering is
    /// one value, reached once per call.
    private var numbering = Numbering()

    /// The id of `word`, numbering it when it is new.
    func id(of word: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        return numbering.number(word, capped: false)
    }

    /// The id of `word` if it has one.
    func existingID(of word: String) -> UInt32? {
        lock.lock()
        defer { lock.unlock() }
        return numbering.existingID(of: word)
    }

    /// Gives each token from index `start` on the id of its lower-case form; words beyond the
    /// table's capacity stay `unnumbered`.
    func number(_ tokens: inout [Token], from start: Int) {
        lock.lock()
        defer { lock.unlock() }
        numbering.number(&tokens, from: start)
    }

    private struct Numbering {
        /// The words, by id.
        private var words: [String] = []
        /// Each word's hash, by id: a probe compares the text only when the hashes agree.
        private var hashes: [Int] = []
        /// Open addressing by a hash of the word's UTF-8 (cheaper than `Hasher` for short
        /// words): each slot holds a word's id + 1, or 0 when empty; at most half are used.
        private var slots = [UInt32](repeating: 0, count: 1 << 12)

        func existingID(of word: String) -> UInt32? {
            let id = slots[slot(of: word, hash: Self.hash(word))]
            return id == 0 ? nil : id - 1
        }

        mutating func number(_ tokens: inout [Token], from start: Int) {
            for index in start..<tokens.count { tokens[index].wordID = number(tokens[index].lower, capped: true) }
        }

        mutating func number(_ word: String, capped: Bool) -> UInt32 {
            let hash = Self.hash(word)
            let slot = slot(of: word, hash: hash)
            if slots[slot] != 0 { return slots[slot] - 1 }
            if capped && words.count >= WordTable.textCapacity { return WordTable.unnumbered }
            let id = UInt32(words.count)
            words.append(word)
            hashes.append(hash)
            slots[slot] = id + 1
            if words.count * 2 > slots.count { grow() }
            return id
        }

        /// The slot that holds `word`, or the empty slot where it would go.
        private func slot(of word: String, hash: Int) -> Int {
            let mask = slots.count - 1
            var slot = hash & mask
            while slots[slot] != 0 {
                let id = Int(slots[slot] - 1)
                if hashes[id] == hash, words[id] == word { break }
                slot = (slot + 1) & mask
            }
            return slot
        }

        private mutating func grow() {
            slots = [UInt32](repeating: 0, count: slots.count * 2)
            let mask = slots.count - 1
            for (id, hash) in hashes.enumerated() {
                var slot = hash & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = UInt32(id + 1)
            }
        }

        /// FNV-1a over the word's UTF-8 bytes.
        private static func hash(_ word: String) -> Int {
            var word = word
            return word.withUTF8 { WordHash.fnv1a($0) }
        }
    }
}
