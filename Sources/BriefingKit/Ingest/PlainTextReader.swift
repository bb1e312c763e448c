import Foundation

/// Reads an article saved as plain text or Markdown: an optional front-matter block, an
/// optional timestamp line, the headline, the standfirst and the body paragraphs, with the
/// site's boilerplate lines recognised and reported as removed.
public struct PlainTextReader: Sendable {
    private let boilerplate: BoilerplateDetector

    public init(boilerplate: BoilerplateDetector) {
        self.boilerplate = boilerplate
    }

    /// Builds the article from its decoded text.
    /// - Parameters:
    ///   - text: the file's text as read.
    ///   - path: the file's path, for the record and for errors.
    ///   - savedAt: the moment a relative timestamp counts back from, and how it was chosen.
    public func read(text: String, path: String, savedAt: (date: Date, basis: PublishedBasis)) throws -> Article {
        let scalars = ScalarText(text)
        var lines = LineScanner.lines(of: scalars)
        var removed: [Span] = []
        var fields: [String: String] = [:]
        if let frontMatter = try FrontMatter.parse(scalars, lines: lines, path: path) {
            removed.append(scalars.span(frontMatter.range))
            fields = frontMatter.fields
            lines.removeAll { $0.lowerBound < frontMatter.range.upperBound }
        }
        // Content lines: trimmed, non-empty, without a leading byte-order mark.
        var content: [Range<Int>] = lines.compactMap { line in
            var r = scalars.trimmed(line)
            while r.lowerBound < r.upperBound, scalars.scalars[r.lowerBound] == "\u{FEFF}" {
                r = scalars.trimmed((r.lowerBound + 1)..<r.upperBound)
            }
            return r.isEmpty ? nil : r
        }

        var published = fields["published"] ?? fields["date"]
        var basis: PublishedBasis? = published.flatMap { Timestamp.parse($0) } != nil ? .stated : nil
        if let day = published.flatMap({ Timestamp.parse($0) })?.day(savedAt: savedAt.date) { published = day }
        if let first = content.first, let stamp = Timestamp.parse(scalars.string(first)) {
            removed.append(scalars.span(first))
            content.removeFirst()
            if basis == nil {
                published = stamp.day(savedAt: savedAt.date)
                if case .absolute = stamp { basis = .stated } else {
                    basis = savedAt.basis == .runDate ? .relativeToRunDate : .relativeToFileTime
                }
            }
        }
        if published == nil || basis == nil {
            published = Timestamp.dayString(savedAt.date)
            basis = savedAt.basis
        }

        var kept: [Range<Int>] = []
        var index = 0
        while index < content.count {
            let line = content[index]
            // most lines are paragraphs proven article text by their scalars: no string made
            if boilerplate.isCertainlyText(scalars.scalars[line]) {
                kept.append(line)
                index += 1
                continue
            }
            let string = scalars.string(line)
            if boilerplate.opensNewsletterBlock(string) {
                // "Sign up to X" / its one-line pitch / "after newsletter promotion"
                removed.append(scalars.span(line))
                if index + 2 < content.count, boilerplate.isBoilerplate(scalars.string(content[index + 2])) {
                    removed.append(scalars.span(content[index + 1]))
                    index += 1
                }
            } else if boilerplate.isBoilerplate(string) {
                removed.append(scalars.span(line))
            } else {
                kept.append(line)
            }
            index += 1
        }

        var paragraphs: [(range: Range<Int>, role: Paragraph.Role)] = []
        for (position, line) in kept.enumerated() {
            let role: Paragraph.Role = position == 0 && fields["title"] == nil ? .headline
                : position == (fields["title"] == nil ? 1 : 0) && kept.count > 2 ? .standfirst : .body
            paragraphs.append((line, role))
        }
        let headline = paragraphs.first { $0.role == .headline }.map { scalars.string($0.range) }
        var article = Article(
            id: Self.id(for: path), path: path,
            title: fields["title"] ?? headline,
            source: fields["source"] ?? fields["publisher"] ?? fields["site"],
            author: fields["author"],
            url: fields["url"] ?? fields["link"],
            published: published, publishedBasis: basis,
            text: text, paragraphs: paragraphs, removed: removed.sorted())
        article.scalars = scalars
        return article
    }

    /// The article id for a path: the file name without its extension (what `NSString`'s
    /// `lastPathComponent` then `deletingPathExtension` give, without bridging the path).
    static func id(for path: String) -> String {
        // an ASCII path (most) is cut by its bytes: its characters are its bytes, but for CR LF,
        // which holds neither "/" nor "."
        if path.utf8.allSatisfy({ $0 < 0x80 }) { return asciiID(for: Array(path.utf8)) }
        var end = path.endIndex
        while end > path.startIndex, path[path.index(before: end)] == "/" { end = path.index(before: end) }
        guard end > path.startIndex else { return path == "/" ? "/" : "" }
        let start = path[..<end].lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[start..<end]
        guard name != "..", let dot = name.lastIndex(of: "."), dot > name.startIndex else { return String(name) }
        return String(name[..<dot])
    }

    /// `id(for:)` of an ASCII path, from its bytes.
    private static func asciiID(for path: [UInt8]) -> String {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var end = path.count
        while end > 0, path[end - 1] == slash { end -= 1 }
        guard end > 0 else { return path == [slash] ? "/" : "" }
        let start = path[..<end].lastIndex(of: slash).map { $0 + 1 } ?? 0
        let name = path[start..<end]
        guard !name.elementsEqual([dot, dot]), let last = name.lastIndex(of: dot), last > start else {
            return String(decoding: name, as: UTF8.self)
        }
        return String(decoding: path[start..<last], as: UTF8.self)
    }

}
