/// What an element's tag, `class`, `id`, `role` and visibility say about it: whether it is
/// page furniture (navigation, ads, share widgets, related links, comments, cookie banners,
/// newsletter prompts, captions) or the article body, before any text is counted.
enum ElementHints {
    /// Elements that never hold article prose.
    static let furnitureTags: Set<String> = [
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "button", "input", "select", "textarea", "nav", "aside", "footer", "header", "figure",
        "figcaption", "dialog", "menu",
    ]

    /// Elements that start a new line of text.
    static let blockTags: Set<String> = [
        "html", "body", "address", "article", "aside", "blockquote", "center", "dd", "details", "dir", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend", "br",
    ]

    /// ARIA roles of page furniture.
    private static let furnitureRoles: Set<String> = [
        "navigation", "banner", "complementary", "contentinfo", "dialog", "alertdialog", "menu", "menubar",
        "search", "toolbar", "alert",
    ]

    /// Fragments of `class`/`id` values that mark furniture wherever they occur.
    private static let furnitureFragments = ASCIIText.lowercasedAll([
        "comment", "share", "sharing", "social", "related", "newsletter", "cookie", "consent", "promo", "sponsor",
        "sidebar", "breadcrumb", "subscri", "signup", "sign-up", "popup", "modal", "caption", "byline",
        "recommend", "outbrain", "taboola", "trending", "popular", "read-more", "readmore", "more-from",
        "toolbar", "masthead", "navigation", "navbar", "menu", "disqus", "author-bio", "authorbio",
        "tag-list", "taglist", "pagination", "advert", "banner", "footer", "header", "sr-only", "visually-hidden",
        "screen-reader", "skip-link", "jump-link", "print-only", "most-read", "mostread", "next-article",
        "prev-article", "further-reading", "playlist", "gallery", "slideshow", "carousel", "video",
    ])

    /// Whole `class`/`id` words (split at `-`, `_`, space) that mark furniture.
    private static let furnitureWords: Set<String> = [
        "ad", "ads", "adslot", "adunit", "nav", "meta", "tools", "credit", "credits", "print",
        "aside", "rail", "tags", "topics", "search", "author", "timestamp", "dateline", "bio", "rightcol", "leftcol",
    ]

    /// Fragments of `class`/`id` values (or `itemprop`) that mark the article body.
    private static let contentFragments = ASCIIText.lowercasedAll([
        "articlebody", "article-body", "article_body", "article__body", "story-body", "storybody", "post-body",
        "entry-content", "post-content", "article-content", "articlecontent", "story-content", "body-text",
        "bodytext", "article-text", "articletext", "story-text", "content-body",
    ])

    /// Microdata properties that carry metadata (dates, bylines, image sizes) rather than prose.
    private static let metadataProperties: Set<String> = [
        "datepublished", "datemodified", "datecreated", "author", "creator", "publisher", "image", "keywords",
        "headline", "url", "logo", "width", "height", "thumbnailurl", "inlanguage",
        "isaccessibleforfree", "sourceorganization", "copyrightholder", "copyrightyear",
    ]

    /// Whether the element is furniture by its tag, role, visibility or class/id words.
    static func isFurniture(_ node: MarkupTree.Node) -> Bool {
        if furnitureTags.contains(node.name) { return true }
        if let property = node.attribute("itemprop")?.lowercased(), metadataProperties.contains(property) { return true }
        if let role = node.attribute("role")?.lowercased(), furnitureRoles.contains(role) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        let names = classAndID(node)
        guard !names.isEmpty, !isContent(names) else { return false }
        if furnitureFragments.contains(where: { ASCIIText.contains(names, $0) }) { return true }
        return names.split(whereSeparator: { $0 == 0x2D || $0 == 0x5F || $0 == 0x20 })
            .contains { furnitureWords.contains(String(decoding: $0, as: UTF8.self)) }
    }

    /// Whether the element's class, id or `itemprop` names it the article body.
    static func isContent(_ node: MarkupTree.Node) -> Bool {
        if node.attribute("itemprop")?.lowercased() == "articlebody" { return true }
        return isContent(classAndID(node))
    }

    private static func isContent(_ names: [UInt8]) -> Bool {
        contentFragments.contains { ASCIIText.contains(names, $0) }
    }

    /// The element's `class` and `id`, ASCII lower-cased, as bytes (searched once per element,
    /// so they are searched as bytes rather than through `String`'s Unicode-aware search).
    private static func classAndID(_ node: MarkupTree.Node) -> [UInt8] {
        guard node.name != "html", node.name != "body" else { return [] }
        let classes = node.attribute("class") ?? "", id = node.attribute("id") ?? ""
        guard !classes.isEmpty || !id.isEmpty else { return [] }
        return withoutLayoutQualifiers(ASCIIText.lowercased(classes + " " + id))
    }

    /// Words that describe what a layout has beside it (`content-with-sidebar`, `has-comments`,
    /// `no-ads`) rather than what the element is.
    private static let qualifiers: Set<String> = ["with", "has", "no", "without"]

    /// `names` with each qualifier and the word after it removed from every class name.
    private static func withoutLayoutQualifiers(_ names: [UInt8]) -> [UInt8] {
        guard ASCIIText.contains(names, Array("with".utf8)) || ASCIIText.contains(names, Array("has".utf8))
            || ASCIIText.contains(names, Array("no".utf8)) else { return names }
        var result: [UInt8] = []
        for name in names.split(separator: 0x20) {
            var parts: [ArraySlice<UInt8>] = []
            var skipNext = false
            for part in name.split(whereSeparator: { $0 == 0x2D || $0 == 0x5F }) {
                if skipNext { skipNext = false; continue }
                if qualifiers.contains(String(decoding: part, as: UTF8.self)) { skipNext = true; continue }
                parts.append(part)
            }
            if !result.isEmpty { result.append(0x20) }
            result += Array(parts.joined(separator: [0x2D]))
        }
        return result
    }
}
