import Testing
@testable import BriefingKit

@Suite struct BriefingComposerTests {
    static func span(_ text: String) -> Span { Span(start: 0, end: text.unicodeScalars.count, text: text) }

    static func article(_ id: String, actors: [ActorRecord], positions: [PositionRecord] = [],
                        commitments: [CommitmentRecord] = [], questions: [OpenQuestionRecord] = []) -> BriefingInput {
        BriefingInput(
            record: ArticleRecord(id: id, path: "articles/\(id).txt", title: "Title \(id)", source: "Outlet",
                                  published: "2026-11-24", publishedBasis: .stated, url: nil, text: nil, removed: [],
                                  actors: actors, positions: positions, commitments: commitments,
                                  openQuestions: questions),
            summary: ["One.", "Two.", "Three.", "Four."])
    }

    static let day: [BriefingInput] = [
        article("a", actors: [
            ActorRecord(id: "john-healey", name: "John Healey", kind: .person, role: "defence secretary",
                        salience: 0.9, mentions: [span("John Healey"), span("Healey")]),
            ActorRecord(id: "united-kingdom", name: "United Kingdom", kind: .country, salience: 0.5,
                        mentions: [span("UK")]),
        ], positions: [
            PositionRecord(speaker: ActorReference(actor: "john-healey", name: "John Healey", mention: span("Healey")),
                           cue: span("said"), content: span("'We are ready'"), kind: .direct),
        ], commitments: [
            CommitmentRecord(actor: ActorReference(actor: "united-kingdom", name: "United Kingdom", mention: nil),
                             action: "send troops", modality: "willing", polarity: .positive,
                             limits: ["not to the frontline"], evidence: span("UK is willing to send troops")),
        ]),
        article("b", actors: [
            ActorRecord(id: "healey", name: "Healey", kind: .person, salience: 0.6, mentions: [span("Healey")]),
            ActorRecord(id: "uk", name: "united kingdom", kind: .country, salience: 0.2, mentions: [span("UK")]),
            ActorRecord(id: "pete-hegseth", name: "Pete Hegseth", kind: .person, salience: 0.3,
                        mentions: [span("Pete Hegseth")]),
        ], questions: [
            OpenQuestionRecord(question: "Will the US commit?", kind: .pending, actors: ["pete-hegseth", "healey"],
                               evidence: span("It is unclear")),
        ]),
    ]

    @Test func mergesActorsAcrossArticlesAndRanksThem() {
        let briefing = BriefingComposer().compose(date: "2026-11-24", articles: Self.day)
        #expect(briefing.actors.map(\.name) == ["John Healey", "United Kingdom", "Pete Hegseth"])
        let healey = briefing.actors[0]
        #expect(healey.id == "john-healey")
        #expect(healey.salience == 1)
        #expect(healey.articleIds == ["a", "b"])
        #expect(healey.mentionCount == 3)
        #expect(healey.role == "defence secretary")
        #expect(healey.said == ["'We are ready'"])
        #expect(briefing.actors[1].committed == ["will send troops"])
        #expect(briefing.actors[1].salience == 0.4667)
        #expect(briefing.openQuestions.first?.actors == ["Pete Hegseth", "John Healey"])
        #expect(briefing.sources.map(\.summary.count) == [3, 3])
        #expect(briefing.positions.first?.articleId == "a")
    }

    @Test func doesNotMergeAmbiguousSurnames() {
        let day = [
            Self.article("a", actors: [ActorRecord(id: "ann-smith", name: "Ann Smith", kind: .person, salience: 1)]),
            Self.article("b", actors: [ActorRecord(id: "bob-smith", name: "Bob Smith", kind: .person, salience: 1)]),
            Self.article("c", actors: [ActorRecord(id: "smith", name: "Smith", kind: .person, salience: 1)]),
        ]
        let briefing = BriefingComposer().compose(date: "2026-11-24", articles: day)
        #expect(briefing.actors.map(\.name) == ["Ann Smith", "Bob Smith", "Smith"])
    }

    @Test func composingTwiceGivesTheSameBriefing() {
        let composer = BriefingComposer()
        #expect(composer.compose(date: "d", articles: Self.day) == composer.compose(date: "d", articles: Self.day))
    }

    @Test func rendersAReadableBriefing() throws {
        let briefing = BriefingComposer().compose(date: "2026-11-24", articles: Self.day)
        let markdown = try MarkdownRenderer(templates: TemplateSet()).render(briefing)
        #expect(markdown.contains("- **John Healey**, defence secretary — [1] [2]"))
        #expect(markdown.contains("- **United Kingdom** will send troops (willing) [1](#ev-1-0-28)\n  - limits: not to the frontline"))
        #expect(markdown.contains("1. Title a — Outlet — 2026-11-24 — articles/a.txt"))
    }
}
