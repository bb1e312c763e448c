import ArgumentParser
import BriefingKit
import Foundation

/// `briefing generate`: the day's briefing as Markdown, HTML and JSON.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the day's briefing (briefing.md, briefing.html, briefing.json) from article files.",
        discussion: """
            Folders are read recursively. A file that cannot be read is reported on standard error and \
            skipped; the others still go into the briefing, and the exit status is 3 (--strict: 1, and \
            nothing is written). Files are written atomically (temporary files renamed into place once \
            all three are complete), so a failed or killed run leaves the previous briefing intact.

            A metadata.tsv file in an input folder (tab-separated, with a filename column and publisher \
            and publication_date columns) gives the outlet and date of articles that do not state them.

            "What changed" compares with the previous briefing: --previous FILE, else the newest \
            briefing.json in a YYYY-MM-DD folder beside the output folder that is earlier than --date, \
            at most 7 days earlier (or on or before --since).

            Examples:
              briefing generate Samples/2026-11-24 --date 2026-11-24
              briefing generate ~/news/today --templates MyTemplates --out /tmp/brief
              briefing generate ~/news/today --style bluf
              briefing generate ~/news/2016-07-27 --sources nyt,politico --actor "Hillary Clinton" --max-items 8

            \(ExitStatus.help)
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var templateOptions: TemplateOptions

    @Option(help: "Output folder (default: Briefings/<date>/).")
    var out: String?

    @Option(help: "The briefing's form: full (the daily briefing), bluf (the top developments, one sentence each), dossier (one section per key actor). Files: briefing.md/html for full, else STYLE.md/html.")
    var style: BriefingStyle = .full

    @Option(help: "Items per section in the briefing; the rest go to the appendix.")
    var maxItems: Int = 12

    @Option(name: .customLong("sources"), parsing: .singleValue,
            help: "Only articles from these outlets (comma-separated or repeated; case ignored).")
    var outlets: [String] = []

    @Option(name: .customLong("actor"), parsing: .singleValue,
            help: "An actor to put on top (repeatable): full name, alias or surname.")
    var watchlist: [String] = []

    @Option(help: "The previous briefing.json to compare with (default: the newest earlier day beside --out).")
    var previous: String?

    @Option(help: "Compare with the newest briefing on or before this day, YYYY-MM-DD.")
    var since: String?

    @Flag(help: "Print the time each stage took to standard error.")
    var timings = false

    func validate() throws {
        if maxItems < 1 { throw ValidationError("--max-items must be at least 1.") }
        if let since, Timestamp.endOfDay(since) == nil { throw ValidationError("--since must be a day as YYYY-MM-DD, not '\(since)'.") }
        if let previous, !FileManager.default.fileExists(atPath: previous) {
            throw ValidationError("--previous \(previous): no such file")
        }
    }

    func run() throws {
        var clock = StageClock()
        let (outputs, errors) = try input.readArticles()
        clock.lap("read and extract \(outputs.count) article(s)")
        guard !outputs.isEmpty else {
            ErrorReporter.note("no article could be read; nothing written")
            throw ExitCode(ExitStatus.failure)
        }
        let sidecar = MetadataSidecar.load(from: input.paths)
        let records = outputs.map { sidecar.apply(to: $0.record) }
        let date = input.date ?? Self.mostCommonDay(records.compactMap(\.published)) ?? Timestamp.dayString(Date())
        let folder = URL(fileURLWithPath: out ?? "Briefings/" + OutputName.component(date))
        let previousFile = previous.map { URL(fileURLWithPath: $0) }
            ?? PreviousBriefing.locate(beside: folder, before: date, since: since)
        let options = ComposeOptions(
            outlets: outlets.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } },
            watchlist: watchlist, previous: try previousFile.map(PreviousBriefing.load))
        let inputs = zip(outputs, records).map { output, record in
            BriefingInput(record: record, summary: output.summary, text: output.article.text)
        }
        let briefing = BriefingComposer().compose(date: date, articles: inputs, options: options)
        clock.lap("compose")

        let templates = try templateOptions.templateSet()
        let markdown = try MarkdownRenderer(templates: templates, maxItems: maxItems, style: style).render(briefing)
        let appendix = try EvidenceRenderer(templates: templates).render(briefing, maxItems: maxItems)
        let html = try PageRenderer(templates: templates).page(
            title: "Briefing — \(date)", markdown: markdown, appendix: appendix,
            subtitle: Self.subtitle(briefing), style: style.rawValue)
        // The records in the briefing's source order, without the articles --sources left out.
        let recordById = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let json = try BriefingDocument(briefing: briefing, articles: briefing.sources.compactMap { recordById[$0.id] })
            .jsonString()
        clock.lap("render")

        try AtomicWriter.write([(markdown, folder.appendingPathComponent(style.fileStem + ".md")),
                                (html, folder.appendingPathComponent(style.fileStem + ".html")),
                                (json + "\n", folder.appendingPathComponent("briefing.json"))])
        clock.lap("write")
        if timings { ErrorReporter.note(clock.report) }
        let compared = options.previous.map { "; compared with \($0.date)" } ?? ""
        ErrorReporter.note("\(briefing.sources.count) article(s) → \(folder.path)/\(style.fileStem).{md,html}, briefing.json" + compared
            + (errors.isEmpty ? "" : "; \(errors.count) file(s) skipped"))
        try ExitStatus.finish(skipped: errors.count)
    }

    /// "12 articles from 4 outlets" under the page's title.
    static func subtitle(_ briefing: BriefingKit.Briefing) -> String {
        let outlets = Set(briefing.sources.compactMap(\.source)).count
        let articles = briefing.sources.count == 1 ? "1 article" : "\(briefing.sources.count) articles"
        return outlets == 0 ? articles : articles + (outlets == 1 ? " from 1 outlet" : " from \(outlets) outlets")
    }

    /// The day most articles were published on (the earliest on a tie).
    static func mostCommonDay(_ days: [String]) -> String? {
        let counts = Dictionary(days.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}
