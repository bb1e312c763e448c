import Foundation

/// Turns a piece of HTML — a feed item's description, a JSON Lines record's `html` — into
/// text paragraphs, one per block, without looking for an article body: the fragment is the body.
struct HTMLFragmentReader: Sendable {
    let boilerplate: BoilerplateDetector

    /// Elements whose text is never prose.
    private static let skipped: Set<String> = [
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "button", "input", "select", "textarea", "figcaption",
    ]

    /// The paragraphs of an HTML string (plain text comes back as its lines).
    func paragraphs(html: String) -> [String] {
        guard let tree = MarkupParser.html(Data(html.utf8), encoding: "UTF-8") else { return [] }
        return paragraphs(in: tree, range: tree.nodes.indices)
    }

    /// The paragraphs of the nodes in `range` of an already parsed tree (XHTML content in a feed).
    func paragraphs(in tree: MarkupTree, range: Range<Int>) -> [String] {
        var excluded = [Bool](repeating: false, count: tree.nodes.count)
        for index in range {
            let parent = tree.nodes[index].parent
            excluded[index] = (parent >= 0 && excluded[parent]) || Self.skipped.contains(tree.nodes[index].name.lowercased())
        }
        return LineSegmenter(tree: tree).lines(excluding: excluded, in: range)
            .map(\.text)
            .filter { !boilerplate.isBoilerplate($0) }
    }
}
