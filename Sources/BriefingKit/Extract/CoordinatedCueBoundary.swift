extension PositionExtractor {
    /// Words that may stand between a coordinating "and" and the second verb of saying
    /// ("…, and then tweeted that …", "and also pointed out that …").
    static let coordinationAdverbs: WordSet = ["then", "also"]

    /// "Lena said the levy was fair and questioned why the mayor waited": a reported content
    /// ends before a second verb of saying of the same speaker inside it, joined by a comma or
    /// "and"; what that verb reports is a position of its own. `positions` are one sentence's,
    /// in the order found. Only a content after its own cue is cut.
    func endingBeforeCoordinatedCues(_ positions: [Found]) -> [Found] {
        let byCue = positions.sorted { $0.cue.lowerBound < $1.cue.lowerBound }
        let cueStarts = byCue.map(\.cue.lowerBound)
        return positions.map { position in
            // (not a quotation the cue interrupts: "'…,' he said, referring to …, '…'")
            guard let subject = position.subject, position.content.lowerBound >= position.cue.upperBound else { return position }
            var i = firstIndex(in: cueStarts, after: position.content.lowerBound)
            while i < byCue.count, cueStarts[i] < position.content.upperBound {
                defer { i += 1 }
                let other = byCue[i]
                guard let otherSubject = other.subject, isSameSpeaker(subject, otherSubject),
                      other.content.lowerBound >= other.cue.lowerBound,
                      let end = coordinationStart(before: other.cue.lowerBound, within: position.content),
                      wordCount(position.content.lowerBound..<end) >= 2 else { continue }
                var trimmed = position
                trimmed.content = position.content.lowerBound..<end
                return trimmed
            }
            return position
        }
    }

    /// Index of the first of the ascending `offsets` above `offset` (binary search).
    private func firstIndex(in offsets: [Int], after offset: Int) -> Int {
        var low = 0, high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func isSameSpeaker(_ a: Subject, _ b: Subject) -> Bool {
        if let first = a.entry, let second = b.entry { return first == second }
        return a.mention == b.mention
    }

    /// The end of the words before ", and (then) VERB" / ", VERB" / "and VERB" when the verb at
    /// character `cue` is so coordinated inside `content`: the offset right after the last
    /// word before the comma or "and"; nil when the verb is not coordinated.
    private func coordinationStart(before cue: Int, within content: Range<Int>) -> Int? {
        var j = layer.tokenIndex(atOrAfter: cue) - 1
        guard j >= 0 else { return nil }
        if Self.coordinationAdverbs.contains(layer.tokens[j]) { j -= 1 }
        var joined = false
        if j >= 0, layer.tokens[j].lower == "and" { j -= 1; joined = true }
        if j >= 0, layer.tokens[j].isMark(",") { j -= 1; joined = true }
        guard joined, j >= 0, layer.tokens[j].range.lowerBound >= content.lowerBound else { return nil }
        return layer.tokens[j].range.upperBound
    }
}
