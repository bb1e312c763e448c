import Foundation

/// A table from strings to values for look-ups in hot loops (lexicon phrases by lower-case
/// name). An ASCII key, as most are, is found by a byte hash in an open-addressing table, far
/// cheaper than `Dictionary`'s seeded hash over normalized text; any other key is looked up in
/// the dictionary, which compares text by canonical equivalence. Either way the answer is the
/// dictionary's: two ASCII strings are equivalent only when their bytes are equal.
public struct StringTable<Value: Sendable>: Sendable {
    /// The entries, as given.
    public let entries: [String: Value]
    /// The ASCII keys' bytes, one after another; key `i` ends at `keyEnds[i]`.
    private let keyBytes: [UInt8]
    private let keyEnds: [Int]
    /// The ASCII keys' values, in the same order.
    private let values: [Value]
    /// Key index + 1 at each slot (0 when empty); at most half the slots are used.
    private let slots: [Int32]
    /// False when a non-ASCII key is equivalent to an ASCII text (its only other characters are
    /// U+037E, U+1FEF or the Kelvin sign, whose canonical forms are ASCII): every look-up then
    /// goes to the dictionary.
    private let byBytes: Bool

    public init(_ entries: [String: Value]) {
        self.entries = entries
        var keyBytes: [UInt8] = [], keyEnds: [Int] = [], values: [Value] = []
        var byBytes = true
        for (key, value) in entries {
            if key.utf8.allSatisfy({ $0 < 0x80 }) {
                keyBytes += key.utf8
                keyEnds.append(keyBytes.count)
                values.append(value)
            } else if key.unicodeScalars.allSatisfy({ $0.isASCII || [0x37E, 0x1FEF, 0x212A].contains($0.value) }) {
                byBytes = false
            }
        }
        var slots = [Int32](repeating: 0, count: max(16, 1 << (Int.bitWidth - (keyEnds.count * 2).leadingZeroBitCount)))
        let mask = slots.count - 1
        keyBytes.withUnsafeBufferPointer { bytes in
            for index in keyEnds.indices {
                let key = UnsafeBufferPointer(rebasing: bytes[(index == 0 ? 0 : keyEnds[index - 1])..<keyEnds[index]])
                var slot = WordHash.fnv1a(key) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index + 1)
            }
        }
        self.keyBytes = keyBytes
        self.keyEnds = keyEnds
        self.values = values
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

    /// The value of an ASCII key.
    private func value(of key: UnsafeBufferPointer<UInt8>) -> Value? {
        let mask = slots.count - 1
        var slot = WordHash.fnv1a(key) & mask
        return keyBytes.withUnsafeBufferPointer { bytes in
            while slots[slot] != 0 {
                let index = Int(slots[slot] - 1)
                let start = index == 0 ? 0 : keyEnds[index - 1]
                if keyEnds[index] - start == key.count,
                   key.isEmpty || memcmp(bytes.baseAddress! + start, key.baseAddress!, key.count) == 0 {
                    return values[index]
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
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
