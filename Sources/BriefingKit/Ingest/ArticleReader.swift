import Foundation

/// Reads article files of any supported format — plain text and Markdown, HTML pages, RSS and
/// Atom feeds, JSON Lines — into `Article`s. One file may hold several articles (a feed's
/// items, a JSON Lines file's records).
public struct ArticleReader: Sendable {
    /// What one file gave: its articles, and the problems with parts of it that were skipped
    /// (a bad JSON line, a feed item without text).
    public struct FileResult: Sendable {
        public var articles: [Article]
        public var errors: [IngestError]
    }

    private let plainText: PlainTextReader
    private let html: HTMLArticleReader
    private let feed: FeedArticleReader
    private let jsonLines: JSONLinesReader
    private let runDate: String?

    /// - Parameters:
    ///   - lexicons: the word lists, for boilerplate patterns.
    ///   - runDate: the `--date` day (`YYYY-MM-DD`) relative timestamps resolve against;
    ///     nil to use each file's modification time.
    public init(lexicons: Lexicons, runDate: String?) {
        let boilerplate = BoilerplateDetector(patterns: lexicons.boilerplatePatterns)
        self.plainText = PlainTextReader(boilerplate: boilerplate)
        self.html = HTMLArticleReader(boilerplate: boilerplate)
        self.feed = FeedArticleReader(fragments: HTMLFragmentReader(boilerplate: boilerplate))
        self.jsonLines = JSONLinesReader(fragments: HTMLFragmentReader(boilerplate: boilerplate))
        self.runDate = runDate
    }

    /// Reads a file that holds one article (the first, for a feed or JSON Lines file).
    public func read(path: String) throws -> Article {
        let result = try readAll(path: path)
        guard let first = result.articles.first else { throw result.errors.first ?? IngestError.empty(path: path) }
        return first
    }

    /// Reads every article in a file. Throws when the file as a whole cannot be read.
    public func readAll(path: String) throws -> FileResult {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let streamed = InputFormat.extensions[ext.lowercased()] == .some(.jsonLines)   // no whole-file limit
        try InputFile.checkReadable(path, sizeLimit: streamed ? nil : InputLimits.maxFileBytes)
        guard InputFormat.isSupported(extension: ext) else {
            throw IngestError.unsupportedFormat(path: path, extension: ext.lowercased())
        }
        if streamed {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw IngestError.unreadable(path: path, reason: "it cannot be opened")
            }
            defer { try? handle.close() }
            var lines = ByteLineReader(handle: handle)
            return try jsonLines.read(lines: &lines, path: path, savedAt: savedAt(path: path))
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw IngestError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try readAll(data: data, path: path, extension: ext, savedAt: savedAt(path: path))
    }

    /// Reads every article in `data`, the content of the file at `path` (whose extension, or
    /// else the content, tells the format). Throws when the content as a whole cannot be read.
    public func readAll(data: Data, path: String, savedAt: (date: Date, basis: PublishedBasis)) throws -> FileResult {
        try readAll(data: data, path: path, extension: URL(fileURLWithPath: path).pathExtension, savedAt: savedAt)
    }

    /// `readAll(data:path:savedAt:)` with the path's extension, `ext`, already known.
    private func readAll(data: Data, path: String, extension ext: String,
                         savedAt: (date: Date, basis: PublishedBasis)) throws -> FileResult {
        if data.count > InputLimits.maxFileBytes {
            throw IngestError.tooLarge(path: path, line: nil, bytes: data.count, limit: InputLimits.maxFileBytes)
        }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw IngestError.empty(path: path) }
        switch InputFormat.of(extension: ext, data: data) {
        case .plainText, nil:
            let text = try TextDecoder.decode(data, path: path)
            return FileResult(articles: [try plainText.read(text: text, path: path, savedAt: savedAt)], errors: [])
        case .html:
            return FileResult(articles: [try html.read(data: data, path: path, savedAt: savedAt)], errors: [])
        case .feed:
            return try feed.read(data: data, path: path, savedAt: savedAt)
        case .jsonLines:
            var lines = ByteLineReader(data: data)
            return try jsonLines.read(lines: &lines, path: path, savedAt: savedAt)
        }
    }

    /// The article on one JSON Lines line of a stream named `name` (nil for a blank line), or
    /// why the line is skipped. Undated records take the run's `--date`, else the time of reading.
    func article(jsonLine line: ByteLineReader.Line, name: String) -> Result<Article?, IngestError> {
        let savedAt: SavedAt = runDate.flatMap(Timestamp.endOfDay).map { ($0, .runDate) } ?? (Date(), .fileTime)
        return jsonLines.article(line, stem: name, path: name, savedAt: savedAt)
    }

    private func savedAt(path: String) -> SavedAt {
        if let runDate, let date = Timestamp.endOfDay(runDate) { return (date, .runDate) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return ((attributes?[.modificationDate] as? Date) ?? Date(), .fileTime)
    }
}
