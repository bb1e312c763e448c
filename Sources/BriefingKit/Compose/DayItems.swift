/// The day's positions, commitments and open questions, each merged across articles: one
/// item per cluster of near-identical reports (`ItemClusterer`), with every report's evidence.
struct DayItems: Sendable {
    let records: [ArticleRecord]
    let actors: [ActorMerger.Merged]
    let actorIndex: [ActorMerger.Key: Int]
    var passages: PassageBuilder

    /// A raw item: the article it comes from (by number) and its place there.
    private struct Raw<Record> {
        var article: Int
        var record: Record
        var actor: Int?
        var bucket: String
        var profile: WordProfile
        var evidence: Span
    }

    /// The merged actor a per-article actor id stands for.
    private func merged(_ article: Int, _ id: String?) -> Int? {
        id.flatMap { actorIndex[ActorMerger.Key(article: article, id: $0)] }
    }

    /// The bucket of an actor reference: its merged actor, else its name, else "unnamed".
    private func bucket(_ actor: Int?, name: String?) -> String {
        if let actor { return "actor:\(actor)" }
        if let name { return "name:" + ComposeOptions.folded(name) }
        return "unnamed"
    }

    private mutating func reports<R>(_ members: [Raw<R>]) -> [BriefingReport] {
        members.map { passages.report(article: $0.article, span: $0.evidence) }
    }

    /// The sort key of an item by its actor: ranked actors first, then named unknowns, then none.
    private func actorOrder(_ actor: Int?, name: String?, ranking: ActorOrder) -> (Int, String) {
        if let actor { return (ranking.rank(actor), "") }
        if let name { return (actors.count, ComposeOptions.folded(name)) }
        return (actors.count + 1, "")
    }

    // MARK: - Positions

    /// Positions grouped by speaker (in actor order), then most corroborated first.
    mutating func positions(ranking: ActorOrder) -> [BriefingPosition] {
        var raw: [Raw<PositionRecord>] = []
        for (number, record) in records.enumerated() {
            for position in record.positions {
                let actor = merged(number, position.speaker?.actor)
                raw.append(Raw(article: number, record: position, actor: actor,
                               bucket: bucket(actor, name: position.speaker?.name),
                               profile: WordProfile(position.content.text), evidence: position.content))
            }
        }
        let clusters = ItemClusterer().clusters(count: raw.count, bucket: { raw[$0].bucket }, profile: { raw[$0].profile })
        var items: [(item: BriefingPosition, order: (Int, String), first: Int)] = []
        for cluster in clusters {
            let members = cluster.map { raw[$0] }
            let first = members[0]
            let reports = reports(members)
            let speaker = first.actor.map { actors[$0].name } ?? first.record.speaker?.name
            items.append((BriefingPosition(
                speaker: speaker, speakerActorId: first.actor.map { actors[$0].id }, cue: first.record.cue?.text,
                content: first.record.content.text, kind: first.record.kind, articleId: records[first.article].id,
                evidence: first.evidence, reports: reports, corroboration: Corroboration.count(reports)),
                actorOrder(first.actor, name: first.record.speaker?.name, ranking: ranking), cluster[0]))
        }
        return items.sorted { a, b in
            if a.order != b.order { return a.order < b.order }
            if a.item.corroboration != b.item.corroboration { return a.item.corroboration > b.item.corroboration }
            return a.first < b.first
        }.map(\.item)
    }

    // MARK: - Commitments

