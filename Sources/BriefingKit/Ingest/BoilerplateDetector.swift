import Foundation

/// Recognises lines a news site adds around an article (newsletter prompts, share and follow
/// prompts, bylines, photo credits) from the patterns in `Lexicons/boilerplate.txt`.
public struct BoilerplateDetector: Sendable {
    /// Each pattern with what a line it matches must contain (nil when the pattern's syntax
    /// cannot be read: any line may match), so that a line runs only the patterns whose
    /// literals it holds, most often none. A line is boilerplate when one pattern matches it
    /// whole: what the union of the patterns, joined into one alternation, matches.
    private let patterns: [(requirement: RequiredLiterals?, expression: WholeLineExpression)]

    /// - Parameter patterns: regular expressions, each matched against a whole trimmed line;
    ///   one that does not compile is ignored.
    public init(patterns: [String]) {
        // compiled when a line first needs one: most never run, and ICU compiles slowly
        self.patterns = patterns.map { (RequiredLiterals(pattern: $0), WholeLineExpression(pattern: $0)) }
    }

    /// Whether the whole line is boilerplate.
    public func isBoilerplate(_ line: String) -> Bool {
        let trimmed = Self.trimmed(line)
        guard !trimmed.isEmpty else { return false }
        // a line over the length limit matches no pattern: most paragraphs are, and their first
        // few hundred bytes prove it, before the screening copies and searches the whole line
        if trimmed.utf8.count > Self.lengthLimit, Self.hasMoreCharacters(trimmed, than: Self.lengthLimit) { return false }
        let bytes = Self.screeningBytes(trimmed)
        // the length limit counts characters, which costs a walk of the line: asked only of a
        // line that some pattern's literals admit (most lines are ruled out before)
        var withinLimit: Bool?
        return patterns.contains { pattern in
            if let bytes, let requirement = pattern.requirement, !requirement.admits(bytes) { return false }
            if withinLimit == nil { withinLimit = trimmed.utf8.count <= Self.lengthLimit || trimmed.count <= Self.lengthLimit }
            return withinLimit == true && pattern.expression.matches(trimmed)
        }
    }

    /// The most characters a boilerplate line has: a longer line is article text.
    private static let lengthLimit = 240

    /// Whether `line` certainly has more than `limit` characters, from its UTF-8 alone (see
    /// `startsMoreCharacters(_:than:)`). False when the line may have `limit` characters or fewer.
    static func hasMoreCharacters(_ line: String, than limit: Int) -> Bool {
        var text = line
        return text.withUTF8 { utf8 in utf8.count > limit && startsMoreCharacters(utf8, than: limit) }
    }

    /// Whether more than `limit` characters certainly start in `units` (UTF-8 bytes or scalar
    /// values): two ASCII units side by side always have a character boundary between them (only
    /// CR LF forms one character), so each ASCII unit that follows another ASCII unit, LF after CR
    /// aside, starts a character of its own, and the first unit starts one too. Counting stops at
    /// the limit: a few hundred units, where `String.count` walks the whole line. Non-ASCII
    /// characters are not counted, so false means "maybe not".
    private static func startsMoreCharacters<Units: Collection>(_ units: Units, than limit: Int) -> Bool
    where Units.Element: FixedWidthInteger {
        var starts = 1
        var previous: Units.Element?
        for unit in units {
            defer { previous = unit }
            guard let before = previous, unit < 0x80, before < 0x80, !(before == 0x0D && unit == 0x0A) else { continue }
            starts += 1
            if starts > limit { return true }
        }
        return false
    }

    /// Whether the line, as scalars, is certainly neither boilerplate (`isBoilerplate`) nor the
    /// opening of a newsletter block (`opensNewsletterBlock`), without making it a string: it
    /// starts with an ASCII character other than a space, a tab or an s, ends with no space or
    /// tab, and has more characters than a boilerplate line. False when in doubt.
    public func isCertainlyText(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count > Self.lengthLimit, let first = line.first, let last = line.last, first.isASCII,
              first != " ", first != "\t", first != "s", first != "S", !Self.whitespaces.contains(last) else { return false }
        return Self.startsMoreCharacters(line.lazy.map(\.value), than: Self.lengthLimit)
    }

