import Foundation

/// Byte-level facts about a markup file, read before parsing: its byte-order mark, the
/// charset it declares, whether it is UTF-8, and a lower-cased ASCII view of its start for
/// format sniffing.
struct MarkupBytes {
    let data: Data

    /// Whether the file starts with a UTF-8, UTF-16 or UTF-32 byte-order mark, or with `<?` in
    /// UTF-16/32 without one (as XML allows).
    var hasUnicodeSignature: Bool {
        let head = Array(data.prefix(4))
        let signatures: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0, 0, 0xFE, 0xFF],
                                     [0, 0x3C, 0, 0x3F], [0x3C, 0, 0x3F, 0], [0, 0, 0, 0x3C], [0x3C, 0, 0, 0]]
        return signatures.contains { head.starts(with: $0) }
    }

    /// Whether the file is wide (UTF-16/32) text, where NUL bytes are expected.
    var isWide: Bool { hasUnicodeSignature && !data.starts(with: [0xEF, 0xBB, 0xBF]) }

    /// The first `count` bytes as lower-case ASCII with NULs and non-ASCII bytes dropped.
    func asciiPrefix(_ count: Int = 2048) -> String {
        let bytes = data.prefix(count).compactMap { byte -> UInt8? in
            guard byte != 0, byte < 0x80 else { return nil }
            return (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The charset a page declares in `<meta charset>` or `<meta http-equiv … content="…charset=…">`
    /// (or an XML declaration's `encoding`), within its first 4 KB.
    var declaredCharset: String? {
        let head = asciiPrefix(4096)
        for marker in ["charset=", "encoding="] {
            var search = head[...]
            while let found = search.range(of: marker) {
                let value = head[found.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                    .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
                if !value.isEmpty { return String(value) }
                search = head[found.upperBound...]
            }
        }
        return nil
    }

    /// Whether the bytes are valid UTF-8.
    var isUTF8: Bool { data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil } }

    /// Whether any byte is NUL.
    var containsNUL: Bool { data.withUnsafeBytes { $0.contains(0) } }
}
