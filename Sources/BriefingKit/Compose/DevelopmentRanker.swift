/// Chooses the day's most important developments: conflicts first (what analysts value most),
/// then commitments and statements, each scored by corroboration and the salience of its actor,
/// with a bonus for watchlist actors. At most two developments per actor, so one voice cannot
/// fill the top section.
struct DevelopmentRanker: Sendable {
    /// How many developments the top section holds at most.
    static let limit = 5
    /// How many developments may concern one actor.
    static let perActor = 2

    /// A candidate development with what its score is made of.
    struct Candidate: Sendable {
        var development: BriefingDevelopment
        /// The actor's merged entry index, if any (to cap developments per actor).
        var actorIndex: Int?
        /// Order among candidates of equal score (earlier first).
        var order: Int
    }

    /// The score of an item: kind weight + corroboration + actor salience (+ 2 on the watchlist).
    static func score(kind: BriefingDevelopment.Kind, corroboration: Int, salience: Double, watched: Bool) -> Double {
        let weight: Double = switch kind {
        case .conflict: 2
        case .commitment: 1
        case .position: 0
        }
        return ((weight + Double(corroboration) + salience + (watched ? 2 : 0)) * 10_000).rounded() / 10_000
    }

    /// The top developments, best first.
    func top(_ candidates: [Candidate]) -> [BriefingDevelopment] {
        let sorted = candidates.sorted { a, b in
            a.development.score != b.development.score ? a.development.score > b.development.score : a.order < b.order
        }
        var chosen: [BriefingDevelopment] = []
        var perActor: [Int: Int] = [:]
        for candidate in sorted where chosen.count < Self.limit {
            if let actor = candidate.actorIndex {
                guard perActor[actor, default: 0] < Self.perActor else { continue }
                perActor[actor, default: 0] += 1
            }
            chosen.append(candidate.development)
        }
        return chosen
    }
}
