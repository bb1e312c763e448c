/// Numbers a briefing's sources from 1 and turns reports into citations (`[1](#ev-1-310-322)`).
struct Citations: Sendable {
    let sources: [BriefingContext.Source]
    private let numberById: [String: Int]

    init(_ briefing: Briefing) {
        sources = briefing.sources.enumerated().map { index, source in
            BriefingContext.Source(
                number: index + 1, id: source.id, anchor: "source-\(index + 1)",
                title: BriefingContext.nonEmpty(source.title) ?? source.id,
                outlet: BriefingContext.nonEmpty(source.source), published: BriefingContext.nonEmpty(source.published),
                url: BriefingContext.nonEmpty(source.url), path: source.path, summary: source.summary,
                hasSummary: !source.summary.isEmpty)
        }
        var numberById: [String: Int] = [:]
        for source in sources where numberById[source.id] == nil { numberById[source.id] = source.number }
        self.numberById = numberById
    }

    /// The source number of an article (0 if the briefing does not list it).
    func number(_ articleId: String) -> Int { numberById[articleId] ?? 0 }

    /// The article's number and title.
    func reference(_ articleId: String) -> BriefingContext.SourceReference {
        let number = number(articleId)
        return BriefingContext.SourceReference(number: number, title: number > 0 ? sources[number - 1].title : articleId)
    }

    /// One citation per report, in source order, one per article.
    func cites(_ reports: [BriefingReport]) -> [BriefingContext.Cite] {
        var seen: Set<String> = []
        return reports.filter { seen.insert($0.articleId).inserted }
            .map { cite(number($0.articleId), passage: $0.passageId) }
            .sorted { $0.number < $1.number }
    }

    /// Cites for an item that may predate reports: its own article and span.
    func cites(_ reports: [BriefingReport], articleId: String, evidence: Span) -> [BriefingContext.Cite] {
        guard reports.isEmpty else { return cites(reports) }
        let number = number(articleId)
        return [cite(number, passage: "ev-\(number)-\(evidence.start)-\(evidence.end)")]
    }

    private func cite(_ number: Int, passage: String) -> BriefingContext.Cite {
        BriefingContext.Cite(number: number, passage: passage, outlet: number > 0 ? sources[number - 1].outlet : nil)
    }
}
