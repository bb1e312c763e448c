/// The order of the day's merged actors: watchlist actors first, then by salience over the day
/// (the sum of per-article salience, which grows with the number of articles, how central the
/// actor is in each and whether it speaks), then by name.
struct ActorOrder: Sendable {
    let actors: [ActorMerger.Merged]
    /// Merged actor indices, first to last.
    let ordered: [Int]
    /// The indices of the watched actors.
    let watched: Set<Int>
    /// Each actor's place in `ordered`.
    private let place: [Int]
    private let top: Double

    init(actors: [ActorMerger.Merged], options: ComposeOptions) {
        self.actors = actors
        let top = actors.map(\.salienceSum).max() ?? 0
        self.top = top
        let watched = Set(actors.indices.filter { options.watches(actors[$0]) })
        self.watched = watched
        func salience(_ index: Int) -> Double { Self.normalized(actors[index].salienceSum, top: top) }
        ordered = actors.indices.sorted { a, b in
            let (x, y) = (actors[a], actors[b])
            if watched.contains(a) != watched.contains(b) { return watched.contains(a) }
            if salience(a) != salience(b) { return salience(a) > salience(b) }
            let (nameA, nameB) = (x.name.lowercased(), y.name.lowercased())
            if nameA != nameB { return nameA < nameB }
            return (x.name, x.id, a) < (y.name, y.id, b)
        }
        var place = Array(repeating: 0, count: actors.count)
        for (rank, index) in ordered.enumerated() { place[index] = rank }
        self.place = place
    }

    /// The actor's salience over the day, 0…1, rounded to four decimals.
    func salience(_ index: Int) -> Double { Self.normalized(actors[index].salienceSum, top: top) }

    /// The actor's place in the order (0 is first).
    func rank(_ index: Int) -> Int { place[index] }

    /// The briefing entry of an actor.
    func briefingActor(_ index: Int, said: [String], committed: [String]) -> BriefingActor {
        let actor = actors[index]
        return BriefingActor(id: actor.id, name: actor.name, kind: actor.kind, role: actor.role,
                             affiliation: actor.affiliation, salience: salience(index), articleIds: actor.articleIds,
                             mentionCount: actor.mentionCount, said: said, committed: committed,
                             aliases: actor.aliases, watched: watched.contains(index))
    }

    private static func normalized(_ sum: Double, top: Double) -> Double {
        top > 0 ? ((sum / top) * 10_000).rounded() / 10_000 : 0
    }
}
