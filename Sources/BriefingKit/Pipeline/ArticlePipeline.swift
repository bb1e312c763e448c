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
        var outputs: [Output] = []
        let errors = run(paths: paths) { outputs.append($0) }
        return (outputs, errors)
    }

    /// Processes the files and folders in `paths`, handing each output to `each` in input
    /// order as soon as it and those before it are done; files are read and extracted on every
    /// core (`jobs` at once), and only a few files' outputs are held at once. Returns the errors. When `each`
    /// throws, no further file is started and the error is rethrown.
    public func run(paths: [String], each: (Output) throws -> Void) rethrows -> [IngestError] {
        try run(paths: paths, prepare: { _ in () }) { output, _ in try each(output) }
    }

    /// As `run(paths:each:)`, with `prepare` run on the worker that extracted each output (to
    /// encode its record, say), so that the thread calling `each` has less to do: `each` gets
    /// the output and what `prepare` made of it. An output whose id is changed to tell it from
    /// an earlier one gets, on the calling thread, what `rename` makes of its prepared value and
    /// the renamed output (by default, the renamed output is prepared again).
    public func run<Prepared: Sendable>(paths: [String], prepare: @escaping @Sendable (Output) -> Prepared,
                                        rename: ((Prepared, Output) -> Prepared)? = nil,
                                        each: (Output, Prepared) throws -> Void) rethrows -> [IngestError] {
        let rename = rename ?? { prepare($1) }
        let (files, collectErrors) = InputCollector().collect(paths)
        let work = OrderedWork<Result<FileOutputs<Prepared>, Error>>(count: files.count, window: 8 * jobs)
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) {
            DispatchQueue.concurrentPerform(iterations: min(jobs, files.count)) { _ in
                while let index = work.next() { work.finish(index, Result { try process(files[index], prepare) }) }
            }
        }
        var errors = collectErrors
        var duplicates = DuplicateFilter()
        var ids = IdDisambiguator()
        do {
            for index in files.indices {
                switch work.take(index) {
                case .success(let file):
                    for (output, prepared) in file.outputs where duplicates.isNew(output.article) {
                        let named = ids.disambiguated(output)
                        try each(named, named.record.id == output.record.id ? prepared : rename(prepared, named))
                    }
                    errors += file.errors
                case .failure(let error as IngestError): errors.append(error)
                case .failure(let error): errors.append(.unreadable(path: files[index], reason: "\(error)"))
                }
            }
        } catch {
            work.cancel()
            done.wait()
            throw error
        }
        done.wait()
        return errors
    }

    /// Extracts and prepares every article of one file.
    private func process<Prepared>(_ path: String, _ prepare: (Output) -> Prepared) throws -> FileOutputs<Prepared> {
        let file = try reader.readAll(path: path)
        let outputs = file.articles.map { read in
            let layer = extractor.textLayer(of: read)
            var article = read
            article.scalars = nil   // the layer holds them; outputs are kept, the scalars need not be
            let output = Output(article: article, record: extractor.extract(article, layer: layer),
                                summary: extractor.summary(of: layer))
            return (output, prepare(output))
        }
        return FileOutputs(outputs: outputs, errors: file.errors)
    }

    /// One file's results, each output with what was prepared from it.
    fileprivate struct FileOutputs<Prepared: Sendable>: Sendable {
        var outputs: [(Output, Prepared)]
        var errors: [IngestError]
    }
}

/// Two files with the same name in different folders get distinct ids: the second
/// "name" becomes "name-2", and so on.
private struct IdDisambiguator {
    private var seen: [String: Int] = [:]

    mutating func disambiguated(_ output: ArticlePipeline.Output) -> ArticlePipeline.Output {
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
