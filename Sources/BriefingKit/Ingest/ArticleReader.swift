import Foundation

/// Reads article files of any supported format into `Article`s.
public struct ArticleReader: Sendable {
    /// File extensions read as plain text or Markdown.
    public static let textExtensions: Set<String> = ["txt", "text", "md", "markdown"]

    private let plainText: PlainTextReader
    private let runDate: String?

    /// - Parameters:
    ///   - lexicons: the word lists, for boilerplate patterns.
    ///   - runDate: the `--date` day (`YYYY-MM-DD`) relative timestamps resolve against;
    ///     nil to use each file's modification time.
    public init(lexicons: Lexicons, runDate: String?) {
        self.plainText = PlainTextReader(boilerplate: BoilerplateDetector(patterns: lexicons.boilerplatePatterns))
        self.runDate = runDate
    }

    /// Reads one file.
    public func read(path: String) throws -> Article {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IngestError.missing(path: path)
        }
        if isDirectory.boolValue { throw IngestError.unreadable(path: path, reason: "it is a folder") }
        let ext = url.pathExtension.lowercased()
        guard ext.isEmpty || Self.textExtensions.contains(ext) else {
            throw IngestError.unsupportedFormat(path: path, extension: ext)
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw IngestError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        let text = try TextDecoder.decode(data, path: path)
        return try plainText.read(text: text, path: path, savedAt: savedAt(path: path))
    }

    private func savedAt(path: String) -> (date: Date, basis: PublishedBasis) {
        if let runDate, let date = Timestamp.endOfDay(runDate) { return (date, .runDate) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return ((attributes?[.modificationDate] as? Date) ?? Date(), .fileTime)
    }
}
