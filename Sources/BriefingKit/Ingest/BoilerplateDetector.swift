import Foundation

/// Recognises lines a news site adds around an article (newsletter prompts, share and follow
/// prompts, bylines, photo credits) from the patterns in `Lexicons/boilerplate.txt`.
public struct BoilerplateDetector: Sendable {
    /// The valid patterns joined into one alternation, so that a line is matched once rather
    /// than once per pattern (a whole-line match of the union is a whole-line match of one).
    private let combined: NSRegularExpression?

    /// - Parameter patterns: regular expressions, each matched against a whole trimmed line;
    ///   one that does not compile is ignored. They are joined into one expression, so they
    ///   must not use back-references.
    public init(patterns: [String]) {
        func joined(_ patterns: [String]) -> NSRegularExpression? {
            patterns.isEmpty ? nil : try? NSRegularExpression(
                pattern: "^(?:" + patterns.map { "(?:\($0))" }.joined(separator: "|") + ")$", options: [.caseInsensitive])
        }
        combined = joined(patterns) ?? joined(patterns.filter { joined([$0]) != nil })
    }

    /// Whether the whole line is boilerplate.
    public func isBoilerplate(_ line: String) -> Bool {
        let trimmed = Self.trimmed(line)
        guard let combined, !trimmed.isEmpty, trimmed.utf8.count <= 240 || trimmed.count <= 240 else { return false }
        let range = NSRange(trimmed.startIndex..., in: trimmed)
        // anchored: the expression starts with ^, so no later start can match; ICU would try them all
        return combined.firstMatch(in: trimmed, options: [.anchored], range: range) != nil
    }

    /// Whether the line opens a newsletter block whose description line follows it.
    public func opensNewsletterBlock(_ line: String) -> Bool {
        // only the line's start matters: lower-case a few characters, not the whole line
        let head = line.unicodeScalars.drop { CharacterSet.whitespaces.contains($0) }.prefix(24)
        return String(String.UnicodeScalarView(head)).lowercased().hasPrefix("sign up to")
    }

    /// The line without leading and trailing spaces and tabs; the line itself when it has none.
    private static func trimmed(_ line: String) -> String {
        guard let first = line.unicodeScalars.first, let last = line.unicodeScalars.last,
              CharacterSet.whitespaces.contains(first) || CharacterSet.whitespaces.contains(last) else { return line }
        return line.trimmingCharacters(in: .whitespaces)
    }
}
