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

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == first {
                var matched = 1
                while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
