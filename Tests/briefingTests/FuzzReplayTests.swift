import Foundation
import Testing

/// Every fuzz target's seeds and the inputs that once crashed it (`Fuzz/regressions/TARGET`)
/// go through the target again in the ordinary build, which replays files instead of fuzzing:
/// a fixed crash that comes back fails here, without a fuzzing toolchain.
@Suite struct FuzzReplayTests {
    static let replayer: URL? = CLI.executable.map {
        $0.deletingLastPathComponent().appendingPathComponent("briefing-fuzz")
    }.flatMap { FileManager.default.isExecutableFile(atPath: $0.path) ? $0 : nil }

    @Test(arguments: ["text", "html", "feed", "jsonl", "extract"])
    func seedsAndRegressionsReplayCleanly(target: String) throws {
        let replayer = try #require(Self.replayer, "briefing-fuzz was not built next to the tests")
        let folders = ["Fuzz/seeds/\(target)", "Fuzz/regressions/\(target)"].filter {
            FileManager.default.fileExists(atPath: CLI.packageRoot.appendingPathComponent($0).path)
        }
        let inputs = try folders.flatMap { try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent($0).path) }
        #expect(!inputs.isEmpty, "no seeds for \(target)")
        let result = try CLI.run(replayer, folders, in: CLI.packageRoot, environment: ["FUZZ_TARGET": target])
        #expect(result.status == 0, "\(target): \(result.stderr)")
        #expect(result.stdout.contains("\(target): \(inputs.count) input(s) replayed, no failure"), "\(result.stdout)")
    }
}
