/// A parsed HTML or XML document as a flat array of nodes in document order (pre-order), so
/// that every pass over it is a loop rather than a recursion: deeply nested input cannot
/// exhaust the stack, and a node's descendants are exactly the indices up to `end`.
struct MarkupTree: Sendable {
    /// An element or a run of text.
    struct Node: Sendable {
        /// Lower-cased local name of an element; empty for text.
        var name: String
        /// Namespace URI of an element, when it has one (feeds mix RSS, Atom, Dublin Core …).
        var namespace: String?
        /// Attributes in source order, names lower-cased (`xml:base` keeps its prefix).
        var attributes: [(name: String, value: String)]
        /// The characters of a text or CDATA node; empty for elements.
        var text: String
        /// Index of the parent element, or -1 for the root.
        var parent: Int
        /// Index one past the node's last descendant.
        var end: Int

        var isText: Bool { name.isEmpty }

        /// The value of an attribute, or nil.
        func attribute(_ attributeName: String) -> String? {
            attributes.first { $0.name == attributeName }?.value
        }
    }

    var nodes: [Node]

    /// Indices of the node's children, in order.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            result.append(child)
            child = nodes[child].end
        }
        return result
    }

    /// The node's text with runs of whitespace collapsed to single spaces, trimmed.
    func text(of index: Int) -> String {
        var raw = ""
        for i in index..<nodes[index].end where nodes[i].isText { raw += nodes[i].text }
        return Whitespace.collapse(raw)
    }
}
