extension BriefingContext {
    /// An article of the day.
    public struct Source: Sendable {
        /// 1-based; items cite the article as "[number]".
        public var number: Int
        public var id: String
        /// The id of the article's block in the HTML appendix: `source-<number>`.
        public var anchor: String
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

    /// A citation of one report: the article's number and the id of the evidence passage, so
    /// `[{{number}}](#{{passage}})` links to the passage in the HTML appendix.
    public struct Cite: Sendable {
        public var number: Int
        public var passage: String
        /// The article's outlet, if known.
        public var outlet: String?
    }

    /// One of the day's most important developments.
    public struct Development: Sendable {
        public var actor: String?
        public var headline: String
        /// The development as one sentence: the actor, the headline, a full stop.
        public var sentence: String
        /// `conflict`, `commitment` or `position`.
        public var kind: String
        public var isConflict: Bool
        public var corroboration: Int
        public var isCorroborated: Bool
        public var cites: [Cite]

        init(_ development: BriefingDevelopment, _ citations: Citations) {
            actor = nonEmpty(development.actor)
            headline = development.headline
            sentence = Self.sentence(actor: actor, headline: development.headline, kind: development.kind)
            kind = development.kind.rawValue
            isConflict = development.kind == .conflict
            corroboration = development.corroboration
            isCorroborated = development.corroboration > 1
            cites = citations.cites(development.reports)
        }

        /// "United Kingdom will send troops …." or "Sources disagree about X: “…” vs “…”."
        static func sentence(actor: String?, headline: String, kind: BriefingDevelopment.Kind) -> String {
            let disagree = "Sources disagree: "
            var text: String
            if let actor, kind == .conflict, headline.hasPrefix(disagree) {
                text = "Sources disagree about \(actor): " + headline.dropFirst(disagree.count)
            } else {
                text = [actor, headline].compactMap { $0 }.joined(separator: " ")
            }
            text = text.prefix(1).uppercased() + text.dropFirst()
            if let last = text.last, !".!?".contains(last) { text += "." }
            return text
        }
    }

    /// One of the day's most salient actors.
    public struct Actor: Sendable {
        public var name: String
        /// `person`, `organization`, `country` or `group`.
        public var kind: String
        public var role: String?
        public var affiliation: String?
        /// Other names the articles use, joined with ", ".
        public var aliases: String?
        public var watched: Bool
        /// 0…1 over the day.
        public var salience: Double
        public var said: [String]
        public var hasSaid: Bool
        public var committed: [String]
        public var hasCommitted: Bool
        /// The articles that mention the actor.
        public var sources: [SourceReference]
        /// Everything the day's briefing holds about the actor, for the dossier: the actor's
        /// positions and commitments, and the open questions that involve them.
        public var positions: [Position]
        public var hasPositions: Bool
        public var commitments: [Commitment]
        public var hasCommitments: Bool
        public var questions: [Question]
        public var hasQuestions: Bool

        init(_ actor: BriefingActor, _ citations: Citations, in briefing: Briefing) {
            let said = Array(actor.said.prefix(BriefingContext.actorStatementLimit))
            let committed = Array(actor.committed.prefix(BriefingContext.actorStatementLimit))
            name = actor.name
            kind = actor.kind.rawValue
            role = nonEmpty(actor.role)
            affiliation = nonEmpty(actor.affiliation)
            aliases = nonEmpty(actor.aliases.joined(separator: ", "))
            watched = actor.watched
            salience = actor.salience
            self.said = said
            hasSaid = !said.isEmpty
            self.committed = committed
            hasCommitted = !committed.isEmpty
            sources = actor.articleIds.map(citations.reference)
            positions = briefing.positions.filter { $0.speakerActorId == actor.id || $0.speaker == actor.name }
                .map { Position($0, citations) }
            hasPositions = !positions.isEmpty
            commitments = briefing.commitments.filter { $0.actorId == actor.id || $0.actor == actor.name }
                .map { Commitment($0, citations) }
            hasCommitments = !commitments.isEmpty
            questions = briefing.openQuestions.filter { $0.actors.contains(actor.name) }.map { Question($0, citations) }
            hasQuestions = !questions.isEmpty
        }
    }

    /// Contradictory reports about one actor.
    public struct Conflict: Sendable {
        /// The actor's name, or "Unnamed actor".
        public var actor: String
        /// `polarity` (will vs will not) or `numbers` (different figures).
        public var kind: String
        public var isNumbers: Bool
        public var sides: [Side]

        /// One version, with its sources.
        public struct Side: Sendable {
            public var statement: String
            public var corroboration: Int
            public var cites: [Cite]
        }

        init(_ conflict: BriefingConflict, _ citations: Citations) {
            actor = nonEmpty(conflict.actor) ?? "Unnamed actor"
            kind = conflict.kind.rawValue
            isNumbers = conflict.kind == .numbers
            sides = conflict.sides.map { side in
                Side(statement: side.statement, corroboration: side.corroboration, cites: citations.cites(side.reports))
            }
        }
    }

    /// A speaker and the positions shown for them, by topic.
    public struct Speaker: Sendable {
        public var speaker: String
        public var positions: [Position]
        /// The speaker's positions by topic, labelled topics first.
        public var topics: [Topic]

