import Foundation
import Testing

/// A corpus of hostile articles through `generate`: in the HTML page nothing from them is
/// active (checked on the parsed elements and attributes), the Markdown shows them literally,
/// the JSON gives their characters back exactly, and the page forbids scripts by its CSP.
@Suite struct HostileCorpusTests {
    static let longWord = String(repeating: "Supercalifragilistic", count: 1_000)
    /// Lines a page must show as text, never act on.
    static let payloads = [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<iframe src=\"javascript:alert(2)\"></iframe>",
        "<svg onload=alert(3)><a xlink:href=\"javascript:alert(4)\">x</a></svg>",
        "<a href=\"javascript:alert(5)\">click</a>",
        "[click me](javascript:alert(6)) and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==)",
        "![pixel](https://evil.example/track.png) <https://evil.example/autolink> <javascript:alert(8)>",
        "[ref link][r]\n[r]: javascript:alert(9)",
        "&lt;script&gt;alert(10)&lt;/script&gt; &#x6A;avascript:alert(11) &amp;amp; &nbsp;",
        "{{title}} {{{title}}} {{>page}} {{#articles}}loop{{/articles}} {{=<% %>=}}",
        "Evil \u{202E}gnp.exe\u{202C} bidi and zero\u{200B}width\u{200D}joiner\u{FEFF} characters",
        "<style>body{display:none}</style><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<!-- comment --> <![CDATA[ x ]]> <?php echo 1; ?>",
    ]

    static let articles: [String: String] = [
        "front.md": """
            ---
            title: Front matter <script>alert(12)</script> [x](javascript:alert(13))
            url: javascript:alert(14)
            source: <b>Evil</b> Times
            published: 2026-11-24
            ---
            The council met on Monday, officials said.
            \(payloads.map { "Jane Roe, the mayor, said: \"\($0)\"" }.joined(separator: "\n"))
            \(payloads.joined(separator: "\n"))
            """,
        "lines.txt": """
            Tue 24 Nov 2026 07.00 GMT
            # Heading-like headline {{title}}
            ---
            title: not front matter
            ---
            ===
            Setext underline above, list below
            - item one
            1. item two
            > a quote block
                indented code block
            ```
            fenced
            ```
            | a | table |
            John Smith, the minister, said: "We will publish \(longWord) by Friday."
            """,
        "data-url.txt": """
            ---
            url: data:text/html;base64,PHNjcmlwdD5hbGVydCgxNSk8L3NjcmlwdD4=
            ---
            Officials approve plan \u{202E}reversed\u{202C}
            The minister said: "\(payloads[10])"
            """,
    ]

