import BriefingKit
import Foundation

/// One thing to fuzz: a reader, or the extractor, fed arbitrary bytes. Every target must
/// return normally for any input (a thrown `IngestError` is a normal answer); a crash, a
/// hang, a memory blow-up or a broken invariant is a bug.
enum FuzzTarget: String, CaseIterable {
    /// Plain text and Markdown (decoding, front matter, timestamp, boilerplate).
    case text
    /// HTML pages (libxml2, body locator, metadata, JSON-LD).
    case html
    /// RSS and Atom feeds.
    case feed
    /// JSON Lines files.
    case jsonl
    /// The extractor (actors, positions, commitments, questions) on text read as a plain
    /// article; every span it gives must be the exact characters of the input.
    case extract

    private static let reader = ArticleReader(lexicons: .bundled, runDate: "2026-11-24")
    private static let extractor = ArticleExtractor()
    private static let savedAt = (date: Date(timeIntervalSince1970: 1_795_996_800), basis: PublishedBasis.runDate)

    /// The file name the input is read as; its extension picks the reader.
    private var fileName: String {
        switch self {
        case .text, .extract: "fuzz.txt"
        case .html: "fuzz.html"
        case .feed: "fuzz.rss"
        case .jsonl: "fuzz.jsonl"
        }
    }

    /// Runs the target on one input; traps when an invariant is broken.
    func run(_ data: Data) {
        guard let result = try? Self.reader.readAll(data: data, path: fileName, savedAt: Self.savedAt) else { return }
        for article in result.articles {
            for paragraph in article.paragraphs {
                precondition(paragraph.range.lowerBound >= 0 && paragraph.range.upperBound <= article.text.unicodeScalars.count,
                             "paragraph \(paragraph.range) outside the text")
            }
            guard self == .extract else { continue }
            let layer = Self.extractor.textLayer(of: article)
            let record = Self.extractor.extract(article, layer: layer)
            _ = Self.extractor.summary(of: layer)
            let json = try! ExtractDocument(articles: [record]).jsonString()
            SpanCheck.verify(json: json, against: article.text)
        }
    }
}
