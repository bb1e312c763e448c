import Foundation
import Testing

/// `briefing generate` on a small day of two articles, and `briefing render`.
@Suite struct EndToEndTests {
    static let articles = [
        "bridge-budget.txt": """
            Tue 24 Nov 2026 07.00 GMT
            Council approves £40m budget to rebuild Riverside bridge
            The vote ends two years of argument over the crossing, which closed after floods in 2024.
            Jane Roe, the mayor of Westford, said the council had listened to residents.
            "We will rebuild the bridge, and we will do it without raising council tax," Roe said on Monday.
            The Westford City Council will publish the contracts next month.
            Sign up to Morning Mail
            Our morning email breaks down the key stories of the day, telling you what's happening and why it matters
            after newsletter promotion
            Opposition councillors said the budget relied on a government grant that has not yet been confirmed.
            """,
        "rail-strike.txt": """
            13 hours ago
            Rail union pledges talks as strike threat grows
            Train drivers could walk out before Christmas if talks fail, the union has warned.
            Mick Lynch, the general secretary of the RMT, told reporters: "We do not want a strike, but we will not accept these cuts."
            The transport secretary, Louise Haigh, said she would meet both sides on Thursday.
            It is unclear whether the operators will return to the table.
            Sign up to First Edition
            Our morning email breaks down the key stories of the day, telling you what's happening and why it matters
            after newsletter promotion
            Passenger groups urged both sides to settle.
            """,
    ]

    struct Day {
        var folder: URL
        var result: CLI.Result
        var out: URL { folder.appendingPathComponent("out") }
        func read(_ name: String) throws -> String { try CLI.read(out.appendingPathComponent(name)) }
    }

    static func generate() throws -> Day {
        let folder = try CLI.temporaryFolder()
        let input = folder.appendingPathComponent("day")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try CLI.write(articles, to: input)
        let result = try CLI.briefing(["generate", "day", "--date", "2026-11-24", "--out", "out"], in: folder)
        return Day(folder: folder, result: result)
    }

    @Test func generateWritesThreeFiles() throws {
        let day = try Self.generate()
        defer { try? FileManager.default.removeItem(at: day.folder) }
        #expect(day.result.status == 0, "\(day.result.stderr)")
        for name in ["briefing.md", "briefing.html", "briefing.json"] {
            #expect(FileManager.default.fileExists(atPath: day.out.appendingPathComponent(name).path))
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: day.out.path).filter { !$0.hasPrefix("briefing.") }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }

