import Foundation

/// Gives every `<h2>`–`<h4>` of an HTML fragment an `id` and a link to itself, and lists the
/// `<h2>` headings for a table of contents.
///
/// The ids are made here from the heading's text (lower-case letters, digits and hyphens), never
/// copied from it, so article text cannot choose an id or a link target.
struct HeadingAnchors {
    /// A section heading: the target of a contents link.
    struct Heading: Equatable {
        var id: String
        /// The heading's text, without markup (entities decoded; the page escapes it again).
        var title: String
    }

    /// Ids already on the page, which new ids avoid.
    private(set) var used: Set<String>
    private(set) var headings: [Heading] = []

    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// The ids of `html`'s elements (`id="…"`).
    static func ids(in html: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"\sid="([^"]*)""#)
        let range = NSRange(html.startIndex..., in: html)
        return Set(pattern.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]) }
        })
    }

    /// `html` with an id and a self-link on each heading; headings that already have an id keep it.
    mutating func anchor(_ html: String) -> String {
        let pattern = try! NSRegularExpression(pattern: #"<h([2-4])((?: id="[^"]*")?)>(.*?)</h\1>"#,
                                               options: [.dotMatchesLineSeparators])
        var result = ""
        var last = html.startIndex
        for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            guard let whole = Range(match.range, in: html), let levelRange = Range(match.range(at: 1), in: html),
                  let idRange = Range(match.range(at: 2), in: html), let innerRange = Range(match.range(at: 3), in: html)
            else { continue }
            let level = String(html[levelRange]), inner = String(html[innerRange])
            let title = Self.plainText(inner)
            let existing = String(html[idRange]).dropFirst(#" id=""#.count).dropLast()
            let id = existing.isEmpty ? uniqueId(for: title) : String(existing)
            if Int(level) == 2 { headings.append(Heading(id: id, title: title)) }
            result += html[last..<whole.lowerBound]
            result += "<h\(level) id=\"\(id)\">\(inner) <a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a></h\(level)>"
            last = whole.upperBound
        }
        result += html[last...]
        return result
    }

    /// An id from `title` that no element of the page has yet.
    private mutating func uniqueId(for title: String) -> String {
        var slug = ""
        for character in title.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        let base = slug.isEmpty ? "section" : String(slug.prefix(48))
        var id = base, number = 2
        while used.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        used.insert(id)
        return id
    }

    /// The text of an HTML fragment libcmark or a template made: tags dropped, the entities
    /// they use decoded.
    static func plainText(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