    /// The line's UTF-8 bytes with ASCII letters in lower case, for `RequiredLiterals`; nil
    /// when the line holds a non-ASCII character that could match an ASCII letter or a caseless
    /// character case-insensitively (the Kelvin sign a k, `ß` an `ss`). Other non-ASCII
    /// characters ("é", "Ö") are kept as written: they match no literal a requirement holds.
    private static func screeningBytes(_ line: String) -> [UInt8]? {
        var text = line
        return text.withUTF8 { utf8 -> [UInt8]? in
            var caseless = true
            let bytes = [UInt8](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var k = 0
                while k < utf8.count {
                    let byte = utf8[k]
                    if byte < 0x80 {
                        buffer[k] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                        k += 1
                        continue
                    }
                    // a non-ASCII character (the string's UTF-8 is valid): kept as written when it has no other case
                    let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                    var value = UInt32(byte) & (UInt32(0xFF) >> (length + 1))
                    for n in 1..<length { value = value << 6 | UInt32(utf8[k + n] & 0x3F) }
                    guard let c = Unicode.Scalar(value), Self.matchesNoLiteral(c) else { caseless = false; break }
                    for n in k..<(k + length) { buffer[n] = utf8[n] }
                    k += length
                }
                count = caseless ? utf8.count : 0
            }
            return caseless ? bytes : nil
        }
    }

    /// Whether a non-ASCII character matches, case-insensitively, neither an ASCII character nor
    /// a caseless one (a requirement's literals): it has no other case, or its case mappings,
    /// and theirs in turn, are all cased non-ASCII characters ("é" ↔ "É"; not "ß" → "SS",
    /// "ẞ" → "ß" → "SS", "İ" → "i̇").
    private static func matchesNoLiteral(_ c: Unicode.Scalar) -> Bool {
        let properties = c.properties
        guard properties.changesWhenCaseFolded || properties.changesWhenCaseMapped else { return true }
        func isCasedOutsideASCII(_ x: Unicode.Scalar) -> Bool { !x.isASCII && x.properties.changesWhenCaseMapped }
        func mappings(_ p: Unicode.Scalar.Properties) -> [String] { [p.lowercaseMapping, p.uppercaseMapping, p.titlecaseMapping] }
        for mapping in mappings(properties) {
            for x in mapping.unicodeScalars {
                guard isCasedOutsideASCII(x) else { return false }
                for second in mappings(x.properties) where !second.unicodeScalars.allSatisfy(isCasedOutsideASCII) { return false }
            }
        }
        return true
    }

    /// Whether the line opens a newsletter block whose description line follows it.
    public func opensNewsletterBlock(_ line: String) -> Bool {
        // most lines open with an ASCII letter other than s: ruled out by their first byte
        if let first = line.utf8.first, first < 0x80, first != UInt8(ascii: " "), first != UInt8(ascii: "\t"),
           first != UInt8(ascii: "s"), first != UInt8(ascii: "S") {
            return false
        }
        // only the line's start matters: lower-case a few characters, not the whole line
        let head = line.unicodeScalars.drop { Self.whitespaces.contains($0) }.prefix(24)
        // an ASCII first letter lower-cases to itself or its small letter: only s can start "sign"
        if let first = head.first, first.isASCII, first != "s", first != "S" { return false }
        // nor any other character than i after it ("İ" lower-cases to i and a combining dot)
        if let second = head.dropFirst().first, second.isASCII, second != "i", second != "I" { return false }
        return String(Substring(head)).lowercased().hasPrefix("sign up to")
    }

    /// The line without leading and trailing spaces and tabs; the line itself when it has none.
    private static func trimmed(_ line: String) -> String {
        guard let first = line.unicodeScalars.first, let last = line.unicodeScalars.last,
              whitespaces.contains(first) || whitespaces.contains(last) else { return line }
        return line.trimmingCharacters(in: whitespaces)
    }

    /// `CharacterSet.whitespaces`, built once (the getter builds a new set on every call).
    private static let whitespaces = CharacterSet.whitespaces
}
