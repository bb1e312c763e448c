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

    init(line: Data) throws {
        let value: Any
        do { value = try JSONSerialization.jsonObject(with: line) } catch {
            throw Problem(reason: "not valid JSON")
        }
        guard let object = value as? [String: Any] else { throw Problem(reason: "not a JSON object") }
        func field(_ names: String...) throws -> String? {
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
        if (text ?? "").allSatisfy(\.isWhitespace) && (html ?? "").allSatisfy(\.isWhitespace) {
            throw Problem(reason: "no 'text' or 'html'")
        }
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
