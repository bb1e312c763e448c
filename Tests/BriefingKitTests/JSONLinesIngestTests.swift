import Foundation
import Testing
@testable import BriefingKit

@Suite struct JSONLinesIngestTests {
    static let export = """
        {"title": "Council backs bridge plan", "text": "The council voted to rebuild the bridge.\\nThe mayor welcomed it.", "url": "https://gazette.example/bridge", "published": "2026-11-20T08:00:00Z", "source": "Example Gazette", "author": "Jane Roe"}
        {"title": "Storm closes schools", "html": "<p>Schools closed on <b>Monday</b>.</p><p>Roads flooded.</p>"}
        {"title": "broken", "text": "no closing brace"

        ["not", "an", "object"]
        {"title": "No body at all"}
        """

    @Test func eachLineIsAnArticle() throws {
        let result = try IngestFixtures.readAll(Self.export, name: "export.jsonl")
        #expect(result.articles.map(\.id) == ["export-1", "export-2"])
        let first = try #require(result.articles.first)
        #expect(IngestFixtures.paragraphs(first) == ["Council backs bridge plan", "The council voted to rebuild the bridge.", "The mayor welcomed it."])
        #expect(first.url == "https://gazette.example/bridge")
        #expect(first.published == "2026-11-20")
        #expect(first.source == "Example Gazette")
        #expect(first.author == "Jane Roe")
        #expect(IngestFixtures.paragraphs(result.articles[1]) == ["Storm closes schools", "Schools closed on Monday.", "Roads flooded."])
        #expect(result.articles[1].publishedBasis == .runDate)
    }

    @Test func badLinesAreReportedWithFileAndLineAndSkipped() throws {
        let result = try IngestFixtures.readAll(Self.export, name: "export.jsonl")
        #expect(result.errors.map { error -> Int? in
            if case .badLine(_, let line, _) = error { return line }
            return nil
        } == [3, 5, 6])
        #expect(result.errors.first?.errorDescription?.contains("export.jsonl:3") == true)
    }

    @Test func thePipelineReportsBadLinesAndKeepsTheRest() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.export.write(to: folder.appendingPathComponent("export.jsonl"), atomically: false, encoding: .utf8)
        let (outputs, errors) = ArticlePipeline(runDate: "2026-11-24").run(paths: [folder.path])
        #expect(outputs.count == 2)
        #expect(errors.count == 3)
    }
}
