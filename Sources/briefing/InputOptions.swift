import ArgumentParser
import BriefingKit

/// The article files and the day they belong to, shared by the commands that read articles.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files or folders (folders are read recursively).")
    var paths: [String]

    @Option(help: "The briefing day, YYYY-MM-DD; relative timestamps (\"13 hours ago\") count back from its end. Default: each file's modification time.")
    var date: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one article file or folder.") }
        if let date, Timestamp.endOfDay(date) == nil { throw ValidationError("--date must be a day as YYYY-MM-DD, not '\(date)'.") }
    }
}
