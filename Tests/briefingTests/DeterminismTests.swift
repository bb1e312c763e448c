import Foundation
import Testing

/// The same articles give byte-identical briefings whatever the order the files are given
/// in, the number of threads, the locale and the time zone.
@Suite struct DeterminismTests {
    /// Several days of samples, plus an article stamped late in the evening (another day in
    /// UTC+14) and one with a relative time.
    static func inputs(in folder: URL) throws -> [String] {
        var paths: [String] = []
        for day in ["2019-01-04", "2019-01-05", "2019-01-07", "2026-11-24"] {
            let source = CLI.packageRoot.appendingPathComponent("Samples/\(day)")
            for name in try FileManager.default.contentsOfDirectory(atPath: source.path).sorted() where name.hasSuffix(".txt") {
                try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
                paths.append(name)
            }
        }
        try CLI.write([
            "late.txt": "Tue 24 Nov 2026 23.30 GMT\nİstanbul talks end late\nThe İzmir mayor, Ayşe Yılmaz, said: \"We will sign the deal on Friday.\"\n",
            "relative.txt": "13 hours ago\nIIIrd bridge plan approved\nThe council said it would start work in İZMİR next year.\n",
        ], to: folder)
        return paths + ["late.txt", "relative.txt"]
    }

    struct Run: Sendable {
        var label: String
        var reversed: Bool
        var jobs: String
        var environment: [String: String]
    }

    static let runs = [
        Run(label: "reference", reversed: false, jobs: "1", environment: ["LANG": "C", "LC_ALL": "C", "TZ": "UTC"]),
        Run(label: "reversed file order", reversed: true, jobs: "1", environment: ["LANG": "C", "LC_ALL": "C", "TZ": "UTC"]),
        Run(label: "4 jobs", reversed: false, jobs: "4", environment: ["LANG": "C", "LC_ALL": "C", "TZ": "UTC"]),
        Run(label: "Turkish locale, UTC+14, reversed, 3 jobs", reversed: true, jobs: "3",
            environment: ["LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8", "TZ": "Pacific/Kiritimati"]),
    ]

    @Test func sameInputsGiveTheSameBytes() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try Self.inputs(in: folder)
        var outputs: [String: [String: Data]] = [:]
        for run in Self.runs {
            let out = "out-\(outputs.count)"
            let arguments = ["generate"] + (run.reversed ? paths.reversed() : paths)
                + ["--date", "2026-11-24", "--jobs", run.jobs, "--out", out]
            let result = try CLI.briefing(arguments, in: folder, environment: run.environment)
            try #require(result.status == 0, "\(run.label): \(result.stderr)")
            var files: [String: Data] = [:]
            for name in ["briefing.md", "briefing.html", "briefing.json"] {
                files[name] = try Data(contentsOf: folder.appendingPathComponent(out).appendingPathComponent(name))
            }
            outputs[run.label] = files
        }
        let reference = try #require(outputs["reference"])
        #expect(reference["briefing.json"].map { String(decoding: $0, as: UTF8.self).contains("Yılmaz") } == true)
        for run in Self.runs.dropFirst() {
            for name in ["briefing.md", "briefing.html", "briefing.json"] {
                #expect(outputs[run.label]?[name] == reference[name], "\(name) differs with \(run.label)")
            }
        }
    }

    @Test func extractIsTheSameForAnyNumberOfJobs() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try Self.inputs(in: folder)
        let one = try CLI.briefing(["extract"] + paths + ["--date", "2026-11-24", "--jobs", "1"], in: folder)
        let many = try CLI.briefing(["extract"] + paths + ["--date", "2026-11-24", "--jobs", "8"], in: folder)
        #expect(one.status == 0 && many.status == 0)
        #expect(!one.stdout.isEmpty && one.stdout == many.stdout)
    }
}
