/// Counts independent sources: reports from the same outlet count once; a report whose outlet
/// is unknown counts as its own source (its article).
enum Corroboration {
    static func count(_ reports: [BriefingReport]) -> Int {
        var outlets: Set<String> = []
        var articles: Set<String> = []
        for report in reports {
            if let outlet = report.outlet { outlets.insert(outlet) } else { articles.insert(report.articleId) }
        }
        return Set(outlets.map(ComposeOptions.folded)).count + articles.count
    }
}
