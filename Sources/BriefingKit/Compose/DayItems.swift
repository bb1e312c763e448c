/// The day's positions, commitments and open questions, each merged across articles: one
/// item per cluster of near-identical reports (`ItemClusterer`), with every report's evidence.
struct DayItems: Sendable {
    let records: [ArticleRecord]
    let actors: [ActorMerger.Merged]
    let actorIndex: [ActorMerger.Key: Int]
    var passages: PassageBuilder
    let lexicons: Lexicons
    /// Each merge key of the merged actors' names, to the actor (nil when two actors share it).
    private let speakerNames: [String: Int?]
    /// The word profiles of the merged items' texts, kept for the conflict check.
    private var profiles: [String: WordProfile] = [:]

    init(records: [ArticleRecord], actors: [ActorMerger.Merged], actorIndex: [ActorMerger.Key: Int],
         passages: PassageBuilder, lexicons: Lexicons) {
        self.records = records
        self.actors = actors
        self.actorIndex = actorIndex
        self.passages = passages
        self.lexicons = lexicons
        var names: [String: Int?] = [:]
        for (index, actor) in actors.enumerated() where actor.kind == .person {
            let surname = ActorName(actor.name, kind: .person, lexicons: lexicons).surname
            for key in actor.nameKeys + (surname.map { [$0] } ?? []) where !key.isEmpty {
                // A key two actors share names neither.
                names[key] = names.keys.contains(key) && names[key] != .some(index) ? .some(nil) : .some(index)
            }
        }
        speakerNames = names
    }

    /// A raw item: the article it comes from (by number) and its place there.
    private struct Raw<Record> {
        var article: Int
        var record: Record
        var actor: Int?
        /// Nil for a speaker the article leaves unresolved (`ItemClusterer`).
        var bucket: String?
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

    /// The merged actor a speaker stands for: the article's actor, else the one merged actor
    /// whose names include the speaker's name ("Mr. Trump" when only the name was given).
    private func speakerActor(_ article: Int, _ speaker: ActorReference?) -> Int? {
        if let actor = merged(article, speaker?.actor) { return actor }
        guard let name = speaker?.name else { return nil }
        return speakerNames[ActorName(name, kind: .person, lexicons: lexicons).key] ?? nil
    }

    /// Whether a speaker is left unresolved: none, or a singular personal pronoun ("he", "she").
    private func isUnresolved(_ speaker: ActorReference?) -> Bool {
        guard let speaker, speaker.actor == nil else { return speaker == nil }
        guard let name = speaker.name else { return true }
        return lexicons.pronouns[name.lowercased()] == "person"
    }

    /// Positions grouped by speaker (in actor order), each speaker's by topic (`TopicGrouper`),
    /// the most corroborated first. A quote whose speaker is unresolved joins the near-identical
    /// quote of the one speaker who says it elsewhere.
    mutating func positions(ranking: ActorOrder) -> [BriefingPosition] {
        var raw: [Raw<PositionRecord>] = []
        for (number, record) in records.enumerated() {
            for position in record.positions {
                let actor = speakerActor(number, position.speaker)
                let bucket = actor == nil && isUnresolved(position.speaker) ? nil : bucket(actor, name: position.speaker?.name)
                raw.append(Raw(article: number, record: position, actor: actor, bucket: bucket,
                               profile: WordProfile(position.statement.text), evidence: position.statement))
            }
        }
        let clusters = ItemClusterer().clusters(count: raw.count, bucket: { raw[$0].bucket }, profile: { raw[$0].profile })
        var items: [(item: BriefingPosition, order: (Int, String), first: Int)] = []
        for cluster in clusters {
            let members = cluster.map { raw[$0] }
            // The speaker and cue of the first report that names the speaker.
            let named = members.first { $0.bucket != nil } ?? members[0]
            let first = members[0]
            let reports = reports(members)
            let speaker = named.actor.map { actors[$0].name } ?? named.record.speaker?.name
            profiles[first.evidence.text] = first.profile
            items.append((BriefingPosition(
                speaker: speaker, speakerActorId: named.actor.map { actors[$0].id }, cue: first.record.cue?.text,
                content: first.evidence.text, kind: first.record.kind, articleId: records[first.article].id,
                evidence: first.evidence, reports: reports, corroboration: Corroboration.count(reports)),
                actorOrder(named.actor, name: named.bucket == nil ? nil : named.record.speaker?.name, ranking: ranking),
                cluster[0]))
        }
        let sorted = items.sorted { a, b in
            if a.order != b.order { return a.order < b.order }
            if a.item.corroboration != b.item.corroboration { return a.item.corroboration > b.item.corroboration }
            return a.first < b.first
        }
        // Speakers by their place in the order; no topics among unresolved speakers.
        return TopicGrouper().grouped(sorted.map(\.item), speakers: sorted.map { entry in
            entry.order.0 > actors.count ? nil : "\(entry.order.0) \(entry.order.1)"
        })
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
            profiles[first.action] = WordProfile(words: members[0].profile.words, numbers: members[0].profile.numbers)
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
            var profile = profiles[commitment.action] ?? WordProfile(commitment.action)
            profile.isNegated = commitment.polarity == .negative
            return .init(bucket: key, actor: commitment.actor, actorId: commitment.actorId, profile: profile,
                         side: .init(statement: commitment.statement, reports: commitment.reports,
                                     corroboration: commitment.corroboration))
        }
        let fromPositions: [ConflictFinder.Statement] = positions.compactMap { position in
            guard let key = bucket(position.speakerActorId, position.speaker) else { return nil }
            return .init(bucket: key, actor: position.speaker, actorId: position.speakerActorId,
                         profile: profiles[position.content] ?? WordProfile(position.content),
                         side: .init(statement: position.content, reports: position.reports,
                                     corroboration: position.corroboration))
        }
        return fromCommitments + fromPositions
    }
}
