import Foundation

/// Reads an RSS or Atom feed into one article per item: the item's title, link, author and
/// stated date, its content converted from HTML to text, and the channel's title as source.
/// Malformed XML is read as far as libxml2 can recover it; a file that yields no feed items
/// is an error naming the file.
struct FeedArticleReader: Sendable {
    let fragments: HTMLFragmentReader

    func read(data: Data, path: String, savedAt: SavedAt) throws -> ArticleReader.FileResult {
        let bytes = MarkupBytes(data: data)
        if !bytes.isWide, bytes.containsNUL { throw IngestError.binary(path: path) }
        if !bytes.hasUnicodeSignature, bytes.declaredCharset == nil, !bytes.isUTF8 {
            throw IngestError.undeclaredEncoding(path: path)
        }
        guard let parsed = MarkupParser.xml(data) else {
            throw IngestError.malformedFeed(path: path, reason: "not XML")
        }
        let feed: Feed
        do { feed = try FeedParser(tree: parsed.tree, fragments: fragments).parse() } catch let error as FeedParser.NotAFeed {
            throw IngestError.malformedFeed(path: path, reason: error.reason)
        }
        let stem = PlainTextReader.id(for: path)
        let articles = feed.items.enumerated().compactMap { position, item -> Article? in
            guard item.title != nil || !item.paragraphs.isEmpty else { return nil }
            return DerivedArticle(title: item.title, body: item.paragraphs, source: feed.title, author: item.author,
                                  url: item.link ?? item.guid, published: item.date.flatMap(PublicationDate.day(from:)))
                .article(id: "\(stem)-\(position + 1)", path: path, savedAt: savedAt)
        }
        if articles.isEmpty {
            throw IngestError.malformedFeed(path: path, reason: parsed.wellFormed
                ? "it has no items with a title or text" : "the XML is not well-formed and no items could be recovered")
        }
        return ArticleReader.FileResult(articles: articles, errors: [])
    }
}
