import Foundation

/// Reads a JSON Lines file: one article object per line (`title`, `text` or `html`, `url`,
/// `published`, `source`, `author`). A line that is not such an object is reported with its
/// line number and skipped; blank lines are ignored.
struct JSONLinesReader: Sendable {
    let fragments: HTMLFragmentReader

    func read(data: Data, path: String, savedAt: SavedAt) throws -> ArticleReader.FileResult {
        if !MarkupBytes(data: data).isUTF8 {
            _ = try TextDecoder.decode(data, path: path)   // names the first bad byte
        }
        let stem = PlainTextReader.id(for: path)
        var articles: [Article] = []
        var errors: [IngestError] = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do {
                let record = try JSONLinesRecord(line: Data(line))
                articles.append(record.article(fragments: fragments)
                    .article(id: "\(stem)-\(lineNumber)", path: path, savedAt: savedAt))
            } catch let error as JSONLinesRecord.Problem {
                errors.append(.badLine(path: path, line: lineNumber, reason: error.reason))
            }
        }
        if articles.isEmpty && errors.isEmpty { throw IngestError.empty(path: path) }
        return ArticleReader.FileResult(articles: articles, errors: errors)
    }
}
