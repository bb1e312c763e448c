/// The built-in ways to present a briefing (`briefing generate --style`), each a Markdown
/// template that sees a `BriefingContext`; the HTML page wraps any of them.
public enum BriefingStyle: String, CaseIterable, Sendable {
    /// The full daily briefing: top developments, articles, actors, positions, commitments,
    /// questions, sources.
    case full
    /// Bottom line up front: the top developments, each one sentence with its sources, on one screen.
    case bluf
    /// One section per key actor: who they are, what they said and committed to, what is open.
    case dossier

    /// The Markdown template that renders this style.
    public var template: String {
        switch self {
        case .full: return TemplateSet.briefingTemplate
        case .bluf: return "bluf.md"
        case .dossier: return "dossier.md"
        }
    }

    /// The output files' name without extension: `briefing` for the full briefing, else the style.
    public var fileStem: String {
        self == .full ? "briefing" : rawValue
    }
}
