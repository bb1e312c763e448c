/// Builds the day's `Briefing` from the articles' extraction records.
///
/// The articles are first put in a canonical order (date, outlet, id, path), so the briefing
/// is the same whatever order the files came in. Actors are merged across articles
/// (`ActorMerger`); positions by the same speaker, commitments by the same actor and open
/// questions that say the same thing in nearly the same words are merged into one item listing
/// every report (`ItemClusterer`), with the number of independent outlets that report it;
/// contradictory reports become conflicts (`ConflictFinder`); the best-scored items become the
/// top developments (`DevelopmentRanker`); and, given a previous briefing, the changes since
/// are listed (`ChangeTracker`). Every item keeps its reports' articles and evidence spans.
public struct BriefingComposer: Sendable {
    /// How many characters of a position an actor's `said` list keeps.
    static let saidLimit = 160

    let lexicons: Lexicons

    public init(lexicons: Lexicons = .bundled) {
        self.lexicons = lexicons
    }

    /// Composes the briefing for `date` (`YYYY-MM-DD`) from the day's articles, in any order.
    public func compose(date: String, articles: [BriefingInput], options: ComposeOptions = ComposeOptions()) -> Briefing {
        let inputs = Self.canonicalOrder(articles.filter { options.keeps(outlet: $0.record.source) })
        let records = inputs.map(\.record)
        let (mergedActors, actorIndex) = ActorMerger(lexicons: lexicons).merge(records, texts: inputs.map(\.text))
        var day = DayItems(records: records, actors: mergedActors, actorIndex: actorIndex,
                           passages: PassageBuilder(inputs: inputs), lexicons: lexicons)
        let ranking = ActorOrder(actors: mergedActors, options: options)

        let positions = day.positions(ranking: ranking)
        let commitments = day.commitments(ranking: ranking)
        let questions = day.questions()
        let conflicts = ConflictFinder().conflicts(day.conflictStatements(positions: positions, commitments: commitments))

        let saidById = Dictionary(grouping: positions.filter { $0.speakerActorId != nil }, by: { $0.speakerActorId ?? "" })
        let committedById = Dictionary(grouping: commitments.filter { $0.actorId != nil }, by: { $0.actorId ?? "" })
        var actors = ranking.ordered.map { index in
            ranking.briefingActor(index, said: (saidById[mergedActors[index].id] ?? []).map { Self.shortened($0.content) },
                                  committed: (committedById[mergedActors[index].id] ?? [])
                                      .map(\.statement))
        }
        actors = actors.map { actor in
            var actor = actor
            actor.said = ActorMerger.unique(actor.said)
            actor.committed = ActorMerger.unique(actor.committed)
            return actor
        }

        let sources = inputs.map { input in
            let record = input.record
            return BriefingSource(id: record.id, path: record.path, title: record.title, source: record.source,
                                  published: record.published, url: record.url,
                                  summary: Array(input.summary.prefix(3)))
        }
        var briefing = Briefing(date: date, sources: sources, actors: actors, positions: positions,
                                commitments: commitments, openQuestions: questions, conflicts: conflicts,
                                passages: day.passages.allPassages, watchlist: options.watchlist)
        briefing.topDevelopments = DevelopmentRanker().top(
            Self.candidates(briefing, ranking: ranking, mergedActors: mergedActors))
        if let previous = options.previous {
            briefing.changes = ChangeTracker().changes(today: briefing, previous: previous)
        }
        return briefing
    }

    // MARK: - Order

    /// The articles sorted by date, outlet, id and path: the order sources are numbered in.
    static func canonicalOrder(_ inputs: [BriefingInput]) -> [BriefingInput] {
        inputs.map { input in
            (input, (input.record.published ?? "", input.record.source ?? "", input.record.id, input.record.path))
        }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    // MARK: - Top developments

    private static func candidates(_ briefing: Briefing, ranking: ActorOrder,
                                   mergedActors: [ActorMerger.Merged]) -> [DevelopmentRanker.Candidate] {
        var candidates: [DevelopmentRanker.Candidate] = []
        let indexById = Dictionary(mergedActors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func add(_ kind: BriefingDevelopment.Kind, actorId: String?, actor: String?, headline: String,
                 reports: [BriefingReport], corroboration: Int) {
            let index = actorId.flatMap { indexById[$0] }
            let salience = index.map { ranking.salience($0) } ?? 0
            let watched = index.map { ranking.watched.contains($0) } ?? false
            let score = DevelopmentRanker.score(kind: kind, corroboration: corroboration, salience: salience,
                                                watched: watched)
            candidates.append(.init(development: BriefingDevelopment(
                kind: kind, actor: actor, headline: headline, reports: reports, corroboration: corroboration,
                score: score), actorIndex: index, order: candidates.count))
        }
        for conflict in briefing.conflicts {
            let statements = conflict.sides.map { "“\(shortened($0.statement))”" }.joined(separator: " vs ")
            add(.conflict, actorId: conflict.actorId, actor: conflict.actor,
                headline: "Sources disagree: \(statements)",
                reports: conflict.sides.flatMap(\.reports), corroboration: Corroboration.count(conflict.sides.flatMap(\.reports)))
        }
        for commitment in briefing.commitments where commitment.actor != nil {
            add(.commitment, actorId: commitment.actorId, actor: commitment.actor,
                headline: commitment.statement, reports: commitment.reports,
                corroboration: commitment.corroboration)
        }
        for position in briefing.positions where position.speakerActorId != nil {
            add(.position, actorId: position.speakerActorId, actor: position.speaker,
                headline: "\(Self.verb(for: position.cue)): \(shortened(position.content))", reports: position.reports,
                corroboration: position.corroboration)
        }
        return candidates
    }

    // MARK: - Helpers

    /// The cue as a verb a headline can use: "said", "insisted"; participles and phrases
    /// ("telling", "according to") read as "said".
    static func verb(for cue: String?) -> String {
        guard let cue = cue?.lowercased(), !cue.hasSuffix("ing"), !cue.contains(" ") else { return "said" }
        return cue
    }

    /// The text cut at a word boundary to at most `saidLimit` characters, marked with "…" if cut.
    static func shortened(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var result = ""
        for word in words {
            let next = result.isEmpty ? String(word) : result + " " + word
            if next.count > saidLimit { return (result.isEmpty ? String(word.prefix(saidLimit)) : result) + " …" }
            result = next
        }
        return result
    }
}
