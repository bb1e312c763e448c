import Foundation

/// Reads and extracts a set of article files, each independently and in parallel, keeping
/// the input order. A file may hold several articles (a feed, a JSON Lines file); a file or
/// part of one that cannot be read is reported and skipped, and the rest go through. Feed and
/// JSON Lines articles that repeat an earlier one (same link or same text) are dropped.
public struct ArticlePipeline: Sendable {
    /// One article's results.
    public struct Output: Sendable {
        public var article: Article
        public var record: ArticleRecord
        /// The first sentences after the headline.
        public var summary: [String]
    }

    private let reader: ArticleReader
    private let extractor: ArticleExtractor
    private let jobs: Int

    /// - Parameters:
    ///   - runDate: the `--date` day relative timestamps resolve against, or nil.
    ///   - jobs: how many files are processed at once (at least 1); nil for one per core.
    ///     The outputs are the same, in the same order, whatever the number.
    public init(lexicons: Lexicons = .bundled, runDate: String?, jobs: Int? = nil) {
        self.reader = ArticleReader(lexicons: lexicons, runDate: runDate)
        self.extractor = ArticleExtractor(lexicons: lexicons)
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Processes the files and folders in `paths`.
    public func run(paths: [String]) -> (outputs: [Output], errors: [IngestError]) {
        let (files, collectErrors) = InputCollector().collect(paths)
        let results = UnsafeResults(count: files.count)
        // `jobs` workers, each taking the next file until none is left.
        DispatchQueue.concurrentPerform(iterations: min(jobs, files.count)) { _ in
            while let index = results.claim() {
                results.set(index, Result { try process(files[index]) })
            }
        }
        var outputs: [Output] = []
        var errors = collectErrors
        var duplicates = DuplicateFilter()
        for (index, result) in results.values.enumerated() {
            switch result {
            case .success(let file):
                outputs += file.outputs.filter { duplicates.isNew($0.article) }
                errors += file.errors
            case .failure(let error as IngestError): errors.append(error)
            case .failure(let error): errors.append(.unreadable(path: files[index], reason: "\(error)"))
            case nil: break
            }
        }
        return (disambiguated(outputs), errors)
    }

    /// Extracts every article of one file.
    private func process(_ path: String) throws -> FileOutputs {
        let file = try reader.readAll(path: path)
        let outputs = file.articles.map { article in
            let layer = extractor.textLayer(of: article)
            return Output(article: article, record: extractor.extract(article, layer: layer),
                          summary: extractor.summary(of: layer))
        }
        return FileOutputs(outputs: outputs, errors: file.errors)
    }

    /// One file's results.
    fileprivate struct FileOutputs: Sendable {
        var outputs: [Output]
        var errors: [IngestError]
    }

    /// Two files with the same name in different folders get distinct ids.
    private func disambiguated(_ outputs: [Output]) -> [Output] {
        var seen: [String: Int] = [:]
        return outputs.map { output in
            var output = output
            let count = seen[output.record.id, default: 0]
            seen[output.record.id] = count + 1
            if count > 0 {
                output.record.id += "-\(count + 1)"
                output.article.id = output.record.id
            }
            return output
        }
    }
}

/// Slots claimed and written by exactly one concurrent worker each, read after all have finished.
private final class UnsafeResults: @unchecked Sendable {
    private(set) var values: [Result<ArticlePipeline.FileOutputs, Error>?]
    private var next = 0
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    /// The index of the next file no worker has taken yet, or nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < values.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ index: Int, _ value: Result<ArticlePipeline.FileOutputs, Error>) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}
