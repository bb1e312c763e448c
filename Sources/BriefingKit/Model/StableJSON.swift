import Foundation

/// The JSON form every document briefing writes: pretty-printed, keys sorted so that the
/// same input gives the same bytes, slashes left unescaped so paths stay readable.
enum StableJSON {
    static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The same JSON on one line (for JSON Lines): no line breaks, keys sorted.
    static func line<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}

extension ArticleRecord {
    /// The record as one line of JSON Lines, ending with a line break.
    public func jsonLine() throws -> Data {
        var line = try StableJSON.line(self)
        line.append(0x0A)
        return line
    }
}
