import Foundation

/// Why an input could not be read as an article. Every case names the file.
public enum IngestError: Error, LocalizedError, Equatable, Sendable {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String)
    case invalidUTF8(path: String, line: Int, column: Int)
    case unsupportedFormat(path: String, extension: String)
    case malformedFrontMatter(path: String, line: Int, reason: String)
    /// An HTML page in which no article text was found (an index page, an empty shell).
    case noArticleBody(path: String)
    /// A feed that is not XML, or XML that is not RSS or Atom.
    case malformedFeed(path: String, reason: String)
    /// One line of a JSON Lines file that is not an article object; the other lines are read.
    case badLine(path: String, line: Int, reason: String)
    /// A file in a legacy encoding that declares none, so its characters cannot be known.
    case undeclaredEncoding(path: String)
    /// A file (or one JSON Lines record) larger than `InputLimits` allows.
    case tooLarge(path: String, line: Int?, bytes: Int, limit: Int)
    /// A folder given as input in which no article file was found.
    case noArticleFiles(path: String)

    public var errorDescription: String? {
        switch self {
        case .missing(let path): "\(path): no such file or folder"
        case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
        case .empty(let path): "\(path): the file is empty (no article text)"
        case .binary(let path): "\(path): a binary file, not an article (it contains NUL bytes)"
        case .invalidUTF8(let path, let line, let column):
            "\(path):\(line):\(column): invalid UTF-8 (the file must be UTF-8 text)"
        case .unsupportedFormat(let path, let ext):
            "\(path): unsupported file type '.\(ext)' (expected .txt, .md, .html, .htm, .xml, .rss, .atom, .rdf or .jsonl)"
        case .malformedFrontMatter(let path, let line, let reason): "\(path):\(line): front matter: \(reason)"
        case .noArticleBody(let path): "\(path): no article text found in the page"
        case .malformedFeed(let path, let reason): "\(path): not a readable RSS or Atom feed (\(reason))"
        case .badLine(let path, let line, let reason): "\(path):\(line): skipped: \(reason)"
        case .undeclaredEncoding(let path):
            "\(path): neither UTF-8 nor UTF-16 and no declared charset; save it as UTF-8 or declare its encoding"
        case .tooLarge(let path, let line, let bytes, let limit):
            "\(path)\(line.map { ":\($0)" } ?? ""): skipped: \(bytes) bytes, over the \(InputLimits.describe(limit)) limit"
        case .noArticleFiles(let path):
            "\(path): a folder with no article file (\(InputFormat.extensions.keys.sorted().map { "." + $0 }.joined(separator: " ")))"
        }
    }

    /// The file the error is about.
    public var path: String {
        switch self {
        case .missing(let p), .unreadable(let p, _), .empty(let p), .binary(let p), .invalidUTF8(let p, _, _),
             .unsupportedFormat(let p, _), .malformedFrontMatter(let p, _, _), .noArticleBody(let p),
             .malformedFeed(let p, _), .badLine(let p, _, _), .undeclaredEncoding(let p),
             .tooLarge(let p, _, _, _), .noArticleFiles(let p): p
        }
    }
}
