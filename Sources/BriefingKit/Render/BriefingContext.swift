/// What the briefing templates see: a `Briefing` arranged for reading, with sources numbered
/// from 1 so that every item can cite them, each citation linking to its evidence passage
/// (`[1](#ev-1-310-322)`), sections cut to `maxItems` with the rest in an appendix, and flags
/// to skip empty sections.
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
    /// The articles shown with their summaries (at most `maxItems`).
    public var articles: [Source]
    /// How many articles are listed only under Sources.
    public var moreArticleCount: Int
    public var hasMoreArticles: Bool
    public var topDevelopments: [Development]
    public var hasTopDevelopments: Bool
    public var changes: Changes?
    public var watchlist: String?
    public var keyActors: [Actor]
    public var hasKeyActors: Bool
    public var conflicts: [Conflict]
    public var hasConflicts: Bool
    /// The shown positions, grouped by speaker.
    public var speakers: [Speaker]
    /// The shown positions, in speaker order.
    public var positions: [Position]
    public var hasPositions: Bool
    public var commitments: [Commitment]
    public var hasCommitments: Bool
    public var questions: [Question]
    public var hasQuestions: Bool
    /// Items beyond `maxItems`, for the appendix.
    public var morePositions: [Position]
    public var moreCommitments: [Commitment]
    public var moreQuestions: [Question]
    public var hasMore: Bool
    /// Every article with the evidence passages cited from it, for the HTML appendix.
    public var evidence: [EvidenceSource]

    /// Arranges `briefing` for the templates, showing at most `maxItems` items per section
    /// (all when nil).
    public init(_ briefing: Briefing, maxItems: Int? = nil) {
        let limit = max(maxItems ?? Int.max, 1)
        let citations = Citations(briefing)
        let sources = citations.sources

        date = briefing.date
        generatedBy = briefing.generatedBy
        title = "Briefing — \(briefing.date)"
        self.sources = sources
        sourceCount = sources.count
        hasSources = !sources.isEmpty
        articles = Array(sources.prefix(limit))
        moreArticleCount = sources.count - articles.count
        hasMoreArticles = moreArticleCount > 0
        watchlist = Self.nonEmpty(briefing.watchlist.joined(separator: ", "))

        topDevelopments = briefing.topDevelopments.map { Development($0, citations) }
        hasTopDevelopments = !topDevelopments.isEmpty
        changes = briefing.changes.map { Changes($0, citations, limit: limit) }

        // Watched actors come first in `briefing.actors`; all of them are key actors.
        let watchedCount = briefing.actors.prefix(while: \.watched).count
        keyActors = briefing.actors.prefix(max(Self.keyActorLimit, watchedCount)).map { Actor($0, citations, in: briefing) }
        hasKeyActors = !keyActors.isEmpty

        conflicts = briefing.conflicts.prefix(limit).map { Conflict($0, citations) }
        hasConflicts = !conflicts.isEmpty

        let allPositions = briefing.positions.map { Position($0, citations) }
        positions = Array(allPositions.prefix(limit))
        morePositions = Array(allPositions.dropFirst(limit))
        speakers = Speaker.groups(positions)
        hasPositions = !positions.isEmpty

        let allCommitments = briefing.commitments.map { Commitment($0, citations) }
        commitments = Array(allCommitments.prefix(limit))
        moreCommitments = Array(allCommitments.dropFirst(limit))
        hasCommitments = !commitments.isEmpty

        let allQuestions = briefing.openQuestions.map { Question($0, citations) }
        questions = Array(allQuestions.prefix(limit))
        moreQuestions = Array(allQuestions.dropFirst(limit))
        hasQuestions = !questions.isEmpty
        hasMore = !(morePositions.isEmpty && moreCommitments.isEmpty && moreQuestions.isEmpty)

        evidence = EvidenceSource.all(briefing, sources: sources)
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}
