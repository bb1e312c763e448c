import Foundation
import Testing
@testable import BriefingKit

@Suite struct FeedIngestTests {
    static let rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Example Gazette &amp; Friends</title>
          <link>https://gazette.example/</link>
          <item>
            <title><![CDATA[Council backs bridge plan]]></title>
            <link>/news/bridge</link>
            <guid isPermaLink="false">bridge-2026</guid>
            <pubDate>Fri, 20 Nov 2026 08:00:00 +0000</pubDate>
            <dc:creator>Jane Roe</dc:creator>
            <description>Short summary.</description>
            <content:encoded><![CDATA[<p>The council voted to rebuild the bridge.</p><p>The mayor said: &ldquo;We will rebuild it.&rdquo;</p>]]></content:encoded>
          </item>
          <item>
            <title>Storm closes schools</title>
            <link>https://gazette.example/news/storm</link>
            <pubDate>not a date</pubDate>
            <description>&lt;p&gt;Schools closed on Monday.&lt;br&gt;Roads were flooded.&lt;/p&gt;</description>
          </item>
        </channel>
        </rss>
        """

    @Test func rssItemsBecomeArticles() throws {
        let result = try IngestFixtures.readAll(Self.rss, name: "gazette.rss")
        #expect(result.articles.map(\.id) == ["gazette-1", "gazette-2"])
        let first = try #require(result.articles.first)
        #expect(first.title == "Council backs bridge plan")
        #expect(first.source == "Example Gazette & Friends")
        #expect(first.url == "https://gazette.example/news/bridge")
        #expect(first.author == "Jane Roe")
        #expect(first.published == "2026-11-20")
        #expect(first.publishedBasis == .stated)
        #expect(IngestFixtures.paragraphs(first) == [
            "Council backs bridge plan", "The council voted to rebuild the bridge.", "The mayor said: “We will rebuild it.”",
        ])
    }

    @Test func escapedHTMLIsConvertedAndABadDateIsNotInvented() throws {
        let second = try #require(try IngestFixtures.readAll(Self.rss, name: "gazette.rss").articles.last)
        #expect(IngestFixtures.paragraphs(second) == ["Storm closes schools", "Schools closed on Monday.", "Roads were flooded."])
        #expect(second.publishedBasis == .runDate)
    }

    @Test func atomEntriesResolveLinksAgainstXMLBase() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/blog/">
              <title type="text">Example blog</title>
              <entry xml:base="2026/">
                <title>First entry</title>
                <link rel="alternate" href="first.html"/>
                <id>tag:example.org,2026:1</id>
                <published>2026-11-21T10:00:00Z</published>
                <author><name>Ann Smith</name></author>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One.</p><p>Two.</p></div></content>
              </entry>
            </feed>
            """
        let entry = try #require(try IngestFixtures.readAll(atom, name: "blog.atom").articles.first)
        #expect(entry.url == "https://example.org/blog/2026/first.html")
        #expect(entry.author == "Ann Smith")
        #expect(entry.published == "2026-11-21")
        #expect(entry.source == "Example blog")
        #expect(IngestFixtures.paragraphs(entry) == ["First entry", "One.", "Two."])
    }

    @Test func declaredLatin1IsDecoded() throws {
        let head = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"0.91\"><channel><title>T</title><item><title>"
        let bytes = Array(head.utf8) + [0x43, 0x61, 0x66, 0xE9] + Array("</title></item></channel></rss>".utf8)
        let item = try #require(try IngestFixtures.readAll(bytes, name: "latin.xml").articles.first)
        #expect(item.title == "Café")
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        let feed = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><item><title>Grüße</title></item></channel></rss>"
        let bytes: [UInt8] = [0xFF, 0xFE] + feed.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try IngestFixtures.readAll(bytes, name: "wide.xml").articles.first?.title == "Grüße")
    }

    @Test func aFileThatIsNotXMLIsAnErrorNamingTheFile() {
        let error = #expect(throws: IngestError.self) { try IngestFixtures.readAll("just some words, no markup", name: "news.rss") }
        #expect(error?.errorDescription?.contains("news.rss") == true)
    }

    @Test func theSameStoryInTwoFeedsIsKeptOnce() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.rss.write(to: folder.appendingPathComponent("a.rss"), atomically: false, encoding: .utf8)
        try Self.rss.write(to: folder.appendingPathComponent("b.rss"), atomically: false, encoding: .utf8)
        let (outputs, errors) = ArticlePipeline(runDate: "2026-11-24").run(paths: [folder.path])
        #expect(errors.isEmpty)
        #expect(outputs.map(\.record.id) == ["a-1", "a-2"])
        #expect(outputs.allSatisfy { $0.record.text == $0.article.text })
    }

    /// Every real feed, valid or broken, is read or refused with an error naming it — never a crash.
    @Test(.enabled(if: IngestFixtures.hasFeedCorpus, "../shared/corpus/feeds is absent (CI has it)"),
          arguments: IngestFixtures.files(in: IngestFixtures.feedCorpus, ending: ".xml")
              + IngestFixtures.files(in: IngestFixtures.feedCorpus, ending: ".rdf"))
    func corpusFeedIsReadOrRefusedByName(_ file: URL) {
        do {
            let result = try ArticleReader(lexicons: .bundled, runDate: "2026-11-24").readAll(path: file.path)
            #expect(!result.articles.isEmpty)
            for article in result.articles {
                for paragraph in article.paragraphs {
                    #expect(paragraph.range.upperBound <= article.text.unicodeScalars.count)
                }
            }
        } catch let error as IngestError {
            #expect(error.errorDescription?.contains(file.lastPathComponent) == true)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test(.enabled(if: IngestFixtures.hasFeedCorpus, "../shared/corpus/feeds is absent (CI has it)"))
    func realFeedsKeepTheirFacts() throws {
        let reader = ArticleReader(lexicons: .bundled, runDate: "2026-11-24")
        let rss = try reader.read(path: IngestFixtures.feedCorpus.appendingPathComponent("fp-example-rss20.xml").path)
        #expect(rss.title == "First item title")
        #expect(rss.url == "http://example.org/item/1")
        #expect(rss.published == "2002-09-05")
        let undated = try reader.read(path: IngestFixtures.feedCorpus.appendingPathComponent("frs-spec-rss_0.91_missing_id.xml").path)
        #expect(undated.publishedBasis == .runDate)
        let broken = IngestFixtures.feedCorpus.appendingPathComponent("frs-news-rss_2.0_invalid_1.xml").path
        #expect(throws: IngestError.self) { try reader.readAll(path: broken) }
    }
}
