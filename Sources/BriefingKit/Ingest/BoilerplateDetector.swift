import Foundation

/// Recognises lines a news site adds around an article (newsletter prompts, share and follow
/// prompts, bylines, photo credits) from the patterns in `Lexicons/boilerplate.txt`.
public struct BoilerplateDetector: Sendable {
    private let patterns: [NSRegularExpression]

    /// - Parameter patterns: regular expressions, each matched against a whole trimmed line.
    public init(patterns: [String]) {
        self.patterns = patterns.compactMap {
            try? NSRegularExpression(pattern: "^(?:\($0))$", options: [.caseInsensitive])
        }
    }

    /// Whether the whole line is boilerplate.
    public func isBoilerplate(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 240 else { return false }
        let range = NSRange(trimmed.startIndex..., in: trimmed)
        return patterns.contains { $0.firstMatch(in: trimmed, range: range) != nil }
    }

    /// Whether the line opens a newsletter block whose description line follows it.
    public func opensNewsletterBlock(_ line: String) -> Bool {
        line.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("sign up to")
    }
}
