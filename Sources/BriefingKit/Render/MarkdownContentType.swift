import Mustache

/// The Mustache content type `MARKDOWN`: `{{value}}` is escaped with `MarkdownEscaper`, so text
/// from articles renders literally. Templates select it with `{{% CONTENT_TYPE: MARKDOWN}}`.
public struct MarkdownContentType: MustacheContentType {
    /// The name templates use in the `CONTENT_TYPE` pragma.
    public static let name = "MARKDOWN"

    private static let registration: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
    }()

    public init() {}

    /// Makes `MARKDOWN` known to the Mustache parser. Safe to call any number of times, from any thread;
    /// it must run before a template that names the content type is parsed.
    public static func registerOnce() {
        registration
    }

    public func escapeText(_ text: String) -> String {
        MarkdownEscaper.escape(text)
    }
}
