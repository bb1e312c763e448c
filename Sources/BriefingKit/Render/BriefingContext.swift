/// What the briefing templates see: a `Briefing` arranged for reading, with sources numbered
/// from 1 so that every item can cite them ("[1]"), and flags to skip empty sections.
///
/// Optional values are absent (`nil`), never empty strings, so `{{#role}}…{{/role}}` shows only
/// when there is a role. The variables are documented in the templates' README.
public struct BriefingContext: Sendable {
    /// How many actors `keyActors` holds at most.
    public static let keyActorLimit = 8
    /// How many statements and commitments a key actor lists at most.
    public static let actorStatementLimit = 3

    public var date: String
    public var generatedBy: String
    /// "Briefing — DATE".
    public var title: String
    public var sources: [Source]
    public var sourceCount: Int
    public var hasSources: Bool
    public var keyActors: [Actor]
    public var hasKeyActors: Bool
    public var positions: [Position]
    public var hasPositions: Bool
    public var commitments: [Commitment]
    public var hasCommitments: Bool
    public var questions: [Question]
    public var hasQuestions: Bool

    /// An article of the day.
    public struct Source: Sendable {
        /// 1-based; items cite the article as "[number]".
        public var number: Int
        public var id: String
        /// The headline, or the article id when the article has none.
        public var title: String
        public var outlet: String?
        public var published: String?
        public var url: String?
        public var path: String
        public var summary: [String]
        public var hasSummary: Bool
    }

    /// A citation of an article: its number and title.
    public struct SourceReference: Sendable {
        public var number: Int
        public var title: String
    }

    /// One of the day's most salient actors.
    public struct Actor: Sendable {
        public var name: String
        /// `person`, `organization`, `country` or `group`.
        public var kind: String
        public var role: String?
        public var affiliation: String?
        /// 0…1 over the day.
        public var salience: Double
        public var said: [String]
        public var hasSaid: Bool
        public var committed: [String]
        public var hasCommitted: Bool
        /// The articles that mention the actor.
        public var sources: [SourceReference]
    }

    /// A stated position.
    public struct Position: Sendable {
        /// The speaker's name, or "Unnamed source".
        public var speaker: String
        /// What is said, as the article words it (a direct quote keeps its quote marks).
        public var quote: String
        /// The speech verb ("said", "warned", "according to").
        public var cue: String?
        /// `direct`, `reported` or `mixed`.
        public var kind: String
        public var isDirect: Bool
        public var sourceNumber: Int
        public var sourceTitle: String
    }

    /// A commitment.
    public struct Commitment: Sendable {
        /// The actor's name, or "Unnamed actor".
        public var actor: String
        public var action: String
        /// "will" or "will not".
        public var polarity: String
        public var isNegative: Bool
        /// The word family that carries the commitment ("pledged", "refused", …).
        public var modality: String
        public var condition: String?
        /// The carve-outs joined with "; ".
        public var limits: String?
        public var timeframe: String?
        public var sourceNumber: Int
        public var sourceTitle: String
    }

    /// An open question.
    public struct Question: Sendable {
        public var question: String
        /// `pending`, `conditional`, `disputed`, `uncertain` or `explicit`.
        public var kind: String
        /// The names of the actors involved, joined with ", ".
        public var actors: String?
        public var sourceNumber: Int
        public var sourceTitle: String
    }

    /// Arranges `briefing` for the templates.
    public init(_ briefing: Briefing) {
        let sources = briefing.sources.enumerated().map { index, source in
            Source(number: index + 1, id: source.id, title: Self.nonEmpty(source.title) ?? source.id,
                   outlet: Self.nonEmpty(source.source), published: Self.nonEmpty(source.published),
                   url: Self.nonEmpty(source.url), path: source.path, summary: source.summary,
                   hasSummary: !source.summary.isEmpty)
        }
        var referenceById: [String: SourceReference] = [:]
        for source in sources where referenceById[source.id] == nil {
            referenceById[source.id] = SourceReference(number: source.number, title: source.title)
        }
        func reference(_ articleId: String) -> SourceReference {
            referenceById[articleId] ?? SourceReference(number: 0, title: articleId)
        }

        date = briefing.date
        generatedBy = briefing.generatedBy
        title = "Briefing — \(briefing.date)"
        self.sources = sources
        sourceCount = sources.count
        hasSources = !sources.isEmpty

        keyActors = briefing.actors.prefix(Self.keyActorLimit).map { actor in
            let said = Array(actor.said.prefix(Self.actorStatementLimit))
            let committed = Array(actor.committed.prefix(Self.actorStatementLimit))
            return Actor(name: actor.name, kind: actor.kind.rawValue, role: Self.nonEmpty(actor.role),
                         affiliation: Self.nonEmpty(actor.affiliation), salience: actor.salience,
                         said: said, hasSaid: !said.isEmpty, committed: committed, hasCommitted: !committed.isEmpty,
                         sources: actor.articleIds.map(reference))
        }
        hasKeyActors = !keyActors.isEmpty

        positions = briefing.positions.map { position in
            let source = reference(position.articleId)
            return Position(speaker: Self.nonEmpty(position.speaker) ?? "Unnamed source", quote: position.content,
                            cue: Self.nonEmpty(position.cue), kind: position.kind.rawValue,
                            isDirect: position.kind == .direct, sourceNumber: source.number,
                            sourceTitle: source.title)
        }
        hasPositions = !positions.isEmpty

        commitments = briefing.commitments.map { commitment in
            let source = reference(commitment.articleId)
            let negative = commitment.polarity == .negative
            return Commitment(actor: Self.nonEmpty(commitment.actor) ?? "Unnamed actor", action: commitment.action,
                              polarity: negative ? "will not" : "will", isNegative: negative,
                              modality: commitment.modality, condition: Self.nonEmpty(commitment.condition),
                              limits: Self.nonEmpty(commitment.limits.joined(separator: "; ")),
                              timeframe: Self.nonEmpty(commitment.timeframe), sourceNumber: source.number,
                              sourceTitle: source.title)
        }
        hasCommitments = !commitments.isEmpty

        questions = briefing.openQuestions.map { question in
            let source = reference(question.articleId)
            return Question(question: question.question, kind: question.kind.rawValue,
                            actors: Self.nonEmpty(question.actors.joined(separator: ", ")),
                            sourceNumber: source.number, sourceTitle: source.title)
        }
        hasQuestions = !questions.isEmpty
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}
