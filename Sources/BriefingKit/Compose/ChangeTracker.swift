/// Compares today's briefing with the previous one: which actors and commitments are new, which
/// open questions now look answered, and which are still open. A question looks answered when
/// its subject appears in a new commitment or in a statement of today: the commitment's actor
/// or the speaker is one of the question's actors, and it shares at least two of the question's
/// topic words (salient words, `TopicGrouper.salientWords`, other than the actors' names). A
/// question that names no actor has no subject to look for and stays open.
struct ChangeTracker: Sendable {
    /// Topic words a question and an answer must share.
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

        // Today's statements that could answer a question: new commitments, then positions.
        let answers: [Answer] = newCommitments.map { commitment in
            return Answer(actors: Self.names(commitment.actor, today), text: commitment.statement,
                          actor: commitment.actor, words: Set(TopicGrouper.salientWords(commitment.action).keys),
                          reports: commitment.reports)
        } + today.positions.map { position in
            Answer(actors: Self.names(position.speaker, today), text: position.content, actor: position.speaker,
                   words: Set(TopicGrouper.salientWords(position.content).keys), reports: position.reports)
        }

        var answered: [BriefingChanges.AnsweredQuestion] = []
        var stillOpen: [BriefingChanges.OpenQuestion] = []
        let todaysQuestions = today.openQuestions.map { WordProfile($0.question) }
        var answersByActor: [String: [Int]] = [:]
        for (index, answer) in answers.enumerated() {
            for name in answer.actors { answersByActor[name, default: []].append(index) }
        }
        for question in previous.openQuestions {
            let subject = Subject(question)
            let candidates = Set(subject.actors.flatMap { answersByActor[$0] ?? [] }).sorted()
            if let answer = candidates.lazy.map({ answers[$0] }).first(where: subject.isAnswered) {
                answered.append(.init(question: question.question, answer: answer.text, actor: answer.actor,
                                      reports: answer.reports))
            } else {
                let profile = WordProfile(question.question)
                let again = todaysQuestions.contains { $0.similarity(to: profile) >= 0.5 }
                stillOpen.append(.init(question: question.question, raisedAgain: again))
            }
        }
        return BriefingChanges(previousDate: previous.date, newActors: newActors, newCommitments: newCommitments,
                               answeredQuestions: answered, stillOpen: stillOpen)
    }

    /// A statement of today that could answer a question: who makes it and its salient words.
    private struct Answer {
        var actors: Set<String>
        var text: String
        var actor: String?
        var words: Set<String>
        var reports: [BriefingReport]
    }

    /// What a question is about: its actors and its topic words (salient words, without the
    /// words of the actors' names).
    private struct Subject {
        var actors: Set<String>
        var topic: Set<String>

        init(_ question: PreviousBriefing.Question) {
            actors = Set(question.actors.map(ComposeOptions.folded))
            let nameWords = Set(actors.flatMap { $0.split(separator: " ").map(String.init) })
            topic = Set(TopicGrouper.salientWords(question.question).keys).subtracting(nameWords)
        }

        /// Whether `answer` is by one of the question's actors and shares `sharedWords` of its topic words.
        func isAnswered(by answer: Answer) -> Bool {
            !actors.isDisjoint(with: answer.actors) && topic.intersection(answer.words).count >= ChangeTracker.sharedWords
        }
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
