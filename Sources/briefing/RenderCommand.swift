import ArgumentParser
import BriefingKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        // The Markdown stays bytes, handed to libcmark as read; the page's body is written as
        // libcmark made it (with heading anchors), never made into a string.
        let page = try data.withUnsafeBytes { raw in
            let markdown = raw.bindMemory(to: UInt8.self)
            guard UTF8Validation.isValid(markdown) else { throw ValidationError("\(file): not UTF-8 text") }
            let set = try templateOptions.templateSet()
            let title = Self.heading(of: markdown) ?? url.deletingPathExtension().lastPathComponent
            return try PageRenderer(templates: set).page(title: title, markdownUTF8: markdown)
        }
        let target = output.map { URL(fileURLWithPath: $0) } ?? url.deletingPathExtension().appendingPathExtension("html")
        try AtomicWriter.write(page, to: target)
        ErrorReporter.note("wrote \(target.path)")
    }

    /// The text of the first line that is a level-1 heading ("# Title"), looking no further
    /// than that line. As in a string, a line ends at a line feed that does not follow a
    /// carriage return (CR LF is one character); only a line whose bytes start with "# " is
    /// made into a string, to be checked character by character.
    static func heading(of markdown: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = markdown.baseAddress else { return nil }
        let heading = Array("# ".utf8)
        var start = 0
        while start < markdown.count {
            var end = start
            while let found = memchr(base + end, 0x0A, markdown.count - end) {
                end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if end == start || markdown[end - 1] != 0x0D { break }
                end += 1
                if end == markdown.count { break }
            }
            if !(end < markdown.count && markdown[end] == 0x0A) { end = markdown.count }
            let line = UnsafeBufferPointer(rebasing: markdown[start..<end])
            if line.starts(with: heading) {
                let text = String(decoding: line, as: UTF8.self)
                if text.hasPrefix("# ") { return String(text.dropFirst(2)) }
            }
            start = end + 1
        }
        return nil
    }
}
