/// The positions of an article sorted for range look-ups, so that asking, for every quotation,
/// which positions lie near it costs a binary search rather than a pass over all of them
/// (an article of 20,000 quotations stays linear).
struct FoundIndex {
    private let byContent: [PositionExtractor.Found]
    /// The largest content end among `byContent[0...i]`.
    private let reach: [Int]
    private let byCue: [PositionExtractor.Found]

    init(_ found: [PositionExtractor.Found]) {
        byContent = found.sorted { $0.content.lowerBound < $1.content.lowerBound }
        var reach: [Int] = []
        reach.reserveCapacity(byContent.count)
        for position in byContent { reach.append(max(reach.last ?? Int.min, position.content.upperBound)) }
        self.reach = reach
        byCue = found.sorted { $0.cue.lowerBound < $1.cue.lowerBound }
    }

    /// Whether some position's content overlaps `range`.
    func contentOverlaps(_ range: Range<Int>) -> Bool {
        let starting = Self.count(of: byContent, startingBefore: range.upperBound) { $0.content.lowerBound }
        return starting > 0 && reach[starting - 1] > range.lowerBound
    }

    /// The positions whose content starts in `range`, in text order.
    func contents(startingIn range: Range<Int>) -> ArraySlice<PositionExtractor.Found> {
        let from = Self.count(of: byContent, startingBefore: range.lowerBound) { $0.content.lowerBound }
        let to = Self.count(of: byContent, startingBefore: range.upperBound) { $0.content.lowerBound }
        return byContent[from..<to]
    }

    /// The positions whose cue starts in `range`, in text order.
    func cues(startingIn range: Range<Int>) -> ArraySlice<PositionExtractor.Found> {
        let from = Self.count(of: byCue, startingBefore: range.lowerBound) { $0.cue.lowerBound }
        let to = Self.count(of: byCue, startingBefore: range.upperBound) { $0.cue.lowerBound }
        return byCue[from..<to]
    }

    /// How many of the sorted `items` start before `offset`.
    private static func count(of items: [PositionExtractor.Found], startingBefore offset: Int,
                              start: (PositionExtractor.Found) -> Int) -> Int {
        var low = 0, high = items.count
        while low < high {
            let mid = (low + high) / 2
            if start(items[mid]) < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
