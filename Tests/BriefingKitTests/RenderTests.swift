import Foundation
import Testing
@testable import BriefingKit

@Suite struct RenderTests {
    // MARK: - Injection

    @Test func articleTextCannotInjectMarkupIntoTheHTML() throws {
        let templates = try TemplateSet()
        let markdown = try MarkdownRenderer(templates: templates).render(Self.hostileBriefing())
        let html = HTMLRenderer.fragment(markdown: markdown)
        let page = try PageRenderer(templates: templates).page(title: "<script>alert(1)</script>", markdown: markdown)

        for output in [html, page] {
            #expect(!output.lowercased().contains("<script"))
            #expect(!output.contains("href=\"javascript:"))
            #expect(!output.contains("<em>bold</em>") && !output.contains("<strong>bold</strong>"))
            #expect(!output.contains("<em>em</em>") && !output.contains("<strong>em</strong>"))
            #expect(output.range(of: #"<h[1-6][^>]*>\s*Fake heading"#, options: .regularExpression) == nil)
            #expect(output.contains("{{title}}"))
            #expect(output.contains("*bold*") && output.contains("_em_"))
            #expect(output.contains("[x](javascript:alert(1))"))
            #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(output.contains("# Fake heading"))
        }
    }

    // MARK: - Markdown escaping

    static let trickyStrings = [
        "a*b*c", "*bold*", "**strong**", "***both***", "_em_", "foo_bar_baz", "__init__",
        "[x](javascript:alert(1))", "![img](x.png)", "[ref]: /url", "<script>alert(1)</script>",
        "<http://example.com>", "x < y > z", "# heading", "### heading", "#hashtag",
        "1. one", "2) two", "1986. A fine year", "3.5% growth", "- dash", "+ plus", "> quote",
        "`code`", "``double``", "\\back\\slash", "trailing backslash\\", "AT&T &amp; &#35; &copy; &",
        "{{title}}", "{{{body}}}", "| a | b |", "~~strike~~", "=====", "---", "***", "___",
        "Wow! (Reuters)", "Ukraine's 'best' \"quote\" — dash: ok/yes, fine.",
        "line\nbreak\r\nand\u{2028}more", "  leading and trailing  ", "    indented code",
        "tab\tinside", "emoji 🇺🇦 and accents: café", "http://example.com/a_b_c?x=1&y=2",
    ]

    @Test(arguments: trickyStrings)
    func escapedTextRendersAsItself(_ original: String) {
        let html = HTMLRenderer.fragment(markdown: MarkdownEscaper.escape(original))
        let expected = original.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(Self.plainText(html) == expected)
    }

    @Test func escapingKeepsOrdinaryProseReadable() {
        let prose = "Ukraine's minister said, \"We will defend 3.5% of GDP\" - on Monday (Reuters): ok/yes."
        #expect(MarkdownEscaper.escape(prose) == prose)
    }

    // MARK: - Templates

    @Test func syntaxErrorNamesFileLineAndColumn() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("briefing.md.mustache")
        try "# Briefing\n\n- **{{name}**\n".write(to: file, atomically: false, encoding: .utf8)

        let error = #expect(throws: TemplateError.self) { try TemplateSet(userDirectory: folder) }
        guard case .syntax(let path, let line, let column, let source, _) = error else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(path.hasSuffix("briefing.md.mustache"))
        #expect(line == 3)
        #expect(column == 11)
        #expect(source == "- **{{name}**")
        let description = error?.errorDescription ?? ""
        #expect(description.contains("briefing.md.mustache:3:11: "))
        #expect(description.contains("- **{{name}**"))
    }

    @Test func userFolderMayOverrideOnePartial() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "- ACTOR {{name}}\n".write(to: folder.appendingPathComponent("actor.md.mustache"),
                                       atomically: false, encoding: .utf8)

        let markdown = try MarkdownRenderer(templates: TemplateSet(userDirectory: folder)).render(Self.hostileBriefing())
        #expect(markdown.hasPrefix("# Briefing — 2026-11-24"))
        #expect(markdown.contains("## Stated positions"))
        // The override has no pragma, yet as an `.md` template it still escapes for Markdown.
        #expect(markdown.contains("- ACTOR \\*bold\\* Star"))
        #expect(!markdown.contains("- **\\*bold\\* Star**, "))
    }

    @Test func builtInTemplatesAreAllLoaded() throws {
        let names = try TemplateSet().names
        for name in ["briefing.md", "source.md", "actor.md", "position.md", "commitment.md", "question.md",
                     "page.html"] {
            #expect(names.contains(name))
        }
    }

    // MARK: - Writing

    @Test func atomicWriterReplacesContentAndLeavesNoTemporaryFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("day/briefing.md")

        try AtomicWriter.write("first version, longer than the second\n", to: target)
        try AtomicWriter.write("second\n", to: target)

        #expect(try String(contentsOf: target, encoding: .utf8) == "second\n")
        let entries = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
        #expect(entries == ["briefing.md"])
    }

    @Test func aKilledRunsOldTemporaryIsRemovedAndARecentOneKept() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("briefing.md")
        let stale = folder.appendingPathComponent(".briefing.md.\(UUID().uuidString).tmp")
        let recent = folder.appendingPathComponent(".briefing.md.\(UUID().uuidString).tmp")   // a concurrent run's
        let other = folder.appendingPathComponent(".notes.md.\(UUID().uuidString).tmp")       // another file's
        for url in [stale, recent, other] { try Data("partial".utf8).write(to: url) }
        let old = Date().addingTimeInterval(-(AtomicWriter.staleAfter + 60))
        for url in [stale, other] { try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: url.path) }

        try AtomicWriter.write("new\n", to: target)

        let entries = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(entries == ["briefing.md", recent.lastPathComponent, other.lastPathComponent])
    }

    // MARK: - Helpers

    /// A briefing whose every article-derived string tries to inject markup.
    static func hostileBriefing() -> Briefing {
        let evidence = Span(start: 0, end: 4, text: "text")
        return Briefing(
            date: "2026-11-24",
            sources: [BriefingSource(
                id: "a1", path: "articles/2026-11-24/a1.txt", title: "<script>alert(1)</script>",
                source: "[x](javascript:alert(1))", published: "2026-11-24", url: nil,
                summary: ["# Fake heading", "*bold* and _em_", "{{title}}"])],
            actors: [BriefingActor(
                id: "star", name: "*bold* Star", kind: .person, role: "_em_", affiliation: "<script>alert(1)</script>",
                salience: 1, articleIds: ["a1"], mentionCount: 2, said: ["[x](javascript:alert(1))"],
                committed: ["will {{title}}"])],
            positions: [BriefingPosition(
                speaker: "*bold* Star", speakerActorId: "star", cue: "_em_", content: "# Fake heading",
                kind: .direct, articleId: "a1", evidence: evidence)],
            commitments: [BriefingCommitment(
                actor: "*bold* Star", actorId: "star", action: "<script>alert(1)</script>", modality: "pledged",
                polarity: .negative, limits: ["_em_"], condition: "[x](javascript:alert(1))",
                timeframe: "{{title}}", articleId: "a1", evidence: evidence)],
            openQuestions: [BriefingQuestion(
                question: "# Fake heading", kind: .pending, actors: ["*bold* Star"], articleId: "a1",
                evidence: evidence)])
    }

    /// The text of an HTML fragment: tags removed, entities decoded, white space collapsed.
    static func plainText(_ html: String) -> String {
        let text = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("RenderTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
