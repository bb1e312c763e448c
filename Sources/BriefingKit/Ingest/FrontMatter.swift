/// A Markdown file's leading `---` block of `key: value` lines.
struct FrontMatter {
    /// The fields, keys lower-cased, values without surrounding quotes.
    var fields: [String: String]
    /// Offsets of the block including both `---` lines.
    var range: Range<Int>

    /// Parses the block at the start of `text`, or returns nil when the text has none.
    static func parse(_ text: ScalarText, lines: [Range<Int>], path: String) throws -> FrontMatter? {
        guard let first = lines.first,
              // most texts open with a headline: a line whose first non-blank scalar is no "-" is no "---"
              text.scalars[first].first(where: { !blanks.contains($0) }) == "-",
              text.string(first).trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        var fields: [String: String] = [:]
        for (index, line) in lines.enumerated().dropFirst() {
            let content = text.string(line)
            if content.trimmingCharacters(in: .whitespaces) == "---" || content.trimmingCharacters(in: .whitespaces) == "..." {
                return FrontMatter(fields: fields, range: first.lowerBound..<line.upperBound)
            }
            if content.trimmingCharacters(in: .whitespaces).isEmpty || content.hasPrefix("#") { continue }
            guard let colon = content.firstIndex(of: ":") else {
                throw IngestError.malformedFrontMatter(path: path, line: index + 1, reason: "expected 'key: value'")
            }
            let key = content[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            fields[key] = value
        }
        throw IngestError.malformedFrontMatter(path: path, line: 1, reason: "the block opened by '---' is never closed")
    }

    /// `CharacterSet.whitespaces`, built once (the getter builds a new set on every call).
    private static let blanks = CharacterSet.whitespaces
}

import Foundation
