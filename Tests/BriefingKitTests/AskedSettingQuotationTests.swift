import Testing
@testable import BriefingKit

/// Quotations whose lead-in follows an "Asked …," setting ("Asked whether …, he demurred: “…”"),
/// or whose verb reports speech only with what follows it ("shot back:", "went so far as to say:").
@Suite struct AskedSettingQuotationTests {
    static func positions(_ body: String) throws -> [(content: String, speaker: String?)] {
        let record = try TestSupport.record("Campaign trail notes\n" + body + "\n")
        return record.positions.map { ($0.content.text, record.actor(id: $0.speaker?.actor)?.name) }
    }

    @Test func theSubjectAfterAnAskedSettingSpeaks() throws {
        let found = try Self.positions("""
            Dana Hill toured the state on Monday. Asked which county was her favorite, Dana Hill demurred: “Whichever one I am in at the moment.”

            Tom Reddick spoke next. Asked on Monday whether Lee Marsh would join the cabinet, Tom Reddick shook his head and said, “Not this year, no.”
            """)
        #expect(found.first { $0.content.hasPrefix("“Whichever one") }?.speaker == "Dana Hill")
        let answer = try #require(found.first { $0.content == "“Not this year, no.”" })
        #expect(answer.speaker == "Tom Reddick")
    }

    @Test func aPersonNamedInsideTheSettingDoesNotSpeak() throws {
        let found = try Self.positions("""
            Asked about Lee Marsh, who ran last year, the crowd shouted: “Never again.”
            """)
        #expect(!found.contains { $0.content == "“Never again.”" && $0.speaker == "Lee Marsh" })
    }

    @Test func aVerbWithItsParticleOrInfinitiveIntroducesTheQuotation() throws {
        let found = try Self.positions("""
            Asked whether the campaign should apologize, Tom Reddick shot back: “That would be good.”

            The columnist Dana Hill went so far as to say: “The party as we know it is over.”
            """)
        #expect(found.first { $0.content == "“That would be good.”" }?.speaker == "Tom Reddick")
        #expect(found.first { $0.content == "“The party as we know it is over.”" }?.speaker == "Dana Hill")
    }
}
