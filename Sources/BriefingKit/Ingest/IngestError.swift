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

    public var errorDescription: String? {
        switch self {
        case .missing(let path): "\(path): no such file or folder"
        case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
        case .empty(let path): "\(path): the file is empty (no article text)"
        case .binary(let path): "\(path): a binary file, not an article (it contains NUL bytes)"
        case .invalidUTF8(let path, let line, let column):
            "\(path):\(line):\(column): invalid UTF-8 (the file must be UTF-8 text)"
        case .unsupportedFormat(let path, let ext): "\(path): unsupported file type '.\(ext)' (expected .txt or .md)"
        case .malformedFrontMatter(let path, let line, let reason): "\(path):\(line): front matter: \(reason)"
        }
    }

    /// The file the error is about.
    public var path: String {
        switch self {
        case .missing(let p), .unreadable(let p, _), .empty(let p), .binary(let p), .invalidUTF8(let p, _, _),
             .unsupportedFormat(let p, _), .malformedFrontMatter(let p, _, _): p
        }
    }
}