    struct Output: Sendable {
        var markdown: String
        var html: String
        var jsonData: Data
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: jsonData)) as? [String: Any] ?? [:] }
    }

    /// The corpus generated once for all the tests here.
    static let generated = Result { try generate() }

    static func generate() throws -> Output {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CLI.write(articles, to: folder)
        let result = try CLI.briefing(["generate", "front.md", "lines.txt", "data-url.txt", "--date", "2026-11-24", "--out", "out"],
                                      in: folder)
        try #require(result.status == 0, "generate failed: \(result.stderr)")
        let out = folder.appendingPathComponent("out")
        return Output(markdown: try CLI.read(out.appendingPathComponent("briefing.md")),
                      html: try CLI.read(out.appendingPathComponent("briefing.html")),
                      jsonData: try Data(contentsOf: out.appendingPathComponent("briefing.json")))
    }

    /// One element of the page as Python's HTML parser (browser-like tokenizing) sees it.
    struct Element: Decodable {
        var tag: String
        var attributes: [[String?]]
    }

    static func elements(of html: String) throws -> [Element] {
        let python = try #require(CLI.onPath("python3"), "python3 is needed to parse the page")
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try html.write(to: folder.appendingPathComponent("page.html"), atomically: false, encoding: .utf8)
        let script = """
            import html.parser, json, sys
            class P(html.parser.HTMLParser):
                def __init__(self):
                    super().__init__(convert_charrefs=True); self.out = []
                def handle_starttag(self, tag, attrs): self.out.append({"tag": tag, "attributes": [list(a) for a in attrs]})
                handle_startendtag = handle_starttag
            p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read()); p.close()
            print(json.dumps(p.out))
            """
        let result = try CLI.run(python, ["-c", script, "page.html"], in: folder)
        try #require(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode([Element].self, from: Data(result.stdout.utf8))
    }

    @Test func pageHasNoActiveContentFromTheArticles() throws {
        let elements = try Self.elements(of: try Self.generated.get().html)
        let allowed: Set<String> = ["html", "head", "meta", "title", "style", "body", "main", "header", "footer", "nav",
                                    "section", "article", "aside", "div", "span", "p", "h1", "h2", "h3", "h4", "h5", "h6",
                                    "ul", "ol", "li", "a", "em", "strong", "code", "pre", "blockquote", "hr", "br", "sup",
                                    "sub", "small", "mark", "q", "cite", "time", "table", "thead", "tbody", "tr", "th", "td",
                                    "details", "summary", "dl", "dt", "dd", "abbr", "b", "i"]
        #expect(elements.count > 20)
        for element in elements {
            #expect(allowed.contains(element.tag), "element <\(element.tag)> in the page")
            for pair in element.attributes {
                let name = pair.first.flatMap { $0 }?.lowercased() ?? "", value = (pair.last.flatMap { $0 } ?? "")
                #expect(!name.hasPrefix("on"), "event handler \(name) on <\(element.tag)>")
                if ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster"].contains(name) {
                    #expect(value.hasPrefix("#"), "<\(element.tag) \(name)=\"\(value)\"> points outside the page")
                }
                if element.tag == "meta" && name == "http-equiv" {
                    #expect(value.lowercased() == "content-security-policy", "<meta http-equiv=\(value)>")
                }
            }
        }
        #expect(elements.filter { $0.tag == "style" }.count == 1, "only the template's own style element")
    }

    @Test func pageCarriesARestrictiveContentSecurityPolicy() throws {
        let elements = try Self.elements(of: try Self.generated.get().html)
        let csp = elements.first { element in
            element.tag == "meta" && element.attributes.contains { $0.first == "http-equiv" && $0.last??.lowercased() == "content-security-policy" }
        }
        let policy = try #require(csp?.attributes.first { $0.first == "content" }?.last ?? nil)
        let directives = policy.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(directives.contains("default-src 'none'"), "\(policy)")
        #expect(!policy.contains("script-src"), "the page needs no script: \(policy)")
        #expect(!policy.contains("*") && !policy.contains("http"), "no other origin allowed: \(policy)")
    }

    @Test func pageShowsThePayloadsAsText() throws {
        let html = try Self.generated.get().html
        for literal in ["&lt;script&gt;alert(1)&lt;/script&gt;", "[click me](javascript:alert(6))", "{{title}}",
                        "{{=&lt;% %&gt;=}}", "# Heading-like headline", "\u{202E}gnp.exe\u{202C}",
                        "&amp;lt;script&amp;gt;alert(10)", "&amp;#x6A;avascript:alert(11)"] {
            #expect(html.contains(literal), "not shown literally in the page: \(literal)")
        }
    }

    @Test func markdownShowsThePayloadsLiterally() throws {
        let markdown = try Self.generated.get().markdown
        // Markdown syntax from an article is escaped: rendering it gives back the characters.
        for escaped in [#"\<script\>alert(1)\</script\>"#, #"\[click me\](javascript:alert(6))"#, #"\{\{title\}\}"#,
                        #"\&lt;script\&gt;"#] {
            #expect(markdown.contains(escaped), "missing or unescaped in the Markdown: \(escaped)")
        }
        for active in [#"(?<!\\)<script"#, #"(?<!\\)\]\((javascript|data):"#, #"(?<!\\)!\[pixel\]"#, #"(?<![\\{])\{\{title"#] {
            #expect(markdown.range(of: active, options: .regularExpression) == nil, "active in the Markdown: \(active)")
        }
        #expect(!markdown.contains("\n# Heading-like") && !markdown.contains("\n---\ntitle: not front matter"))
    }

    @Test func jsonGivesTheTextBackExactly() throws {
        let output = try Self.generated.get()
        let articles = output.json["articles"] as? [[String: Any]] ?? []
        let front = try #require(articles.first { $0["path"] as? String == "front.md" })
        #expect(front["title"] as? String == "Front matter <script>alert(12)</script> [x](javascript:alert(13))")
        #expect(front["url"] as? String == "javascript:alert(14)")
        // every span is the file's exact characters, payloads included
        var checked = 0
        for article in articles {
            let path = try #require(article["path"] as? String)
            let scalars = Array(try #require(Self.articles[path]).unicodeScalars)
            func visit(_ value: Any) {
                if let list = value as? [Any] { list.forEach(visit) }
                guard let object = value as? [String: Any] else { return }
                if let start = object["start"] as? Int, let end = object["end"] as? Int, let text = object["text"] as? String {
                    #expect(end <= scalars.count && String(String.UnicodeScalarView(scalars[start..<min(end, scalars.count)])) == text)
                    checked += 1
                }
                object.values.forEach(visit)
            }
            visit(article)
        }
        #expect(checked > 5)
        let quoted = (output.json["briefing"] as? [String: Any])?["positions"] as? [[String: Any]] ?? []
        #expect(quoted.contains { ($0["content"] as? String)?.contains(Self.payloads[0]) == true },
                "the quoted payload should come back unchanged")
        #expect(String(decoding: try JSONSerialization.data(withJSONObject: output.json), as: UTF8.self).contains(Self.longWord))
    }
}
