import ArgumentParser
import BriefingKit

@main
struct Briefing: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn a day's news articles into a structured briefing (Markdown, HTML, JSON).",
        version: "0.1.0",
        subcommands: [GenerateCommand.self, ExtractCommand.self, RenderCommand.self, TemplatesCommand.self,
                      IngestBodiesCommand.self])
}
