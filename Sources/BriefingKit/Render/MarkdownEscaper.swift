/// Escapes untrusted text (titles, names, quotes from articles) so that CommonMark renders it as
/// the same literal text, on one line.
///
/// Characters that can open markup anywhere in a line are always backslash-escaped:
/// `\` `` ` `` `*` `_` `{` `}` `[` `]` `<` `>` `|` `~`, and `&` where it would start an entity
/// reference. Characters that are markup only at the start of a line (`#`, `-`, `+`, `=`, `!`,
/// and `.` or `)` after a leading number, as in `1. `) are escaped where the text begins, since a
/// template may place it at a line start. Everything else — letters, digits, spaces, quotes,
/// apostrophes, commas, colons, slashes, full stops and hyphens inside the text — is kept as is,
/// so the Markdown still reads well as plain text.
///
/// Line breaks and runs of white space become a single space and the ends are trimmed, so an
/// item is one line and can never become an indented code block or a hard line break. Control
/// characters are dropped.
public enum MarkdownEscaper {
    /// Characters escaped wherever they occur.
    static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "|", "~"]
    /// Characters escaped when they begin the text.
    static let escapedAtStart: Set<Character> = ["#", "-", "+", "=", "!", ".", ")"]

    /// The text escaped for CommonMark: it renders as itself (with white space collapsed).
    public static func escape(_ text: String) -> String {
        let characters = collapsedWhitespace(text)
        var result = ""
        result.reserveCapacity(characters.count + 8)
        let leadingDigits = characters.prefix { $0.isASCII && $0.isNumber }.count
        for (index, character) in characters.enumerated() {
            let escapes: Bool
            if alwaysEscaped.contains(character) {
                escapes = true
            } else if character == "&" {
                escapes = startsEntity(characters, at: index)
            } else if character == "." || character == ")" {
                escapes = index == leadingDigits
                    && (index == 0 || index + 1 == characters.count || characters[index + 1] == " ")
            } else {
                escapes = index == 0 && escapedAtStart.contains(character)
            }
            if escapes { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// The text with white space runs as single spaces, trimmed, without control characters.
    private static func collapsedWhitespace(_ text: String) -> [Character] {
        var result: [Character] = []
        var pendingSpace = false
        for character in text {
            if character.isWhitespace || character.isNewline {
                pendingSpace = !result.isEmpty
            } else if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                continue
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// Whether the `&` at `index` begins something CommonMark could read as an entity or numeric
    /// character reference (`&amp;`, `&#35;`, `&#x1F;`), or is the last character (where the next
    /// value in a template could complete one).
    private static func startsEntity(_ characters: [Character], at index: Int) -> Bool {
        var next = index + 1
        if next < characters.count, characters[next] == "#" { next += 1 }
        while next < characters.count, characters[next].isASCII,
              characters[next].isLetter || characters[next].isNumber {
            next += 1
        }
        return next < characters.count ? characters[next] == ";" : next == index + 1
    }
}
