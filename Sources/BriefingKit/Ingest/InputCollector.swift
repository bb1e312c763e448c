import Foundation

/// Expands the paths a user gives into the article files to read: files as given, folders
/// searched recursively for supported files (hidden files skipped, links to folders not
/// followed), in a stable order. What looks like an article file but is not a regular one (a
/// pipe, a link loop) is kept, for the reader to report.
public struct InputCollector: Sendable {
    public init() {}

    /// The article files, and an error for each path that does not exist, cannot be listed or
    /// is a folder without article files.
    public func collect(_ paths: [String]) -> (files: [String], errors: [IngestError]) {
        var files: [String] = []
        var errors: [IngestError] = []
        for path in paths {
            switch InputFile.kind(of: path) {
            case .failure(let error): errors.append(error)
            case .success(.file): files.append(path)
            case .success(.folder):
                guard let found = articleFiles(in: path) else {
                    errors.append(.unreadable(path: path, reason: "the folder cannot be listed"))
                    continue
                }
                if found.isEmpty { errors.append(.noArticleFiles(path: path)) }
                files.append(contentsOf: found)
            }
        }
        return (files, errors)
    }

    /// The supported files under `path`, sorted, or nil when it cannot be listed.
    private func articleFiles(in path: String) -> [String]? {
        let base = URL(fileURLWithPath: path)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [],
                                                          options: [.skipsHiddenFiles]) else { return nil }
        var found: [String] = []
        let basePath = base.path
        for case let url as URL in walker {
            // the name first: asking the file system costs far more, and most names rule a file out
            let pathExtension = url.pathExtension
            guard !pathExtension.isEmpty, InputFormat.isSupported(extension: pathExtension),
                  case let filePath = url.path, !InputFile.isFolderItself(filePath) else { continue }
            var relative = filePath.hasPrefix(basePath) ? String(filePath.dropFirst(basePath.count)) : url.lastPathComponent
            while relative.hasPrefix("/") { relative.removeFirst() }
            found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
        }
        return found.sorted()
    }
}
