import Testing
@testable import BriefingKit

/// The byte check `briefing render` runs on a Markdown file instead of making it a string.
@Suite struct UTF8ValidationTests {
    static func valid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
    }

    /// Every sequence of one or two bytes, and every three- and four-byte sequence of bytes
    /// at the edges of the ranges, is judged as the standard library's validating decoder does,
    /// alone and after ASCII text long enough for the word-at-a-time path.
    @Test func agreesWithTheStandardLibrary() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                              0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        var cases: [[UInt8]] = []
        for a in 0...255 { cases.append([UInt8(a)]); for b in 0...255 { cases.append([UInt8(a), UInt8(b)]) } }
        for a in edges { for b in edges { for c in edges { cases.append([a, b, c]); for d in edges { cases.append([a, b, c, d]) } } } }
        let text = Array("plain ASCII words ahead".utf8)
        let wrong = cases.filter { bytes in
            let expected = String(validating: bytes, as: UTF8.self) != nil
            return Self.valid(bytes) != expected || Self.valid(text + bytes + text) != expected
        }
        #expect(wrong.isEmpty, "judged otherwise: \(wrong.prefix(10))")
    }

    @Test func acceptsTextInManyScriptsAndNothingAtAll() {
        #expect(Self.valid(Array("Größe, ça, Ελλάδα, 日本語, 🇺🇦 and \u{10FFFF}".utf8)))
        #expect(Self.valid([]))
        // ASCII to the very end, in whole words of eight bytes, then one bad byte after them
        #expect(Self.valid(Array("8 bytes.".utf8)) && Self.valid(Array("sixteen bytes ok".utf8)))
        #expect(!Self.valid(Array("8 bytes.".utf8) + [0xFF]))
    }
}
