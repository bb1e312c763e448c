import ArgumentParser
import BriefingKit
import Foundation

/// `briefing extract`: prints the extraction record of articles.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what each article says: actors, positions, commitments, open questions.",
        discussion: """
            JSON output follows the contract (schema briefing.extract/1): every span's text equals the \
            input's characters [start, end), counted in Unicode scalars. --format jsonl prints one record \
            per line instead of one document.

            With - as the only input, JSON Lines articles are read from standard input (one object per \
            line: title, text or html, url, published, source, author, id) and, with --format jsonl, each \
            record is written as soon as its batch of articles is done, in input order and in bounded \
            memory: the extract stage as a filter for GNU parallel, Hadoop streaming or Spark's pipe.

            Examples:
              briefing extract --format json article.txt > record.json
              briefing extract --format markdown Samples/2026-11-24/
              cat export.jsonl | briefing extract --format jsonl - > records.jsonl
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, markdown }

    @Option(help: "Output format: json, jsonl or markdown.")
    var format: Format = .json

    @OptionGroup var input: InputOptions

    func validate() throws {
        if input.paths.contains("-") && input.paths.count > 1 {
            throw ValidationError("'-' (standard input) must be the only input.")
        }
    }

    func run() throws {
        let (records, failures) = input.paths == ["-"] ? try readStandardInput() : try readFiles()
        switch format {
        case .json: print(try ExtractDocument(articles: records).jsonString())
        case .markdown: print(RecordMarkdown.render(records))
        case .jsonl: break   // written as they were done
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// The records of the files and folders given, and how many inputs failed.
    private func readFiles() throws -> (records: [ArticleRecord], failures: Int) {
        let (outputs, errors) = ArticlePipeline(runDate: input.date).run(paths: input.paths)
        ErrorReporter.report(errors)
        let records = outputs.map(\.record)
        guard format != .jsonl else {
            try Self.write(records)
            return ([], errors.count)
        }
        return (records, errors.count)
    }

    /// JSON Lines articles from standard input; with --format jsonl each batch is written as
    /// soon as it is done and nothing is kept.
    private func readStandardInput() throws -> (records: [ArticleRecord], failures: Int) {
        var kept: [ArticleRecord] = []
        let summary = try JSONLinesStream(runDate: input.date).run(
            handle: FileHandle.standardInput,
            emit: { batch in
                if format == .jsonl { try Self.write(batch) } else { kept += batch }
            },
            report: { ErrorReporter.report([$0]) })
        if summary.duplicates > 0 { ErrorReporter.note("\(summary.duplicates) repeated article(s) left out") }
        return (kept, summary.skipped)
    }

    private static func write(_ records: [ArticleRecord]) throws {
        var data = Data()
        for record in records { data.append(try record.jsonLine()) }
        FileHandle.standardOutput.write(data)
    }
}
