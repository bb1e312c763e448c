/// Wraps Markdown, converted to HTML, in the `page.html` template: a self-contained page with
/// inline styles, no scripts and no external resources.
public struct PageRenderer: Sendable {
    public let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// What `page.html` sees: `title` is HTML-escaped by the template (`{{title}}`); `body` is
    /// the HTML libcmark made from the Markdown, and `appendix` the HTML the `evidence.html`
    /// template made (every value in it HTML-escaped); both are inserted unescaped (`{{{…}}}`).
    struct Page {
        var title: String
        var body: String
        var appendix: String
    }

    /// The HTML page titled `title` whose body is `markdown` rendered by `HTMLRenderer`,
    /// followed by `appendix` (HTML from `EvidenceRenderer`, or nothing).
    /// - Throws: `TemplateError.missingTemplate` if the set has no `page.html`.
    public func page(title: String, markdown: String, appendix: String = "") throws -> String {
        let page = Page(title: title, body: HTMLRenderer.fragment(markdown: markdown), appendix: appendix)
        return try templates.render(page, template: TemplateSet.pageTemplate)
    }
}
