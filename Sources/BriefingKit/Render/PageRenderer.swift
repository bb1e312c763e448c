/// Wraps Markdown, converted to HTML, in the `page.html` template: a self-contained page with
/// inline styles, no scripts and no external resources.
public struct PageRenderer: Sendable {
    public let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// What `page.html` sees: `title` is HTML-escaped by the template (`{{title}}`); `body` is
    /// the HTML libcmark made from the Markdown, inserted unescaped (`{{{body}}}`).
    struct Page {
        var title: String
        var body: String
    }

    /// The HTML page titled `title` whose body is `markdown` rendered by `HTMLRenderer`.
    /// - Throws: `TemplateError.missingTemplate` if the set has no `page.html`.
    public func page(title: String, markdown: String) throws -> String {
        let page = Page(title: title, body: HTMLRenderer.fragment(markdown: markdown))
        return try templates.render(page, template: TemplateSet.pageTemplate)
    }
}
