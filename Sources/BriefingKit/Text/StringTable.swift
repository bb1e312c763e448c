import Foundation

/// A table from strings to values for look-ups in hot loops (lexicon phrases by lower-case
/// name). An ASCII key, as most are, is found by a byte hash in an open-addressing table, far
/// cheaper than `Dictionary`'s seeded hash over normalized text; any other key is looked up in
/// the dictionary, which compares text by canonical equivalence. Either way the answer is the
/// dictionary's: two ASCII strings are equivalent only when their bytes are equal.
public struct StringTable<Value: Sendable>: Sendable {
    /// The entries, as given.
    public let entries: [String: Value]
    /// One slot of the open-addressing table: an ASCII key's hash, where its bytes are in
    /// `keyBytes` (`start` is -1 when the slot is empty) and its value. A probe compares the
    /// text only when the hashes agree, so it reads one slot where it read a key index, that
    /// key's end and its bytes in three arrays: the tables outgrow the caches.
    private struct Slot {
        var hash: UInt32 = 0
        var start: Int32 = -1
        var count: Int32 = 0
        var value: Value?
    }

    /// The ASCII keys' bytes, one after another.
    private let keyBytes: [UInt8]
    /// At most half the slots are used.
    private let slots: [Slot]
    /// False when a non-ASCII key is equivalent to an ASCII text (its only other characters are
    /// U+037E, U+1FEF or the Kelvin sign, whose canonical forms are ASCII): every look-up then
    /// goes to the dictionary.
    private let byBytes: Bool

    public init(_ entries: [String: Value]) {
        self.entries = entries
        let asciiKeys = entries.filter { key, _ in key.utf8.allSatisfy { $0 < 0x80 } }
        let byBytes = !entries.keys.contains { key in
            !key.utf8.allSatisfy { $0 < 0x80 }
                && key.unicodeScalars.allSatisfy { $0.isASCII || [0x37E, 0x1FEF, 0x212A].contains($0.value) }
        }
        var keyBytes: [UInt8] = []
        var slots = [Slot](repeating: Slot(), count: max(16, 1 << (Int.bitWidth - (asciiKeys.count * 2).leadingZeroBitCount)))
        let mask = slots.count - 1
        for (key, value) in asciiKeys {
            let start = keyBytes.count
            keyBytes += key.utf8
            let hash = keyBytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start...])) }
            var slot = Int(hash) & mask
            while slots[slot].start >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(hash: hash, start: Int32(start), count: Int32(keyBytes.count - start), value: value)
        }
        self.keyBytes = keyBytes
        self.slots = slots
        self.byBytes = byBytes
    }

    /// The value for `key`.
    public subscript(key: String) -> Value? {
        guard byBytes else { return entries[key] }
        var text = key
        // nil when the key is not all ASCII: the dictionary answers it
        let found: Value?? = text.withUTF8 { utf8 in
            for byte in utf8 where byte >= 0x80 { return nil }
            return .some(value(of: utf8))
        }
        return found ?? entries[key]
    }

    /// The value for `key`, found from its bytes without making a string of it when it is ASCII.
    public subscript(key: Substring) -> Value? {
        guard byBytes else { return entries[String(key)] }
        // nil when the bytes are not at hand, .some(nil) when the key is not all ASCII
        let found: Value??? = key.utf8.withContiguousStorageIfAvailable { utf8 in
            for byte in utf8 where byte >= 0x80 { return nil }
            return .some(value(of: utf8))
        }
        if case .some(.some(let value)) = found { return value }
        return entries[String(key)]
    }

    /// The value of an ASCII key.
    private func value(of key: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(key)
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { bytes in
                let mask = slots.count - 1
                var slot = Int(hash) & mask
                while slots[slot].start >= 0 {
                    if slots[slot].hash == hash, Int(slots[slot].count) == key.count,
                       key.isEmpty || memcmp(bytes.baseAddress! + Int(slots[slot].start), key.baseAddress!, key.count) == 0 {
                        return slots[slot].value
                    }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
    }

    /// The key hash's low 32 bits (the table never has more slots).
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(truncatingIfNeeded: WordHash.fnv1a(key))
    }
}
/// The byte hash of word look-ups.
enum WordHash {
    /// FNV-1a over the bytes, folded (cheaper than `Hasher` for short words).
    static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ hash >> 29)
    }
}
