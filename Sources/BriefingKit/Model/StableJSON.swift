import Foundation

/// The JSON form every document briefing writes: pretty-printed, keys sorted so that the
/// same input gives the same bytes, slashes left unescaped so paths stay readable.
enum StableJSON {
    static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

}
