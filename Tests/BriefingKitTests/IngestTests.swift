import Foundation
import Testing
@testable import BriefingKit

@Suite struct TimestampTests {
    @Test func relativeHoursAgo() {
        #expect(Timestamp.parse("13 hours ago") == .relative(seconds: 13 * 3600))
    }

    @Test func yesterdayIsOneDayBack() {
        #expect(Timestamp.parse("yesterday") == .relative(seconds: 86400))
        #expect(Timestamp.parse("Yesterday") == .relative(seconds: 86400))
    }

    @Test func guardianStyleDateWithTimeAndZone() {
        #expect(Timestamp.parse("Tue 24 Nov 2026 07.00 GMT") == .absolute(day: "2026-11-24"))
    }

    @Test func isoDate() {
        #expect(Timestamp.parse("2016-09-27") == .absolute(day: "2016-09-27"))
    }

    @Test(arguments: [
        "UK to offer troops to defend Ukraine's skies and ports in Pentagon talks",
        "Trump says 30 countries will commit",
        "May 2026 be better",
        "2016 in review",
        "Sign up to First Edition",
        "",
    ])
    func nonTimestampsAreNotParsed(_ line: String) {
        #expect(Timestamp.parse(line) == nil)
    }

    @Test func relativeTimestampCountsBackFromTheEndOfTheRunDate() throws {
        let day = try #require(Timestamp.endOfDay("2026-11-24"))
        #expect(Timestamp.relative(seconds: 13 * 3600).day(savedAt: day) == "2026-11-24")
        #expect(Timestamp.relative(seconds: 86400).day(savedAt: day) == "2026-11-23")
        #expect(Timestamp.absolute(day: "2016-09-27").day(savedAt: day) == "2016-09-27")
    }
}

@Suite struct ArticleReaderTests {
    static let body = """
        Council approves budget after long debate
        The vote ended months of argument over spending.
        Jane Roe, the mayor, said: "We will rebuild the bridge."
        """

    @Test func relativeTimestampResolvesAgainstTheRunDate() throws {
        let article = try TestSupport.article("yesterday\n" + Self.body, runDate: "2026-11-24")
        #expect(article.published == "2026-11-23")
        #expect(article.publishedBasis == .relativeToRunDate)
        #expect(article.title == "Council approves budget after long debate")
        #expect(article.removed.map(\.text) == ["yesterday"])

        let record = ArticleExtractor().extract(article)
        #expect(record.publishedBasis == .relativeToRunDate)
        #expect(record.published == "2026-11-23")
    }

    @Test func statedDateWinsOverTheRunDate() throws {
        let article = try TestSupport.article("Tue 24 Nov 2026 07.00 GMT\n" + Self.body, runDate: "2026-12-01")
        #expect(article.published == "2026-11-24")
        #expect(article.publishedBasis == .stated)
    }

    @Test func noTimestampFallsBackToTheRunDate() throws {
        let article = try TestSupport.article(Self.body, runDate: "2026-11-24")
        #expect(article.published == "2026-11-24")
        #expect(article.publishedBasis == .runDate)
        #expect(article.removed.isEmpty)
        #expect(article.paragraphs.count == 3)
    }

    @Test func markdownFrontMatterGivesTitleSourceAndDate() throws {
        let text = """
            ---
            title: "Council approves budget"
            source: Example Gazette
            date: 2026-11-20
            ---
            The vote ended months of argument over spending.

            Jane Roe, the mayor, said: "We will rebuild the bridge."
            """
        let article = try TestSupport.article(text, name: "budget.md", runDate: "2026-11-24")
        #expect(article.id == "budget")
        #expect(article.title == "Council approves budget")
        #expect(article.source == "Example Gazette")
        #expect(article.published == "2026-11-20")
        #expect(article.publishedBasis == .stated)
        // the block itself is reported as removed, and no paragraph reads it
        #expect(article.removed.first?.text.hasPrefix("---") == true)
        #expect(article.removed.first?.text.contains("Example Gazette") == true)
        let paragraphs = article.paragraphs.map { TestSupport.slice(article.text, $0.range) }
        #expect(paragraphs == ["The vote ended months of argument over spending.",
                               "Jane Roe, the mayor, said: \"We will rebuild the bridge.\""])
    }

    @Test func unclosedFrontMatterIsAnErrorNamingTheFile() throws {
        let error = #expect(throws: IngestError.self) {
            try TestSupport.article("---\ntitle: x\nBody text here.\n", name: "broken.md")
        }
        #expect(error?.errorDescription?.contains("broken.md") == true)
    }
}

