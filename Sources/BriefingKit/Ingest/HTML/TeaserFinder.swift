/// Finds teaser text: the one-paragraph descriptions in "more stories" cards, where a small
/// list item or `<article>` holds a linked headline and a line of prose about another page,
/// next to other such cards (a lone short `<article>` is an article).
/// Such lines read like prose, so without this they would pull the body towards the page.
struct TeaserFinder {
    let tree: MarkupTree

    /// Cards longer than this many characters are content, not teasers.
    private static let maximumCardCharacters = 600

    /// Positions in `lines` of the lines that sit in a card.
    func teaserLines(_ lines: [TextLine]) -> Set<Int> {
        var card = [Int](repeating: -1, count: tree.nodes.count)
        for index in tree.nodes.indices {
            let name = tree.nodes[index].name
            let parent = tree.nodes[index].parent
            card[index] = name == "li" || name == "article" ? index : (parent >= 0 ? card[parent] : -1)
        }
        var characters: [Int: Int] = [:]
        var hasLinkedHeadline: Set<Int> = []
        for line in lines where line.owner >= 0 && card[line.owner] >= 0 {
            characters[card[line.owner], default: 0] += line.characters
            if line.linkDensity > 0.5, line.characters >= 15 { hasLinkedHeadline.insert(card[line.owner]) }
        }
        // Cards come in groups: count the headline cards under each parent and grandparent.
        var group: [Int: Int] = [:]
        for item in hasLinkedHeadline {
            let parent = tree.nodes[item].parent
            if parent >= 0 {
                group[parent, default: 0] += 1
                let grandparent = tree.nodes[parent].parent
                if grandparent >= 0 { group[grandparent, default: 0] += 1 }
            }
        }
        func isGrouped(_ item: Int) -> Bool {
            let parent = tree.nodes[item].parent
            guard parent >= 0 else { return false }
            let grandparent = tree.nodes[parent].parent
            return group[parent, default: 0] >= 2 || (grandparent >= 0 && group[grandparent, default: 0] >= 2)
        }
        var result: Set<Int> = []
        for (position, line) in lines.enumerated() where line.owner >= 0 && line.linkDensity <= 0.5 {
            let item = card[line.owner]
            if item >= 0, hasLinkedHeadline.contains(item), characters[item, default: 0] <= Self.maximumCardCharacters,
               isGrouped(item) {
                result.insert(position)
            }
        }
        return result
    }
}
