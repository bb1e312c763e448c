/// What a page says about itself, from `<title>`, Open Graph and `article:` meta tags,
/// other common meta names, JSON-LD and `<time>`. Values are as stated; none is invented.
struct HTMLMetadata: Equatable {
    var title: String?
    var siteName: String?
    var author: String?
    var url: String?
    /// The stated publication day, `YYYY-MM-DD`.
    var published: String?

    private static let dateNames = [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
        "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
    ]
    private static let authorNames = ["author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"]

    init(tree: MarkupTree) {
        var meta: [String: String] = [:]
        var jsonLD: JSONLDArticle?
        var titleTag: String?
        var canonical: String?
        var timeElement: String?
        for index in tree.nodes.indices {
            let node = tree.nodes[index]
            switch node.name {
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased()
                if let key, let content = node.attribute("content"), meta[key] == nil {
                    let value = Whitespace.collapse(content)
                    if !value.isEmpty { meta[key] = value }
                }
            case "title" where titleTag == nil:
                titleTag = tree.text(of: index)
            case "link" where canonical == nil && node.attribute("rel")?.lowercased() == "canonical":
                canonical = node.attribute("href")
            case "script" where jsonLD == nil && node.attribute("type")?.lowercased() == "application/ld+json":
                jsonLD = JSONLDArticle(json: tree.nodes[index..<node.end].filter(\.isText).map(\.text).joined())
            case "time" where timeElement == nil:
                timeElement = node.attribute("datetime")
            default:
                if timeElement == nil, node.attribute("itemprop")?.lowercased() == "datepublished" {
                    timeElement = node.attribute("datetime") ?? node.attribute("content")
                }
            }
        }
        title = jsonLD?.headline ?? meta["og:title"] ?? meta["twitter:title"] ?? titleTag.flatMap { $0.isEmpty ? nil : $0 }
        siteName = meta["og:site_name"] ?? jsonLD?.publisher ?? meta["application-name"]
        author = jsonLD?.author ?? Self.authorNames.lazy.compactMap { meta[$0] }.first { !$0.hasPrefix("http") }
        url = meta["og:url"] ?? canonical
        let stated = [jsonLD?.datePublished] + Self.dateNames.map { meta[$0] } + [timeElement]
        published = stated.lazy.compactMap { $0.flatMap(PublicationDate.day(from:)) }.first
    }
}