@Suite struct BoilerplateTests {
    static let article = """
        13 hours ago
        Ministers prepare plan for flood defences
        The government will set out new spending on flood defences this week.
        The environment secretary, Ann Smith, said the money would go to the worst-hit towns.
        Sign up to Morning Mail
        Our morning email breaks down the key stories of the day, telling you what's happening and why it matters
        after newsletter promotion
        Local councils have asked for the money for years.
        Critics say the plan does not go far enough.
        """

    static func nonEmptyLines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test func newsletterBlockIsRemovedAndEverythingElseKept() throws {
        let article = try TestSupport.article(Self.article)
        let removed = article.removed.map(\.text)
        let paragraphs = article.paragraphs.map { TestSupport.slice(article.text, $0.range) }
        let block = ["Sign up to Morning Mail",
                     "Our morning email breaks down the key stories of the day, telling you what's happening and why it matters",
                     "after newsletter promotion"]
        for line in block {
            #expect(removed.contains(line), "not removed: \(line)")
            #expect(!paragraphs.contains { $0.contains(line) }, "boilerplate kept in a paragraph: \(line)")
        }
        // nothing else lost: every other line is a paragraph, in order
        let expectedKept = Self.nonEmptyLines(Self.article).filter { !block.contains($0) && $0 != "13 hours ago" }
        #expect(paragraphs == expectedKept)
        #expect(Set(removed) == Set(block + ["13 hours ago"]))
    }

    @Test func removedSpansPointAtTheirText() throws {
        let article = try TestSupport.article(Self.article)
        for span in article.removed {
            #expect(TestSupport.slice(article.text, span.start..<span.end) == span.text)
        }
    }

    @Test func signUpLineWithoutPromotionMarkerKeepsTheNextLine() throws {
        let text = """
            Flood plan published
            The government set out new spending on flood defences.
            Sign up to Morning Mail
            Local councils have asked for the money for years.
            Critics say the plan does not go far enough.
            """
        let article = try TestSupport.article(text)
        let paragraphs = article.paragraphs.map { TestSupport.slice(article.text, $0.range) }
        #expect(article.removed.map(\.text) == ["Sign up to Morning Mail"])
        #expect(paragraphs.contains("Local councils have asked for the money for years."))
    }

    /// The committed sample: its newsletter block goes, and every line is either a paragraph
    /// or removed, never both and never neither.
    @Test func seedLinesAreEachKeptOrRemovedExactlyOnce() throws {
        let article = try ArticleReader(lexicons: .bundled, runDate: "2026-11-24").read(path: TestSupport.seedPath)
        let removed = article.removed.map(\.text)
        let paragraphs = article.paragraphs.map { TestSupport.slice(article.text, $0.range) }
        #expect(removed.contains("Sign up to First Edition"))
        #expect(removed.contains("after newsletter promotion"))
        #expect(!paragraphs.contains { $0.hasPrefix("Sign up to") || $0 == "after newsletter promotion" })
        for line in Self.nonEmptyLines(article.text) {
            let kept = paragraphs.filter { $0 == line }.count
            let dropped = removed.filter { $0 == line }.count
            #expect(kept + dropped == 1, "line kept \(kept)× and removed \(dropped)×: \(line)")
        }
    }

