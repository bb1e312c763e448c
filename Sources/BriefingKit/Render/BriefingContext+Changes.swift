extension BriefingContext {
    /// What changed since the previous briefing.
    public struct Changes: Sendable {
        public var previousDate: String
        /// New actors' names joined with ", " (at most `maxItems`).
        public var newActors: String?
        public var newCommitments: [Commitment]
        public var hasNewCommitments: Bool
        public var answered: [Answered]
        public var hasAnswered: Bool
        public var stillOpen: [StillOpen]
        public var hasStillOpen: Bool

        /// A question of the previous briefing that now looks answered.
        public struct Answered: Sendable {
            public var question: String
            public var answer: String
            public var actor: String?
            public var cites: [Cite]
        }

        /// A question of the previous briefing still open.
        public struct StillOpen: Sendable {
            public var question: String
            public var raisedAgain: Bool
        }

        init(_ changes: BriefingChanges, _ citations: Citations, limit: Int) {
            previousDate = changes.previousDate
            newActors = nonEmptyList(changes.newActors.prefix(limit))
            newCommitments = changes.newCommitments.prefix(limit).map { Commitment($0, citations) }
            hasNewCommitments = !newCommitments.isEmpty
            answered = changes.answeredQuestions.prefix(limit).map { answered in
                Answered(question: answered.question, answer: answered.answer,
                         actor: BriefingContext.nonEmpty(answered.actor), cites: citations.cites(answered.reports))
            }
            hasAnswered = !answered.isEmpty
            stillOpen = changes.stillOpen.prefix(limit).map { StillOpen(question: $0.question, raisedAgain: $0.raisedAgain) }
            hasStillOpen = !stillOpen.isEmpty
        }
    }
}

private func nonEmptyList(_ names: ArraySlice<String>) -> String? {
    BriefingContext.nonEmpty(names.joined(separator: ", "))
}