        /// Consecutive positions of one speaker form a group.
        static func groups(_ positions: [Position]) -> [Speaker] {
            var groups: [Speaker] = []
            for position in positions {
                if groups.last?.speaker == position.speaker {
                    groups[groups.count - 1].positions.append(position)
                } else {
                    groups.append(Speaker(speaker: position.speaker, positions: [position], topics: []))
                }
            }
            return groups.map { group in
                var group = group
                group.topics = Topic.groups(group.positions)
                return group
            }
        }
    }

    /// Positions of one speaker on one topic.
    public struct Topic: Sendable {
        /// The words the positions share ("tax, plan"); nil for positions that share a topic with none.
        public var label: String?
        /// Whether these are the positions that share a topic with none, after labelled topics.
        public var isOther: Bool
        public var positions: [Position]

        /// Consecutive positions with the same topic form a group.
        static func groups(_ positions: [Position]) -> [Topic] {
            var groups: [Topic] = []
            for position in positions {
                if let last = groups.last, last.positions[0].topic == position.topic {
                    groups[groups.count - 1].positions.append(position)
                } else {
                    groups.append(Topic(label: position.topic, isOther: false, positions: [position]))
                }
            }
            if groups.contains(where: { $0.label != nil }), groups.last?.label == nil {
                groups[groups.count - 1].isOther = true
            }
            return groups
        }
    }

    /// A stated position.
    public struct Position: Sendable {
        /// The speaker's name, or "Unnamed source".
        public var speaker: String
        /// What is said, as the first report words it (a direct quote keeps its quote marks).
        public var quote: String
        /// The speech verb ("said", "warned", "according to").
        public var cue: String?
        /// `direct`, `reported` or `mixed`.
        public var kind: String
        public var isDirect: Bool
        /// How many independent sources report it; `isCorroborated` when more than one.
        public var corroboration: Int
        public var isCorroborated: Bool
        public var cites: [Cite]
        public var sourceNumber: Int
        public var sourceTitle: String
        /// The label of the speaker's topic this position belongs to, if it shares one.
        public var topic: String?

        init(_ position: BriefingPosition, _ citations: Citations) {
            let source = citations.reference(position.articleId)
            topic = nonEmpty(position.topic)
            speaker = nonEmpty(position.speaker) ?? "Unnamed source"
            quote = position.content
            cue = nonEmpty(position.cue)
            kind = position.kind.rawValue
            isDirect = position.kind == .direct
            corroboration = position.corroboration
            isCorroborated = position.corroboration > 1
            cites = citations.cites(position.reports, articleId: position.articleId, evidence: position.evidence)
            sourceNumber = source.number
            sourceTitle = source.title
        }
    }

    /// A commitment.
    public struct Commitment: Sendable {
        /// The actor's name, or "Unnamed actor".
        public var actor: String
        public var action: String
        /// "will" or "will not".
        public var polarity: String
        /// The commitment worded for reading: "will send troops …", "proposed a ban on …".
        public var statement: String
        public var isNegative: Bool
        /// The word family that carries the commitment ("pledged", "refused", …).
        public var modality: String
        public var condition: String?
        /// The carve-outs joined with "; ".
        public var limits: String?
        public var timeframe: String?
        public var corroboration: Int
        public var isCorroborated: Bool
        public var cites: [Cite]
        public var sourceNumber: Int
        public var sourceTitle: String

        init(_ commitment: BriefingCommitment, _ citations: Citations) {
            let source = citations.reference(commitment.articleId)
            let negative = commitment.polarity == .negative
            actor = nonEmpty(commitment.actor) ?? "Unnamed actor"
            action = commitment.action
            polarity = negative ? "will not" : "will"
            statement = commitment.statement
            isNegative = negative
            modality = commitment.modality
            condition = nonEmpty(commitment.condition)
            limits = nonEmpty(commitment.limits.joined(separator: "; "))
            timeframe = nonEmpty(commitment.timeframe)
            corroboration = commitment.corroboration
            isCorroborated = commitment.corroboration > 1
            cites = citations.cites(commitment.reports, articleId: commitment.articleId, evidence: commitment.evidence)
            sourceNumber = source.number
            sourceTitle = source.title
        }
    }

    /// An open question.
    public struct Question: Sendable {
        public var question: String
        /// `pending`, `conditional`, `disputed`, `uncertain` or `explicit`.
        public var kind: String
        /// The names of the actors involved, joined with ", ".
        public var actors: String?
        public var corroboration: Int
        public var isCorroborated: Bool
        public var cites: [Cite]
        public var sourceNumber: Int
        public var sourceTitle: String

        init(_ question: BriefingQuestion, _ citations: Citations) {
            let source = citations.reference(question.articleId)
            self.question = question.question
            kind = question.kind.rawValue
            actors = nonEmpty(question.actors.joined(separator: ", "))
            corroboration = question.corroboration
            isCorroborated = question.corroboration > 1
            cites = citations.cites(question.reports, articleId: question.articleId, evidence: question.evidence)
            sourceNumber = source.number
            sourceTitle = source.title
        }
    }
}

private func nonEmpty(_ text: String?) -> String? { BriefingContext.nonEmpty(text) }
