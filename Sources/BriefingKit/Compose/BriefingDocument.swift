import Foundation

/// What `briefing.json` holds: the contract's `schema` and per-article `articles` records
/// (so any reader of `briefing extract` output reads it too), plus the composed day.
public struct BriefingDocument: Codable, Sendable {
    public var schema: String
    public var briefing: Briefing
    public var articles: [ArticleRecord]

    public init(briefing: Briefing, articles: [ArticleRecord]) {
        self.schema = ExtractDocument.currentSchema
        self.briefing = briefing
        self.articles = articles
    }

    /// Pretty-printed JSON with stable key order.
    public func jsonString() throws -> String { try StableJSON.string(self) }
}
