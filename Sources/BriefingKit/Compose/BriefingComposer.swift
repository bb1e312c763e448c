/// Builds the day's `Briefing` from the articles' extraction records.
///
/// Actors are merged across articles when their names are equal ignoring case, and a person
/// named by one word ("Healey") joins the one person of the day whose multi-word name ends in
/// that word ("John Healey"); if several people share that last word, nothing is merged.
/// Positions, commitments and open questions keep article order; every item keeps its article id.
/// The output depends only on the input, never on hashing order.
public struct BriefingComposer: Sendable {
    /// How many characters of a position an actor's `said` list keeps.
    static let saidLimit = 160

    public init() {}

    /// Composes the briefing for `date` (`YYYY-MM-DD`) from the day's articles, in the given order.
    public func compose(date: String, articles: [BriefingInput]) -> Briefing {
        let records = articles.map(\.record)
        var merged = mergeActors(records)
        var actorIndex: [ActorKey: Int] = [:]
        for (index, actor) in merged.enumerated() {
            for key in actor.keys { actorIndex[key] = index }
        }

        var positions: [BriefingPosition] = []
        var commitments: [BriefingCommitment] = []
        var questions: [BriefingQuestion] = []
        for (articleNumber, record) in records.enumerated() {
            func mergedIndex(_ id: String?) -> Int? {
                id.flatMap { actorIndex[ActorKey(article: articleNumber, id: $0)] }
            }
            for position in record.positions {
                let speaker = mergedIndex(position.speaker?.actor)
                if let speaker { merged[speaker].said.append(Self.shortened(position.content.text)) }
                positions.append(BriefingPosition(
                    speaker: position.speaker?.name ?? speaker.map { merged[$0].name },
                    speakerActorId: speaker.map { merged[$0].id },
                    cue: position.cue?.text, content: position.content.text, kind: position.kind,
                    articleId: record.id, evidence: position.content))
            }
            for commitment in record.commitments {
                let actor = mergedIndex(commitment.actor.actor)
                if let actor {
                    let verb = commitment.polarity == .negative ? "will not" : "will"
                    merged[actor].committed.append("\(verb) \(commitment.action)")
                }
                commitments.append(BriefingCommitment(
                    actor: commitment.actor.name ?? actor.map { merged[$0].name },
                    actorId: actor.map { merged[$0].id },
                    action: commitment.action, modality: commitment.modality, polarity: commitment.polarity,
                    limits: commitment.limits, condition: commitment.condition, timeframe: commitment.timeframe,
                    articleId: record.id, evidence: commitment.evidence))
            }
            for question in record.openQuestions {
                let names = question.actors.compactMap { mergedIndex($0).map { merged[$0].name } }
                questions.append(BriefingQuestion(
                    question: question.question, kind: question.kind, actors: Self.unique(names),
                    articleId: record.id, evidence: question.evidence))
            }
        }

        let sources = articles.map { input in
            let record = input.record
            return BriefingSource(id: record.id, path: record.path, title: record.title, source: record.source,
                                  published: record.published, url: record.url,
                                  summary: Array(input.summary.prefix(3)))
        }
        return Briefing(date: date, sources: sources, actors: Self.ranked(merged), positions: positions,
                        commitments: commitments, openQuestions: questions)
    }

    // MARK: - Actor merging

    /// An actor in one article: the article's position in the input and the actor's id there.
    struct ActorKey: Hashable {
        var article: Int
        var id: String
    }

    /// An actor being merged: the briefing actor so far, its raw salience sum, and the
    /// per-article actors it stands for.
    struct MergedActor {
        var id: String
        var name: String
        var kind: ActorKind
        var role: String?
        var affiliation: String?
        var salienceSum: Double
        var articleIds: [String]
        var mentionCount: Int
        var said: [String] = []
        var committed: [String] = []
        var keys: [ActorKey]
    }

    private func mergeActors(_ records: [ArticleRecord]) -> [MergedActor] {
        // Every actor of every article, in article order.
        let occurrences: [(key: ActorKey, actor: ActorRecord, articleId: String)] =
            records.enumerated().flatMap { number, record in
                record.actors.map { (ActorKey(article: number, id: $0.id), $0, record.id) }
            }

        // Group by name ignoring case, in order of first appearance.
        var groups: [[Int]] = []
        var groupNames: [String] = []
        var groupByName: [String: Int] = [:]
        for (index, occurrence) in occurrences.enumerated() {
            let name = Self.normalizedName(occurrence.actor.name)
            if let group = groupByName[name] {
                groups[group].append(index)
            } else {
                groupByName[name] = groups.count
                groups.append([index])
                groupNames.append(name)
            }
        }

        // A one-word person name joins the only multi-word person name ending in that word.
        func isPersons(_ group: Int) -> Bool { groups[group].allSatisfy { occurrences[$0].actor.kind == .person } }
        var target = Array(groups.indices)
        for group in groups.indices where !groupNames[group].contains(" ") && isPersons(group) {
            let candidates = groups.indices.filter { other in
                groupNames[other].contains(" ") && isPersons(other)
                    && groupNames[other].split(separator: " ").last.map(String.init) == groupNames[group]
            }
            if candidates.count == 1 { target[group] = candidates[0] }
        }

        var merged: [MergedActor] = []
        for root in groups.indices where target[root] == root {
            let members = groups.indices.filter { target[$0] == root }.flatMap { groups[$0] }.sorted()
            let first = occurrences[groups[root][0]].actor
            let actors = members.map { occurrences[$0].actor }
            merged.append(MergedActor(
                id: first.id, name: first.name, kind: first.kind,
                role: actors.lazy.compactMap { Self.nonEmpty($0.role) }.first,
                affiliation: actors.lazy.compactMap { Self.nonEmpty($0.affiliation) }.first,
                salienceSum: actors.reduce(0) { $0 + $1.salience },
                articleIds: Self.unique(members.map { occurrences[$0].articleId }),
                mentionCount: actors.reduce(0) { $0 + $1.mentions.count },
                keys: members.map { occurrences[$0].key }))
        }
        return merged
    }

    /// The briefing actors, salience normalized to 0…1, most salient first, then by name.
    private static func ranked(_ merged: [MergedActor]) -> [BriefingActor] {
        let top = merged.map(\.salienceSum).max() ?? 0
        let actors = merged.map { actor in
            let salience = top > 0 ? ((actor.salienceSum / top) * 10_000).rounded() / 10_000 : 0
            return BriefingActor(id: actor.id, name: actor.name, kind: actor.kind, role: actor.role,
                                 affiliation: actor.affiliation, salience: salience, articleIds: actor.articleIds,
                                 mentionCount: actor.mentionCount, said: unique(actor.said),
                                 committed: unique(actor.committed))
        }
        return actors.sorted { a, b in
            if a.salience != b.salience { return a.salience > b.salience }
            let (nameA, nameB) = (a.name.lowercased(), b.name.lowercased())
            if nameA != nameB { return nameA < nameB }
            return (a.name, a.id) < (b.name, b.id)
        }
    }

    // MARK: - Helpers

    private static func normalizedName(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }

    /// The elements in order, without repeats.
    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
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