    /// Commitments, most corroborated first, then by actor order.
    mutating func commitments(ranking: ActorOrder) -> [BriefingCommitment] {
        var raw: [Raw<CommitmentRecord>] = []
        for (number, record) in records.enumerated() {
            for commitment in record.commitments {
                let actor = merged(number, commitment.actor.actor)
                var profile = WordProfile(commitment.action)
                profile.isNegated = commitment.polarity == .negative
                raw.append(Raw(article: number, record: commitment, actor: actor,
                               bucket: bucket(actor, name: commitment.actor.name), profile: profile,
                               evidence: commitment.evidence))
            }
        }
        let clusters = ItemClusterer().clusters(count: raw.count, bucket: { raw[$0].bucket }, profile: { raw[$0].profile })
        var items: [(item: BriefingCommitment, order: (Int, String), first: Int)] = []
        for cluster in clusters {
            let members = cluster.map { raw[$0] }
            let first = members[0].record
            let reports = reports(members)
            items.append((BriefingCommitment(
                actor: members[0].actor.map { actors[$0].name } ?? first.actor.name,
                actorId: members[0].actor.map { actors[$0].id }, action: first.action, modality: first.modality,
                polarity: first.polarity, limits: ActorMerger.unique(members.flatMap(\.record.limits)),
                condition: members.lazy.compactMap(\.record.condition).first,
                timeframe: members.lazy.compactMap(\.record.timeframe).first,
                articleId: records[members[0].article].id, evidence: first.evidence, reports: reports,
                corroboration: Corroboration.count(reports)),
                actorOrder(members[0].actor, name: first.actor.name, ranking: ranking), cluster[0]))
        }
        return items.sorted { a, b in
            if a.item.corroboration != b.item.corroboration { return a.item.corroboration > b.item.corroboration }
            if a.order != b.order { return a.order < b.order }
            return a.first < b.first
        }.map(\.item)
    }

    // MARK: - Open questions

    /// Open questions, most corroborated first, then in source order.
    mutating func questions() -> [BriefingQuestion] {
        var raw: [Raw<OpenQuestionRecord>] = []
        for (number, record) in records.enumerated() {
            for question in record.openQuestions {
                raw.append(Raw(article: number, record: question, actor: nil, bucket: "",
                               profile: WordProfile(question.question), evidence: question.evidence))
            }
        }
        let clusters = ItemClusterer().clusters(count: raw.count, bucket: { raw[$0].bucket }, profile: { raw[$0].profile })
        var items: [(item: BriefingQuestion, first: Int)] = []
        for cluster in clusters {
            let members = cluster.map { raw[$0] }
            let names = members.flatMap { member in
                member.record.actors.compactMap { id in merged(member.article, id).map { actors[$0].name } }
            }
            let reports = reports(members)
            let first = members[0].record
            items.append((BriefingQuestion(
                question: first.question, kind: first.kind, actors: ActorMerger.unique(names),
                articleId: records[members[0].article].id, evidence: first.evidence, reports: reports,
                corroboration: Corroboration.count(reports)), cluster[0]))
        }
        return items.sorted { a, b in
            a.item.corroboration != b.item.corroboration ? a.item.corroboration > b.item.corroboration : a.first < b.first
        }.map(\.item)
    }

    // MARK: - Conflicts

    /// The merged commitments and positions of known actors, as statements to compare.
    func conflictStatements(positions: [BriefingPosition], commitments: [BriefingCommitment]) -> [ConflictFinder.Statement] {
        func bucket(_ id: String?, _ name: String?) -> String? {
            if let id { return "actor:" + id }
            return name.map { "name:" + ComposeOptions.folded($0) }
        }
        let fromCommitments: [ConflictFinder.Statement] = commitments.compactMap { commitment in
            guard let key = bucket(commitment.actorId, commitment.actor) else { return nil }
            var profile = WordProfile(commitment.action)
            profile.isNegated = commitment.polarity == .negative
            let verb = commitment.polarity == .negative ? "will not" : "will"
            return .init(bucket: key, actor: commitment.actor, actorId: commitment.actorId, profile: profile,
                         side: .init(statement: "\(verb) \(commitment.action)", reports: commitment.reports,
                                     corroboration: commitment.corroboration))
        }
        let fromPositions: [ConflictFinder.Statement] = positions.compactMap { position in
            guard let key = bucket(position.speakerActorId, position.speaker) else { return nil }
            return .init(bucket: key, actor: position.speaker, actorId: position.speakerActorId,
                         profile: WordProfile(position.content),
                         side: .init(statement: position.content, reports: position.reports,
                                     corroboration: position.corroboration))
        }
        return fromCommitments + fromPositions
    }
}
