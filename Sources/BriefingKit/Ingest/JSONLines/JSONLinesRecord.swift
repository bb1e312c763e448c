import Foundation

/// One JSON Lines article object, its fields checked.
struct JSONLinesRecord {
    /// Why a line is not an article.
    struct Problem: Error {
        var reason: String
    }

    var title: String?
    var text: String?
    var html: String?
    var url: String?
    var published: String?
    var source: String?
    var author: String?
    /// The record's own identifier (`id`, a string or an integer), used as the article id.
    var id: String?

    init(line: Data) throws(Problem) {
        let value: Any
        let utf8BOM = Data([0xEF, 0xBB, 0xBF])
        let line = line.starts(with: utf8BOM) ? line.dropFirst(3) : line
        do { value = try JSONSerialization.jsonObject(with: line) } catch {
            throw Problem(reason: String(data: line, encoding: .utf8) == nil ? "invalid UTF-8" : "not valid JSON")
        }
        guard let object = value as? [String: Any] else { throw Problem(reason: "not a JSON object") }
        func field(_ names: String...) throws(Problem) -> String? {
            for name in names {
                guard let raw = object[name], !(raw is NSNull) else { continue }
                guard let string = raw as? String else { throw Problem(reason: "'\(name)' is not a string") }
                return string
            }
            return nil
        }
        title = try field("title", "headline")
        text = try field("text", "body", "articleBody")
        html = try field("html", "content")
        url = try field("url", "link")
        published = try field("published", "date", "datePublished")
        source = try field("source", "site", "publisher")
        author = try field("author", "byline")
        id = try Self.identifier(object["id"])
        if (text ?? "").allSatisfy(\.isWhitespace) && (html ?? "").allSatisfy(\.isWhitespace) {
            throw Problem(reason: "no 'text' or 'html'")
        }
    }

    /// An `id` field as an article id: a non-empty string or an integer; nil when absent.
    private static func identifier(_ raw: Any?) throws(Problem) -> String? {
        guard let raw, !(raw is NSNull) else { return nil }
        if !(raw is Bool), let number = raw as? Int { return String(number) }
        guard let string = raw as? String else { throw Problem(reason: "'id' is not a string or an integer") }
        let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The article: `text` split into its lines, or `html` read as a fragment.
    func article(fragments: HTMLFragmentReader) -> DerivedArticle {
        let body: [String]
        if let text, !text.allSatisfy(\.isWhitespace) {
            body = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
        } else {
            body = fragments.paragraphs(html: html ?? "")
        }
        return DerivedArticle(title: title, body: body, source: source, author: author, url: url,
                              published: published.flatMap(PublicationDate.day(from:)))
    }
}
