import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts Markdown to an HTML fragment with libcmark.
///
/// cmark runs in its default, safe mode: raw HTML in the Markdown is replaced by a comment and
/// links or images to `javascript:`, `vbscript:`, `file:` and most `data:` URLs lose their target.
public struct HTMLRenderer {
    /// The HTML for `markdown` (CommonMark), without a page around it.
    public static func fragment(markdown: String) -> String {
        withFragment(markdown: markdown) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of the HTML for `markdown`, read in place from
    /// libcmark's buffer (a page's worth of HTML is not copied into a string first).
    static func withFragment<Result>(markdown: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var markdown = markdown
        return try markdown.withUTF8 { try withFragment(markdownUTF8: $0, body) }
    }

    /// `withFragment(markdown:_:)` for Markdown given as UTF-8 bytes, handed to libcmark as they are.
    static func withFragment<Result>(markdownUTF8 markdown: UnsafeBufferPointer<UInt8>,
                                     _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let html = markdown.withMemoryRebound(to: CChar.self) { chars in
            guard let text = chars.baseAddress else { return cmark_markdown_to_html("", 0, CMARK_OPT_DEFAULT) }
            return cmark_markdown_to_html(text, chars.count, CMARK_OPT_DEFAULT)
        }
        guard let html else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        defer { briefing_cmark_free(html) }
        let count = strlen(html)
        return try html.withMemoryRebound(to: UInt8.self, capacity: count) { try body(UnsafeBufferPointer(start: $0, count: count)) }
    }
}
