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
    private var ids: [String: UInt32] = [:]

    /// The id of `word`, numbering it when it is new.
    func id(of word: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        return number(word, capped: false)
    }

    /// The id of `word` if it has one.
    func existingID(of word: String) -> UInt32? {
        lock.lock()
        defer { lock.unlock() }
        return ids[word]
    }

    /// Gives each token the id of its lower-case form; words beyond the table's capacity stay
    /// `unnumbered`.
    func number(_ tokens: inout [Token]) {
        lock.lock()
        defer { lock.unlock() }
        for index in tokens.indices { tokens[index].wordID = number(tokens[index].lower, capped: true) }
    }

    /// Call with the lock held.
    private func number(_ word: String, capped: Bool) -> UInt32 {
        if let id = ids[word] { return id }
        if capped && ids.count >= Self.textCapacity { return Self.unnumbered }
        let id = UInt32(ids.count)
        ids[word] = id
        return id
    }
}
