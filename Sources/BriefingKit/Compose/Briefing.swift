/// One day's briefing: every article's summary plus the actors, positions, commitments and
/// open questions of the day, merged across articles. Every item names the article it comes from
/// (`articleId`), so a renderer can cite its source.
///
/// This is the value the `Render` stage turns into Markdown, HTML or JSON.
public struct Briefing: Codable, Hashable, Sendable {
    /// The day, `YYYY-MM-DD`.
    public var date: String
    /// The tool that produced the briefing: always `"briefing"`.
    public var generatedBy: String
    /// The day's articles, in input order; a renderer numbers them from 1.
    public var sources: [BriefingSource]
    /// Actors merged across articles, most salient first.
    public var actors: [BriefingActor]
    /// Who said what, in article order.
    public var positions: [BriefingPosition]
    /// Who committed to what, in article order.
    public var commitments: [BriefingCommitment]
    /// What the articles leave unresolved, in article order.
    public var openQuestions: [BriefingQuestion]

    public init(date: String, generatedBy: String = "briefing", sources: [BriefingSource],
                actors: [BriefingActor], positions: [BriefingPosition], commitments: [BriefingCommitment],
                openQuestions: [BriefingQuestion]) {
        self.date = date
        self.generatedBy = generatedBy
        self.sources = sources
        self.actors = actors
        self.positions = positions
        self.commitments = commitments
        self.openQuestions = openQuestions
    }
}

/// What the composer needs of one article: its extraction record and its summary sentences
/// (chosen by the caller from the article text).
public struct BriefingInput: Sendable {
    public var record: ArticleRecord
    /// Up to three sentences that summarize the article, in reading order.
    public var summary: [String]

    public init(record: ArticleRecord, summary: [String]) {
        self.record = record
        self.summary = summary
    }
}

/// One article of the day.
public struct BriefingSource: Codable, Hashable, Sendable {
    /// The article's id, as in its `ArticleRecord`.
    public var id: String
    /// The input file the article was read from.
    public var path: String
    public var title: String?
    /// The outlet ("The Guardian"), if known.
    public var source: String?
    /// Publication date, `YYYY-MM-DD`, if known.
    public var published: String?
    public var url: String?
    /// Up to three sentences that summarize the article.
    public var summary: [String]

    public init(id: String, path: String, title: String?, source: String?, published: String?, url: String?,
                summary: [String]) {
        self.id = id
        self.path = path
        self.title = title
        self.source = source
        self.published = published
        self.url = url
        self.summary = summary
    }
}

/// An actor of the day, merged from the articles that mention it.
public struct BriefingActor: Codable, Hashable, Sendable {
    /// The id of the actor in the first article that gives its fullest name.
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var role: String?
    public var affiliation: String?
    /// 0…1 over the day: the sum of per-article salience, divided by the day's largest sum.
    public var salience: Double
    /// The articles that mention the actor, in article order.
    public var articleIds: [String]
    /// Mentions across all articles.
    public var mentionCount: Int
    /// Short forms of what the actor said, in article order.
    public var said: [String]
    /// What the actor committed to ("will send troops …", "will not …"), in article order.
    public var committed: [String]

    public init(id: String, name: String, kind: ActorKind, role: String?, affiliation: String?, salience: Double,
                articleIds: [String], mentionCount: Int, said: [String], committed: [String]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.role = role
        self.affiliation = affiliation
        self.salience = salience
        self.articleIds = articleIds
        self.mentionCount = mentionCount
        self.said = said
        self.committed = committed
    }
}

/// A stated position: who says, believes or claims what, in which article.
public struct BriefingPosition: Codable, Hashable, Sendable {
    /// The speaker's name, or nil for an unnamed source.
    public var speaker: String?
    /// The id of the speaker's `BriefingActor`, if the speaker is a known actor.
    public var speakerActorId: String?
    /// The speech or belief verb ("said", "according to").
    public var cue: String?
    /// What is said.
    public var content: String
    public var kind: PositionKind
    public var articleId: String
    /// The span of the content in the article.
    public var evidence: Span

    public init(speaker: String?, speakerActorId: String?, cue: String?, content: String, kind: PositionKind,
                articleId: String, evidence: Span) {
        self.speaker = speaker
        self.speakerActorId = speakerActorId
        self.cue = cue
        self.content = content
        self.kind = kind
        self.articleId = articleId
        self.evidence = evidence
    }
}

/// Something an actor pledged, offered or refused, in which article.
public struct BriefingCommitment: Codable, Hashable, Sendable {
    /// The name of the actor who is bound, if known.
    public var actor: String?
    /// The id of that actor's `BriefingActor`, if the actor is a known actor.
    public var actorId: String?
    public var action: String
    /// The word family carrying the commitment (`will`, `pledged`, `refused`, …).
    public var modality: String
    public var polarity: Polarity
    public var limits: [String]
    public var condition: String?
    public var timeframe: String?
    public var articleId: String
    /// The clause that states the commitment.
    public var evidence: Span

    public init(actor: String?, actorId: String?, action: String, modality: String, polarity: Polarity,
                limits: [String], condition: String?, timeframe: String?, articleId: String, evidence: Span) {
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
    }
}

/// Something an article leaves unresolved.
public struct BriefingQuestion: Codable, Hashable, Sendable {
    /// The question in plain words.
    public var question: String
    public var kind: OpenQuestionKind
    /// Names of the actors involved.
    public var actors: [String]
    public var articleId: String
    /// The span that raises the question.
    public var evidence: Span

    public init(question: String, kind: OpenQuestionKind, actors: [String], articleId: String, evidence: Span) {
        self.question = question
        self.kind = kind
        self.actors = actors
        self.articleId = articleId
        self.evidence = evidence
    }
}
