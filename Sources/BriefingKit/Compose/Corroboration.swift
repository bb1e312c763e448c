/// Counts independent sources: reports from the same outlet count once; a report whose outlet
/// is unknown counts as its own source (its article).
enum Corroboration {
    static func count(_ reports: [BriefingReport]) -> Int {
        Set(reports.map { report in
            report.outlet.map { "outlet:" + ComposeOptions.folded($0) } ?? "article:" + report.articleId
        }).count
    }
}
