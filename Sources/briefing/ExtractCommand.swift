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

            \(ExitStatus.help)
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
        let skipped = input.paths == ["-"] ? try readStandardInput() : try readFiles()
        try ExitStatus.finish(skipped: skipped)
    }

    /// The files and folders given: JSON and JSON Lines records are written as they are done,
    /// in input order (with --strict, once all inputs were read). Returns how many were skipped.
    private func readFiles() throws -> Int {
        if input.strict || format == .markdown {
            let (outputs, errors) = try input.readArticles()   // with --strict, throws before anything is written
            try write(outputs.map(\.record))
            return errors.count
        }
        let pipeline = input.pipeline()
        let errors: [IngestError]
        if format == .json {
            var writer = ExtractJSONWriter()
            errors = try pipeline.run(paths: input.paths) { try writer.write($0.record) }
            try writer.finish()
        } else {
            errors = try pipeline.run(paths: input.paths) { try Self.writeLines([$0.record]) }
        }
        ErrorReporter.report(errors)
        return errors.count
    }

    /// JSON Lines articles from standard input, each batch written as soon as it is done
    /// (Markdown, and everything with --strict, once the input has ended). Returns how many
    /// lines were skipped.
    private func readStandardInput() throws -> Int {
        let streams = !input.strict && format != .markdown
        var writer = ExtractJSONWriter()
        var kept: [ArticleRecord] = []
        let summary = try JSONLinesStream(runDate: input.date).run(
            handle: FileHandle.standardInput,
            emit: { batch in
                guard streams else { kept += batch; return }
                if format == .json { for record in batch { try writer.write(record) } } else { try Self.writeLines(batch) }
            },
            report: { ErrorReporter.report([$0]) })
        if summary.duplicates > 0 { ErrorReporter.note("\(summary.duplicates) repeated article(s) left out") }
        if input.strict && summary.skipped > 0 {
            ErrorReporter.note("--strict: \(summary.skipped) line(s) skipped; nothing written")
            throw ExitCode(ExitStatus.failure)
        }
        if streams {
            if format == .json { try writer.finish() }
        } else {
            try write(kept)
        }
        return summary.skipped
    }

    /// Writes `records` in the chosen format.
    private func write(_ records: [ArticleRecord]) throws {
        switch format {
        case .json:
            var writer = ExtractJSONWriter()
            for record in records { try writer.write(record) }
            try writer.finish()
        case .jsonl: try Self.writeLines(records)
        case .markdown: print(RecordMarkdown.render(records))
        }
    }

    private static func writeLines(_ records: [ArticleRecord]) throws {
        var data = Data()
        for record in records { data.append(try record.jsonLine()) }
        FileHandle.standardOutput.write(data)
    }
}
