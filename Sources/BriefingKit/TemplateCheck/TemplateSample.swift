/// A small, complete briefing built into the tool: two articles, and at least one of every
/// item a template can show (every list has an element, every optional value is present).
///
/// `briefing templates check` renders the templates with it, and reads from it which
/// variables a template may use, so it works from any folder without input files.
public enum TemplateSample {
    /// The sample day.
    public static let briefing: Briefing = {
        let guardian = "uk-troops-ukraine", times = "hegseth-healey-talks"
        let troops = report(guardian, "The Guardian", 162, "UK is willing to send troops to defend Ukraine's skies and seas")
        let ready = report(guardian, "The Guardian", 720, "We are ready to lead")
        let talks = report(times, "The Times", 88, "Healey will meet Pete Hegseth in Washington on Thursday")
        let refuse = report(times, "The Times", 410, "Britain will not send troops to the frontline")
        let numbers = report(times, "The Times", 512, "10,000 troops")
        let question = report(times, "The Times", 640, "what the US will be willing to commit")
        let reports = [troops, ready, talks, refuse, numbers, question]

        let commitment = BriefingCommitment(
            actor: "United Kingdom", actorId: "united-kingdom", action: "send troops to defend Ukraine's skies and seas",
            modality: "willing", polarity: .positive, limits: ["not to the frontline with Russia"],
            condition: "if a ceasefire is agreed", timeframe: "on Wednesday", articleId: guardian,
            evidence: troops.evidence, reports: [troops, refuse], corroboration: 2)
        return Briefing(
            date: "2026-11-24",
            sources: [
                BriefingSource(id: guardian, path: "articles/2026-11-24/uk-troops-ukraine.txt",
                               title: "UK to offer troops to defend Ukraine's skies and ports in Pentagon talks",
                               source: "The Guardian", published: "2026-11-24",
                               url: "https://www.theguardian.com/world/uk-troops-ukraine",
                               summary: ["The UK will offer troops to defend Ukraine's skies and seas.",
                                         "Tony Radakin will attend meetings at the Pentagon on Wednesday."]),
                BriefingSource(id: times, path: "articles/2026-11-24/hegseth-healey-talks.txt",
                               title: "Hegseth to meet Healey as allies weigh guarantees", source: "The Times",
                               published: "2026-11-24", url: "https://www.thetimes.com/world/hegseth-healey",
                               summary: ["John Healey will meet Pete Hegseth in Washington on Thursday."]),
            ],
            actors: [
                BriefingActor(id: "john-healey", name: "John Healey", kind: .person, role: "defence secretary",
                              affiliation: "United Kingdom", salience: 1, articleIds: [guardian, times],
                              mentionCount: 6, said: ["'We are ready to lead'"],
                              committed: ["will meet Pete Hegseth in Washington on Thursday"],
                              aliases: ["Healey"], watched: true),
                BriefingActor(id: "united-kingdom", name: "United Kingdom", kind: .country, role: "government",
                              affiliation: "Coalition of the willing", salience: 0.8, articleIds: [guardian],
                              mentionCount: 4, said: ["it is willing to send troops"],
                              committed: ["will send troops to defend Ukraine's skies and seas"], aliases: ["UK", "Britain"]),
            ],
            positions: [
                BriefingPosition(speaker: "John Healey", speakerActorId: "john-healey", cue: "said",
                                 content: "'We are ready to lead'", kind: .direct, articleId: guardian,
                                 evidence: ready.evidence, reports: [ready, talks], corroboration: 2, topic: "troops, ukraine"),
                BriefingPosition(speaker: "John Healey", speakerActorId: "john-healey", cue: "told reporters",
                                 content: "the talks would settle the numbers", kind: .reported, articleId: times,
                                 evidence: talks.evidence, reports: [talks], topic: "troops, ukraine"),
            ],
            commitments: [commitment,
                          BriefingCommitment(actor: "John Healey", actorId: "john-healey",
                                             action: "meet Pete Hegseth in Washington", modality: "will",
                                             polarity: .positive, limits: ["only if invited"], condition: "if the talks go ahead",
                                             timeframe: "on Thursday", articleId: times, evidence: talks.evidence,
                                             reports: [talks])],
            openQuestions: [
                BriefingQuestion(question: "What will the US be willing to commit?", kind: .pending,
                                 actors: ["United States", "John Healey"], articleId: times, evidence: question.evidence,
                                 reports: [question]),
                BriefingQuestion(question: "Will the troops stay away from the frontline?", kind: .uncertain,
                                 actors: ["United Kingdom"], articleId: guardian, evidence: troops.evidence,
                                 reports: [troops]),
            ],
            conflicts: [BriefingConflict(kind: .numbers, actor: "United Kingdom", actorId: "united-kingdom", sides: [
                .init(statement: "will send 10,000 troops", reports: [numbers], corroboration: 1),
                .init(statement: "will send 5,000 troops", reports: [troops], corroboration: 1),
            ])],
            topDevelopments: [
                BriefingDevelopment(kind: .commitment, actor: "United Kingdom",
                                    headline: "will send troops to defend Ukraine's skies and seas",
                                    reports: [troops, refuse], corroboration: 2, score: 3),
                BriefingDevelopment(kind: .conflict, actor: "United Kingdom",
                                    headline: "Sources disagree: “10,000 troops” vs “5,000 troops”",
                                    reports: [numbers, troops], corroboration: 2, score: 2),
            ],
            changes: BriefingChanges(
                previousDate: "2026-11-23", newActors: ["Pete Hegseth"], newCommitments: [commitment],
                answeredQuestions: [.init(question: "Will Healey travel to Washington?",
                                          answer: "will meet Pete Hegseth in Washington on Thursday",
                                          actor: "John Healey", reports: [talks])],
                stillOpen: [.init(question: "Who will lead the coalition?", raisedAgain: true)]),
            passages: reports.map { report in
                BriefingPassage(id: report.passageId, articleId: report.articleId, evidence: report.evidence,
                                before: "Officials said the ", after: ", as planning intensifies.")
            },
            watchlist: ["Healey"])
    }()

    /// A report of `text` at scalar offset `start` in the article `articleId`.
    private static func report(_ articleId: String, _ outlet: String, _ start: Int, _ text: String) -> BriefingReport {
        let end = start + text.unicodeScalars.count
        let number = articleId == "uk-troops-ukraine" ? 1 : 2
        return BriefingReport(articleId: articleId, outlet: outlet, evidence: Span(start: start, end: end, text: text),
                              passageId: "ev-\(number)-\(start)-\(end)")
    }
}
