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
            input's characters [start, end), counted in Unicode scalars.

            Examples:
              briefing extract --format json article.txt > record.json
              briefing extract --format markdown Samples/2026-11-24/
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, markdown }

    @Option(help: "Output format: json or markdown.")
    var format: Format = .json

    @OptionGroup var input: InputOptions

    func run() throws {
        let pipeline = ArticlePipeline(runDate: input.date)
        let errors: [IngestError]
        switch format {
        case .json:
            // records are written as they are done, in input order
            var writer = ExtractJSONWriter()
            errors = try pipeline.run(paths: input.paths) { try writer.write($0.record) }
            try writer.finish()
        case .markdown:
            let (outputs, readErrors) = pipeline.run(paths: input.paths)
            errors = readErrors
            print(RecordMarkdown.render(outputs.map(\.record)))
        }
        ErrorReporter.report(errors)
        if !errors.isEmpty { throw ExitCode(1) }
    }
}
