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
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(string.utf8).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw Failure.replace(target: url.path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
