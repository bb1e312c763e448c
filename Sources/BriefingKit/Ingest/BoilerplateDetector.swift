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
        guard !trimmed.isEmpty, trimmed.utf8.count <= 240 || trimmed.count <= 240 else { return false }
        let bytes = Self.screeningBytes(trimmed)
        return patterns.contains { pattern in
            if let bytes, let requirement = pattern.requirement, !requirement.admits(bytes) { return false }
            return pattern.expression.matches(trimmed)
        }
    }

    /// The line's UTF-8 bytes with ASCII letters in lower case, for `RequiredLiterals`; nil
    /// when the line holds a non-ASCII character that has other cases (it could match an ASCII
    /// letter case-insensitively: the Kelvin sign a k, `ß` an `ss`).
    private static func screeningBytes(_ line: String) -> [UInt8]? {
        // most lines are ASCII: map their bytes directly
        var text = line
        let ascii = text.withUTF8 { utf8 -> [UInt8]? in
            for byte in utf8 where byte >= 0x80 { return nil }
            return [UInt8](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                for k in 0..<utf8.count { buffer[k] = (0x41...0x5A).contains(utf8[k]) ? utf8[k] | 0x20 : utf8[k] }
                count = utf8.count
            }
        }
        if let ascii { return ascii }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count)
        for c in line.unicodeScalars {
            if c.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: ("A"..."Z").contains(c) ? c.value | 0x20 : c.value))
            } else if c.properties.changesWhenCaseFolded || c.properties.changesWhenCaseMapped {
                return nil
            } else {
                bytes.append(contentsOf: UTF8.encode(c)!)
            }
        }
        return bytes
    }

    /// Whether the line opens a newsletter block whose description line follows it.
    public func opensNewsletterBlock(_ line: String) -> Bool {
        // only the line's start matters: lower-case a few characters, not the whole line
        let head = line.unicodeScalars.drop { Self.whitespaces.contains($0) }.prefix(24)
        // an ASCII first letter lower-cases to itself or its small letter: only s can start "sign"
        if let first = head.first, first.isASCII, first != "s", first != "S" { return false }
        return String(String.UnicodeScalarView(head)).lowercased().hasPrefix("sign up to")
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
