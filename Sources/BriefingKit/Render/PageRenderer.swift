import Foundation
import Mustache

/// Wraps Markdown, converted to HTML, in the `page.html` template: a self-contained page with
/// inline styles, no scripts and no external resources, a header, a table of contents, an id
/// and a self-link on every section heading, the evidence appendix and a footer.
public struct PageRenderer: Sendable {
    public let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The HTML page whose body is `markdown` rendered by `HTMLRenderer`, followed by `appendix`
    /// (HTML from `EvidenceRenderer`, or nothing). The Markdown's first-level heading, when it
    /// opens the document, becomes the page's title and header; otherwise `title` is used.
    /// - Throws: `TemplateError.missingTemplate` if the set has no `page.html`.
    public func page(title: String, markdown: String, appendix: String = "", subtitle: String? = nil,
                     style: String = "document") throws -> String {
        var markdown = markdown
        return try markdown.withUTF8 {
            try page(title: title, markdownUTF8: $0, appendix: appendix, subtitle: subtitle, style: style)
        }.text
    }

    /// The page of `page(title:markdown:…)` for Markdown given as UTF-8 bytes, in three pieces,
    /// so that the body, most of a large page, is never made into a string: the template is
    /// rendered with a placeholder for the body, and split where the placeholder landed.
    public func page(title: String, markdownUTF8 markdown: UnsafeBufferPointer<UInt8>, appendix: String = "",
                     subtitle: String? = nil, style: String = "document") throws -> RenderedPage {
        var body: [UInt8] = []
        var context = HTMLRenderer.withFragment(markdownUTF8: markdown) {
            PageContext(title: title, fragmentUTF8: $0, appendix: appendix, subtitle: subtitle, style: style, anchoredBody: &body)
        }
        if !body.isEmpty {
            context.body = Self.placeholder
            if let page = RenderedPage(template: try templates.render(context, template: TemplateSet.pageTemplate),
                                       placeholder: Self.placeholder, body: body) {
                return page
            }
        }
        // An empty body, or a template that escapes, transforms or repeats it: the body as text.
        context.body = String(decoding: body, as: UTF8.self)
        return RenderedPage(head: try templates.render(context, template: TemplateSet.pageTemplate), body: [], tail: "")
    }

    /// What stands for the body while the template renders: unguessable (article text cannot
    /// hold it), with `<` that HTML and Markdown escaping change, and mixed-case letters that
    /// every Mustache string transform changes, so the template's text holds it unchanged only
    /// where the body goes in as it is.
    private static let placeholder = "<\u{1}bOdY-\(UUID().uuidString)\u{1}>"
}

/// What `page.html` (and `layout.html`, its parent) sees. Every value but `body` and
/// `appendix` is plain text that the template escapes for HTML (`{{title}}`); `body` is HTML
/// libcmark made in safe mode and `appendix` HTML that `evidence.html` made with every value
/// escaped, so those two alone are inserted unescaped (`{{{body}}}`).
public struct PageContext: Sendable {
    /// The variables whose values are HTML, safe to insert with triple braces.
    public static let htmlVariables: Set<String> = ["body", "appendix"]

    /// The page's title: the text of the document's first heading.
    public var title: String
    /// A line under the title (`4 articles from 3 outlets`), if any.
    public var subtitle: String?
    /// `full`, `bluf` or `dossier` for a briefing; `document` for `briefing render`.
    public var style: String
    /// The document as HTML, its first heading removed (the header shows `title`).
    public var body: String
    /// The evidence appendix as HTML; empty when there is none.
    public var appendix: String
    public var hasAppendix: Bool
    /// The sections of the page (its `<h2>` headings), for the table of contents.
    public var toc: [Section]
    /// Whether the page has two sections or more.
    public var hasToc: Bool
    public var generatedBy: String

    /// A section of the page: its heading's id and text.
    public struct Section: Sendable {
        public var id: String
        public var title: String
    }

    init(title: String, fragment: String, appendix: String, subtitle: String?, style: String) {
        var fragment = fragment
        var body: [UInt8] = []
        self = fragment.withUTF8 {
            PageContext(title: title, fragmentUTF8: $0, appendix: appendix, subtitle: subtitle, style: style, anchoredBody: &body)
        }
        self.body = String(decoding: body, as: UTF8.self)
    }

    /// The context for an HTML fragment given as UTF-8 bytes, read in place, with an empty
    /// `body`: the body's HTML, anchored, is left in `anchoredBody` as UTF-8 bytes.
    init(title: String, fragmentUTF8 fragment: UnsafeBufferPointer<UInt8>, appendix: String, subtitle: String?, style: String,
         anchoredBody: inout [UInt8]) {
        var title = title
        var start = 0
        if let heading = Self.openingHeading(of: fragment) {
            title = heading.title
            start = heading.rest
        }
        let body = UnsafeBufferPointer(rebasing: fragment[start...])
        var anchors = HeadingAnchors(reserved: HeadingAnchors.ids(in: body).union(HeadingAnchors.ids(in: appendix)).union(["top", "contents"]))
        anchoredBody = anchors.anchoredBytes(body)
        self.body = ""
        self.appendix = anchors.anchor(appendix)
        self.title = title
        self.subtitle = subtitle
        self.style = style
        hasAppendix = !appendix.isEmpty
        toc = anchors.headings.map { Section(id: $0.id, title: $0.title) }
        hasToc = toc.count > 1
        generatedBy = "briefing"
    }

    /// The plain text of the level-1 heading that opens the fragment, and the byte offset of
    /// what follows it and its line breaks. Decided on characters, as a string would: on the
    /// text up to the first "</h1>" when the byte after it (ASCII) cannot join it into one
    /// character, else on the whole fragment.
    private static func openingHeading(of fragment: UnsafeBufferPointer<UInt8>) -> (title: String, rest: Int)? {
        guard fragment.starts(with: "<h1>".utf8) else { return nil }
        func heading(in text: String) -> (title: String, rest: Int)? {
            guard text.hasPrefix("<h1>"), let end = text.firstRange(of: "</h1>") else { return nil }
            let title = HeadingAnchors.plainText(String(text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound]))
            var rest = text.utf8.distance(from: text.startIndex, to: end.upperBound)
            while rest < fragment.count, fragment[rest] == UInt8(ascii: "\n") { rest += 1 }
            return (title, rest)
        }
        let close = Array("</h1>".utf8)
        if let at = HeadingAnchors.find(close, in: fragment, from: 0), at + close.count == fragment.count || fragment[at + close.count] < 0x80,
           let found = heading(in: String(decoding: UnsafeBufferPointer(rebasing: fragment[..<(at + close.count)]), as: UTF8.self)) {
            return found
        }
        return heading(in: String(decoding: fragment, as: UTF8.self))
    }
}

/// A page of many sections gives each one's variables by name, as reflection would find
/// them, without building a `Mirror` for every variable of every contents entry.
extension PageContext.Section: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        default: return nil
        }
    }
}
