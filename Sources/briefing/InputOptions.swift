import ArgumentParser
import BriefingKit

/// The article files and the day they belong to, shared by the commands that read articles.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files or folders (folders are read recursively).")
    var paths: [String]

    @Option(help: "The briefing day, YYYY-MM-DD; relative timestamps (\"13 hours ago\") count back from its end. Default: each file's modification time.")
    var date: String?

    @Option(help: "Files read at once (default: one per core). The output is the same for any number.")
    var jobs: Int?

    @Flag(help: "Fail (exit status 1, nothing written) when any input is skipped.")
    var strict = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one article file or folder.") }
        if let date, Timestamp.endOfDay(date) == nil { throw ValidationError("--date must be a day as YYYY-MM-DD, not '\(date)'.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    /// The pipeline for these options (`--date`, `--jobs`).
    func pipeline() -> ArticlePipeline { ArticlePipeline(runDate: date, jobs: jobs) }

    /// Reads and extracts the inputs, reporting each skipped one on standard error; with
    /// `--strict`, a skipped input ends the run (exit status 1) before anything is written.
    func readArticles() throws -> (outputs: [ArticlePipeline.Output], errors: [IngestError]) {
        let (outputs, errors) = pipeline().run(paths: paths)
        ErrorReporter.report(errors)
        if strict && !errors.isEmpty {
            ErrorReporter.note("--strict: \(errors.count) input(s) skipped; nothing written")
            throw ExitCode(ExitStatus.failure)
        }
        return (outputs, errors)
    }
}
