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

            \(ExitStatus.help)
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, markdown }

    @Option(help: "Output format: json or markdown.")
    var format: Format = .json

    @OptionGroup var input: InputOptions

    func run() throws {
        let (outputs, errors) = try input.readArticles()
        switch format {
        case .json:
            print(try ExtractDocument(articles: outputs.map(\.record)).jsonString())
        case .markdown:
            print(RecordMarkdown.render(outputs.map(\.record)))
        }
        try ExitStatus.finish(skipped: errors.count)
    }
}
