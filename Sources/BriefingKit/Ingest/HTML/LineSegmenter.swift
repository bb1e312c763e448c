/// Splits the visible text of a page into lines at block boundaries (`<p>`, `<div>`, `<li>`,
/// `<br>` …), skipping the elements `excluded` marks.
struct LineSegmenter {
    let tree: MarkupTree

    /// The lines of the nodes in `range` (the whole tree by default), in document order.
    func lines(excluding excluded: [Bool], in range: Range<Int>? = nil) -> [TextLine] {
        let range = range ?? tree.nodes.indices
        var lines: [TextLine] = []
        var raw = ""
        var linkCharacters = 0
        var blocks: [Int] = []      // open block elements
        var open: [Int] = []        // all open elements
        var linkDepth = 0
        var owner = -1

        func flush() {
            let text = Whitespace.collapse(raw)
            if !text.isEmpty {
                let characters = text.unicodeScalars.count { !Whitespace.isSpace($0) }
                lines.append(TextLine(text: text, owner: owner, ownerName: owner >= 0 ? tree.nodes[owner].name : "",
                                      characters: characters, linkCharacters: min(linkCharacters, characters)))
            }
            raw = ""
            linkCharacters = 0
            owner = blocks.last ?? -1
        }

        var index = range.lowerBound
        let nodes = tree.nodes
        while index < range.upperBound {
            while let last = open.last, index >= nodes[last].end {
                open.removeLast()
                if nodes[last].name == "a" { linkDepth -= 1 }
                if ElementHints.blockTags.contains(nodes[last].name) {
                    flush()
                    blocks.removeLast()
                    owner = blocks.last ?? -1
                }
            }
            let node = nodes[index]
            if excluded[index] { index = node.end; continue }
            if node.isText {
                if raw.isEmpty { owner = blocks.last ?? -1 }
                raw += node.text
                if linkDepth > 0 { linkCharacters += node.text.unicodeScalars.count { !Whitespace.isSpace($0) } }
            } else {
                if ElementHints.blockTags.contains(node.name) {
                    flush()
                    if node.name != "br" && node.name != "hr" { blocks.append(index) }
                    owner = blocks.last ?? -1
                }
                if node.name == "a" { linkDepth += 1 }
                if node.name != "br" && node.name != "hr" { open.append(index) }
            }
            index += 1
        }
        flush()
        return lines
    }
}
