import Foundation
import Testing
@testable import BriefingKit

/// The shared corpora next to the package (`../shared/corpus/…`), and a way to read
/// bytes as an article file, for the ingest tests.
enum IngestFixtures {
    static let corpus = TestSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let htmlCorpus = corpus.appendingPathComponent("html")
    static let feedCorpus = corpus.appendingPathComponent("feeds")
    static var hasHTMLCorpus: Bool { !files(in: htmlCorpus, ending: ".html").isEmpty }
    static var hasFeedCorpus: Bool { !files(in: feedCorpus, ending: ".xml").isEmpty }

    static func files(in folder: URL, ending suffix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Writes `bytes` as `name` in a fresh folder and reads every article in it.
    static func readAll(_ bytes: [UInt8], name: String, runDate: String? = "2026-11-24") throws -> ArticleReader.FileResult {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return try ArticleReader(lexicons: .bundled, runDate: runDate).readAll(path: file.path)
    }

    static func readAll(_ text: String, name: String, runDate: String? = "2026-11-24") throws -> ArticleReader.FileResult {
        try readAll(Array(text.utf8), name: name, runDate: runDate)
    }

    /// The text of each paragraph, sliced from the article's text by its range.
    static func paragraphs(_ article: Article) -> [String] {
        article.paragraphs.map { TestSupport.slice(article.text, $0.range) }
    }
}

@Suite struct HTMLIngestTests {
    static let page = """
        <!doctype html><html><head><meta charset="utf-8">
        <title>Council backs bridge plan | Example Gazette</title>
        <meta property="og:site_name" content="Example Gazette">
        <meta property="og:url" content="https://gazette.example/bridge">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Gazette"},
          {"@type":"NewsArticle","headline":"Council backs bridge plan","datePublished":"2026-11-20T08:00:00Z",
           "author":[{"@type":"Person","name":"Jane Roe"}],"publisher":{"@type":"Organization","name":"Example Gazette"}}]}</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue.</div>
        <main><article>
          <h1>Council backs bridge plan</h1>
          <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
          <div class="article-body">
            <p>The council voted on Tuesday to rebuild the old bridge, ending months of argument over the cost of the work.</p>
            <figure><img src="b.jpg"><figcaption>The old bridge, closed since March. Photo: Example Gazette</figcaption></figure>
            <p>Jane Roe, the mayor, said: "We will rebuild the bridge by next summer, whatever it takes, and we will not raise taxes."</p>
            <p>Opponents said the plan was too expensive &amp; asked for an independent review of the figures before any work begins.</p>
          </div>
          <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Bridge closed after storm damage</a></li></ul></aside>
        </article></main>
        <footer><p>© 2026 Example Gazette. All rights reserved. Contact us for syndication and reprint requests.</p></footer>
        </body></html>
        """