    @Test func jsonFollowsTheContract() throws {
        let day = try Self.generate()
        defer { try? FileManager.default.removeItem(at: day.folder) }
        let root = try #require(try JSONSerialization.jsonObject(with: Data(day.read("briefing.json").utf8)) as? [String: Any])
        #expect(root["schema"] as? String == "briefing.extract/1")
        let articles = try #require(root["articles"] as? [[String: Any]])
        #expect(Set(articles.compactMap { $0["id"] as? String }) == ["bridge-budget", "rail-strike"])
        #expect(Set(articles.compactMap { $0["path"] as? String }) == ["day/bridge-budget.txt", "day/rail-strike.txt"])

        let required = ["id", "path", "title", "source", "published", "url", "text", "removed", "actors", "positions",
                        "commitments", "openQuestions"]
        for article in articles {
            let id = article["id"] as? String ?? "?"
            for key in required { #expect(article.keys.contains(key), "\(id): missing \(key)") }
            #expect(article["published"] as? String == "2026-11-24", "\(id): published")
            let removed = (article["removed"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            #expect(removed.contains { $0.hasPrefix("Sign up to") } && removed.contains("after newsletter promotion"),
                    "\(id): newsletter block not removed: \(removed)")
            let actors = try #require(article["actors"] as? [[String: Any]], "\(id): actors")
            #expect(!actors.isEmpty, "\(id): no actors")
            for actor in actors {
                for key in ["id", "name", "kind", "role", "affiliation", "salience", "mentions"] {
                    #expect(actor.keys.contains(key), "\(id): actor without \(key): \(actor)")
                }
                #expect(["person", "organization", "country", "group"].contains(actor["kind"] as? String ?? ""))
                let salience = actor["salience"] as? Double ?? -1
                #expect((0...1).contains(salience))
                for mention in actor["mentions"] as? [[String: Any]] ?? [] {
                    #expect(mention["start"] is Int && mention["end"] is Int && mention["text"] is String)
                }
            }
            for position in article["positions"] as? [[String: Any]] ?? [] {
                for key in ["speaker", "cue", "content", "kind"] { #expect(position.keys.contains(key), "\(id): position without \(key)") }
            }
            for commitment in article["commitments"] as? [[String: Any]] ?? [] {
                for key in ["actor", "action", "modality", "polarity", "limits", "condition", "timeframe", "evidence"] {
                    #expect(commitment.keys.contains(key), "\(id): commitment without \(key)")
                }
            }
            for question in article["openQuestions"] as? [[String: Any]] ?? [] {
                for key in ["question", "kind", "actors", "evidence"] { #expect(question.keys.contains(key), "\(id): question without \(key)") }
            }
        }
        let rail = try #require(articles.first { $0["id"] as? String == "rail-strike" })
        #expect(rail["publishedBasis"] as? String == "relative-to-run-date")
        let bridge = try #require(articles.first { $0["id"] as? String == "bridge-budget" })
        #expect(bridge["publishedBasis"] as? String == "stated")
    }

    @Test func htmlIsAStandaloneSafePage() throws {
        let day = try Self.generate()
        defer { try? FileManager.default.removeItem(at: day.folder) }
        let html = try day.read("briefing.html")
        Self.checkPage(html)
        #expect(html.contains("Council approves £40m budget to rebuild Riverside bridge"))
        #expect(html.contains("Rail union pledges talks as strike threat grows"))
        #expect(!html.contains("Sign up to"))
    }

    @Test func markdownHasTheHeadlinesAndSections() throws {
        let day = try Self.generate()
        defer { try? FileManager.default.removeItem(at: day.folder) }
        let markdown = try day.read("briefing.md")
        #expect(markdown.hasPrefix("# Briefing — 2026-11-24\n"))
        #expect(markdown.contains("Council approves £40m budget to rebuild Riverside bridge"))
        #expect(markdown.contains("Rail union pledges talks as strike threat grows"))
        for heading in ["## Articles", "## Key actors", "## Stated positions", "## Commitments", "## Open questions", "## Sources"] {
            #expect(markdown.contains("\n\(heading)\n"), "missing section \(heading)")
        }
        #expect(!markdown.contains("Sign up to"))
        #expect(!markdown.contains("after newsletter promotion"))
        #expect(markdown.contains("Jane Roe") && markdown.contains("Mick Lynch"))
    }

    @Test func renderTurnsAMarkdownFileIntoAPage() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CLI.write(["notes.md": "# Notes for Tuesday\n\nSome *emphasis* and a [link](https://example.com).\n\n<script>alert(1)</script>\n"],
                      to: folder)
        let result = try CLI.briefing(["render", "notes.md", "-o", "page/notes.html"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try CLI.read(folder.appendingPathComponent("page/notes.html"))
        Self.checkPage(html)
        #expect(html.contains("<title>Notes for Tuesday</title>"))
        #expect(html.contains("<em>emphasis</em>"))
        #expect(html.contains("<a href=\"https://example.com\">link</a>"))
        #expect(!html.lowercased().contains("<script"))
    }

    @Test func renderOfAMissingFileFails() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.briefing(["render", "nothere.md"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("nothere.md"))
    }

    @Test func renderOfAFileThatIsNotUTF8FailsNamingIt() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // an overlong "/" (0xC0 0xAF) after a heading: Latin-1 or damaged text, not UTF-8
        try Data(Array("# Notes\n\nplain words, then ".utf8) + [0xC0, 0xAF, 0x0A]).write(to: folder.appendingPathComponent("notes.md"))
        let result = try CLI.briefing(["render", "notes.md"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("notes.md: not UTF-8 text"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.html").path))
    }

    // MARK: - Page checks

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                            "source", "track", "wbr"]

    /// A standalone page: doctype, a CSP, no external resources, and every non-void element closed
    /// in order (cmark's output and the page template never rely on implied end tags).
    static func checkPage(_ html: String) {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.range(of: #"<meta http-equiv="Content-Security-Policy" content="[^"]*default-src 'none'"#,
                           options: .regularExpression) != nil, "no CSP meta tag")
        #expect(html.range(of: #"<(script|img|iframe|link|source|video|audio)\b[^>]*\s(src|href)\s*=\s*["']?(https?:)?//"#,
                           options: [.regularExpression, .caseInsensitive]) == nil, "external resource")
        #expect(!html.contains("@import") && !html.contains("url(http"), "external resource in CSS")
        #expect(html.components(separatedBy: "<html").count == 2 && html.components(separatedBy: "</html>").count == 2)
        #expect(html.components(separatedBy: "<body").count == 2 && html.components(separatedBy: "</body>").count == 2)
        #expect(html.hasSuffix("</html>\n") || html.hasSuffix("</html>"))

        // tag balance, ignoring the contents of <style>
        var stack: [String] = []
        let withoutStyle = html.replacingOccurrences(of: #"<style>[\s\S]*?</style>"#, with: "", options: .regularExpression)
        let tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/
        let tags = withoutStyle.matches(of: tag)
        #expect(tags.count > 10, "the page has almost no elements")
        for match in tags {
            let name = match.2.lowercased()
            if voidElements.contains(name) || !match.3.isEmpty { continue }
            if match.1.isEmpty {
                stack.append(name)
            } else if stack.last == name {
                stack.removeLast()
            } else {
                Issue.record("unbalanced </\(name)>; open elements: \(stack)")
                return
            }
        }
        #expect(stack.isEmpty, "unclosed elements: \(stack)")
    }
}
