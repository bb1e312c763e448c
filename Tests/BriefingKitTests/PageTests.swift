import Foundation
import Testing
@testable import BriefingKit

/// The HTML page: header, contents, section anchors, inheritance, styles.
@Suite struct PageTests {
    static func page(_ templates: TemplateSet, style: BriefingStyle = .full) throws -> String {
        let briefing = TemplateSample.briefing
        let markdown = try MarkdownRenderer(templates: templates, style: style).render(briefing)
        let appendix = try EvidenceRenderer(templates: templates).render(briefing)
        return try PageRenderer(templates: templates).page(title: "fallback", markdown: markdown, appendix: appendix,
                                                           subtitle: "2 articles", style: style.rawValue)
    }

    @Test func everySectionHasAnIdAndTheContentsLinkThem() throws {
        let html = try Self.page(TemplateSet())
        let sections = html.matches(of: /<h2 id="([a-z0-9-]+)">/).map { String($0.1) }
        #expect(sections.contains("top-developments") && sections.contains("key-actors") && sections.contains("evidence"))
        let contents = html.matches(of: /<li><a href="#([a-z0-9-]+)">/).map { String($0.1) }
        #expect(contents == sections)
        let ids = html.matches(of: /\sid="([^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count, "an id is used twice")
        let targets = Set(html.matches(of: /href="#([^"]+)"/).map { String($0.1) })
        #expect(targets.isSubset(of: Set(ids)), "links without target: \(targets.subtracting(ids).sorted())")
    }

    @Test func theFirstHeadingBecomesTheTitleAndHeader() throws {
        let html = try Self.page(TemplateSet())
        #expect(html.contains("<title>Briefing — 2026-11-24</title>"))
        #expect(html.contains("<h1>Briefing — 2026-11-24</h1>"))
        #expect(html.components(separatedBy: "<h1").count == 2, "the body's own h1 is removed")
        #expect(html.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"#))
    }

    @Test func aTwoLineOpeningHeadingBecomesTheTitleAndLeavesTheBody() throws {
        let html = try PageRenderer(templates: TemplateSet()).page(
            title: "fallback", markdown: "Budget *talks*\n&amp; after\n===\n\n## Next\n\ntext\n")
        #expect(html.contains("<title>Budget talks\n&amp; after</title>"))
        #expect(html.components(separatedBy: "<h1").count == 2, "the body's own h1 is removed")
        #expect(html.contains(##"<h2 id="next">Next <a class="anchor" href="#next""##))
    }

    @Test func withoutAnOpeningHeadingTheGivenTitleStays() throws {
        let html = try PageRenderer(templates: TemplateSet()).page(title: "fallback", markdown: "text\n\n# Late\n")
        #expect(html.contains("<title>fallback</title>"))
        #expect(html.contains("<h1>Late</h1>"))
    }

    @Test func headingIdsAreMadeNotCopiedFromArticleText() throws {
        let html = try PageRenderer(templates: TemplateSet()).page(
            title: "t", markdown: "## A\" onmouseover=\"alert(1)\n\n## <b>x</b> &amp; y\n\n## A\" onmouseover=\"alert(1)\n")
        #expect(!html.contains("onmouseover=\"alert"))
        let ids = html.matches(of: /<h2 id="([^"]+)">/).map { String($0.1) }
        #expect(ids == ["a-onmouseover-alert-1", "x-y", "a-onmouseover-alert-1-2"])
    }

    @Test func aUserPageMayReplaceOnlyTheHeader() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{<layout.html}}\n{{$header}}<header id=\"top\"><h1>Morning notes: {{title}}</h1></header>{{/header}}\n{{/layout.html}}\n"
            .write(to: folder.appendingPathComponent("page.html.mustache"), atomically: false, encoding: .utf8)
        let html = try Self.page(TemplateSet(userDirectory: folder))
        #expect(html.contains("<h1>Morning notes: Briefing — 2026-11-24</h1>"))
        #expect(!html.contains(#"<header class="masthead""#))
        // The other blocks are inherited: styles, contents, body, appendix, footer.
        #expect(html.contains("prefers-color-scheme: dark") && html.contains(#"<nav class="toc""#))
        #expect(html.contains(#"<section class="evidence">"#) && html.contains("<footer>"))
    }

    /// The body is placed in the page apart from the template; a page that escapes it or uses
    /// it twice still gets what Mustache makes of it.
    @Test func aUserPageMayEscapeOrRepeatTheBody() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html.mustache")
        let markdown = "## Talks\n\nA *firm* plan.\n"
        try "{{<layout.html}}\n{{$body}}<pre>{{body}}</pre>{{/body}}\n{{/layout.html}}\n".write(to: page, atomically: false, encoding: .utf8)
        let escaped = try PageRenderer(templates: TemplateSet(userDirectory: folder)).page(title: "t", markdown: markdown)
        #expect(escaped.contains("<pre>&lt;h2 id=&quot;talks&quot;&gt;Talks"))
        #expect(escaped.contains("&lt;p&gt;A &lt;em&gt;firm&lt;/em&gt; plan.&lt;/p&gt;\n</pre>"))
        try "{{<layout.html}}\n{{$body}}{{{body}}}<hr>{{{body}}}{{/body}}\n{{/layout.html}}\n".write(to: page, atomically: false, encoding: .utf8)
        let twice = try PageRenderer(templates: TemplateSet(userDirectory: folder)).page(title: "t", markdown: markdown)
        #expect(twice.components(separatedBy: "<p>A <em>firm</em> plan.</p>\n").count == 3)
        #expect(twice.contains("</p>\n<hr><h2 id=\"talks\">"))
    }

    @Test func blufIsOneSentencePerDevelopmentWithItsSources() throws {
        let markdown = try MarkdownRenderer(templates: TemplateSet(), style: .bluf).render(TemplateSample.briefing)
        let items = markdown.split(separator: "\n").filter { $0.hasPrefix("1. ") }
        #expect(items.count == TemplateSample.briefing.topDevelopments.count)
        #expect(items.first == "1. United Kingdom will send troops to defend Ukraine's skies and seas. — [The Guardian 1](#ev-1-162-225) [The Times 2](#ev-2-410-455)")
        #expect(items.last?.hasPrefix("1. Sources disagree about United Kingdom: “10,000 troops” vs “5,000 troops”. — ") == true)
    }

    @Test func theDossierHasASectionPerKeyActorWithTheirItems() throws {
        let markdown = try MarkdownRenderer(templates: TemplateSet(), style: .dossier).render(TemplateSample.briefing)
        #expect(markdown.hasPrefix("# Actor dossier — 2026-11-24\n"))
        let healey = try #require(markdown.components(separatedBy: "\n## John Healey\n").last?.components(separatedBy: "\n## ").first)
        #expect(healey.contains("person · defence secretary · United Kingdom · on the watchlist · also: Healey · in [1] [2]"))
        #expect(healey.contains("### Said") && healey.contains("'We are ready to lead'"))
        #expect(healey.contains("### Committed to") && healey.contains("meet Pete Hegseth in Washington"))
        #expect(healey.contains("### Open questions") && healey.contains("What will the US be willing to commit?"))
        #expect(!healey.contains("Will the troops stay away"), "a question about another actor")
    }
}
