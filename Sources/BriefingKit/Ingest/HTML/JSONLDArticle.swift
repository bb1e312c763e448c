import Foundation

/// The article facts a page states in its JSON-LD (`<script type="application/ld+json">`):
/// the first object typed as an article (`NewsArticle`, `Article`, `BlogPosting` …), found
/// at the top level, in an array or in an `@graph`.
struct JSONLDArticle: Equatable {
    var headline: String?
    var datePublished: String?
    var author: String?
    var publisher: String?

    private static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "scholarlyarticle",
        "report", "techarticle",
    ]

    /// The first article object in one script's JSON, or nil when there is none or the JSON is invalid.
    init?(json: String) {
        guard let data = json.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
              let object = Self.firstArticle(in: value) else { return nil }
        headline = Self.text(object["headline"]) ?? Self.text(object["name"])
        datePublished = Self.text(object["datePublished"]) ?? Self.text(object["dateCreated"])
        author = Self.names(object["author"]) ?? Self.names(object["creator"])
        publisher = Self.names(object["publisher"]) ?? Self.names(object["sourceOrganization"])
    }

    private static func firstArticle(in value: Any) -> [String: Any]? {
        var pending: [Any] = [value]
        var visited = 0
        while !pending.isEmpty, visited < 1000 {
            let next = pending.removeFirst()
            visited += 1
            if let array = next as? [Any] { pending.append(contentsOf: array); continue }
            guard let object = next as? [String: Any] else { continue }
            let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            if types.contains(where: { articleTypes.contains($0.lowercased()) }) { return object }
            if let graph = object["@graph"] { pending.append(graph) }
            if let main = object["mainEntity"] { pending.append(main) }
        }
        return nil
    }

    private static func text(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        let collapsed = Whitespace.collapse(string)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// A person or organisation (object with `name`, string, or an array of them) as "A, B".
    private static func names(_ value: Any?) -> String? {
        let items = (value as? [Any]) ?? (value.map { [$0] } ?? [])
        let names = items.compactMap { item -> String? in
            if let object = item as? [String: Any] { return text(object["name"]) }
            guard let string = text(item), !string.hasPrefix("http") else { return nil }
            return string
        }
        var unique: [String] = []
        for name in names where !unique.contains(name) { unique.append(name) }
        return unique.isEmpty ? nil : unique.joined(separator: ", ")
    }
}
