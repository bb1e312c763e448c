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
        // JSON and JSON Lines go out as records are done; Markdown, and anything under --strict
        // (which must write nothing when an input is skipped), once the input has been read.
        var sink = RecordSink(format: format, holding: input.strict)
        let skipped = input.paths == ["-"] ? try readStandardInput(into: &sink) : try readFiles(into: &sink)
        if input.strict && skipped > 0 {
            ErrorReporter.note("--strict: \(skipped) input(s) skipped; nothing written")
            throw ExitCode(ExitStatus.failure)
        }
        try sink.finish()
        try ExitStatus.finish(skipped: skipped)
    }

    /// The files and folders given, in input order. Returns how many inputs were skipped.
    private func readFiles(into sink: inout RecordSink) throws -> Int {
        let errors = try input.pipeline().run(paths: input.paths, prepare: sink.encoding, rename: RecordSink.renamed) {
            try sink.add($0.record, encoded: $1)
        }
        ErrorReporter.report(errors)
        return errors.count
    }

    /// JSON Lines articles from standard input, batch by batch. Returns how many lines were skipped.
    private func readStandardInput(into sink: inout RecordSink) throws -> Int {
        let summary = try JSONLinesStream(runDate: input.date).run(
            handle: FileHandle.standardInput, emit: { try sink.add($0) }, report: { ErrorReporter.report([$0]) })
        if summary.duplicates > 0 { ErrorReporter.note("\(summary.duplicates) repeated article(s) left out") }
        return summary.skipped
    }
}

/// Where `extract` puts records: written at once in JSON or JSON Lines, or held until
/// `finish` (Markdown, or a run that must write nothing if an input turns out bad).
private struct RecordSink {
    let format: ExtractCommand.Format
    let holding: Bool
    private var writer = ExtractJSONWriter()
    private var held: [ArticleRecord] = []

    /// - Parameter holding: hold every format until `finish` (Markdown is always held).
    init(format: ExtractCommand.Format, holding: Bool) {
        self.format = format
        self.holding = holding || format == .markdown
    }

    mutating func add(_ records: [ArticleRecord]) throws {
        if holding { held += records } else { try write(records) }
    }

    /// How a record is encoded, on the worker that extracted it, when it will be written at
    /// once as JSON: the thread that writes then only copies bytes. Nil in other formats.
    var encoding: @Sendable (ArticlePipeline.Output) -> ExtractJSONWriter.EncodedRecord? {
        let encodes = format == .json && !holding
        return { encodes ? ExtractJSONWriter.EncodedRecord($0.record) : nil }
    }

    /// What `encoding` made of an output, for the output renamed (a file's name met again in
    /// another folder): the encoding with only its id replaced, not a new encoding.
    static func renamed(_ encoded: ExtractJSONWriter.EncodedRecord?, _ output: ArticlePipeline.Output) -> ExtractJSONWriter.EncodedRecord? {
        encoded?.renamed(to: output.record.id)
    }

    /// Adds a record that `encoding` encoded (or did not: `encoded` is nil).
    mutating func add(_ record: ArticleRecord, encoded: ExtractJSONWriter.EncodedRecord?) throws {
        if let encoded { try writer.write(encoded) } else { try add([record]) }
    }

    /// Writes what was held and closes the JSON document.
    mutating func finish() throws {
        if format == .markdown {
            print(RecordMarkdown.render(held))
            return
        }
        try write(held)
        held = []
        if format == .json { try writer.finish() }
    }

    /// Writes JSON or JSON Lines records (Markdown is only ever held).
    private mutating func write(_ records: [ArticleRecord]) throws {
        if format == .json {
            for record in records { try writer.write(record) }
            return
        }
        var data = Data()
        for record in records { data.append(record.jsonLine()) }
        FileHandle.standardOutput.write(data)
    }
}
