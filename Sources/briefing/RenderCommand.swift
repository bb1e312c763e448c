import ArgumentParser
import BriefingKit
import Foundation

/// `briefing render`: any Markdown file to a standalone HTML page.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a Markdown file to a standalone HTML page (cmark, safe mode).",
        discussion: """
            Examples:
              briefing render Briefings/2026-11-24/briefing.md
              briefing render notes.md -o notes.html --templates MyTemplates
            """)

    @Argument(help: "The Markdown file.")
    var file: String

    @Option(name: [.short, .customLong("output")], help: "The HTML file to write (default: FILE with .html).")
    var output: String?

    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
        let url = URL(fileURLWithPath: file)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("\(file): no such file or it cannot be read")
        }
        guard let markdown = String(data: data, encoding: .utf8) else { throw ValidationError("\(file): not UTF-8 text") }
        let set = try templateOptions.templateSet()
        let title = Self.heading(of: markdown) ?? url.deletingPathExtension().lastPathComponent
        let html = try PageRenderer(templates: set).page(title: title, markdown: markdown)
        let target = output.map { URL(fileURLWithPath: $0) } ?? url.deletingPathExtension().appendingPathExtension("html")
        try AtomicWriter.write(html, to: target)
        ErrorReporter.note("wrote \(target.path)")
    }

    /// The text of the first line that is a level-1 heading ("# Title"), looking no further
    /// than that line.
    static func heading(of markdown: String) -> String? {
        var rest = markdown[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            if rest[..<end].hasPrefix("# ") { return String(rest[..<end].dropFirst(2)) }
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
        }
        return nil
    }
}
