/// Renders a `Briefing` as Markdown with a `TemplateSet`'s template for the chosen style
/// (`briefing.md` for the full briefing).
///
/// The built-in templates escape every value taken from articles for Markdown, so the output
/// reads as plain text and renders to HTML without markup the articles did not intend.
public struct MarkdownRenderer: Sendable {
    public let templates: TemplateSet
    /// How many items a section shows at most (the rest go to the appendix); nil shows all.
    public let maxItems: Int?
    public let style: BriefingStyle

    public init(templates: TemplateSet, maxItems: Int? = nil, style: BriefingStyle = .full) {
        self.templates = templates
        self.maxItems = maxItems
        self.style = style
    }

    /// The briefing as a Markdown document.
    /// - Throws: `TemplateError.missingTemplate` if the set has no template for the style.
    public func render(_ briefing: Briefing) throws -> String {
        try templates.render(BriefingContext(briefing, maxItems: maxItems), template: style.template)
    }
}
