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

    /// Pretty-printed JSON with stable key order: the bytes StableJSON gives, with the articles
    /// (most of a day's bytes) written directly (ExtractJSONEncoder) and the briefing through
    /// JSONEncoder, indented into place.
    public func jsonString() throws -> String {
        var members = Array("\"briefing\" : ".utf8)
        let newline = UInt8(ascii: "\n")
        let encoded = Array(try StableJSON.string(briefing).utf8)
        for (index, byte) in encoded.enumerated() {
            members.append(byte)
            // JSON strings hold no raw line break: each starts a line to indent, unless the
            // line is the empty one inside an empty array.
            if byte == newline, index + 1 < encoded.count, encoded[index + 1] != newline {
                members += [UInt8(ascii: " "), UInt8(ascii: " ")]
            }
        }
        members += Array(",\n  ".utf8)
        var encoder = ExtractJSONEncoder()
        encoder.documentHead()
        for (n, record) in articles.enumerated() { encoder.documentRecord(record, first: n == 0) }
        encoder.documentTail(count: articles.count, members: members)
        return String(decoding: encoder.bytes, as: UTF8.self)
    }
}
