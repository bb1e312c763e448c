import Foundation

/// Reads a feed's channel and items out of a parsed XML tree. Elements are matched by local
/// name, so RSS 0.9x/2.0 (no namespace), RSS 1.0 (RDF) and Atom 0.3/1.0 share one reader.
struct FeedParser {
    let tree: MarkupTree
    let fragments: HTMLFragmentReader

    /// Why the tree is not a feed.
    struct NotAFeed: Error {
        var reason: String
    }

    /// The feed, or `NotAFeed` when the root is not `rss`, `RDF` or `feed`.
    func parse() throws -> Feed {
        guard let root = tree.nodes.indices.first(where: { !tree.nodes[$0].isText }) else {
            throw NotAFeed(reason: "no XML element found")
        }
        let rootName = tree.nodes[root].name.lowercased()
        guard ["rss", "rdf", "feed"].contains(rootName) else {
            throw NotAFeed(reason: "its root element is <\(tree.nodes[root].name)>, not <rss>, <rdf:RDF> or <feed>")
        }
        let channel = rootName == "feed" ? root : (child(of: root, named: "channel") ?? root)
        let title = child(of: channel, named: "title").map { plainText($0) }
        let link = self.link(of: channel, base: nil)
        let items = tree.nodes.indices.filter { index in
            let name = tree.nodes[index].name.lowercased()
            return (name == "item" || name == "entry") && !hasItemAncestor(index)
        }
        return Feed(title: title, link: link, items: items.map { item(at: $0, feedLink: link) })
    }

    private func item(at index: Int, feedLink: String?) -> FeedItem {
        let dateNames = ["pubdate", "published", "date", "issued", "created", "updated", "modified"]
        let date = dateNames.lazy.compactMap { child(of: index, named: $0) }.first.map { tree.text(of: $0) }
        let guid = child(of: index, named: "guid") ?? child(of: index, named: "id")
        var link = self.link(of: index, base: feedLink)
        if link == nil, let guid, tree.nodes[guid].attribute("ispermalink") != "false",
           tree.text(of: guid).hasPrefix("http") {
            link = tree.text(of: guid)
        }
        return FeedItem(title: child(of: index, named: "title").map { plainText($0) }.flatMap { $0.isEmpty ? nil : $0 },
                        link: link, guid: guid.map { tree.text(of: $0) }, date: date,
                        author: author(of: index), paragraphs: content(of: index))
    }

    /// The fullest content field's paragraphs.
    private func content(of item: Int) -> [String] {
        for name in ["encoded", "content", "body", "fullitem", "description", "summary", "abstract"] {
            guard let field = child(of: item, named: name) else { continue }
            let paragraphs = htmlParagraphs(field)
            if !paragraphs.isEmpty { return paragraphs }
        }
        return []
    }

    /// A content field's text: its child elements when the HTML is inline (XHTML, naked
    /// markup), else its text parsed as HTML (escaped markup, CDATA, or plain text).
    private func htmlParagraphs(_ field: Int) -> [String] {
        let node = tree.nodes[field]
        let hasElements = (field + 1..<node.end).contains { !tree.nodes[$0].isText }
        if hasElements { return fragments.paragraphs(in: tree, range: field..<node.end) }
        let raw = tree.nodes[field..<node.end].filter(\.isText).map(\.text).joined()
        return fragments.paragraphs(html: raw)
    }

    /// A title: plain text, or escaped HTML in Atom's `type="html"`.
    private func plainText(_ index: Int) -> String {
        let type = tree.nodes[index].attribute("type")?.lowercased()
        guard type == "html" || type == "text/html" else { return tree.text(of: index) }
        return fragments.paragraphs(html: tree.nodes[index..<tree.nodes[index].end].filter(\.isText).map(\.text).joined())
            .joined(separator: " ")
    }

    /// RSS `<link>text</link>` or Atom `<link rel="alternate" href>`, resolved against the
    /// element's inherited `xml:base` and then `base`.
    private func link(of element: Int, base: String?) -> String? {
        let links = children(of: element).filter { tree.nodes[$0].name.lowercased() == "link" }
        var raw: String?
        for link in links {
            let node = tree.nodes[link]
            if let href = node.attribute("href") {
                let rel = node.attribute("rel")?.lowercased() ?? "alternate"
                if rel == "alternate" { raw = href; break }
            } else {
                let text = tree.text(of: link)
                if !text.isEmpty { raw = text; break }
            }
        }
        guard let raw else { return nil }
        return URLResolver.resolve(raw, against: xmlBase(of: element, start: base))
    }

    /// The base URL in effect at an element: `start`, then every `xml:base` from the root down.
    private func xmlBase(of element: Int, start: String?) -> String? {
        var bases: [String] = []
        var index = element
        while index >= 0 {
            if let base = tree.nodes[index].attribute("xml:base") { bases.append(base) }
            index = tree.nodes[index].parent
        }
        return bases.reversed().reduce(start) { URLResolver.resolve($1, against: $0) }
    }

    private func author(of item: Int) -> String? {
        guard let field = child(of: item, named: "author") ?? child(of: item, named: "creator") else { return nil }
        let text = child(of: field, named: "name").map { tree.text(of: $0) } ?? tree.text(of: field)
        // RSS 2.0: "editor@example.com (Jane Roe)"
        if let open = text.firstIndex(of: "("), text.hasSuffix(")"), text[..<open].contains("@") {
            return String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        }
        return text.isEmpty ? nil : text
    }

    private func children(of index: Int) -> [Int] {
        tree.children(of: index).filter { !tree.nodes[$0].isText }
    }

    private func child(of index: Int, named name: String) -> Int? {
        children(of: index).first { tree.nodes[$0].name.lowercased() == name }
    }

    private func hasItemAncestor(_ index: Int) -> Bool {
        var parent = tree.nodes[index].parent
        while parent >= 0 {
            let name = tree.nodes[parent].name.lowercased()
            if name == "item" || name == "entry" { return true }
            parent = tree.nodes[parent].parent
        }
        return false
    }
}
