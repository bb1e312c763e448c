/// Finds the article body in a page: marks page furniture, splits the rest into lines, gives
/// each line a value (prose is worth its length, link lists and short fragments cost), and
/// picks the element whose lines are worth the most together — the smallest container that
/// gathers the prose without gathering the page around it.
struct BodyLocator {
    let tree: MarkupTree

    /// The located body: the container and the page's lines inside it.
    struct Body {
        var container: Int
        var lines: [TextLine]
    }

    /// The body, or nil when the page has no prose at all.
    func locate() -> Body? {
        let content = tree.nodes.map { !$0.isText && ElementHints.isContent($0) }
        let excluded = furnitureMask(content: content)
        let lines = Self.withoutRepeats(LineSegmenter(tree: tree).lines(excluding: excluded))
        let marked = markedBody(content: content)
        let teasers = TeaserFinder(tree: tree).teaserLines(lines)
        var worth = [Double](repeating: 0, count: tree.nodes.count)
        for (position, line) in lines.enumerated() where line.owner >= 0 {
            if teasers.contains(position) {
                worth[line.owner] -= 0.5 * Double(line.characters)
            } else {
                let proseValue = value(of: line)
                worth[line.owner] += marked[line.owner]
                    ? max(proseValue, 0.5 * Double(line.characters) * (1 - line.linkDensity)) : proseValue
            }
        }
        worth = sums(worth)
        var best = -1
        for index in tree.nodes.indices.reversed() where !tree.nodes[index].isText && !excluded[index] {
            if best < 0 || worth[index] > worth[best] { best = index }
        }
        guard best >= 0, worth[best] > 0 else { return nil }
        let end = tree.nodes[best].end
        let inside = lines.indices.filter { lines[$0].owner >= best && lines[$0].owner < end && !teasers.contains($0) }
        return Body(container: best, lines: inside.map { lines[$0] })
    }

    /// The lines without the repeats of an earlier line: pages that carry the article twice (an
    /// AMP copy, `<article>` inside `<main>`), and captions repeated under every image.
    private static func withoutRepeats(_ lines: [TextLine]) -> [TextLine] {
        var seen: Set<String> = []
        return lines.filter { line in line.characters < 80 || seen.insert(line.text).inserted }
    }

    /// Elements inside an element the page marks as the article body (`itemprop="articleBody"`,
    /// `class="article-body"` …), where short lines (subheadings, table rows) count as prose.
    private func markedBody(content: [Bool]) -> [Bool] {
        var marked = content
        for index in tree.nodes.indices {
            let parent = tree.nodes[index].parent
            if parent >= 0, marked[parent] { marked[index] = true }
        }
        return marked
    }

    /// For every element, the sum of `measure` over the lines inside it.
    private func sums(_ lines: [TextLine], _ measure: (TextLine) -> Double) -> [Double] {
        var own = [Double](repeating: 0, count: tree.nodes.count)
        for line in lines where line.owner >= 0 { own[line.owner] += measure(line) }
        return sums(own)
    }

    /// For every element, the sum of `own` over the element and its descendants.
    private func sums(_ own: [Double]) -> [Double] {
        var total = own
        for index in tree.nodes.indices.reversed() {
            let parent = tree.nodes[index].parent
            if parent >= 0 { total[parent] += total[index] }
        }
        return total
    }

    /// What a line adds to the containers around it.
    func value(of line: TextLine) -> Double {
        let length = Double(line.characters)
        if line.linkDensity > 0.5 { return -length }
        let prose = length >= 100 || (length >= 40 && Self.endsSentence(line.text))
        return prose ? length * (1 - line.linkDensity) : -0.3 * length
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !"\"'”’)»".unicodeScalars.contains($0) }) else { return false }
        return ".!?。！？…:".unicodeScalars.contains(last)
    }

    /// Elements excluded from the text: furniture, and everything inside it. An element that
    /// is furniture by class or id alone is kept when it holds an element marked as the article
    /// body or half of the page's prose (a `has-sidebar` layout wrapper).
    private func furnitureMask(content: [Bool]) -> [Bool] {
        let nodes = tree.nodes
        var byTag = [Bool](repeating: false, count: nodes.count)
        for index in nodes.indices {
            let parent = nodes[index].parent
            byTag[index] = (parent >= 0 && byTag[parent]) || ElementHints.furnitureTags.contains(nodes[index].name)
        }
        let prose = sums(LineSegmenter(tree: tree).lines(excluding: byTag)) { max(0, value(of: $0)) }
        var holdsBody = [Bool](repeating: false, count: nodes.count)
        for index in nodes.indices.reversed() where !nodes[index].isText {
            if content[index], prose[index] > 0 { holdsBody[index] = true }
            let parent = nodes[index].parent
            if parent >= 0, holdsBody[index] { holdsBody[parent] = true }
        }
        // Without a marked body, a wrapper holding half the page's prose is not furniture.
        let pageProse = holdsBody.contains(true) ? .infinity : (prose.max() ?? 0)
        var excluded = byTag
        for index in nodes.indices where !excluded[index] {
            let parent = nodes[index].parent
            if parent >= 0, excluded[parent] { excluded[index] = true; continue }
            if !nodes[index].isText, !holdsBody[index], prose[index] * 2 < pageProse, ElementHints.isFurniture(nodes[index]) {
                excluded[index] = true
            }
        }
        return excluded
    }
}
