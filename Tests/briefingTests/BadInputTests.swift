import Foundation
import Testing

/// Unreadable inputs are reported one line each, naming the file, and do not stop the good
/// ones from being processed.
@Suite struct BadInputTests {
    static let good = """
        Tue 24 Nov 2026 07.00 GMT
        Council approves new bridge budget
        Jane Roe, the mayor, said: "We will rebuild the bridge by next summer."
        """

    /// A folder with one good article and three bad files; returns the folder.
    static func mixedFolder() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try CLI.write(["good.txt": good], to: input)
        try Data().write(to: input.appendingPathComponent("empty.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]).write(to: input.appendingPathComponent("image.txt"))
        try Data(Array("Headline\nSecond line\nCaf".utf8) + [0xE9] + Array(" au lait\n".utf8))
            .write(to: input.appendingPathComponent("latin1.txt"))
        return folder
    }

    static func checkErrors(_ result: CLI.Result) {
        #expect(result.status == 3, "some inputs skipped, output written: partial success")
        let lines = result.stderrLines
        for name in ["in/empty.txt", "in/image.txt", "in/latin1.txt", "missing.txt"] {
            let matching = lines.filter { $0.contains(name) }
            #expect(matching.count == 1, "expected one line naming \(name) on stderr, got \(matching) in:\n\(result.stderr)")
        }
        #expect(lines.contains { $0.contains("in/latin1.txt") && $0.contains(":3:") }, "the invalid UTF-8 line should give line 3")
        #expect(!lines.contains { $0.contains("good.txt") }, "the good file was reported: \(result.stderr)")
    }

    @Test func generateReportsEachBadFileAndStillWritesTheBriefing() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.briefing(["generate", "in", "missing.txt", "--date", "2026-11-24", "--out", "out"], in: folder)
        Self.checkErrors(result)

        let out = folder.appendingPathComponent("out")
        let markdown = try CLI.read(out.appendingPathComponent("briefing.md"))
        let html = try CLI.read(out.appendingPathComponent("briefing.html"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("briefing.json"))) as? [String: Any]
        #expect(markdown.contains("Council approves new bridge budget"))
        #expect(html.contains("Council approves new bridge budget"))
        let paths = (json?["articles"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(paths == ["in/good.txt"])
    }

    @Test func extractReportsEachBadFileAndStillPrintsTheGoodRecord() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.briefing(["extract", "--format", "json", "in", "missing.txt", "--date", "2026-11-24"], in: folder)
        Self.checkErrors(result)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["schema"] as? String == "briefing.extract/1")
        let articles = json?["articles"] as? [[String: Any]] ?? []
        #expect(articles.compactMap { $0["path"] as? String } == ["in/good.txt"])
        #expect(articles.first?["title"] as? String == "Council approves new bridge budget")
    }

    @Test func generateWithNothingReadableWritesNothing() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        let result = try CLI.briefing(["generate", "empty.txt", "--out", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderrLines.contains { $0.contains("empty.txt") })
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/briefing.md").path))
    }

    @Test func strictGenerateFailsOnASkippedFileAndKeepsThePreviousBriefing() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try CLI.write(["briefing.md": "previous\n"], to: out)
        let result = try CLI.briefing(["generate", "in", "--strict", "--date", "2026-11-24", "--out", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderrLines.contains { $0.contains("in/empty.txt") })
        #expect(result.stderrLines.contains { $0.contains("--strict") && $0.contains("nothing written") })
        #expect(try CLI.read(out.appendingPathComponent("briefing.md")) == "previous\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["briefing.md"])
    }

    @Test func strictExtractPrintsNothingWhenAFileIsSkipped() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.briefing(["extract", "in", "--strict", "--date", "2026-11-24"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.contains { $0.contains("in/latin1.txt") })
    }

    @Test func strictSucceedsWhenEveryInputIsRead() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try CLI.write(["good.txt": Self.good], to: folder)
        let result = try CLI.briefing(["generate", "good.txt", "--strict", "--date", "2026-11-24", "--out", "out"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/briefing.json").path))
    }

    @Test func badCommandLineIsAUsageError() throws {
        let result = try CLI.briefing(["generate", "Samples/2026-11-24", "--jobs", "0"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--jobs"))
    }

    @Test func badDateIsRejectedBeforeAnyWork() throws {
        let result = try CLI.briefing(["generate", "Samples/2026-11-24", "--date", "24/11/2026", "--out", "/nonexistent/x"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--date"))
    }
}
