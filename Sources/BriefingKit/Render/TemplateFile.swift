import Foundation

/// One template file in effect, and where it comes from.
public struct TemplateFile: Sendable, Equatable {
    /// Where a template in effect was found.
    public enum Origin: String, Sendable {
        /// The copy that ships inside briefing.
        case builtIn = "built-in"
        /// The user's templates folder (`--templates DIR` or `./Templates`).
        case user
    }

    /// The template's name: its path in the folder without `.mustache` (`actor.md`).
    public var name: String
    /// The file it is read from.
    public var url: URL
    public var origin: Origin

    /// The file's path for messages: relative when the folder was given relative
    /// (`MyTemplates/actor.md.mustache`), else absolute.
    public var displayPath: String { url.relativePath }

    /// The file's text.
    /// - Throws: `TemplateError.unreadable` naming the file.
    public func text() throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw TemplateError.unreadable(file: displayPath, reason: error.localizedDescription)
        }
    }

    /// The `*.mustache` files under `folder` (searched recursively; other files, such as the
    /// README, are skipped), by template name.
    static func all(in folder: URL, origin: Origin) throws -> [String: TemplateFile] {
        let root = folder.resolvingSymlinksInPath()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw TemplateError.folderNotFound(path: folder.path)
        }
        let suffix = ".mustache"
        let paths: [String]
        do {
            paths = try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted()
        } catch {
            throw TemplateError.unreadable(file: folder.path, reason: error.localizedDescription)
        }
        var files: [String: TemplateFile] = [:]
        for path in paths where path.hasSuffix(suffix) {
            let name = String(path.dropLast(suffix.count))
            files[name] = TemplateFile(name: name, url: folder.appendingPathComponent(path), origin: origin)
        }
        return files
    }
}
