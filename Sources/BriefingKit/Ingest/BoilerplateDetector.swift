import Foundation

/// Recognises lines a news site adds around an article (newsletter prompts, share and follow
/// prompts, bylines, photo credits) from the patterns in `Lexicons/boilerplate.txt`.
public struct BoilerplateDetector: Sendable {
    /// All the patterns as one alternation, so that a line costs one match however many there are.
    private let pattern: NSRegularExpression?

    /// - Parameter patterns: regular expressions, each matched against a whole trimmed line; a
    ///   pattern that does not compile is left out.
    public init(patterns: [String]) {
        let valid = patterns.filter { (try? NSRegularExpression(pattern: $0)) != nil }
        pattern = valid.isEmpty ? nil : try? NSRegularExpression(
            pattern: "^(?:" + valid.map { "(?:\($0))" }.joined(separator: "|") + ")$", options: [.caseInsensitive])
    }

    /// Whether the whole line is boilerplate.
    public func isBoilerplate(_ line: String) -> Bool {
        // Trimmed of spaces and tabs (Unicode space separators included), as `.whitespaces` would.
        let scalars = line.unicodeScalars
        let isBlank = { (scalar: Unicode.Scalar) in
            scalar == " " || scalar == "\t" || (!scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator)
        }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return false }
        let trimmed = String(scalars[first...last])
        guard let pattern, !trimmed.isEmpty, trimmed.count <= 240 else { return false }
        return pattern.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil
    }

    /// Whether the line opens a newsletter block whose description line follows it.
    public func opensNewsletterBlock(_ line: String) -> Bool {
        line.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("sign up to")
    }
}
