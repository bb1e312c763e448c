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

    /// The templates in effect, sorted by name: each user file in place of the built-in one.
    public let files: [TemplateFile]
    /// The names of all loaded templates, sorted.
    public var names: [String] { files.map(\.name) }
    private let library: MustacheLibrary

    /// The folder of built-in templates inside the resource bundle.
    public static var builtInFolder: URL? {
        Bundle.module.url(forResource: "Templates", withExtension: nil)
    }

    /// Loads the built-in templates, then every `*.mustache` file under `userDirectory` (searched
    /// recursively) in place of the built-in one of the same name.
    /// - Throws: `TemplateError` naming the file (and line and column) that failed.
    public init(userDirectory: URL? = nil) throws {
        let files = try Self.files(userDirectory: userDirectory)
        self.init(parsed: try files.map { ($0, try Self.parse($0)) })
    }

    /// A set of templates already parsed.
    init(parsed: [(file: TemplateFile, template: MustacheTemplate)]) {
        var library = MustacheLibrary()
        for (file, template) in parsed {
            library.register(template, named: file.name)
        }
        self.library = library
        self.files = parsed.map(\.file).sorted { $0.name < $1.name }
    }

    /// The template files in effect: the built-in ones, each replaced by the user's file of the
    /// same name, plus the user's other files; sorted by name.
    public static func files(userDirectory: URL?) throws -> [TemplateFile] {
        MarkdownContentType.registerOnce()
        guard let builtIn = builtInFolder else { throw TemplateError.builtInTemplatesMissing }
        var files = try TemplateFile.all(in: builtIn, origin: .builtIn)
        if let userDirectory {
            files.merge(try TemplateFile.all(in: userDirectory, origin: .user)) { _, user in user }
        }
        return files.values.sorted { $0.name < $1.name }
    }

    /// The built-in template files, sorted by name.
    public static func builtInFiles() throws -> [TemplateFile] {
        try files(userDirectory: nil)
    }

    /// Renders `context` with the template called `name`.
    /// - Throws: `TemplateError.missingTemplate` if there is no such template.
    public func render(_ context: Any, template name: String) throws -> String {
        guard let text = library.render(context, withTemplate: name) else {
            throw TemplateError.missingTemplate(name: name)
        }
        return text
    }

    /// Parses one template file; `.md` templates without a content type pragma get `MARKDOWN`.
    static func parse(_ file: TemplateFile) throws -> MustacheTemplate {
        let text = try file.text()
        do {
            // Parse the file as written first, so that error positions match the file.
            let template = try MustacheTemplate(string: text)
            guard file.name.hasSuffix(".md"), !text.contains("CONTENT_TYPE") else { return template }
            return try MustacheTemplate(string: "{{% CONTENT_TYPE: \(MarkdownContentType.name)}}" + text)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(file: file.displayPath, parserError: error, text: text)
        }
    }
}
