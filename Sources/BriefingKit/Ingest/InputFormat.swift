import Foundation

/// The formats an article file can be in, told apart by extension and, where the extension
/// is missing or ambiguous (`.xml`), by the file's first bytes.
enum InputFormat: Sendable, Equatable {
    case plainText, html, feed, jsonLines

    /// Extensions and the format each one means; `xml` is settled by sniffing.
    static let extensions: [String: InputFormat?] = [
        "txt": .plainText, "text": .plainText, "md": .plainText, "markdown": .plainText,
        "html": .html, "htm": .html, "xhtml": .html,
        "rss": .feed, "atom": .feed, "rdf": .feed,
        "jsonl": .jsonLines, "ndjson": .jsonLines,
        "xml": nil,
    ]

    /// Whether files with this extension are read (the empty extension is, by sniffing).
    static func isSupported(extension ext: String) -> Bool {
        ext.isEmpty || extensions[ext.lowercased()] != nil
    }

    /// The format of a file, or nil when its extension is not supported.
    static func of(extension ext: String, data: Data) -> InputFormat? {
        let ext = ext.lowercased()
        if let known = extensions[ext] { return known ?? sniffMarkup(data) }
        return ext.isEmpty ? sniff(data) : nil
    }

    /// A file without extension: markup, a JSON object per line, or plain text.
    private static func sniff(_ data: Data) -> InputFormat {
        let start = MarkupBytes(data: data).asciiPrefix(64).drop { $0.isWhitespace }
        if start.hasPrefix("<") { return sniffMarkup(data) }
        if start.hasPrefix("{") { return .jsonLines }
        return .plainText
    }

    /// Markup: a feed when its root is `<rss>`, `<feed>` or `<rdf:RDF>`, an HTML page otherwise.
    private static func sniffMarkup(_ data: Data) -> InputFormat {
        let head = MarkupBytes(data: data).asciiPrefix(4096)
        let feedRoots = ["<rss", "<feed", "<rdf:rdf", "<channel"]
        let htmlRoots = ["<html", "<body", "<head"]
        let feed = feedRoots.compactMap { head.range(of: $0)?.lowerBound }.min()
        let page = htmlRoots.compactMap { head.range(of: $0)?.lowerBound }.min()
        if let page, feed.map({ page < $0 }) ?? true { return .html }
        return .feed
    }
}
