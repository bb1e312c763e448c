import Foundation

/// The article body of an HTML page as paragraphs, without building an article: what an
/// article-extraction benchmark scores, and what `briefing ingest-bodies` writes.
public struct HTMLBodyExtractor: Sendable {
    private let reader: HTMLArticleReader

    public init(lexicons: Lexicons = .bundled) {
        reader = HTMLArticleReader(boilerplate: BoilerplateDetector(patterns: lexicons.boilerplatePatterns))
    }

    /// The body paragraphs of the page in `data` (empty when no body is found).
    /// - Parameter path: names the page in errors.
    public func paragraphs(ofPage data: Data, path: String) throws -> [String] {
        try reader.extract(data: data, path: path).paragraphs
    }
}
