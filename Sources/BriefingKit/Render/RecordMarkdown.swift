/// A plain Markdown view of extraction records, for `briefing extract --format markdown`:
/// what a person checks by eye against the article. Article text is escaped.
public enum RecordMarkdown {
    public static func render(_ records: [ArticleRecord]) -> String {
        records.map(render).joined(separator: "\n---\n\n")
    }

    private static func render(_ record: ArticleRecord) -> String {
        let e = MarkdownEscaper.escape
        var lines = ["# " + e(record.title ?? record.id), ""]
        lines.append("*" + e([record.source, record.published, record.path].compactMap { $0 }.joined(separator: " · ")) + "*")
        lines.append("")
        lines.append("## Actors")
        lines.append("")
        for actor in record.actors {
            let role = actor.role.map { ", " + e($0) } ?? ""
            lines.append("- **\(e(actor.name))** (\(actor.kind.rawValue)\(role)) — salience \(actor.salience), \(actor.mentions.count) mentions")
        }
        lines.append("")
        lines.append("## Positions")
        lines.append("")
        for position in record.positions {
            let speaker = position.speaker?.name ?? "unattributed"
            let cue = position.cue.map { " (" + e($0.text) + ")" } ?? ""
            lines.append("- **\(e(speaker))**\(cue): \(e(position.statement.text)) — \(position.kind.rawValue), @\(position.statement.start)")
        }
        lines.append("")
        lines.append("## Commitments")
        lines.append("")
        for c in record.commitments {
            var line = "- **\(e(c.actor.name ?? "?"))** \(e(c.statement)) (\(e(c.modality)))"
            if let condition = c.condition { line += "; condition: " + e(condition) }
            if !c.limits.isEmpty { line += "; limits: " + c.limits.map(e).joined(separator: "; ") }
            if let timeframe = c.timeframe { line += "; when: " + e(timeframe) }
            lines.append(line)
        }
        lines.append("")
        lines.append("## Open questions")
        lines.append("")
        for q in record.openQuestions {
            lines.append("- \(e(q.question)) (\(q.kind.rawValue))")
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
