import Foundation

/// Extracts JSON Lines articles from a byte stream — standard input for
/// `briefing extract --format jsonl -` — and hands over each record as soon as its batch is
/// done, in input order, without waiting for more input than it has. Memory holds one batch of articles however long the stream is, so the
/// extract stage can run as a filter (GNU parallel, Hadoop streaming, Spark's `pipe`).
public struct JSONLinesStream: Sendable {
    /// What a run read.
    public struct Summary: Sendable, Equatable {
        /// Records handed over.
        public var records = 0
        /// Lines skipped with an error.
        public var skipped = 0
        /// Articles dropped as repeats of an earlier one (same link or near-identical text).
        public var duplicates = 0
    }

    private let reader: ArticleReader
    private let extractor: ArticleExtractor
    private let batchSize: Int

    /// - Parameters:
    ///   - runDate: the `--date` day undated records belong to, or nil for the day of reading.
    ///   - batchSize: articles extracted in parallel before their records are handed over.
    public init(lexicons: Lexicons = .bundled, runDate: String?, batchSize: Int = 32) {
        self.reader = ArticleReader(lexicons: lexicons, runDate: runDate)
        self.extractor = ArticleExtractor(lexicons: lexicons)
        self.batchSize = max(1, batchSize)
    }

    /// Reads `handle` to its end. `name` stands for the stream in errors and record paths;
    /// records get the id `NAME-LINE` unless they carry their own `id`.
    /// - Parameters:
    ///   - emit: called with each batch's records, in input order.
    ///   - report: called with each line that is skipped, as it is met.
    public func run(handle: FileHandle, name: String = "stdin",
                    emit: ([ArticleRecord]) throws -> Void, report: (IngestError) -> Void) rethrows -> Summary {
        var lines = ByteLineReader(handle: handle)
        var duplicates = DuplicateFilter()
        var summary = Summary()
        var batch: [Article] = []
        var atEnd = false
        while !atEnd {
            batch.removeAll(keepingCapacity: true)
            // A batch takes the lines already read, waiting for input only while it is empty.
            while batch.count < batchSize && (batch.isEmpty || lines.hasBufferedLine) {
                guard let line = lines.next() else { atEnd = true; break }
                switch reader.article(jsonLine: line, name: name) {
                case .success(let article?):
                    if duplicates.isNew(article) { batch.append(article) } else { summary.duplicates += 1 }
                case .success(nil): continue
                case .failure(let error):
                    report(error)
                    summary.skipped += 1
                }
            }
            guard !batch.isEmpty else { continue }
            try emit(extract(batch))
            summary.records += batch.count
        }
        return summary
    }

    private func extract(_ articles: [Article]) -> [ArticleRecord] {
        articles.concurrentMap { extractor.extract($0) }
    }
}
