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
            while start < buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != UInt8(ascii: "\n") { end += 1 }
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
        for offset in 0..<min(a.count, b.count) where a[offset] != b[offset] { return Int(a[offset]) - Int(b[offset]) }
        return a.count - b.count
    }
}
