import Foundation
import Mustache

/// Why templates could not be loaded or rendered.
public enum TemplateError: LocalizedError, Equatable {
    /// The templates folder does not exist or is not a folder.
    case folderNotFound(path: String)
    /// A template file could not be read as UTF-8 text.
    case unreadable(file: String, reason: String)
    /// A template has a syntax error at `line` and `column` (both from 1); `source` is that line.
    case syntax(file: String, line: Int, column: Int, source: String, reason: String)
    /// No template of that name is loaded, neither from the user's folder nor built in.
    case missingTemplate(name: String)
    /// The templates that ship with the tool are not in its resource bundle.
    case builtInTemplatesMissing

    public var errorDescription: String? {
        switch self {
        case .folderNotFound(let path):
            return "Templates folder not found: \(path)"
        case .unreadable(let file, let reason):
            return "Cannot read template \(file): \(reason)"
        case .syntax(let file, let line, let column, let source, let reason):
            let caret = String(repeating: " ", count: max(column - 1, 0)) + "^"
            return "\(file):\(line):\(column): \(reason)\n    \(source)\n    \(caret)"
        case .missingTemplate(let name):
            return "No template named \"\(name)\" (looked for \(name).mustache)"
        case .builtInTemplatesMissing:
            return "The built-in templates are missing from the briefing resource bundle"
        }
    }

    /// The error for a Mustache parser failure in `file`, whose text is `text`.
    init(file: String, parserError: MustacheTemplate.ParserError, text: String) {
        // The parser runs off the end of the file when a tag is never closed; point at that tag.
        if !(parserError.error is MustacheTemplate.Error), let open = text.range(of: "{{", options: .backwards),
           !text[open.upperBound...].contains("}}") {
            let before = text[..<open.lowerBound]
            let line = before.split(separator: "\n", omittingEmptySubsequences: false)
            let source = text[open.lowerBound...].prefix { $0 != "\n" }
            self = .syntax(file: file, line: line.count, column: (line.last?.count ?? 0) + 1,
                           source: String((line.last ?? "") + source),
                           reason: "unfinished tag: the file ends before its closing }}")
            return
        }
        self = .syntax(file: file, line: parserError.context.lineNumber, column: parserError.context.columnNumber,
                       source: parserError.context.line, reason: Self.reason(parserError.error))
    }

    private static func reason(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "the closing tag does not match the open section"
        case .unfinishedName: return "unfinished tag: a name must end with the closing delimiter"
        case .expectedSectionEnd: return "a section is never closed ({{/name}} missing)"
        case .invalidSetDelimiter: return "badly formed set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection: return "only blocks may appear inside a partial's inherit section"
        case .textInsideInheritSection: return "text may not appear inside a partial's inherit section"
        case .invalidConfigVariableSyntax: return "badly formed pragma: write {{% CONTENT_TYPE: NAME}}"
        case .unrecognisedConfigVariable: return "unknown pragma or content type (known: TEXT, HTML, MARKDOWN)"
        @unknown default: return "\(error)"
        }
    }
}
