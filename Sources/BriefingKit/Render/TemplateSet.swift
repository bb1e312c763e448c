import Foundation
import Mustache

/// The Mustache templates a renderer uses: the built-in set, with any file from a user's
/// folder taking the place of the built-in file of the same name.
///
/// A template's name is its path inside the folder without `.mustache`, with `/` between
/// folders: `briefing.md.mustache` is `briefing.md`, `extra/note.md.mustache` is `extra/note.md`.
/// Partials are included by that name (`{{> actor.md}}`).
///
/// Templates whose name ends in `.md` render with Markdown escaping (content type `MARKDOWN`),
/// partials included, unless they choose another content type with their own
/// `{{% CONTENT_TYPE: …}}` pragma. All other templates escape for HTML, Mustache's default.
public struct TemplateSet: Sendable {
    /// The template that renders a `BriefingContext` to Markdown.
    public static let briefingTemplate = "briefing.md"
    /// The template that wraps an HTML fragment in a page.
    public static let pageTemplate = "page.html"

    /// The names of all loaded templates, sorted.
    public let names: [String]
    private let library: MustacheLibrary

    /// The folder of built-in templates inside the resource bundle.
    public static var builtInFolder: URL? {
        Bundle.module.url(forResource: "Templates", withExtension: nil)
    }

    /// The user's templates folder when none is given: `Templates` in the current directory, if
    /// that folder exists.
    public static var defaultUserDirectory: URL? {
        let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Templates")
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder)
        return exists && isFolder.boolValue ? folder : nil
    }

    /// Loads the built-in templates, then every `*.mustache` file under `userDirectory` (searched
    /// recursively) in place of the built-in one of the same name.
    /// - Throws: `TemplateError` naming the file (and line and column) that failed.
    public init(userDirectory: URL? = nil) throws {
        MarkdownContentType.registerOnce()
        guard let builtIn = Self.builtInFolder else { throw TemplateError.builtInTemplatesMissing }
        var files = try Self.templateFiles(in: builtIn)
        if let userDirectory {
            files.merge(try Self.templateFiles(in: userDirectory)) { _, user in user }
        }
        var library = MustacheLibrary()
        for (name, file) in files {
            library.register(try Self.parse(file, named: name), named: name)
        }
        self.library = library
        self.names = files.keys.sorted()
    }

    /// Renders `context` with the template called `name`.
    /// - Throws: `TemplateError.missingTemplate` if there is no such template.
    public func render(_ context: Any, template name: String) throws -> String {
        guard let text = library.render(context, withTemplate: name) else {
            throw TemplateError.missingTemplate(name: name)
        }
        return text
    }

    /// The `*.mustache` files under `folder`, by template name.
    private static func templateFiles(in folder: URL) throws -> [String: URL] {
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
        var files: [String: URL] = [:]
        for path in paths where path.hasSuffix(suffix) {
            let name = String(path.dropLast(suffix.count))
            files[name] = folder.appendingPathComponent(path)
        }
        return files
    }

    /// Parses one template file; `.md` templates without a content type pragma get `MARKDOWN`.
    private static func parse(_ file: URL, named name: String) throws -> MustacheTemplate {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw TemplateError.unreadable(file: file.path, reason: error.localizedDescription)
        }
        do {
            // Parse the file as written first, so that error positions match the file.
            let template = try MustacheTemplate(string: text)
            guard name.hasSuffix(".md"), !text.contains("CONTENT_TYPE") else { return template }
            return try MustacheTemplate(string: "{{% CONTENT_TYPE: \(MarkdownContentType.name)}}" + text)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(file: file.path, parserError: error)
        }
    }
}
