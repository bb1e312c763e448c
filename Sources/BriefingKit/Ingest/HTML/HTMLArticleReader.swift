import Foundation

/// Reads a saved HTML page: parses it with libxml2, takes the metadata the page states, finds
/// the article body and returns an `Article` whose text is the body, one paragraph per line
/// (the headline is its `title`).
struct HTMLArticleReader: Sendable {
    let boilerplate: BoilerplateDetector

    /// The page's article.
    func read(data: Data, path: String, savedAt: SavedAt) throws -> Article {
        let (metadata, paragraphs) = try extract(data: data, path: path)
        guard !paragraphs.isEmpty else { throw IngestError.noArticleBody(path: path) }
        return DerivedArticle(title: metadata.title, body: paragraphs, headlineInText: false, source: metadata.siteName,
                              author: metadata.author, url: metadata.url, published: metadata.published)
            .article(id: PlainTextReader.id(for: path), path: path, savedAt: savedAt)
    }

    /// The page's stated metadata and its body paragraphs (none when no body is found).
    func extract(data: Data, path: String) throws -> (metadata: HTMLMetadata, paragraphs: [String]) {
        let tree = try Self.parse(data, path: path)
        let metadata = HTMLMetadata(tree: tree)
        guard let body = BodyLocator(tree: tree).locate() else { return (metadata, []) }
        return (metadata, BodyTextWriter(boilerplate: boilerplate).paragraphs(of: body, title: metadata.title))
    }

    /// Parses the page in the charset it declares; undeclared pages are read as UTF-8 when they
    /// are valid UTF-8 and as windows-1252 (the HTML default) otherwise.
    static func parse(_ data: Data, path: String) throws -> MarkupTree {
        let bytes = MarkupBytes(data: data)
        if !bytes.isWide, bytes.containsNUL { throw IngestError.binary(path: path) }
        let encoding: String? = bytes.hasUnicodeSignature ? nil
            : bytes.declaredCharset ?? (bytes.isUTF8 ? "UTF-8" : "windows-1252")
        guard let tree = MarkupParser.html(data, encoding: encoding) ?? MarkupParser.html(data, encoding: nil) else {
            throw IngestError.unreadable(path: path, reason: "libxml2 could not parse it as HTML")
        }
        return tree
    }
}
