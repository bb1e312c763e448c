import Foundation
import Testing

/// `briefing generate` over consecutive real days (the bundled Wikinews samples): "What changed"
/// against the previous day's folder, provenance links in the HTML, and byte-identical output
/// whatever order the files are given in.
@Suite struct MultiDayTests {
    static let samples = CLI.packageRoot.appendingPathComponent("Samples")

    /// Generates `day` from `Samples/<day>` into `<root>/Briefings/<day>`.
    static func generate(_ day: String, into root: URL, extra: [String] = []) throws -> CLI.Result {
        try CLI.briefing(["generate", samples.appendingPathComponent(day).path, "--date", day,
                          "--out", root.appendingPathComponent("Briefings/\(day)").path] + extra)
    }

    @Test func changesSinceYesterdayOnConsecutiveRealDays() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try Self.generate("2019-01-06", into: root)
        try #require(first.status == 0, "\(first.stderr)")
        #expect(!(try CLI.read(root.appendingPathComponent("Briefings/2019-01-06/briefing.md"))).contains("## What changed"))

        let second = try Self.generate("2019-01-07", into: root)
        try #require(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("compared with 2019-01-06"))
        let markdown = try CLI.read(root.appendingPathComponent("Briefings/2019-01-07/briefing.md"))
        let section = markdown.components(separatedBy: "## What changed since 2019-01-06\n").dropFirst().first?
            .components(separatedBy: "\n## ").first ?? ""
        // Pelosi and Schumer answer Trump on the 7th; the 6th (Cruz's term limits) named neither.
        let newActors = section.split(separator: "\n").first { $0.hasPrefix("- New actors: ") } ?? ""
        #expect(newActors.contains("Nancy Pelosi") && newActors.contains("Chuck Schumer"))
        #expect(!newActors.contains("Ted Cruz"))
        #expect(section.contains("**Donald Trump** will prefer to agree a solution with the opposition"))
        // The 6th's question about Cruz's amendment is not answered on the 7th.
        let stillOpen = section.components(separatedBy: "- Still open:\n").dropFirst().first ?? ""
        #expect(stillOpen.contains("  - Would this limit Cruz himself to his current term"))

        // --previous names the file explicitly and wins over the folder beside --out.
        let explicit = try Self.generate("2019-01-07", into: root, extra: [
            "--previous", root.appendingPathComponent("Briefings/2019-01-06/briefing.json").path])
        #expect(explicit.stderr.contains("compared with 2019-01-06"))
    }

    @Test func htmlCitationsJumpToHighlightedPassages() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.generate("2019-01-07", into: root)
        try #require(result.status == 0, "\(result.stderr)")
        let html = try CLI.read(root.appendingPathComponent("Briefings/2019-01-07/briefing.html"))
        EndToEndTests.checkPage(html)
        let targets = Set(html.matches(of: /href="#([a-z0-9-]+)"/).map { String($0.1) })
        let ids = Set(html.matches(of: /id="([a-z0-9-]+)"/).map { String($0.1) })
        #expect(targets.contains { $0.hasPrefix("ev-") })
        #expect(targets.isSubset(of: ids), "links without target: \(targets.subtracting(ids).sorted())")
        #expect(html.contains("<mark>"))
        // The Markdown cites the same passages.
        let markdown = try CLI.read(root.appendingPathComponent("Briefings/2019-01-07/briefing.md"))
        let cited = Set(markdown.matches(of: /\]\(#(ev-[0-9-]+)\)/).map { String($0.1) })
        #expect(!cited.isEmpty && cited.isSubset(of: ids))
    }

    @Test func outputIsByteIdenticalInAnyFileOrder() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let days = ["2019-01-04", "2019-01-05", "2019-01-07"]
        let files = try days.flatMap { day in
            try FileManager.default.contentsOfDirectory(atPath: Self.samples.appendingPathComponent(day).path).sorted()
                .map { Self.samples.appendingPathComponent(day).appendingPathComponent($0).path }
        }
        var outputs: [[Data]] = []
        for (index, order) in [files, files.reversed(), files.enumerated().sorted { ($0.offset * 5) % 7 < ($1.offset * 5) % 7 }.map(\.element)].enumerated() {
            let out = root.appendingPathComponent("run\(index)")
            let result = try CLI.briefing(["generate"] + order + ["--date", "2019-01-07", "--out", out.path])
            try #require(result.status == 0, "\(result.stderr)")
            outputs.append(try ["briefing.md", "briefing.html", "briefing.json"].map {
                try Data(contentsOf: out.appendingPathComponent($0))
            })
        }
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
    }
}