    @Test func detectorMatchesWholeLinesOnly() {
        let detector = BoilerplateDetector(patterns: Lexicons.bundled.boilerplatePatterns)
        #expect(detector.isBoilerplate("after newsletter promotion"))
        #expect(detector.isBoilerplate("Sign up to First Edition"))
        #expect(!detector.isBoilerplate("Officials said they would sign up to the plan after newsletter promotion ended."))
        #expect(!detector.isBoilerplate("Starmer hosted a virtual call on Tuesday morning."))
    }

    /// A photo credit ("Ann Lee/Reuters."), a bare handle line and a prompt to watch or listen
    /// are site furniture: the photographer and the agency are no actors of the story.
    @Test func creditHandleAndWatchPromptLinesAreBoilerplate() {
        let detector = BoilerplateDetector(patterns: Lexicons.bundled.boilerplatePatterns)
        #expect(detector.isBoilerplate("Marta Quill/Reuters."))
        #expect(detector.isBoilerplate("Tobin Ashgrove / Getty Images."))
        #expect(detector.isBoilerplate("Getty."))
        #expect(detector.isBoilerplate("Tobin Ashgrove via Getty Images."))
        #expect(!detector.isBoilerplate("The photos were sold to newspapers via Getty Images and AP."))
        #expect(detector.isBoilerplate("Handout/AFP"))
        #expect(detector.isBoilerplate("Twitter: @quillwrites."))
        #expect(detector.isBoilerplate("Watch the clip of the mayor's speech below:"))
        #expect(detector.isBoilerplate("Listen to the full interview here."))
        #expect(detector.isBoilerplate("Watch the video above for more of the mayor's town hall."))
        #expect(!detector.isBoilerplate("Marta Quill told Reuters the council would vote on Friday."))
        #expect(!detector.isBoilerplate("Voters will watch the debate closely, the mayor said."))
    }

    /// Reporting and production credits name the newsroom's staff, not actors of the story.
    @Test func reportingAndProductionCreditLinesAreBoilerplate() {
        let detector = BoilerplateDetector(patterns: Lexicons.bundled.boilerplatePatterns)
        #expect(detector.isBoilerplate("(Reporting by Marta Quill and Tobin Ashgrove; Editing by Lena Ruiz)"))
        #expect(detector.isBoilerplate("(Writing by Tobin Ashgrove.)"))
        #expect(detector.isBoilerplate("Marta Quill in Dover contributed to this report."))
        #expect(detector.isBoilerplate("--additional reporting by Lena Ruiz."))
        #expect(detector.isBoilerplate("Podcast produced by Lena Ruiz."))
        #expect(detector.isBoilerplate("Story by Marta Quill Video produced by Tobin Ashgrove."))
        #expect(!detector.isBoilerplate("Reporting by the county clerk showed the mayor missed two deadlines."))
        #expect(!detector.isBoilerplate("Video by Harbor Watch showed the mayor shouting at a ferry captain."))
        #expect(!detector.isBoilerplate("Story produced by Lena Ruiz for the council was never aired, the mayor said."))
        #expect(!detector.isBoilerplate("The mayor said two aides contributed to the plan."))
    }
}

@Suite struct IngestErrorTests {
    static func read(_ bytes: [UInt8], name: String) throws -> Article {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return try ArticleReader(lexicons: .bundled, runDate: nil).read(path: file.path)
    }

    @Test func emptyFile() {
        let error = #expect(throws: IngestError.self) { try Self.read([], name: "empty.txt") }
        #expect(error?.errorDescription?.contains("empty.txt") == true)
    }

    @Test func binaryFile() {
        let error = #expect(throws: IngestError.self) { try Self.read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41], name: "zip.txt") }
        #expect(error?.errorDescription?.contains("zip.txt") == true)
    }

    @Test func invalidUTF8NamesLineAndColumn() {
        let bytes = Array("Headline\nSecond line\nCaf".utf8) + [0xE9] + Array(" au lait\n".utf8)
        let error = #expect(throws: IngestError.self) { try Self.read(bytes, name: "latin1.txt") }
        #expect(error == .invalidUTF8(path: error?.path ?? "", line: 3, column: 4))
        #expect(error?.errorDescription?.contains("latin1.txt:3:4") == true)
    }
}
