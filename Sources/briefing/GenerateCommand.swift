import ArgumentParser
import BriefingKit
import Foundation

/// `briefing generate`: the day's briefing as Markdown, HTML and JSON.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the day's briefing (briefing.md, briefing.html, briefing.json) from article files.",
        discussion: """
            Folders are read recursively. A file that cannot be read is reported on standard error and \
            skipped; the others still go into the briefing, and the exit status is 1. Files are written \
            atomically (a temporary file renamed into place).

            Examples:
              briefing generate Samples/2026-11-24 --date 2026-11-24
              briefing generate ~/news/today --templates MyTemplates --out /tmp/brief
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var templateOptions: TemplateOptions

    @Option(help: "Output folder (default: Briefings/<date>/).")
    var out: String?

    func run() throws {
        let (outputs, errors) = ArticlePipeline(runDate: input.date).run(paths: input.paths)
        ErrorReporter.report(errors)
        guard !outputs.isEmpty else {
            ErrorReporter.note("no article could be read; nothing written")
            throw ExitCode(1)
        }
        let date = input.date ?? Self.mostCommonDay(outputs.compactMap(\.record.published)) ?? Timestamp.dayString(Date())
        let briefing = BriefingComposer().compose(
            date: date, articles: outputs.map { BriefingInput(record: $0.record, summary: $0.summary) })
        let templates = try templateOptions.templateSet()
        let markdown = try MarkdownRenderer(templates: templates).render(briefing)
        let html = try PageRenderer(templates: templates).page(title: "Briefing — \(date)", markdown: markdown)
        let json = try BriefingDocument(briefing: briefing, articles: outputs.map(\.record)).jsonString()

        let folder = URL(fileURLWithPath: out ?? "Briefings/\(date)")
        try AtomicWriter.write(markdown, to: folder.appendingPathComponent("briefing.md"))
        try AtomicWriter.write(html, to: folder.appendingPathComponent("briefing.html"))
        try AtomicWriter.write(json + "\n", to: folder.appendingPathComponent("briefing.json"))
        ErrorReporter.note("\(outputs.count) article(s) → \(folder.path)/briefing.{md,html,json}"
            + (errors.isEmpty ? "" : "; \(errors.count) file(s) skipped"))
        if !errors.isEmpty { throw ExitCode(1) }
    }

    /// The day most articles were published on (the earliest on a tie).
    static func mostCommonDay(_ days: [String]) -> String? {
        let counts = Dictionary(days.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}
