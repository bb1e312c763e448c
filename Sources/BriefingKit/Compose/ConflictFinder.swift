/// Finds contradictory reports about one actor among the day's merged items: the same action
/// reported as will and will not (polarity), or the same statement with other numbers (numbers).
/// Items are compared only within one actor and only when they share a content word.
struct ConflictFinder: Sendable {
    /// Content-word similarity above which two statements are about the same thing.
    var sameTopic: Double = 0.5

    /// A statement to compare: its actor bucket, wording and the side it would form.
    struct Statement: Sendable {
        var bucket: String
        var actor: String?
        var actorId: String?
        var profile: WordProfile
        var side: BriefingConflict.Side
    }

    /// The conflicts among `statements`, in the order of their first statement.
    func conflicts(_ statements: [Statement]) -> [BriefingConflict] {
        var byBucket: [String: [Int]] = [:]
        var buckets: [String] = []
        for (index, statement) in statements.enumerated() {
            if byBucket[statement.bucket] == nil { buckets.append(statement.bucket) }
            byBucket[statement.bucket, default: []].append(index)
        }
        var conflicts: [BriefingConflict] = []
        for bucket in buckets {
            let members = byBucket[bucket, default: []]
            // Only statements sharing a content word can be about the same thing.
            var byWord: [String: [Int]] = [:]
            for (position, i) in members.enumerated() {
                for word in statements[i].profile.words { byWord[word, default: []].append(position) }
            }
            for (position, i) in members.enumerated() {
                var later: Set<Int> = []
                for word in statements[i].profile.words {
                    later.formUnion((byWord[word] ?? []).filter { $0 > position })
                }
                for j in later.sorted().map({ members[$0] })
                where Self.fromDifferentArticles(statements[i].side, statements[j].side) {
                    guard let kind = conflictKind(statements[i].profile, statements[j].profile) else { continue }
                    conflicts.append(BriefingConflict(kind: kind, actor: statements[i].actor, actorId: statements[i].actorId,
                                                      sides: [statements[i].side, statements[j].side]))
                }
            }
        }
        return conflicts
    }

    /// Whether some report of one side comes from another article than some report of the other:
    /// an article that says both things is not two sources disagreeing.
    static func fromDifferentArticles(_ a: BriefingConflict.Side, _ b: BriefingConflict.Side) -> Bool {
        let articles = Set(a.reports.map(\.articleId))
        return b.reports.contains { !articles.contains($0.articleId) } || articles.count > 1
    }

    /// How two statements about one actor contradict each other, if they do.
    func conflictKind(_ a: WordProfile, _ b: WordProfile) -> BriefingConflict.Kind? {
        guard a.words.count >= 2, b.words.count >= 2, a.similarity(to: b) >= sameTopic else { return nil }
        if a.isNegated != b.isNegated, a.numbers == b.numbers { return .polarity }
        if a.isNegated == b.isNegated, !a.numbers.isEmpty, !b.numbers.isEmpty, a.numbers.isDisjoint(with: b.numbers) {
            return .numbers
        }
        return nil
    }
}
