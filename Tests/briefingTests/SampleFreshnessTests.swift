import Foundation
import Testing

/// The committed sample day must be what the current code produces, byte for byte.
@Suite struct SampleFreshnessTests {
    @Test func committedSampleDayIsFresh() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        // exactly as `make sample` runs it: from the package root, the folder as a relative path
        let result = try CLI.briefing(["generate", "Samples/2026-11-24", "--date", "2026-11-24", "--out", out.path])
        try #require(result.status == 0, "generate failed: \(result.stderr)")

        let committed = CLI.packageRoot.appendingPathComponent("Briefings/2026-11-24")
        for name in ["briefing.md", "briefing.html", "briefing.json"] {
            let fresh = try Data(contentsOf: out.appendingPathComponent(name))
            guard let old = FileManager.default.contents(atPath: committed.appendingPathComponent(name).path) else {
                Issue.record("Briefings/2026-11-24/\(name) is missing: run `make sample` and commit the result")
                continue
            }
            if fresh != old {
                Issue.record(Comment(rawValue: "Briefings/2026-11-24/\(name) is stale: run `make sample` and commit the result. "
                    + Self.firstDifference(String(decoding: old, as: UTF8.self), String(decoding: fresh, as: UTF8.self))))
            }
        }
    }

    static func firstDifference(_ old: String, _ new: String) -> String {
        let a = old.components(separatedBy: "\n"), b = new.components(separatedBy: "\n")
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : "<end of file>", y = i < b.count ? b[i] : "<end of file>"
            if x != y { return "First difference at line \(i + 1):\n  committed: \(x)\n  generated: \(y)" }
        }
        return "The files differ only in bytes that do not decode as text."
    }
}
