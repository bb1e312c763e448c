import Foundation

/// Reads a JSON Lines file: one article object per line (`title`, `text` or `html`, `url`,
/// `published`, `source`, `author`, optionally `id`). A line that is not such an object is
/// reported with its line number and skipped; blank lines are ignored.
struct JSONLinesReader: Sendable {
    let fragments: HTMLFragmentReader

    /// Reads every line of `lines`; `path` names the input in errors and records.
    func read(lines: inout ByteLineReader, path: String, savedAt: SavedAt) throws -> ArticleReader.FileResult {
        let stem = PlainTextReader.id(for: path)
        var articles: [Article] = []
        var errors: [IngestError] = []
        while let line = lines.next() {
            switch line {
            case .tooLong(let bytes, let number):
                errors.append(.tooLarge(path: path, line: number, bytes: bytes, limit: InputLimits.maxLineBytes))
            case .text(let bytes, let number):
                do {
                    guard let article = try article(line: bytes, defaultId: "\(stem)-\(number)", path: path,
                                                    savedAt: savedAt) else { continue }
                    articles.append(article)
                } catch let error as JSONLinesRecord.Problem {
                    errors.append(.badLine(path: path, line: number, reason: error.reason))
                }
            }
        }
        if articles.isEmpty && errors.isEmpty { throw IngestError.empty(path: path) }
        return ArticleReader.FileResult(articles: articles, errors: errors)
    }

    /// The article on one line, nil for a blank line. The record's own `id` wins over
    /// `defaultId`, so that records keep their identity when a stream is split across workers.
    func article(line: Data, defaultId: String, path: String, savedAt: SavedAt) throws -> Article? {
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
        let record = try JSONLinesRecord(line: line)
        return record.article(fragments: fragments).article(id: record.id ?? defaultId, path: path, savedAt: savedAt)
    }
}
