import ArgumentParser
import BriefingKit
import Foundation

/// `briefing ingest-bodies` (hidden): writes the article body found in each HTML page to
/// `OUTPUT/NAME.txt` (the page's name, made safe and unique by `OutputName`), one paragraph
/// per line, and reports the speed of the extraction itself — the input of
/// `shared/eval/score_body.py --pred OUTPUT`.
struct IngestBodiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest-bodies",
        abstract: "Write the body text extracted from each HTML page to a folder (for benchmarking).",
        shouldDisplay: false)

    @Option(name: .shortAndLong, help: "The folder to write NAME.txt files into.")
    var output: String

    @Argument(help: "HTML pages, or folders searched for .html/.htm files.")
    var paths: [String]

    func run() throws {
        let pages = try pages()
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let extractor = HTMLBodyExtractor()
        var failures: [Error] = []
        var slowest = (seconds: 0.0, page: "")
        var elapsed = 0.0, cpu = 0.0   // extraction only, as the peers are timed: no file reading or writing
        var names = Set<String>()
        for page in pages {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: page))
                let pageStart = Date(), pageCPU = Self.cpuSeconds()
                let body = try extractor.paragraphs(ofPage: data, path: page).joined(separator: "\n")
                let seconds = Date().timeIntervalSince(pageStart)
                elapsed += seconds
                cpu += Self.cpuSeconds() - pageCPU
                if seconds > slowest.seconds { slowest = (seconds, page) }
                let stem = ((page as NSString).lastPathComponent as NSString).deletingPathExtension
                let name = OutputName.unique(stem, extension: ".txt", taken: &names)
                try AtomicWriter.write(body + "\n", to: URL(fileURLWithPath: output).appendingPathComponent(name))
            } catch {
                failures.append(error)
            }
        }
        ErrorReporter.report(failures)
        ErrorReporter.note(String(format: "%d pages in %.2f s (%.1f pages/s, one thread; %.1f pages per CPU second); slowest %.0f ms: %@",
                                  pages.count, elapsed, Double(pages.count) / max(elapsed, 1e-9),
                                  Double(pages.count) / max(cpu, 1e-9), slowest.seconds * 1000, slowest.page))
        if !failures.isEmpty { throw ExitCode(1) }
    }

    /// User and system CPU time of this process so far: unlike wall time, not stretched by other
    /// processes on a shared machine.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private func pages() throws -> [String] {
        var pages: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ValidationError("\(path): no such file or folder")
            }
            guard isDirectory.boolValue else { pages.append(path); continue }
            let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            pages += names.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.map { (path as NSString).appendingPathComponent($0) }
        }
        return pages
    }
}
