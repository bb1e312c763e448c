import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names, following symbolic links, checked before an input is opened: a pipe
/// or device (which could block the run), a link loop, a path through a file or an oversized
/// file is refused with an error saying so, instead of blocking, failing obscurely or filling
/// memory.
enum InputFile {
    /// What is at a path.
    enum Kind { case file(bytes: Int), folder }

    /// The kind of `path`, or the error that says why it cannot be read.
    static func kind(of path: String) -> Result<Kind, IngestError> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT {
                return .failure(lstat(path, &info) == 0 ? .unreadable(path: path, reason: "a symbolic link to nothing")
                                                        : .missing(path: path))
            }
            return .failure(.unreadable(path: path, reason: String(cString: strerror(code))))
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .success(.folder)
        case S_IFREG: return .success(.file(bytes: Int(info.st_size)))
        default: return .failure(.unreadable(path: path, reason: "not a regular file but a pipe, socket or device"))
        }
    }

    /// Whether `path` itself, not following a symbolic link, is a folder (what Foundation's
    /// `isDirectory` resource value answers, from one `lstat` instead of a full attribute read).
    static func isFolderItself(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Checks that `path` is a regular file no larger than `sizeLimit` bytes (nil: any size).
    static func checkReadable(_ path: String, sizeLimit: Int?) throws {
        switch kind(of: path) {
        case .failure(let error): throw error
        case .success(.folder): throw IngestError.unreadable(path: path, reason: "it is a folder")
        case .success(.file(let bytes)):
            if let sizeLimit, bytes > sizeLimit {
                throw IngestError.tooLarge(path: path, line: nil, bytes: bytes, limit: sizeLimit)
            }
        }
    }
}
