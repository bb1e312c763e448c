/// The rows of a lexicon data file: one entry a line, lines starting with `#` left out, fields
/// separated by tabs. Read byte by byte (a line break and a tab are single ASCII bytes), with
/// the lines and fields a split of the text by `Character` gives: a `\r\n` pair is one
/// character, so it does not end a line.
enum LexiconRows {
    static func parse(_ text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { bytes in
            var rows: [[String]] = []
            var lineStart = 0
            var i = 0
            while i <= bytes.count {
                let atBreak = i == bytes.count || (bytes[i] == UInt8(ascii: "\n") && (i == 0 || bytes[i - 1] != UInt8(ascii: "\r")))
                if atBreak {
                    let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<i])
                    if !line.isEmpty, !isComment(line) { rows.append(fields(line)) }
                    lineStart = i + 1
                }
                i += 1
            }
            return rows
        }
    }

    /// Whether the line's first character is `#` (not `#` with a combining mark).
    private static func isComment(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line[0] == UInt8(ascii: "#") else { return false }
        return line.count == 1 || line[1] < 0x80 ? true : String(decoding: line, as: UTF8.self).hasPrefix("#")
    }

    private static func fields(_ line: UnsafeBufferPointer<UInt8>) -> [String] {
        line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
            String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self)
        }
    }
}
