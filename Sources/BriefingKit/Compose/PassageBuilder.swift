/// Turns evidence spans into `BriefingReport`s and collects the `BriefingPassage` of each: the
/// span inside its paragraph (the text between the line breaks around it), cut to a window of
/// `contextLimit` characters on each side. A span that does not match the article text is shown
/// alone, without context, so a passage never shows text the span does not point to.
struct PassageBuilder: Sendable {
    /// Characters of paragraph kept on each side of a span.
    static let contextLimit = 280

    private let sources: [(id: String, outlet: String?, scalars: [Unicode.Scalar]?)]
    private var passages: [String: BriefingPassage] = [:]

    /// - Parameter inputs: the day's articles, in source order (their numbers are from 1).
    init(inputs: [BriefingInput]) {
        sources = inputs.map { ($0.record.id, $0.record.source, $0.text.map { Array($0.unicodeScalars) }) }
    }

    /// The report of `span` in the article numbered `article` (from 0), recording its passage.
    mutating func report(article: Int, span: Span) -> BriefingReport {
        let source = sources[article]
        let id = "ev-\(article + 1)-\(span.start)-\(span.end)"
        if passages[id] == nil {
            let (before, after) = context(of: span, in: source.scalars)
            passages[id] = BriefingPassage(id: id, articleId: source.id, evidence: span, before: before, after: after)
        }
        return BriefingReport(articleId: source.id, outlet: source.outlet, evidence: span, passageId: id)
    }

    /// The passages recorded, in source order and then text order.
    var allPassages: [BriefingPassage] {
        passages.values.map { (Self.number($0.id), $0) }.sorted { a, b in
            a.0 != b.0 ? a.0 < b.0 : a.1.evidence < b.1.evidence
        }.map(\.1)
    }

    private static func number(_ id: String) -> Int {
        id.split(separator: "-").dropFirst().first.flatMap { Int($0) } ?? 0
    }

    private func context(of span: Span, in scalars: [Unicode.Scalar]?) -> (String, String) {
        guard let scalars, span.start >= 0, span.start <= span.end, span.end <= scalars.count,
              Self.string(scalars[span.start..<span.end]) == span.text else { return ("", "") }
        var start = span.start
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        var end = span.end
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        var before = Self.string(scalars[max(start, span.start - Self.contextLimit)..<span.start])
        var after = Self.string(scalars[span.end..<min(end, span.end + Self.contextLimit)])
        if span.start - start > Self.contextLimit { before = "… " + Self.droppingFirstWord(before) }
        if end - span.end > Self.contextLimit { after = Self.droppingLastWord(after) + " …" }
        return (before, after)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    private static func droppingFirstWord(_ text: String) -> String {
        guard let space = text.firstIndex(of: " ") else { return text }
        return String(text[text.index(after: space)...])
    }

    private static func droppingLastWord(_ text: String) -> String {
        guard let space = text.lastIndex(of: " ") else { return text }
        return String(text[..<space])
    }
}
