/// Recognises an article seen before in the same run — the same story in two feeds, or twice
/// in one export — by its link or by its text (compared ignoring case, spacing and punctuation).
/// Only derived articles (feeds, JSON Lines, HTML) are compared; text files are always kept.
struct DuplicateFilter {
    private var links: Set<String> = []
    private var texts: Set<String> = []

    /// Whether `article` is new; remembers it.
    mutating func isNew(_ article: Article) -> Bool {
        guard article.textIsDerived else { return true }
        let link = article.url.map(Self.normalizedLink)
        let bodyStart = article.paragraphs.first { $0.role != .headline }?.range.lowerBound ?? 0
        let text = Self.normalizedText(String(article.text.unicodeScalars.dropFirst(bodyStart)))
        if let link, links.contains(link) { return false }
        if text.count >= 200, texts.contains(text) { return false }
        if let link { links.insert(link) }
        if text.count >= 200 { texts.insert(text) }
        return true
    }

    private static func normalizedLink(_ link: String) -> String {
        var link = link.lowercased()
        for prefix in ["https://", "http://"] where link.hasPrefix(prefix) { link.removeFirst(prefix.count) }
        if link.hasPrefix("www.") { link.removeFirst(4) }
        while link.hasSuffix("/") { link.removeLast() }
        return link
    }

    private static func normalizedText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }
}
