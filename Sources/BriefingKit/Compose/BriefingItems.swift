/// One source's report of an item: the article, its outlet and the exact evidence span.
public struct BriefingReport: Codable, Hashable, Sendable {
    public var articleId: String
    /// The article's outlet, if known.
    public var outlet: String?
    /// The span in the article that states the item.
    public var evidence: Span
    /// The id of the `BriefingPassage` that shows the span in its paragraph.
    public var passageId: String

    public init(articleId: String, outlet: String?, evidence: Span, passageId: String) {
        self.articleId = articleId
        self.outlet = outlet
        self.evidence = evidence
        self.passageId = passageId
    }
}

/// A stated position: who says, believes or claims what, with every source that reports it.
public struct BriefingPosition: Codable, Hashable, Sendable {
    /// The speaker's name, or nil for an unnamed source.
    public var speaker: String?
    /// The id of the speaker's `BriefingActor`, if the speaker is a known actor.
    public var speakerActorId: String?
    /// The speech or belief verb ("said", "according to") of the first report.
    public var cue: String?
    /// What is said, as the first report words it.
    public var content: String
    public var kind: PositionKind
    /// The first report's article.
    public var articleId: String
    /// The span of the content in the first report's article.
    public var evidence: Span
    /// Every report of this position (near-identical wording), in source order.
    public var reports: [BriefingReport]
    /// How many independent sources (distinct outlets; an article without outlet counts alone) report it.
    public var corroboration: Int
    /// The topic the speaker's position belongs to, named by the words its positions share
    /// (`TopicGrouper`); nil when it shares a topic with no other position of the speaker.
    public var topic: String?

    public init(speaker: String?, speakerActorId: String?, cue: String?, content: String, kind: PositionKind,
                articleId: String, evidence: Span, reports: [BriefingReport] = [], corroboration: Int = 1,
                topic: String? = nil) {
        self.topic = topic
        self.speaker = speaker
        self.speakerActorId = speakerActorId
        self.cue = cue
        self.content = content
        self.kind = kind
        self.articleId = articleId
        self.evidence = evidence
        self.reports = reports
        self.corroboration = corroboration
    }
}

/// Something an actor pledged, offered or refused, with every source that reports it.
public struct BriefingCommitment: Codable, Hashable, Sendable {
    /// The name of the actor who is bound, if known.
    public var actor: String?
    /// The id of that actor's `BriefingActor`, if the actor is a known actor.
    public var actorId: String?
    public var action: String
    /// The word family carrying the commitment (`will`, `pledged`, `refused`, …).
    public var modality: String
    public var polarity: Polarity
    /// Carve-outs, from all reports, without repeats.
    public var limits: [String]
    public var condition: String?
    public var timeframe: String?
    /// The first report's article.
    public var articleId: String
    /// The clause that states the commitment in the first report.
    public var evidence: Span
    /// Every report of this commitment, in source order.
    public var reports: [BriefingReport]
    /// How many independent sources report it.
    public var corroboration: Int

    public init(actor: String?, actorId: String?, action: String, modality: String, polarity: Polarity,
                limits: [String], condition: String?, timeframe: String?, articleId: String, evidence: Span,
                reports: [BriefingReport] = [], corroboration: Int = 1) {
        self.actor = actor
        self.actorId = actorId
        self.action = action
        self.modality = modality
        self.polarity = polarity
        self.limits = limits
        self.condition = condition
        self.timeframe = timeframe
        self.articleId = articleId
        self.evidence = evidence
        self.reports = reports
        self.corroboration = corroboration
    }
}

extension BriefingCommitment {
    /// The commitment worded for reading ("will send troops …", "proposed a ban on …").
    public var statement: String {
        CommitmentWording.statement(action: action, modality: modality, polarity: polarity)
    }
}

/// Something the articles leave unresolved, with every source that raises it.
public struct BriefingQuestion: Codable, Hashable, Sendable {
    /// The question in plain words.
    public var question: String
    public var kind: OpenQuestionKind
    /// Names of the actors involved.
    public var actors: [String]
    /// The first report's article.
    public var articleId: String
    /// The span that raises the question in the first report.
    public var evidence: Span
    /// Every report of this question, in source order.
    public var reports: [BriefingReport]
    /// How many independent sources raise it.
    public var corroboration: Int

    public init(question: String, kind: OpenQuestionKind, actors: [String], articleId: String, evidence: Span,
                reports: [BriefingReport] = [], corroboration: Int = 1) {
        self.question = question
        self.kind = kind
        self.actors = actors
        self.articleId = articleId
        self.evidence = evidence
        self.reports = reports
        self.corroboration = corroboration
    }
}

/// Two or more sources that attribute contradictory things to the same actor.
public struct BriefingConflict: Codable, Hashable, Sendable {
    /// What contradicts what.
    public enum Kind: String, Codable, Sendable {
        /// One side says the actor will, the other that it will not.
        case polarity
        /// The sides give different numbers for the same thing.
        case numbers
    }

    public var kind: Kind
    /// The actor the sides are about, if known.
    public var actor: String?
    public var actorId: String?
    /// The contradicting statements, each with its reports; sources in canonical order.
    public var sides: [Side]

    /// One version of the story.
    public struct Side: Codable, Hashable, Sendable {
        /// The statement as the first report words it ("will approve the budget", a quote).
        public var statement: String
        public var reports: [BriefingReport]
        public var corroboration: Int

        public init(statement: String, reports: [BriefingReport], corroboration: Int) {
            self.statement = statement
            self.reports = reports
            self.corroboration = corroboration
        }
    }

    public init(kind: Kind, actor: String?, actorId: String?, sides: [Side]) {
        self.kind = kind
        self.actor = actor
        self.actorId = actorId
        self.sides = sides
    }
}

/// One of the day's most important developments, chosen by salience and corroboration.
public struct BriefingDevelopment: Codable, Hashable, Sendable {
    /// Where the development comes from.
    public enum Kind: String, Codable, Sendable { case conflict, commitment, position }

    public var kind: Kind
    /// The actor concerned, if known.
    public var actor: String?
    /// One line: what happened, in the sources' words.
    public var headline: String
    public var reports: [BriefingReport]
    public var corroboration: Int
    /// The ranking score (higher is more important), kept for transparency.
    public var score: Double

    public init(kind: Kind, actor: String?, headline: String, reports: [BriefingReport], corroboration: Int,
                score: Double) {
        self.kind = kind
        self.actor = actor
        self.headline = headline
        self.reports = reports
        self.corroboration = corroboration
        self.score = score
    }
}

/// An evidence span in its paragraph, for the appendix: `before` + `evidence.text` + `after`
/// is the paragraph (or a window of it, cut at "…").
public struct BriefingPassage: Codable, Hashable, Sendable {
    /// `ev-<source number>-<start>-<end>`: stable for the same input.
    public var id: String
    public var articleId: String
    public var evidence: Span
    /// The paragraph's text before the span.
    public var before: String
    /// The paragraph's text after the span.
    public var after: String

    public init(id: String, articleId: String, evidence: Span, before: String, after: String) {
        self.id = id
        self.articleId = articleId
        self.evidence = evidence
        self.before = before
        self.after = after
    }
}
