/// Something wrong with a template, found by `TemplateChecker`, at a place in its file.
public struct TemplateProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        /// The template does not do what its author meant (a syntax error, an unknown variable).
        case error
        /// Worth a look, but the output is still right (an unused file, unescaped text).
        case warning
    }

    public var severity: Severity
    public var file: String
    /// Position from 1; 0 when the problem concerns the whole file.
    public var line: Int
    public var column: Int
    /// The line of the file the problem is on.
    public var source: String
    public var message: String

    /// `FILE:LINE:COLUMN: error: MESSAGE`, then the line and a caret under the column.
    public var description: String {
        guard line > 0 else { return "\(file): \(severity.rawValue): \(message)" }
        let caret = String(repeating: " ", count: max(column - 1, 0)) + "^"
        return "\(file):\(line):\(column): \(severity.rawValue): \(message)\n    \(source)\n    \(caret)"
    }
}