    @Test func bodyIsThePageProseWithoutFurniture() throws {
        let article = try #require(try IngestFixtures.readAll(Self.page, name: "bridge.html").articles.first)
        let paragraphs = IngestFixtures.paragraphs(article)
        #expect(article.paragraphs.allSatisfy { $0.role == .body })
        #expect(paragraphs == [
            "The council voted on Tuesday to rebuild the old bridge, ending months of argument over the cost of the work.",
            "Jane Roe, the mayor, said: \"We will rebuild the bridge by next summer, whatever it takes, and we will not raise taxes.\"",
            "Opponents said the plan was too expensive & asked for an independent review of the figures before any work begins.",
        ])
        #expect(article.textIsDerived)
        #expect(article.text == paragraphs.joined(separator: "\n"))
    }

    @Test func metadataComesFromJSONLDAndMetaTags() throws {
        let article = try #require(try IngestFixtures.readAll(Self.page, name: "bridge.html").articles.first)
        #expect(article.id == "bridge")
        #expect(article.title == "Council backs bridge plan")
        #expect(article.source == "Example Gazette")
        #expect(article.author == "Jane Roe")
        #expect(article.url == "https://gazette.example/bridge")
        #expect(article.published == "2026-11-20")
        #expect(article.publishedBasis == .stated)
    }

    @Test func aPageWithoutADateFallsBackToTheRunDateAndSaysSo() throws {
        let page = Self.page.replacingOccurrences(of: "\"datePublished\":\"2026-11-20T08:00:00Z\",", with: "")
        let article = try #require(try IngestFixtures.readAll(page, name: "undated.html").articles.first)
        #expect(article.published == "2026-11-24")
        #expect(article.publishedBasis == .runDate)
    }

    @Test func declaredWindows1252IsDecoded() throws {
        let head = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>"
        let prose = "The caf\u{E9} on the corner closed after forty years, and its owner said the rent had tripled since the spring."
        var bytes = Array(head.utf8)
        bytes += prose.unicodeScalars.map { UInt8($0.value) } + Array("</p></body></html>".utf8)
        let article = try #require(try IngestFixtures.readAll(bytes, name: "latin.html").articles.first)
        #expect(IngestFixtures.paragraphs(article).contains(prose))
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        let page = "<html><body><p>Ministers agreed on Friday to extend the programme for another two years, officials said.</p></body></html>"
        let bytes: [UInt8] = [0xFF, 0xFE] + page.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let article = try #require(try IngestFixtures.readAll(bytes, name: "wide.html").articles.first)
        #expect(article.text.contains("Ministers agreed on Friday"))
    }

    @Test func nulBytesAreReportedNotParsed() {
        let bytes = Array("<html><body><p>text</p>".utf8) + [0, 0, 0] + Array("</body></html>".utf8)
        let error = #expect(throws: IngestError.self) { try IngestFixtures.readAll(bytes, name: "nul.html") }
        #expect(error?.errorDescription?.contains("nul.html") == true)
    }

    @Test func aPageWithoutProseIsAnErrorNamingTheFile() {
        let error = #expect(throws: IngestError.self) {
            try IngestFixtures.readAll("<html><body><nav><a href='/'>Home</a></nav></body></html>", name: "index.html")
        }
        #expect(error == .noArticleBody(path: error?.path ?? ""))
        #expect(error?.errorDescription?.contains("index.html") == true)
    }

    @Test func deeplyNestedTagsNeitherCrashNorHang() throws {
        let depth = 10_000
        let page = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>The committee will publish its findings next week, a spokesman said on Monday evening.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let start = Date()
        _ = try? IngestFixtures.readAll(page, name: "deep.html")
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func aFileOverTheSizeLimitIsRefusedNamingItsSize() throws {
        let paragraph = "<p>" + String(repeating: "The minister said the plan will work. ", count: 100) + "</p>"
        let page = "<html><body><article>"
            + String(repeating: paragraph, count: InputLimits.maxFileBytes / paragraph.utf8.count + 1)
        let error = try #require(throws: IngestError.self) { try IngestFixtures.readAll(page, name: "huge.html") }
        #expect(error.errorDescription?.hasSuffix(
            "huge.html: skipped: \(page.utf8.count) bytes, over the 16 MiB limit") == true)
    }

    @Test func aTruncatedPageGivesItsText() throws {
        let cut = String(Self.page.prefix(Self.page.count * 2 / 3))
        let article = try #require(try IngestFixtures.readAll(cut, name: "cut.html").articles.first)
        #expect(article.text.contains("The council voted on Tuesday"))
    }

    @Test func xmlFilesAreSniffedAsPagesOrFeeds() throws {
        let page = try IngestFixtures.readAll(Self.page, name: "page.xml")
        #expect(page.articles.first?.source == "Example Gazette")
        let feed = try IngestFixtures.readAll(FeedIngestTests.rss, name: "feed.xml")
        #expect(feed.articles.count == 2)
    }
}

/// The benchmark score as a regression floor: the real figure (F1 0.970 on the developer half
/// when this was written, against trafilatura's 0.963) is reported by `score_body.py`; this
/// test fails only if extraction gets much worse.
@Suite struct HTMLBenchmarkFloorTests {
    @Test(.enabled(if: IngestFixtures.hasHTMLCorpus, "../shared/corpus/html is absent (CI has it)"))
    func bodyScoreStaysAboveTheFloor() throws {
        let extractor = HTMLBodyExtractor()
        var precisions: [Double] = [], recalls: [Double] = []
        for page in IngestFixtures.files(in: IngestFixtures.htmlCorpus, ending: ".html") {
            let expectedURL = page.deletingPathExtension().appendingPathExtension("expected.json")
            let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any]
            let truth = expected?["articleBody"] as? String ?? ""
            let body = try extractor.paragraphs(ofPage: Data(contentsOf: page), path: page.path).joined(separator: "\n")
            let score = ShingleScore(predicted: body, truth: truth)
            if let precision = score.precision { precisions.append(precision) }
            if let recall = score.recall { recalls.append(recall) }
        }
        let precision = precisions.reduce(0, +) / Double(max(precisions.count, 1))
        let recall = recalls.reduce(0, +) / Double(max(recalls.count, 1))
        let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        #expect(f1 >= 0.90, "body F1 \(f1) (P \(precision), R \(recall)) fell below the floor")
        #expect(precision >= 0.90)
    }
}

/// The benchmark's metric: bags of 4-token shingles, per-page precision and recall.
struct ShingleScore {
    var precision: Double?
    var recall: Double?

    init(predicted: String, truth: String) {
        let predictedBag = Self.shingles(predicted), truthBag = Self.shingles(truth)
        var shared = 0
        for (shingle, count) in predictedBag { shared += min(count, truthBag[shingle] ?? 0) }
        let predictedCount = predictedBag.values.reduce(0, +), truthCount = truthBag.values.reduce(0, +)
        precision = predictedCount == 0 ? nil : Double(shared) / Double(predictedCount)
        recall = truthCount == 0 ? nil : Double(shared) / Double(truthCount)
    }

    private static func shingles(_ text: String) -> [[String]: Int] {
        let tokens = text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
        guard !tokens.isEmpty else { return [:] }
        var bag: [[String]: Int] = [:]
        if tokens.count < 4 { return [tokens: 1] }
        for start in 0...(tokens.count - 4) { bag[Array(tokens[start..<(start + 4)]), default: 0] += 1 }
        return bag
    }
}
