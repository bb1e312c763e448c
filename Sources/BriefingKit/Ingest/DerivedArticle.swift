import Foundation

/// When a file's article was saved, for articles that state no date: the moment, and whether
/// it is the run's `--date` or the file's modification time.
typealias SavedAt = (date: Date, basis: PublishedBasis)

/// An article whose text is derived from its file (HTML, feed item, JSON Lines record): the
/// headline as the first line when there is one and `headlineInText` is set, then one body
/// paragraph per line.
struct DerivedArticle {
    var title: String?
    var body: [String]
    /// Whether the headline opens the text. HTML pages leave it out: their text is the article
    /// body as an extraction benchmark defines it (the title stays in `title`). Feed items and
    /// JSON Lines records keep it, as many have little or no text besides.
    var headlineInText = true
    var source: String?
    var author: String?
    var url: String?
    /// The stated publication day, or nil.
    var published: String?

    /// The article; with no stated day, `published` falls back to `savedAt` and says so in
    /// `publishedBasis`, as for plain text.
    func article(id: String, path: String, savedAt: SavedAt) -> Article {
        let headline = title.map(Whitespace.collapse).flatMap { $0.isEmpty ? nil : $0 }
        var lines: [(String, Paragraph.Role)] = headlineInText ? headline.map { [($0, .headline)] } ?? [] : []
        lines += body.map(Whitespace.collapse).filter { !$0.isEmpty }.map { ($0, .body) }
        var text = ""
        var offset = 0
        var paragraphs: [(range: Range<Int>, role: Paragraph.Role)] = []
        for (line, role) in lines {
            if !text.isEmpty { text += "\n"; offset += 1 }
            let length = line.unicodeScalars.count
            paragraphs.append((offset..<(offset + length), role))
            text += line
            offset += length
        }
        return Article(id: id, path: path, title: headline, source: source, author: author, url: url,
                       published: published ?? Timestamp.dayString(savedAt.date),
                       publishedBasis: published == nil ? savedAt.basis : .stated,
                       text: text, textIsDerived: true, paragraphs: paragraphs, removed: [])
    }
}
