/// Compares today's briefing with the previous one: which actors and commitments are new, which
/// open questions now look answered — a commitment or statement of today shares the question's
/// actor and at least two of its content words — and which are still open.
struct ChangeTracker: Sendable {
    /// Content words a question and an answer must share.
    static let sharedWords = 2

    func changes(today: Briefing, previous: PreviousBriefing) -> BriefingChanges {
        let knownNames = Set(previous.actors.flatMap { [$0.name] + ($0.aliases ?? []) }.map(ComposeOptions.folded))
        let newActors = today.actors.filter { actor in
            actor.kind != .group
                && !([actor.name] + actor.aliases).contains { knownNames.contains(ComposeOptions.folded($0)) }
        }.map(\.name)

        let oldCommitments = previous.commitments.map { commitment in
            (actor: commitment.actor.map(ComposeOptions.folded), profile: Self.profile(commitment.action, commitment.polarity))
        }
        let newCommitments = today.commitments.filter { commitment in
            let profile = Self.profile(commitment.action, commitment.polarity)
            let actor = commitment.actor.map(ComposeOptions.folded)
            return !oldCommitments.contains { $0.actor == actor && $0.profile.isNearDuplicate(of: profile) }
        }

        // Today's statements that could answer a question: commitments, then positions.
        let answers: [(actors: Set<String>, text: String, actor: String?, profile: WordProfile, reports: [BriefingReport])] =
            today.commitments.map { commitment in
                let verb = commitment.polarity == .negative ? "will not" : "will"
                return (Self.names(commitment.actor, today), "\(verb) \(commitment.action)", commitment.actor,
                        WordProfile(commitment.action), commitment.reports)
            } + today.positions.map { position in
                (Self.names(position.speaker, today), position.content, position.speaker,
                 WordProfile(position.content), position.reports)
            }

        var answered: [BriefingChanges.AnsweredQuestion] = []
        var stillOpen: [BriefingChanges.OpenQuestion] = []
        let todaysQuestions = today.openQuestions.map { WordProfile($0.question) }
        for question in previous.openQuestions {
            let profile = WordProfile(question.question)
            let actors = Set(question.actors.map(ComposeOptions.folded))
            let answer = answers.first { answer in
                !actors.isDisjoint(with: answer.actors)
                    && profile.words.intersection(answer.profile.words).count >= Self.sharedWords
            }
            if let answer {
                answered.append(.init(question: question.question, answer: answer.text, actor: answer.actor,
                                      reports: answer.reports))
            } else {
                let again = todaysQuestions.contains { $0.similarity(to: profile) >= 0.5 }
                stillOpen.append(.init(question: question.question, raisedAgain: again))
            }
        }
        return BriefingChanges(previousDate: previous.date, newActors: newActors, newCommitments: newCommitments,
                               answeredQuestions: answered, stillOpen: stillOpen)
    }

    /// The folded names an actor goes by today (its name and aliases), from a display name.
    private static func names(_ name: String?, _ today: Briefing) -> Set<String> {
        guard let name else { return [] }
        let folded = ComposeOptions.folded(name)
        guard let actor = today.actors.first(where: { ComposeOptions.folded($0.name) == folded }) else { return [folded] }
        return Set(([actor.name] + actor.aliases).map(ComposeOptions.folded))
    }

    private static func profile(_ action: String, _ polarity: Polarity) -> WordProfile {
        var profile = WordProfile(action)
        profile.isNegated = polarity == .negative
        return profile
    }
}
