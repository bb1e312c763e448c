/// Mentions kept in increasing order of one offset (their start or their end), at most one per
/// offset, in blocks of bounded size: inserting a mention moves the rest of its block, not every
/// later mention of the article, so a text with a hundred thousand mentions costs a few hundred
/// moves per mention rather than one per mention already recorded.
struct MentionIndex {
    /// A mention: the offset it is ordered by, its other end, and its actor entry.
    struct Item {
        var key: Int
        var other: Int
        var entry: Int
    }

    /// Where an item sits; the position after the last item is `end`.
    struct Position: Equatable {
        var block: Int
        var slot: Int
    }

    private static let blockLimit = 256
    private var blocks: [[Item]] = []

    /// The position of the first item whose key is at least `key` (`end` when there is none).
    func first(atLeast key: Int) -> Position {
        // the first block whose last key reaches `key`
        var low = 0, high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid][blocks[mid].count - 1].key < key { low = mid + 1 } else { high = mid }
        }
        guard low < blocks.count else { return end }
        let block = blocks[low]
        var l = 0, h = block.count
        while l < h {
            let mid = (l + h) / 2
            if block[mid].key < key { l = mid + 1 } else { h = mid }
        }
        return Position(block: low, slot: l)
    }

    /// The position after the last item.
    var end: Position { Position(block: blocks.count, slot: 0) }

    /// The item at `position`, nil at `end`.
    subscript(position: Position) -> Item? {
        position.block < blocks.count ? blocks[position.block][position.slot] : nil
    }

    /// The position after `position` (not `end`).
    func after(_ position: Position) -> Position {
        position.slot + 1 < blocks[position.block].count ? Position(block: position.block, slot: position.slot + 1)
            : Position(block: position.block + 1, slot: 0)
    }

    /// The position before `position`, nil before the first item.
    func before(_ position: Position) -> Position? {
        if position.slot > 0 { return Position(block: position.block, slot: position.slot - 1) }
        guard position.block > 0 else { return nil }
        return Position(block: position.block - 1, slot: blocks[position.block - 1].count - 1)
    }

    /// Replaces the item at `position` (not `end`) by one with the same key.
    mutating func replace(at position: Position, with item: Item) {
        blocks[position.block][position.slot] = item
    }

    /// Points the item keyed `key` at entry `target` when it points at `source`.
    mutating func reassign(key: Int, from source: Int, to target: Int) {
        let position = first(atLeast: key)
        guard var item = self[position], item.key == key, item.entry == source else { return }
        item.entry = target
        replace(at: position, with: item)
    }

    /// Inserts `item` at `position`, as returned by `first(atLeast: item.key)`.
    mutating func insert(_ item: Item, at position: Position) {
        if blocks.isEmpty { blocks.append([item]); return }
        // past the last item: it joins the last block
        let (b, s) = position.block < blocks.count ? (position.block, position.slot)
            : (blocks.count - 1, blocks[blocks.count - 1].count)
        blocks[b].insert(item, at: s)
        if blocks[b].count > Self.blockLimit {
            let half = blocks[b].count / 2
            blocks.insert(Array(blocks[b][half...]), at: b + 1)
            blocks[b].removeSubrange(half...)
        }
    }
}
