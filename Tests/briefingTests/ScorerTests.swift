import Foundation
import Testing

/// The shared scorer accepts what `briefing extract --format json` prints for the whole
/// training corpus: every span valid, no schema error.
@Suite struct ScorerTests {
    static var canRun: Bool { CLI.hasSharedCorpus && CLI.onPath("python3") != nil }

    @Test(.enabled(if: canRun, "needs ../shared (corpus and eval/score.py) and python3; CI has them"),
          .timeLimit(.minutes(10)))
    func scorerFindsAllSpansValidAndNoSchemaErrors() throws {
        let corpus = "../shared/corpus/polnear-train"
        let files = try FileManager.default.contentsOfDirectory(atPath: CLI.shared.appendingPathComponent("corpus/polnear-train").path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { "\(corpus)/\($0)" }
        #expect(files.count == 840)

        let extract = try CLI.briefing(["extract", "--format", "json", "--date", "2026-11-24"] + files)
        #expect(extract.status == 0, "extract failed: \(extract.stderr.prefix(2000))")
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let prediction = work.appendingPathComponent("train.json")
        try Data(extract.stdout.utf8).write(to: prediction)

        let python = try #require(CLI.onPath("python3"))
        let score = try CLI.run(python, ["../shared/eval/score.py", "--pred", prediction.path,
                                         "--corpus", corpus, "--gold", "../shared/corpus/polnear-train-gold"],
                                in: CLI.packageRoot)
        print(score.stdout)  // the table, for CI logs
        #expect(score.status == 0, "score.py exited \(score.status): \(score.stderr)")

        // "SPANS     valid 100.0%  (76683/76683)   schema errors 0"
        let spans = try #require(score.stdout.split(separator: "\n").first { $0.hasPrefix("SPANS") }.map(String.init),
                                 "no SPANS line in score.py output")
        let valid = spans.firstMatch(of: /valid\s+([0-9.]+)%\s+\((\d+)\/(\d+)\)/)
        let schema = spans.firstMatch(of: /schema errors\s+(\d+)/)
        let numbers = try #require(valid, "cannot read the valid share in: \(spans)")
        #expect(numbers.1 == "100.0", "\(spans)")
        #expect(numbers.2 == numbers.3, "\(spans)")
        #expect((Int(numbers.3) ?? 0) > 0, "no spans scored: \(spans)")
        #expect(schema?.1 == "0", "\(spans)\n\(score.stdout)")
        #expect(score.stdout.contains("840 articles"), "score.py did not score all 840 articles")
    }
}
