import Testing
@testable import BriefingKit

/// Extraction on small invented articles: each test states what a reader of the briefing
/// relies on (who said it, who committed to what, what is still open).
@Suite struct ExtractionTests {
    static let headline = "Town hall row over bridge and taxes\n"

    @Test func directQuoteWithAppositionAndColon() throws {
        let record = try TestSupport.record(Self.headline + "Jane Roe, the mayor, said: \"We will rebuild the bridge.\"\n")
        let position = try #require(record.positions.first { $0.content.text.contains("We will rebuild the bridge.") })
        #expect(position.kind == .direct)
        #expect(position.speaker?.mention?.text == "Jane Roe")
        #expect(position.cue?.text == "said")
        let speaker = try #require(record.actor(id: position.speaker?.actor))
        #expect(speaker.name == "Jane Roe")
        #expect(speaker.kind == .person)
        #expect(speaker.role == "mayor")
    }

    @Test func pronounSpeakerResolvesToThePersonNamedBefore() throws {
        let record = try TestSupport.record(Self.headline + """
            John Smith, the council leader, spoke to reporters on Monday. "It is over," he said.

            """)
        let position = try #require(record.positions.first { $0.content.text.contains("It is over") })
        #expect(position.kind == .direct)
        #expect(position.speaker?.mention?.text == "he")
        #expect(position.cue?.text == "said")
        let speaker = try #require(record.actor(id: position.speaker?.actor))
        #expect(speaker.name == "John Smith")
        #expect(speaker.mentions.contains { $0.text == "he" })
    }

    @Test func quoteAfterParagraphBreakIsAttributedToTheLastSpeaker() throws {
        let record = try TestSupport.record(Self.headline + """
            Hugh Hill, a doctor, said: "The wards are full."
            "We cannot take more patients," he added.

            """)
        let added = try #require(record.positions.first { $0.content.text.contains("We cannot take more patients") })
        #expect(added.cue?.text == "added")
        #expect(record.actor(id: added.speaker?.actor)?.name == "Hugh Hill")
    }

    @Test func reportedSpeechIsReported() throws {
        let record = try TestSupport.record(Self.headline + "Jane Roe said the bridge would reopen in the spring.\n")
        let position = try #require(record.positions.first { $0.content.text.contains("the bridge would reopen") })
        #expect(position.kind == .reported)
        #expect(position.speaker?.mention?.text == "Jane Roe")
        #expect(position.cue?.text == "said")
    }

    @Test func willNotIsANegativeCommitmentWithATimeframe() throws {
        let record = try TestSupport.record(Self.headline + "The City Council will not raise taxes next year.\n")
        let commitment = try #require(record.commitments.first)
        #expect(commitment.polarity == .negative)
        #expect(commitment.timeframe == "next year")
        #expect(commitment.action.contains("raise taxes"))
        #expect(record.actor(id: commitment.actor.actor)?.kind == .organization)
    }

    /// The brief's own sentence: an organization named by a common noun ("the council").
    @Test func willNotWithACommonNounSubject() throws {
        let record = try TestSupport.record(Self.headline + "The council will not raise taxes next year.\n")
        let commitment = try #require(record.commitments.first)
        #expect(commitment.polarity == .negative)
        #expect(commitment.timeframe == "next year")
        #expect(record.actor(id: commitment.actor.actor)?.kind == .organization)
    }

    @Test func refusalIsANegativeCommitmentWithATimeframe() throws {
        let record = try TestSupport.record(Self.headline + "Jane Roe, the mayor, refused to raise taxes next year.\n")
        let commitment = try #require(record.commitments.first)
        #expect(commitment.polarity == .negative)
        #expect(commitment.modality == "refused")
        #expect(commitment.timeframe == "next year")
        #expect(record.actor(id: commitment.actor.actor)?.name == "Jane Roe")
    }

    @Test func pledgeIsAPositiveCommitmentWithItsCondition() throws {
        let record = try TestSupport.record(Self.headline + "Jane Roe pledged to rebuild the bridge if the government pays for it.\n")
        let commitment = try #require(record.commitments.first)
        #expect(commitment.polarity == .positive)
        #expect(commitment.action.contains("rebuild the bridge"))
        #expect(commitment.condition?.contains("the government pays") == true)
        #expect(record.actor(id: commitment.actor.actor)?.name == "Jane Roe")
    }

    @Test func unclearWhetherIsAnUncertainOpenQuestion() throws {
        let record = try TestSupport.record(Self.headline + "It is unclear whether the deal will pass.\n")
        let question = try #require(record.openQuestions.first)
        #expect(question.kind == .uncertain)
        #expect(question.evidence.text.contains("whether the deal will pass"))
        #expect(question.question.hasSuffix("?"))
    }

    @Test func plainStatementsRaiseNoQuestionsOrCommitments() throws {
        let record = try TestSupport.record(Self.headline + "The bridge was built in 1902. It carries 4,000 cars a day.\n")
        #expect(record.commitments.isEmpty)
        #expect(record.openQuestions.isEmpty)
        #expect(record.positions.isEmpty)
    }

    @Test func laterMentionsLinkToTheFirstFullName() throws {
        let record = try TestSupport.record(Self.headline + """
            Jane Roe, the mayor, opened the meeting.
            Roe later left early.

            """)
        let roe = try #require(record.actors.first { $0.name == "Jane Roe" })
        #expect(roe.mentions.map(\.text).contains("Roe"))
        #expect(!record.actors.contains { $0.name == "Roe" })
    }

    @Test func extractionIsDeterministic() throws {
        let article = try TestSupport.article(Self.headline + "Jane Roe, the mayor, said: \"We will rebuild the bridge.\"\n")
        #expect(ArticleExtractor().extract(article) == ArticleExtractor().extract(article))
    }
}
