import Foundation

/// Decodes a file's bytes as UTF-8 text, refusing binary data and naming the first bad byte.
struct TextDecoder {
    /// The text of `data`; a byte-order mark is kept, as offsets count from the file's first character.
    static func decode(_ data: Data, path: String) throws -> String {
        if data.isEmpty { throw IngestError.empty(path: path) }
        // one copy, then byte loops over the array (Data's iterator costs a call per byte)
        let bytes = Array(data)
        if bytes.contains(0) { throw IngestError.binary(path: path) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidPosition(bytes)
            throw IngestError.invalidUTF8(path: path, line: line, column: column)
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) { throw IngestError.empty(path: path) }
        return text
    }

    /// Line and column (1-based, in bytes) of the first byte that is not valid UTF-8.
    private static func firstInvalidPosition(_ bytes: [UInt8]) -> (Int, Int) {
        var line = 1, lineStart = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            let valid = length > 0 && i + length <= bytes.count
                && String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil
            if !valid { return (line, i - lineStart + 1) }
            if b == 0x0A { line += 1; lineStart = i + 1 }
            i += length
        }
        return (line, i - lineStart + 1)
    }
}
