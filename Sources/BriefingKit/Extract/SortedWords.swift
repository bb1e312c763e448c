import Foundation

/// A large word list kept as its file's bytes in sorted order and searched by halves: loading
/// it costs one pass over the bytes (no string per word, no hashing), which matters for the
/// 40,000-word common-word list and the 5,000 first names read at every start. Entries are one lower-case word a line,
/// in byte order; `#` lines are comments.
struct SortedWords: Sendable {
    private let bytes: [UInt8]
    /// Start and end offset of each entry in `bytes`.
    private let entries: [(start: Int32, end: Int32)]

    /// Reads the list; nil when its entries are not in byte order (a search would miss words).
    init?(text: String) {
        let bytes = Array(text.utf8)
        let entries = bytes.withUnsafeBufferPointer { buffer -> [(start: Int32, end: Int32)]? in
            var entries: [(start: Int32, end: Int32)] = []
            entries.reserveCapacity(buffer.count / 8)
            var start = 0
            guard let base = buffer.baseAddress else { return entries }
            while start < buffer.count {
                // the line break found by the C library's memchr, far faster than a byte loop
                let end = memchr(base + start, 0x0A, buffer.count - start)
                    .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? buffer.count
                var last = end
                while last > start, buffer[last - 1] == UInt8(ascii: "\r") || buffer[last - 1] == UInt8(ascii: " ") { last -= 1 }
                if last > start, buffer[start] != UInt8(ascii: "#") {
                    if let previous = entries.last,
                       Self.order(UnsafeBufferPointer(rebasing: buffer[Int(previous.start)..<Int(previous.end)]),
                                  UnsafeBufferPointer(rebasing: buffer[start..<last])) >= 0 { return nil }
                    entries.append((Int32(start), Int32(last)))
                }
                start = end + 1
            }
            return entries
        }
        guard let entries else { return nil }
        self.bytes = bytes
        self.entries = entries
    }

    var count: Int { entries.count }

    /// Whether `word` (lower case) is in the list.
    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { key in
            bytes.withUnsafeBufferPointer { buffer in
                var low = 0, high = entries.count
                while low < high {
                    let mid = (low + high) / 2
                    let entry = UnsafeBufferPointer(rebasing: buffer[Int(entries[mid].start)..<Int(entries[mid].end)])
                    let order = Self.order(entry, key)
                    if order == 0 { return true }
                    if order < 0 { low = mid + 1 } else { high = mid }
                }
                return false
            }
        }
    }

    /// Byte order of `a` against `b`: negative, zero or positive.
    private static func order(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(a.count, b.count)
        if common > 0, let x = a.baseAddress, let y = b.baseAddress {
            let order = memcmp(x, y, common)
            if order != 0 { return Int(order) }
        }
        return a.count - b.count
    }
}
