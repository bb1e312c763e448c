import Foundation

/// Byte-level helpers for matching ASCII words in markup (class names, ids): far cheaper than
/// `String`'s Unicode-aware search, which matters when every element of a page is checked.
enum ASCIIText {
    /// The UTF-8 bytes of `text` with ASCII letters lower-cased.
    static func lowercased(_ text: String) -> [UInt8] {
        text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }

    static func lowercasedAll(_ words: [String]) -> [[UInt8]] {
        words.map(lowercased)
    }

    /// Whether `needle` occurs in `haystack`: each candidate start found by the C library's
    /// `memchr` and checked by `memcmp`, several times faster than a byte-by-byte walk over a
    /// paragraph.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                guard let text = h.baseAddress, let word = n.baseAddress else { return false }
                let last = h.count - n.count
                // a needle that opens with a space (" via ") is looked for by its first other
                // byte: a space is in every few bytes of a line, each a false start
                let key = n.firstIndex { $0 != UInt8(ascii: " ") } ?? 0
                var start = 0
                while start <= last {
                    guard let found = memchr(text + start + key, Int32(word[key]), last - start + 1) else { return false }
                    let at = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - text - key
                    if memcmp(text + at, word, n.count) == 0 { return true }
                    start = at + 1
                }
                return false
            }
        }
    }
}
