import CCmark

/// Converts Markdown to an HTML fragment with libcmark.
///
/// cmark runs in its default, safe mode: raw HTML in the Markdown is replaced by a comment and
/// links or images to `javascript:`, `vbscript:`, `file:` and most `data:` URLs lose their target.
public struct HTMLRenderer {
    /// The HTML for `markdown` (CommonMark), without a page around it.
    public static func fragment(markdown: String) -> String {
        var markdown = markdown
        let html = markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_markdown_to_html(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let html else { return "" }
        defer { briefing_cmark_free(html) }
        return String(cString: html)
    }
}
