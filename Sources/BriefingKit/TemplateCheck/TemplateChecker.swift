import Foundation
import Mustache

/// Checks a templates folder as `briefing templates check` does: parses every template in
/// effect, renders each style, the evidence appendix and the page with `TemplateSample`, and
/// follows every tag through the partials and parents each one includes, against the shape of
/// the context the template really sees. Mustache renders an unknown variable as nothing, so a
/// typo (`{{nmae}}`) would otherwise go unnoticed.
public struct TemplateChecker {
    /// What a check found.
    public struct Report: Sendable {
        /// The templates in effect, sorted by name.
        public var files: [TemplateFile]
        /// Every problem, in file order.
        public var problems: [TemplateProblem]
        /// The templates rendered with the sample day (the styles, `evidence.html`, `page.html`).
        public var rendered: [String]

        public var errorCount: Int { problems.filter { $0.severity == .error }.count }
        public var warningCount: Int { problems.filter { $0.severity == .warning }.count }
    }

    /// Transforms swift-mustache applies (`{{uppercased(name)}}`, `{{#first()}}`).
    static let knownTransforms: Set<String> = [
        "first", "last", "index", "even", "odd", "capitalized", "lowercased", "uppercased", "reversed", "empty",
        "count", "sorted", "enumerated", "equalzero", "plusone", "minusone",
    ]

    /// The context shapes of the templates the tool renders itself; every other template is a
    /// partial or a parent, checked where it is included.
    public static func rootShapes() -> [(template: String, shape: ContextShape)] {
        let briefing = ContextShape(of: sampleContext)
        return BriefingStyle.allCases.map { ($0.template, briefing) }
            + [(EvidenceRenderer.template, briefing), (TemplateSet.pageTemplate, ContextShape(of: samplePage(nil)))]
    }

    /// The sample day as the briefing templates see it; one item per section so that every
    /// `more…` list has an element too.
    public static let sampleContext = BriefingContext(TemplateSample.briefing, maxItems: 1)

    /// The sample day as `page.html` sees it, its body rendered with `templates` (or a fixed
    /// fragment without them).
    static func samplePage(_ templates: TemplateSet?) -> PageContext {
        let markdown = (try? templates?.render(sampleContext, template: TemplateSet.briefingTemplate))
            ?? "# Briefing — 2026-11-24\n\n## Top developments\n\n## Sources\n"
        let appendix = (try? templates?.render(sampleContext, template: EvidenceRenderer.template))
            ?? #"<section class="evidence"><h2 id="evidence">Evidence</h2></section>"#
        return PageContext(title: "Briefing — 2026-11-24", fragment: HTMLRenderer.fragment(markdown: markdown),
                           appendix: appendix, subtitle: "2 articles from 2 outlets", style: "full")
    }

    /// Checks the templates in effect for `userDirectory` (the built-in ones when nil).
    /// - Throws: `TemplateError` when the folder cannot be read at all.
    public static func check(userDirectory: URL?) throws -> Report {
        let files = try TemplateSet.files(userDirectory: userDirectory)
        var problems: [TemplateProblem] = []
        var parsed: [(file: TemplateFile, template: MustacheTemplate)] = []
        var sources: [String: TemplateSource] = [:]
        for file in files {
            do {
                let text = try file.text()
                parsed.append((file, try TemplateSet.parse(file)))
                sources[file.name] = TemplateSource(file: file, text: text)
            } catch let error as TemplateError {
                problems.append(Self.problem(error, file: file))
            }
        }
        let templates = TemplateSet(parsed: parsed)

        var walker = TemplateWalker(sources: sources, names: Set(files.map(\.name)))
        var rendered: [String] = []
        for (name, shape) in rootShapes() where sources[name] != nil {
            walker.walk(template: name, stack: [shape])
            let context: Any = name == TemplateSet.pageTemplate ? samplePage(templates) : sampleContext
            if (try? templates.render(context, template: name)) != nil { rendered.append(name) }
        }
        let roots = Set(rootShapes().map(\.template))
        let builtInNames = (try? TemplateSet.builtInFiles().map(\.name)) ?? []
        for file in files where file.origin == .user && sources[file.name] != nil && !walker.used.contains(file.name)
            && !roots.contains(file.name) {
            var message = "not used: no style, page or partial includes \(file.name)"
            if file.origin == .user, let near = NameSuggester.closest(to: file.name, among: builtInNames) {
                message += " — to replace the built-in \(near), name the file \(near).mustache"
            }
            problems.append(TemplateProblem(severity: .warning, file: file.displayPath, line: 0, column: 0, source: "",
                                            message: message))
        }
        problems += walker.problems
        var seen: Set<String> = []
        problems = problems.filter { seen.insert($0.description).inserted }
            .sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
        return Report(files: files, problems: problems, rendered: rendered)
    }

    private static func problem(_ error: TemplateError, file: TemplateFile) -> TemplateProblem {
        if case .syntax(let path, let line, let column, let source, let reason) = error {
            return TemplateProblem(severity: .error, file: path, line: line, column: column, source: source,
                                   message: reason)
        }
        return TemplateProblem(severity: .error, file: file.displayPath, line: 0, column: 0, source: "",
                               message: error.errorDescription ?? "\(error)")
    }
}

/// A parsed template's file, lines and tag tree.
struct TemplateSource {
    var file: TemplateFile
    var lines: [String]
    var nodes: [TemplateNode]
    /// The names of the blocks (`{{$name}}`) the template defines.
    var blocks: Set<String>

    init(file: TemplateFile, text: String) {
        self.file = file
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let tags = MustacheTag.scan(text)
        nodes = TemplateNode.tree(tags)
        blocks = Set(tags.filter { $0.kind == .block }.map(\.name))
    }
}
