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
            switch article(line, stem: stem, path: path, savedAt: savedAt) {
            case .success(let article): if let article { articles.append(article) }
            case .failure(let error): errors.append(error)
            }
        }
        if articles.isEmpty && errors.isEmpty { throw IngestError.empty(path: path) }
        return ArticleReader.FileResult(articles: articles, errors: errors)
    }

    /// The article on one line (nil for a blank line), or why the line is skipped. Its id is
    /// `STEM-LINE` unless the record gives its own `id`, so that records keep their identity
    /// when a stream is split across workers.
    func article(_ line: ByteLineReader.Line, stem: String, path: String, savedAt: SavedAt) -> Result<Article?, IngestError> {
        switch line {
        case .tooLong(let bytes, let number):
            return .failure(.tooLarge(path: path, line: number, bytes: bytes, limit: InputLimits.maxLineBytes))
        case .text(let bytes, let number):
            guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return .success(nil) }
            do {
                let record = try JSONLinesRecord(line: bytes)
                return .success(record.article(fragments: fragments)
                    .article(id: record.id ?? "\(stem)-\(number)", path: path, savedAt: savedAt))
            } catch {
                return .failure(.badLine(path: path, line: number, reason: error.reason))
            }
        }
    }
}
