/// What changed since the previous briefing.
public struct BriefingChanges: Codable, Hashable, Sendable {
    /// The previous briefing's day.
    public var previousDate: String
    /// Actors of today (most salient first) that the previous briefing did not name.
    public var newActors: [String]
    /// Today's commitments the previous briefing did not have.
    public var newCommitments: [BriefingCommitment]
    /// Questions that were open and now look answered.
    public var answeredQuestions: [AnsweredQuestion]
    /// Questions that were open and still are.
    public var stillOpen: [OpenQuestion]

    /// A previous open question whose subject appears in a commitment or statement of today.
    public struct AnsweredQuestion: Codable, Hashable, Sendable {
        public var question: String
        /// The commitment or statement that looks like an answer, as worded today.
        public var answer: String
        /// Who gave it, if known.
        public var actor: String?
        public var reports: [BriefingReport]

        public init(question: String, answer: String, actor: String?, reports: [BriefingReport]) {
            self.question = question
            self.answer = answer
            self.actor = actor
            self.reports = reports
        }
    }

    /// A previous open question with no answer today.
    public struct OpenQuestion: Codable, Hashable, Sendable {
        public var question: String
        /// Whether today's articles raise it again.
        public var raisedAgain: Bool

        public init(question: String, raisedAgain: Bool) {
            self.question = question
            self.raisedAgain = raisedAgain
        }
    }

    public init(previousDate: String, newActors: [String], newCommitments: [BriefingCommitment],
                answeredQuestions: [AnsweredQuestion], stillOpen: [OpenQuestion]) {
        self.previousDate = previousDate
        self.newActors = newActors
        self.newCommitments = newCommitments
        self.answeredQuestions = answeredQuestions
        self.stillOpen = stillOpen
    }
}
