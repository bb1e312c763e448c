import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers see either the old content or the new, never a partial file:
/// the text goes to a temporary file in the same folder, which then replaces the target.
public enum AtomicWriter {
    /// Why a write failed.
    public enum Failure: LocalizedError {
        /// The finished temporary file could not be moved over the target.
        case replace(target: String, reason: String)

        public var errorDescription: String? {
            switch self {
            case .replace(let target, let reason): return "Cannot write \(target): \(reason)"
            }
        }
    }

    /// Writes `string` as UTF-8 to `url`, creating missing parent folders and replacing any
    /// existing file.
    public static func write(_ string: String, to url: URL) throws {
        try write([(string, url)])
    }

    /// Writes `page` to `url` like `write(_:to:)`: its head, body and tail, one after the other.
    public static func write(_ page: RenderedPage, to url: URL) throws {
        try stage([(url, { handle in
            try write(page.head, to: handle)
            try handle.write(contentsOf: page.body)
            try write(page.tail, to: handle)
        })])
    }

    /// Writes several files: every temporary file is complete (and flushed to disk) before the
    /// first target is replaced, so a failure while writing leaves all the targets as they
    /// were. Temporary files are hidden (`.NAME.UUID.tmp`) and removed on failure; those a
    /// killed run left behind are removed by the next write of the same file once they are
    /// older than `staleAfter`.
    public static func write(_ files: [(text: String, url: URL)]) throws {
        try stage(files.map { file in (file.url, { try write(file.text, to: $0) }) })
    }

    /// Writes each file's content, given by a function that writes it to a handle, as `write(_:)` describes.
    private static func stage(_ files: [(url: URL, content: (FileHandle) throws -> Void)]) throws {
        var staged: [(temporary: URL, target: URL)] = []
        defer { for file in staged { try? FileManager.default.removeItem(at: file.temporary) } }
        for (url, content) in files {
            let folder = url.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            removeStaleTemporaries(of: url)
            let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
            staged.append((temporary, url))
            try writeDurably(content, to: temporary, for: url)
        }
        while let file = staged.first {
            guard rename(file.temporary.path, file.target.path) == 0 else {
                throw Failure.replace(target: file.target.path, reason: String(cString: strerror(errno)))
            }
            staged.removeFirst()
        }
    }

    /// How old a leftover temporary file must be before it is taken for a killed run's rather
    /// than a concurrent run's: one hour.
    public static let staleAfter: TimeInterval = 3600

    /// Removes the temporaries of `target` (`.NAME.*.tmp` beside it) older than `staleAfter`.
    private static func removeStaleTemporaries(of target: URL) {
        let folder = target.deletingLastPathComponent()
        let prefix = "." + target.lastPathComponent + "."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let url = folder.appendingPathComponent(name)
            let modified = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
            if let modified, Date().timeIntervalSince(modified) > staleAfter { try? FileManager.default.removeItem(at: url) }
        }
    }

    /// Writes `text` as UTF-8, in place rather than copied.
    private static func write(_ text: String, to handle: FileHandle) throws {
        var text = text
        try text.withUTF8 { try handle.write(contentsOf: UnsafeRawBufferPointer($0)) }
    }

    /// Writes `content` to a new file, the temporary for `target`, and flushes it to the disk.
    private static func writeDurably(_ content: (FileHandle) throws -> Void, to url: URL, for target: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw Failure.replace(target: target.path, reason: "cannot create a temporary file beside it")
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try content(handle)
        try handle.synchronize()
    }
}
