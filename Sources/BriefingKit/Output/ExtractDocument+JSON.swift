import Foundation

extension ExtractDocument {
    /// The document as pretty-printed JSON with stable key order: the bytes StableJSON gives,
    /// written directly (see ExtractJSONEncoder).
    public func jsonString() throws -> String {
        var encoder = ExtractJSONEncoder()
        encoder.documentHead()
        for (n, record) in articles.enumerated() { encoder.documentRecord(record, first: n == 0) }
        encoder.documentTail(count: articles.count)
        return String(decoding: encoder.bytes, as: UTF8.self)
    }
}

extension ArticleRecord {
    /// The record as one line of JSON Lines, ending with a line break: the bytes `JSONEncoder`
    /// with `[.sortedKeys, .withoutEscapingSlashes]` gives, written directly (see ExtractJSONEncoder).
    public func jsonLine() -> Data {
        var encoder = ExtractJSONEncoder(compact: true)
        encoder.line(self)
        return Data(encoder.bytes)
    }
}
