import Foundation
import Testing

/// Article text is data: whatever HTML, Markdown or Mustache it holds must reach the page as
/// visible text, never as markup.
@Suite struct InjectionTests {
    static let payload = "<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) *bold* _em_ {{title}} {{{x}}}"
    static let headline = "Mayor row: \(payload)"
    static let article = """
        Tue 24 Nov 2026 07.00 GMT
        \(headline)
        # A standfirst that starts like a Markdown heading
        Jane Roe, the mayor, said: "\(payload)"
        The council met on Monday. Body text with \(payload) in the middle.
        Jane Roe will rebuild the bridge next year, she said.
        """

    struct Output {
        var markdown: String
        var html: String
        var json: [String: Any]
    }

    static func generate() throws -> Output {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CLI.write(["hostile.txt": article], to: folder)
        let result = try CLI.briefing(["generate", "hostile.txt", "--date", "2026-11-24", "--out", "out"], in: folder)
        try #require(result.status == 0, "generate failed: \(result.stderr)")
        let out = folder.appendingPathComponent("out")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("briefing.json")))
        return Output(markdown: try CLI.read(out.appendingPathComponent("briefing.md")),
                      html: try CLI.read(out.appendingPathComponent("briefing.html")),
                      json: try #require(json as? [String: Any]))
    }

    @Test func htmlHasNoActiveMarkupFromTheArticle() throws {
        let html = try Self.generate().html
        #expect(!html.lowercased().contains("<script"))
        #expect(html.range(of: #"<[a-zA-Z][^<>]*\sonerror\s*="#, options: [.regularExpression, .caseInsensitive]) == nil)
        #expect(html.range(of: #"href\s*=\s*["']?\s*javascript:"#, options: [.regularExpression, .caseInsensitive]) == nil)
        #expect(!html.contains("<img"))
        for word in ["bold", "em"] {
            #expect(html.range(of: "<(em|strong)>\\s*\(word)\\s*</(em|strong)>", options: .regularExpression) == nil,
                    "article text *\(word)* became emphasis")
        }
        #expect(html.range(of: #"<h[1-6][^>]*>\s*A standfirst"#, options: .regularExpression) == nil,
                "a line of article text became a heading")
    }

    @Test func htmlShowsTheArticleTextLiterally() throws {
        let html = try Self.generate().html
        for literal in ["&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
                        "[click](javascript:alert(1))", "*bold*", "_em_", "{{title}}", "{{{x}}}",
                        "# A standfirst that starts like a Markdown heading"] {
            #expect(html.contains(literal), "missing from the page: \(literal)")
        }
    }

    /// The payload travelled through every path that renders article text, so the checks
    /// above are not vacuous: the headline, the summary, and a quoted position.
    @Test func payloadReachesEverySection() throws {
        let output = try Self.generate()
        let briefing = try #require(output.json["briefing"] as? [String: Any])
        let positions = briefing["positions"] as? [[String: Any]] ?? []
        let quoted = positions.first { ($0["content"] as? String)?.contains("{{title}}") == true }
        #expect(quoted?["speaker"] as? String == "Jane Roe")
        let articles = output.json["articles"] as? [[String: Any]] ?? []
        #expect(articles.first?["title"] as? String == Self.headline, "the JSON keeps the headline exactly")
        let escapedPayload = "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; [click](javascript:alert(1)) *bold* _em_ {{title}} {{{x}}}"
        let occurrences = output.html.components(separatedBy: escapedPayload).count - 1
        #expect(occurrences >= 3, "headline, quote and body should each show the payload; found \(occurrences)")
    }

    @Test func markdownEscapesTheArticleText() throws {
        let markdown = try Self.generate().markdown
        // each must appear only backslash-escaped: \<script\>, \<img, \[click\](…)
        for unescaped in [#"(?<!\\)<script"#, #"(?<!\\)<img"#, #"(?<!\\)\]\(javascript:"#] {
            #expect(markdown.range(of: unescaped, options: .regularExpression) == nil, "unescaped \(unescaped) in Markdown")
        }
        #expect(markdown.contains(#"\<script\>"#), "the payload is missing from the Markdown")
        #expect(!markdown.contains("\n# A standfirst"), "an article line became a Markdown heading")
        #expect(!markdown.contains(" *bold* "))
    }
}
