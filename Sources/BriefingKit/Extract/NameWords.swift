/// A name's words, split from the text's UTF-8 bytes when it is all ASCII (one character a
/// byte, and a space or other ASCII whitespace never joins a neighbour into one character, so
/// the result is that of splitting its characters) and by characters otherwise.
enum NameWords {
    /// `text.split(separator: " ").map(String.init)`.
    static func split(_ text: String) -> [String] {
        guard let words = asciiWords(text, isSeparator: { $0 == UInt8(ascii: " ") }) else {
            return text.split(separator: " ").map(String.init)
        }
        return words
    }

    /// `text.split(separator: " ").first.map(String.init)`, without splitting the rest.
    static func firstWord(_ text: String) -> String? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").first.map(String.init) }
        let utf8 = text.utf8
        guard let start = utf8.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return nil }
        let end = utf8[start...].firstIndex(of: UInt8(ascii: " ")) ?? utf8.endIndex
        return String(text[start..<end])
    }

    /// `text.count > limit`, from the bytes when the text is ASCII other than CR (one character a
    /// byte) or has no more bytes than `limit` (never more characters than bytes).
    static func hasMoreCharacters(_ text: String, than limit: Int) -> Bool {
        let utf8 = text.utf8
        if utf8.count <= limit { return false }
        if utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) { return true }
        return text.count > limit
    }

    /// The number of space bytes in the text (`text.utf8.filter { $0 == 0x20 }.count`, without
    /// the generic filter's walk).
    static func spaceCount(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte == UInt8(ascii: " ") { count += 1 }
        return count
    }

    /// `text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")`.
    static func singleSpaced(_ text: String) -> String {
        // most names are written so already: kept as they are, with no split and join
        if isSingleSpacedASCII(text) { return text }
        guard let words = asciiWords(text, isSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) }) else {
            return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        return words.joined(separator: " ")
    }

    /// Whether the text is ASCII with single spaces between words, no space at either end and
    /// no other whitespace: what `singleSpaced` makes of it is the text itself.
    private static func isSingleSpacedASCII(_ text: String) -> Bool {
        // read from the contiguous bytes: asked of every name, often several times
        var text = text
        return text.withUTF8 { bytes in
            var afterSpace = true
            for byte in bytes {
                if byte >= 0x80 || (0x09...0x0D).contains(byte) { return false }
                let isSpace = byte == 0x20
                if isSpace && afterSpace { return false }
                afterSpace = isSpace
            }
            return bytes.last != 0x20
        }
    }

    /// The first value `found` gives for the text after a space, trying each such suffix in
    /// order (nil when none gives one).
    static func firstSuffixAfterSpace<Value>(_ text: String, _ found: (Substring) -> Value?) -> Value? {
        // ASCII: the suffixes start after the space bytes, taken in place without a list of them
        // (a UTF-8 offset is a character's there)
        var bytes = text
        guard bytes.withUTF8({ $0.allSatisfy { $0 < 0x80 } }) else {
            for index in text.indices where text[index] == " " {
                if let value = found(text[text.index(after: index)...]) { return value }
            }
            return nil
        }
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let space = utf8[index...].firstIndex(of: UInt8(ascii: " ")) {
            index = utf8.index(after: space)
            if let value = found(text[index...]) { return value }
        }
        return nil
    }

    /// The non-empty runs between separator bytes, or nil when the text is not all ASCII.
    private static func asciiWords(_ text: String, isSeparator: (UInt8) -> Bool) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            // names have a few words: one allocation instead of one at each doubling
            words.reserveCapacity(4)
            var start = 0
            for (i, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if isSeparator(byte) {
                    if i > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                    start = i + 1
                }
            }
            if bytes.count > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return words
        }
    }
}
