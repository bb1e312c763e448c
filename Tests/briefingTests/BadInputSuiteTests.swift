import Foundation
import Testing

/// Hostile and broken inputs, each next to a good article: the bad one is either read as well
/// as it can be or skipped with one error line naming it, the good one always goes through,
/// and the exit status says which (3: something was skipped; 0: everything was read).
/// Peak memory on the large cases is measured by `scripts/bad-input-memory.sh`, not here.
@Suite struct BadInputSuiteTests {
    /// What should happen to the bad input.
    enum Expected: Sendable {
        /// Skipped: one error line names `name` and says `reason`.
        case skipped(name: String, reason: String)
        /// Read: the article titled `title` is in the briefing.
        case read(title: String)
    }

    /// One bad input: how to make it inside the input folder, and what should happen.
    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var make: @Sendable (URL) throws -> Void
        var extraArguments: [String] = []
        var expected: Expected
        var testDescription: String { label }
    }

    static let headline = "Tue 24 Nov 2026 07.00 GMT\nHostile input headline\n"

    static func text(_ name: String, _ content: String) -> @Sendable (URL) throws -> Void {
        { folder in try Data(content.utf8).write(to: folder.appendingPathComponent(name)) }
    }

    static func bytes(_ name: String, _ content: [UInt8]) -> @Sendable (URL) throws -> Void {
        { folder in try Data(content).write(to: folder.appendingPathComponent(name)) }
    }

    static let cases: [Case] = [
        Case(label: "empty file", make: bytes("empty.txt", []), expected: .skipped(name: "in/empty.txt", reason: "empty")),
        Case(label: "whitespace only", make: text("blank.txt", " \n\t\r\n   \n"),
             expected: .skipped(name: "in/blank.txt", reason: "empty")),
        Case(label: "binary (PNG header)", make: bytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]),
             expected: .skipped(name: "in/image.txt", reason: "binary")),
        Case(label: "invalid UTF-8 in the middle",
             make: bytes("middle.txt", Array((headline + "Good line\nBad ").utf8) + [0xFF, 0xFE] + Array(" rest\n".utf8)),
             expected: .skipped(name: "in/middle.txt:4:5", reason: "invalid UTF-8")),
        Case(label: "NUL bytes", make: bytes("nul.txt", Array((headline + "Body").utf8) + [0, 0] + Array("more\n".utf8)),
             expected: .skipped(name: "in/nul.txt", reason: "binary")),
        Case(label: "a 50 MB article", make: { folder in
                 let paragraph = String(repeating: "The council said it would rebuild the bridge next year. ", count: 20) + "\n"
                 let data = Data((headline + String(repeating: paragraph, count: 50 * 1024 * 1024 / paragraph.utf8.count + 1)).utf8)
                 try data.write(to: folder.appendingPathComponent("huge.txt"))
             }, expected: .skipped(name: "in/huge.txt", reason: "over the 16 MiB limit")),
        // The extractor reads about 10 KB/s in a debug build on these degenerate lines, so the
        // cases that must be read in full are scaled down here; scripts/bad-input-memory.sh
        // runs them at full size (5 MB line, 100,000 levels) on the release build.
        Case(label: "one line of 50 KB", make: text("longline.txt", headline + String(repeating: "word ", count: 10_000) + "\n"),
             expected: .read(title: "Hostile input headline")),
        Case(label: "3,000 nested quotes", make: text("quotes.txt", headline + "She said: "
                 + String(repeating: "\u{201C}\"'", count: 3_000) + "yes" + String(repeating: "'\"\u{201D}", count: 3_000) + "\n"),
             expected: .read(title: "Hostile input headline")),
        Case(label: "3,000 nested brackets", make: text("brackets.txt", headline + "The plan "
                 + String(repeating: "([{", count: 3_000) + "x" + String(repeating: "}])", count: 3_000) + " was approved.\n"),
             expected: .read(title: "Hostile input headline")),
        Case(label: "100,000 nested HTML elements", make: text("nested.html", "<html><head><title>Nested page</title></head><body>"
                 + String(repeating: "<div>", count: 100_000) + "<h1>Nested page</h1>"
                 + String(repeating: "<p>The council said on Monday that it would rebuild the old bridge over the river by next summer.</p>", count: 4)
                 + String(repeating: "</div>", count: 100_000) + "</body></html>"),
             expected: .read(title: "Nested page")),
        Case(label: "malformed feed (not XML)", make: text("broken.rss", "{{{ not <xml> & at all"),
             expected: .skipped(name: "in/broken.rss", reason: "not a readable RSS or Atom feed")),
        Case(label: "malformed feed (wrong root)", make: text("page.rss", "<?xml version=\"1.0\"?><html><body>x</body></html>"),
             expected: .skipped(name: "in/page.rss", reason: "not a readable RSS or Atom feed")),
        Case(label: "truncated feed", make: text("cut.rss", "<?xml version=\"1.0\"?>\n<rss><channel><item><title>Cut feed item</title>"
                 + "<description>The council said it would rebuild the bridge.</description></item><item><title>Broken</ti"),
             expected: .read(title: "Cut feed item")),
        Case(label: "truncated HTML", make: text("cut.html", "<html><head><title>Cut page</title></head><body><article>"
                 + "<h1>Cut page</h1><p>The council said it would rebuild the bridge by next summer.</p><p>The mayor, Jane Ro"),
             expected: .read(title: "Cut page")),
        Case(label: "symbolic link loop", make: { folder in
                 try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop.txt").path,
                                                            withDestinationPath: "loop.txt")
             }, expected: .skipped(name: "in/loop.txt", reason: "symbolic links")),
        Case(label: "a named pipe (unreadable, even for root)", make: { folder in
                 #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o644) == 0)
             }, expected: .skipped(name: "in/pipe.txt", reason: "not a regular file")),
        Case(label: "a path through a file", make: { _ in }, extraArguments: ["in/good.txt/inner.txt"],
             expected: .skipped(name: "in/good.txt/inner.txt", reason: "Not a directory")),
        Case(label: "a folder named like a file", make: { folder in
                 try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)
             }, extraArguments: ["in/folder.txt/"], expected: .skipped(name: "in/folder.txt", reason: "no article file")),
        Case(label: "file name with a newline", make: bytes("new\nline.txt", []),
             expected: .skipped(name: "in/new\\nline.txt", reason: "empty")),
        Case(label: "file name with spaces", make: text("with  spaces .txt", headline),
             expected: .read(title: "Hostile input headline")),
        Case(label: "non-ASCII file name", make: text("Zürich – 東京 \u{202E}txt.md", headline),
             expected: .read(title: "Hostile input headline")),
    ]

    @Test(arguments: cases)
    func badInputIsReportedOrReadAndTheRestGoesThrough(_ bad: Case) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try CLI.write(["good.txt": BadInputTests.good], to: input)
        try bad.make(input)

        let result = try CLI.briefing(["generate", "in"] + bad.extraArguments + ["--date", "2026-11-24", "--out", "out"], in: folder)
        let errorLines = result.stderrLines.filter { $0.hasPrefix("briefing: error:") }
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("out/briefing.json"))) as? [String: Any]
        let titles = (json?["articles"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        #expect(titles.contains("Council approves new bridge budget"), "the good article is missing: \(result.stderr)")
        switch bad.expected {
        case .skipped(let name, let reason):
            #expect(result.status == 3, "\(result.stderr)")
            #expect(errorLines.count == 1, "expected one error line, got:\n\(result.stderr)")
            #expect(errorLines.first?.contains(name) == true && errorLines.first?.contains(reason) == true,
                    "expected '\(name)' and '\(reason)' in: \(result.stderr)")
            #expect(titles.count == 1)
        case .read(let title):
            #expect(result.status == 0, "\(result.stderr)")
            #expect(errorLines.isEmpty, "\(result.stderr)")
            #expect(titles.contains(title), "\(titles)")
        }
    }

    /// A symbolic link back to a parent folder is not followed: no endless walk, no article
    /// read twice.
    @Test func folderLinkLoopIsNotFollowed() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sub = folder.appendingPathComponent("in/sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try CLI.write(["good.txt": BadInputTests.good], to: folder.appendingPathComponent("in"))
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("up").path, withDestinationPath: "..")
        let result = try CLI.briefing(["extract", "in", "--date", "2026-11-24"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((json?["articles"] as? [[String: Any]])?.compactMap { $0["path"] as? String } == ["in/good.txt"])
    }

    /// Ten thousand files in one folder (every 50th an article, the rest pictures and notes
    /// that are not articles): listed without trouble, the articles read in name order. The
    /// release-build benchmark reads 10,000 articles (scripts/bad-input-memory.sh).
    @Test func folderOfTenThousandFiles() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for index in 0..<10_000 {
            let name = String(format: "n%05d.", index) + (index % 50 == 0 ? "txt" : index % 2 == 0 ? "jpg" : "csv")
            try Data("Notice \(index)\nItem \(index) was filed.\n".utf8).write(to: input.appendingPathComponent(name))
        }
        let result = try CLI.briefing(["extract", "in", "--date", "2026-11-24"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let paths = (json?["articles"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        #expect(paths == (0..<200).map { String(format: "in/n%05d.txt", $0 * 50) })
    }
}
