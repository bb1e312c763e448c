import Foundation

/// One `{{…}}` tag of a template, with its position, as `TemplateChecker` reads it.
///
/// The Mustache library keeps its parsed tokens to itself, so the checker reads the tags again
/// from the text; it runs only on templates the library has parsed without error.
struct MustacheTag: Equatable {
    enum Kind: Equatable {
        case variable, unescaped, section, inverted, close, partial, parent, block, comment, pragma, delimiters
    }

    var kind: Kind
    /// The name: a variable (`actor.name`, `.`), a template or a block; for a variable with
    /// transforms (`uppercased(name)`), the variable inside them.
    var name: String
    /// Transforms applied to the variable, outermost first.
    var transforms: [String]
    /// Position of the tag's first delimiter character, from 1.
    var line: Int
    var column: Int

    /// The tags of `text`, in order. Set-delimiter tags (`{{=<% %>=}}`) are followed.
    static func scan(_ text: String) -> [MustacheTag] {
        let characters = Array(text)
        var open = Array("{{"), close = Array("}}")
        var tags: [MustacheTag] = []
        var index = 0, line = 1, column = 1
        func advance(to target: Int) {
            while index < target {
                if characters[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
        }
        while let start = find(open, in: characters, from: index) {
            advance(to: start)
            let (tagLine, tagColumn) = (line, column)
            var contentStart = start + open.count
            var closing = close
            let isTriple = open == Array("{{") && contentStart < characters.count && characters[contentStart] == "{"
            if isTriple {
                contentStart += 1
                closing = Array("}}}")
            }
            guard let end = find(closing, in: characters, from: contentStart) else { break }
            let content = String(characters[contentStart..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
            advance(to: end + closing.count)
            var tag = Self.tag(content, triple: isTriple, line: tagLine, column: tagColumn)
            if tag.kind == .delimiters {
                let parts = tag.name.split(whereSeparator: \.isWhitespace)
                if parts.count == 2 {
                    open = Array(parts[0])
                    close = Array(parts[1])
                }
                tag.name = ""
            }
            tags.append(tag)
        }
        return tags
    }

    /// A tag from its content between the delimiters.
    private static func tag(_ content: String, triple: Bool, line: Int, column: Int) -> MustacheTag {
        let kinds: [Character: Kind] = ["#": .section, "^": .inverted, "/": .close, ">": .partial, "<": .parent,
                                        "$": .block, "!": .comment, "%": .pragma, "=": .delimiters, "&": .unescaped]
        var kind = Kind.variable
        var body = content
        if triple {
            kind = .unescaped
        } else if let first = content.first, let sigil = kinds[first] {
            kind = sigil
            body = String(content.dropFirst())
            if kind == .delimiters, body.hasSuffix("=") { body = String(body.dropLast()) }
            body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var transforms: [String] = []
        if [.variable, .unescaped, .section, .inverted, .close].contains(kind) {
            while let paren = body.firstIndex(of: "("), body.hasSuffix(")") {
                transforms.append(String(body[..<paren]).trimmingCharacters(in: .whitespacesAndNewlines))
                body = String(body[body.index(after: paren)..<body.index(before: body.endIndex)]).trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return MustacheTag(kind: kind, name: body, transforms: transforms, line: line, column: column)
    }

    private static func find(_ needle: [Character], in haystack: [Character], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if Array(haystack[index..<index + needle.count]) == needle { return index }
        }
        return nil
    }
}

/// A template as a tree: sections, inverted sections, parents and blocks hold the tags up to
/// their closing tag.
indirect enum TemplateNode {
    case tag(MustacheTag)
    case group(MustacheTag, [TemplateNode])

    /// The tree of `tags` (already checked by the parser, so every group is closed).
    static func tree(_ tags: [MustacheTag]) -> [TemplateNode] {
        var index = 0
        func nodes(until closing: String?) -> [TemplateNode] {
            var result: [TemplateNode] = []
            while index < tags.count {
                let tag = tags[index]
                index += 1
                switch tag.kind {
                case .close where closing != nil:
                    return result
                case .section, .inverted, .parent, .block:
                    result.append(.group(tag, nodes(until: tag.name)))
                case .comment, .pragma, .delimiters, .close:
                    continue
                default:
                    result.append(.tag(tag))
                }
            }
            return result
        }
        return nodes(until: nil)
    }
}
