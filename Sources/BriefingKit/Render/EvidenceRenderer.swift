/// Renders the HTML appendix of a briefing with the `evidence.html` template: every article,
/// and under it each cited evidence span highlighted in its paragraph, with the ids item
/// citations link to. The template escapes every value for HTML, so no markup from an article
/// reaches the page.
public struct EvidenceRenderer: Sendable {
    /// The template that renders the appendix.
    public static let template = "evidence.html"

    public let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The appendix HTML for `briefing`.
    /// - Throws: `TemplateError.missingTemplate` if the set has no `evidence.html`.
    public func render(_ briefing: Briefing, maxItems: Int? = nil) throws -> String {
        try templates.render(BriefingContext(briefing, maxItems: maxItems), template: Self.template)
    }
}
