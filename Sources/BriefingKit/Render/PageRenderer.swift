/// Wraps Markdown, converted to HTML, in the `page.html` template: a self-contained page with
/// inline styles, no scripts and no external resources, a header, a table of contents, an id
/// and a self-link on every section heading, the evidence appendix and a footer.
public struct PageRenderer: Sendable {
    public let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The HTML page whose body is `markdown` rendered by `HTMLRenderer`, followed by `appendix`
    /// (HTML from `EvidenceRenderer`, or nothing). The Markdown's first-level heading, when it
    /// opens the document, becomes the page's title and header; otherwise `title` is used.
    /// - Throws: `TemplateError.missingTemplate` if the set has no `page.html`.
    public func page(title: String, markdown: String, appendix: String = "", subtitle: String? = nil,
                     style: String = "document") throws -> String {
        let context = PageContext(title: title, fragment: HTMLRenderer.fragment(markdown: markdown),
                                  appendix: appendix, subtitle: subtitle, style: style)
        return try templates.render(context, template: TemplateSet.pageTemplate)
    }
}

/// What `page.html` (and `layout.html`, its parent) sees. Every value but `body` and
/// `appendix` is plain text that the template escapes for HTML (`{{title}}`); `body` is HTML
/// libcmark made in safe mode and `appendix` HTML that `evidence.html` made with every value
/// escaped, so those two alone are inserted unescaped (`{{{body}}}`).
public struct PageContext: Sendable {
    /// The variables whose values are HTML, safe to insert with triple braces.
    public static let htmlVariables: Set<String> = ["body", "appendix"]

    /// The page's title: the text of the document's first heading.
    public var title: String
    /// A line under the title (`4 articles from 3 outlets`), if any.
    public var subtitle: String?
    /// `full`, `bluf` or `dossier` for a briefing; `document` for `briefing render`.
    public var style: String
    /// The document as HTML, its first heading removed (the header shows `title`).
    public var body: String
    /// The evidence appendix as HTML; empty when there is none.
    public var appendix: String
    public var hasAppendix: Bool
    /// The sections of the page (its `<h2>` headings), for the table of contents.
    public var toc: [Section]
    /// Whether the page has two sections or more.
    public var hasToc: Bool
    public var generatedBy: String

    /// A section of the page: its heading's id and text.
    public struct Section: Sendable {
        public var id: String
        public var title: String
    }

    init(title: String, fragment: String, appendix: String, subtitle: String?, style: String) {
        var body = fragment
        var title = title
        // (a search from the start, not Foundation's range(of:), which bridges the whole page)
        if body.hasPrefix("<h1>"), let end = body.firstRange(of: "</h1>") {
            title = HeadingAnchors.plainText(String(body[body.index(body.startIndex, offsetBy: 4)..<end.lowerBound]))
            body = String(body[end.upperBound...].drop { $0 == "\n" })
        }
        var anchors = HeadingAnchors(reserved: HeadingAnchors.ids(in: body).union(HeadingAnchors.ids(in: appendix)).union(["top", "contents"]))
        self.body = anchors.anchor(body)
        self.appendix = anchors.anchor(appendix)
        self.title = title
        self.subtitle = subtitle
        self.style = style
        hasAppendix = !appendix.isEmpty
        toc = anchors.headings.map { Section(id: $0.id, title: $0.title) }
        hasToc = toc.count > 1
        generatedBy = "briefing"
    }
}
