/// Recognises an article seen before in the same run — the same story in two feeds, twice in
/// one export, or republished with a different standfirst or footer — by its link or by
/// near-identical text (estimated 5-word-shingle Jaccard similarity of at least 0.8 between
/// bodies of 20 words or more). Only derived articles (feeds, JSON Lines, HTML) are compared;
/// text files are always kept. Memory per article is constant: a link and a 64-slot sketch.
struct DuplicateFilter {
    static let threshold = 0.8
    private static let bands = 16

    private var links: Set<String> = []
    private var sketches: [TextSketch] = []
    private var byBand: [UInt64: [Int]] = [:]

    /// Whether `article` is new; remembers it.
    mutating func isNew(_ article: Article) -> Bool {
        guard article.textIsDerived else { return true }
        let link = article.url.map(Self.normalizedLink)
        if let link, links.contains(link) { return false }
        let bodyStart = article.paragraphs.first { $0.role != .headline }?.range.lowerBound ?? 0
        let sketch = TextSketch(article.text.unicodeScalars.dropFirst(bodyStart))
        if let sketch {
            let keys = sketch.bandKeys(bands: Self.bands)
            let candidates = Set(keys.flatMap { byBand[$0] ?? [] })
            if candidates.contains(where: { sketches[$0].similarity(to: sketch) >= Self.threshold }) { return false }
            for key in keys { byBand[key, default: []].append(sketches.count) }
            sketches.append(sketch)
        }
        if let link { links.insert(link) }
        return true
    }

    private static func normalizedLink(_ link: String) -> String {
        var link = link.lowercased()
        for prefix in ["https://", "http://"] where link.hasPrefix(prefix) { link.removeFirst(prefix.count) }
        if link.hasPrefix("www.") { link.removeFirst(4) }
        while link.hasSuffix("/") { link.removeLast() }
        return link
    }
}
