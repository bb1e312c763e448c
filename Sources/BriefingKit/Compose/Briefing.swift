/// One day's briefing: the day's articles, and the actors, positions, commitments and open
/// questions of the day merged across them, with corroboration, conflicts, the most important
/// developments and, when a previous briefing exists, what changed since. Every item lists the
/// reports it comes from (article and exact evidence span), so a renderer can cite each source.
///
/// This is the value the `Render` stage turns into Markdown, HTML or JSON.
public struct Briefing: Codable, Hashable, Sendable {
    /// The day, `YYYY-MM-DD`.
    public var date: String
    /// The tool that produced the briefing: always `"briefing"`.
    public var generatedBy: String
    /// The day's articles in a canonical order (date, outlet, id), independent of input order;
    /// a renderer numbers them from 1.
    public var sources: [BriefingSource]
    /// Actors merged across articles: watchlist actors first, then the most salient.
    public var actors: [BriefingActor]
    /// Who said what, merged across articles, grouped by speaker (speakers in actor order).
    public var positions: [BriefingPosition]
    /// Who committed to what, merged across articles, most corroborated first.
    public var commitments: [BriefingCommitment]
    /// What the articles leave unresolved, merged across articles, most corroborated first.
    public var openQuestions: [BriefingQuestion]
    /// Contradictory reports about the same actor, side by side.
    public var conflicts: [BriefingConflict]
    /// The three to five most important developments of the day.
    public var topDevelopments: [BriefingDevelopment]
    /// What changed since the previous briefing, if there was one.
    public var changes: BriefingChanges?
    /// Every evidence span an item cites, with the paragraph around it, by `id`.
    public var passages: [BriefingPassage]
    /// The names the user asked to follow (`--actor`), as given.
    public var watchlist: [String]

    public init(date: String, generatedBy: String = "briefing", sources: [BriefingSource],
                actors: [BriefingActor], positions: [BriefingPosition], commitments: [BriefingCommitment],
                openQuestions: [BriefingQuestion], conflicts: [BriefingConflict] = [],
                topDevelopments: [BriefingDevelopment] = [], changes: BriefingChanges? = nil,
                passages: [BriefingPassage] = [], watchlist: [String] = []) {
        self.date = date
        self.generatedBy = generatedBy
        self.sources = sources
        self.actors = actors
        self.positions = positions
        self.commitments = commitments
        self.openQuestions = openQuestions
        self.conflicts = conflicts
        self.topDevelopments = topDevelopments
        self.changes = changes
        self.passages = passages
        self.watchlist = watchlist
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
    /// The id of the actor in the first article that gives its display name.
    public var id: String
    /// The fullest name the articles give, without titles ("Barack Obama", not "US President Barack Obama").
    public var name: String
    public var kind: ActorKind
    public var role: String?
    public var affiliation: String?
    /// 0…1 over the day: the sum of per-article salience, divided by the day's largest sum.
    public var salience: Double
    /// The articles that mention the actor, in source order.
    public var articleIds: [String]
    /// Mentions across all articles.
    public var mentionCount: Int
    /// Short forms of what the actor said, in source order.
    public var said: [String]
    /// What the actor committed to ("will send troops …", "will not …"), in source order.
    public var committed: [String]
    /// The other names the articles use for the actor ("Obama", "President Obama"), sorted.
    public var aliases: [String]
    /// Whether the actor is on the user's watchlist.
    public var watched: Bool

    public init(id: String, name: String, kind: ActorKind, role: String?, affiliation: String?, salience: Double,
                articleIds: [String], mentionCount: Int, said: [String], committed: [String],
                aliases: [String] = [], watched: Bool = false) {
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
        self.aliases = aliases
        self.watched = watched
    }
}
