import Foundation
import Testing

/// `briefing extract --format jsonl -`: JSON Lines articles in on standard input, one record
/// per line out, bad lines reported by number.
@Suite struct StreamingCLITests {
    static let articles = [
        #"{"id": "a-1", "title": "Bridge", "text": "Mayor Ann Lee said the council will rebuild the bridge next year.", "source": "Gazette"}"#,
        #"{"title": "broken""#,
        #"{"title": "Port", "text": "The minister said the port will reopen in June.", "published": "2026-11-20"}"#,
    ]

    @Test func recordsComeOutOnePerLineAndBadLinesAreNamed() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.jsonl")
        try (Self.articles.joined(separator: "\n") + "\n").write(to: input, atomically: false, encoding: .utf8)
        let result = try CLI.briefing(["extract", "--format", "jsonl", "--date", "2026-11-24", "-"], input: input)
        #expect(result.status == 3)   // output written, a line skipped
        #expect(result.stderrLines.contains("briefing: error: stdin:2: skipped: not valid JSON"))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let records = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records.map { $0["id"] as? String } == ["a-1", "stdin-3"])
        #expect(records.map { $0["published"] as? String } == ["2026-11-24", "2026-11-20"])
        #expect(records[0]["source"] as? String == "Gazette")
        #expect((records[0]["positions"] as? [Any])?.isEmpty == false)
    }

    @Test func standardInputMustBeTheOnlyInput() throws {
        let result = try CLI.briefing(["extract", "--format", "jsonl", "-", "Samples"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("'-' (standard input) must be the only input"))
    }
}
