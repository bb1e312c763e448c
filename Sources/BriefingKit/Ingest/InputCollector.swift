import Foundation

/// Expands the paths a user gives into the article files to read: files as given, folders
/// searched recursively for supported files (hidden files skipped), in a stable order.
public struct InputCollector: Sendable {
    public init() {}

    /// The article files, and an error for each path that does not exist.
    public func collect(_ paths: [String]) -> (files: [String], errors: [IngestError]) {
        var files: [String] = []
        var errors: [IngestError] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(.missing(path: path))
                continue
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            let base = URL(fileURLWithPath: path)
            guard let walker = fm.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                             options: [.skipsHiddenFiles]) else {
                errors.append(.unreadable(path: path, reason: "the folder cannot be listed"))
                continue
            }
            var found: [String] = []
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                      !url.pathExtension.isEmpty, InputFormat.isSupported(extension: url.pathExtension) else { continue }
                var relative = url.path.hasPrefix(base.path) ? String(url.path.dropFirst(base.path.count)) : url.lastPathComponent
                while relative.hasPrefix("/") { relative.removeFirst() }
                found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, errors)
    }
}
