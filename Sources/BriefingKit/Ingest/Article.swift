import Foundation

/// One source article after ingest: its text exactly as read, its metadata, the paragraphs
/// worth reading and the boilerplate the cleaner dropped.
public struct Article: Sendable {
    /// Stable id: the file's name without extension.
    public var id: String
    /// The path as given on the command line (or found under a given folder).
    public var path: String
    public var title: String?
    public var source: String?
    public var author: String?
    public var url: String?
    /// Publication date, `YYYY-MM-DD`.
    public var published: String?
    public var publishedBasis: PublishedBasis?
    /// The text every span counts into: the file as read for plain text and Markdown.
    public var text: String {
        didSet { scalars = nil }
    }
    /// `text` as scalars when the reader already decoded it, so that extraction does not
    /// decode it again; nil once `text` changes.
    var scalars: ScalarText?
    /// Whether `text` was derived from the file (HTML, feeds) rather than equal to it.
    public var textIsDerived: Bool
    /// Content paragraphs, in order, with their roles.
    public var paragraphs: [(range: Range<Int>, role: Paragraph.Role)]
    /// Boilerplate spans the cleaner dropped.
    public var removed: [Span]

    public init(id: String, path: String, title: String? = nil, source: String? = nil, author: String? = nil,
                url: String? = nil, published: String? = nil, publishedBasis: PublishedBasis? = nil,
                text: String, textIsDerived: Bool = false,
                paragraphs: [(range: Range<Int>, role: Paragraph.Role)], removed: [Span]) {
        self.id = id
        self.path = path
        self.title = title
        self.source = source
        self.author = author
        self.url = url
        self.published = published
        self.publishedBasis = publishedBasis
        self.text = text
        self.textIsDerived = textIsDerived
        self.paragraphs = paragraphs
        self.removed = removed
    }
}
