/// How an article's publication date was established.
public enum PublishedBasis: String, Codable, Sendable {
    /// The article states an absolute date.
    case stated
    /// A relative timestamp ("13 hours ago") resolved against the run's `--date`.
    case relativeToRunDate = "relative-to-run-date"
    /// A relative timestamp resolved against the file's modification time.
    case relativeToFileTime = "relative-to-file-time"
    /// No timestamp in the article: the run's `--date`.
    case runDate = "run-date"
    /// No timestamp in the article: the file's modification time.
    case fileTime = "file-time"
}

/// The extraction record of one article: the contract's `articles[]` entry.
public struct ArticleRecord: Codable, Hashable, Sendable {
    public var id: String
    public var path: String
    public var title: String?
    public var source: String?
    /// Publication date, `YYYY-MM-DD`.
    public var published: String?
    /// How `published` was established (an addition to the contract).
    public var publishedBasis: PublishedBasis?
    public var url: String?
    /// The derived body text when it differs from the file; nil for plain-text input.
    public var text: String?
    /// Boilerplate spans the cleaner dropped.
    public var removed: [Span]
    public var actors: [ActorRecord]
    public var positions: [PositionRecord]
    public var commitments: [CommitmentRecord]
    public var openQuestions: [OpenQuestionRecord]

    public init(id: String, path: String, title: String?, source: String?, published: String?,
                publishedBasis: PublishedBasis?, url: String?, text: String?, removed: [Span],
                actors: [ActorRecord], positions: [PositionRecord], commitments: [CommitmentRecord],
                openQuestions: [OpenQuestionRecord]) {
        self.id = id
        self.path = path
        self.title = title
        self.source = source
        self.published = published
        self.publishedBasis = publishedBasis
        self.url = url
        self.text = text
        self.removed = removed
        self.actors = actors
        self.positions = positions
        self.commitments = commitments
        self.openQuestions = openQuestions
    }

    enum CodingKeys: String, CodingKey {
        case id, path, title, source, published, publishedBasis, url, text, removed, actors, positions,
             commitments, openQuestions
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(path, forKey: .path)
        try c.encode(title, forKey: .title)
        try c.encode(source, forKey: .source)
        try c.encode(published, forKey: .published)
        try c.encode(publishedBasis, forKey: .publishedBasis)
        try c.encode(url, forKey: .url)
        try c.encode(text, forKey: .text)
        try c.encode(removed, forKey: .removed)
        try c.encode(actors, forKey: .actors)
        try c.encode(positions, forKey: .positions)
        try c.encode(commitments, forKey: .commitments)
        try c.encode(openQuestions, forKey: .openQuestions)
    }

    /// The actor with the given id.
    public func actor(id: String?) -> ActorRecord? {
        guard let id else { return nil }
        return actors.first { $0.id == id }
    }
}

/// The document `briefing extract --format json` prints: schema `briefing.extract/1`.
public struct ExtractDocument: Codable, Sendable {
    /// The schema identifier of this shape.
    public static let currentSchema = "briefing.extract/1"
    public var schema: String
    public var articles: [ArticleRecord]

    public init(articles: [ArticleRecord]) {
        self.schema = Self.currentSchema
        self.articles = articles
    }
}
