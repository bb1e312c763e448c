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

    /// Runs `body` with the table locked: the tokenizer numbers a paragraph's tokens, and
    /// looks up their written forms, under one lock.
    func withNumbering<Result>(_ body: (inout Numbering) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&numbering)
    }

    struct Numbering {
        /// One slot of the open-addressing table: a word, its id + 1 (0 when the slot is empty)
        /// and its hash. A probe reads the word where it finds the id (a short word's text lives
        /// inside its `String`), one cache line instead of an id, a hash and a word in three
        /// arrays: the table outgrows the caches, and those reads were most of its time.
        private struct Slot {
            var word = ""
            var hash: UInt32 = 0
            var idPlusOne: UInt32 = 0
        }

        /// How many words have an id.
        private var count = 0
        /// Open addressing by a hash of the word's UTF-8 (cheaper than `Hasher` for short
        /// words); at most half the slots are used.
        private var slots = [Slot](repeating: Slot(), count: 1 << 12)

        func existingID(of word: String) -> UInt32? {
            let id = slots[slot(of: word, hash: Self.hash(word))].idPlusOne
            return id == 0 ? nil : id - 1
        }

        /// The written forms of words and numbers, with their word ids.
        var forms = WordForms()

        /// The word id of each ASCII mark, by its value, once asked.
        private var markIDs = [UInt32?](repeating: nil, count: 0x80)

        /// The word id of the ASCII mark `mark`, whose value is `value`.
        mutating func markID(_ mark: String, value: Int) -> UInt32 {
            if let id = markIDs[value] { return id }
            let id = number(mark, capped: true)
            // an unnumbered mark (the table was full) is asked again: a word list may number it
            if id != WordTable.unnumbered { markIDs[value] = id }
            return id
        }

        mutating func number(_ word: String, capped: Bool) -> UInt32 {
            let hash = Self.hash(word)
            let slot = slot(of: word, hash: hash)
            if slots[slot].idPlusOne != 0 { return slots[slot].idPlusOne - 1 }
            if capped && count >= WordTable.textCapacity { return WordTable.unnumbered }
            let id = UInt32(count)
            count += 1
            slots[slot] = Slot(word: word, hash: hash, idPlusOne: id + 1)
            if count * 2 > slots.count { grow() }
            return id
        }

        /// The slot that holds `word`, or the empty slot where it would go.
        private func slot(of word: String, hash: UInt32) -> Int {
            slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var slot = Int(hash) & mask
                while slots[slot].idPlusOne != 0 {
                    if slots[slot].hash == hash, slots[slot].word == word { break }
                    slot = (slot + 1) & mask
                }
                return slot
            }
        }

        private mutating func grow() {
            slots = OpenAddressing.doubled(slots, empty: Slot(), isUsed: { $0.idPlusOne != 0 }, hash: \.hash)
        }

        /// FNV-1a over the word's UTF-8 bytes, its low 32 bits (the table never has more slots).
        private static func hash(_ word: String) -> UInt32 {
            var word = word
            return word.withUTF8 { UInt32(truncatingIfNeeded: WordHash.fnv1a($0)) }
        }
    }
}
