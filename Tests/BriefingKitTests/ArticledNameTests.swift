import Testing
@testable import BriefingKit

/// A name the text writes after "the" as the head of its phrase is an institution, a place
/// or a thing, never a person that "he" or "she" could refer to.
@Suite struct ArticledNameTests {
    @Test func aNameWrittenAfterTheIsNoPerson() throws {
        let record = try TestSupport.record("""
            Harbor notes
            Gov. Dale Porter praised the Kolvar Brandt on Monday. The board of the Kolvar Brandt met on Tuesday, and he said he will sign the bridge bill next week.

            """)
        #expect(!record.actors.contains { $0.name.contains("Kolvar Brandt") && $0.kind == .person })
        let commitment = try #require(record.commitments.first { $0.evidence.text.contains("bridge bill") })
        #expect(record.actor(id: commitment.actor.actor)?.name == "Dale Porter")
    }

    @Test func aNameInACoordinatedModifierStaysAPerson() throws {
        let record = try TestSupport.record("""
            Harbor notes
            Kolvar Brandt spoke on Monday. Ads from the Brandt and Vell campaigns flooded Ohio this week. Brandt said he will spend another 10 million dollars in the state.

            """)
        #expect(!record.actors.contains { $0.name.contains("Brandt") && $0.kind != .person })
        let commitment = try #require(record.commitments.first { $0.evidence.text.contains("10 million") })
        #expect(record.actor(id: commitment.actor.actor)?.name == "Kolvar Brandt")
    }

    @Test func aNameWrittenWithATitleElsewhereStaysAPerson() throws {
        let record = try TestSupport.record("""
            Harbor notes
            Mr. Brandt spoke on Monday. Critics call it the Brandt, a label he dislikes.

            """)
        #expect(!record.actors.contains { $0.name.hasSuffix("Brandt") && $0.kind == .organization })
    }

    @Test func aFigureOfSpeechAfterTheStaysAPerson() throws {
        let record = try TestSupport.record("""
            Harbor notes
            Some voters see him as the Brandt of the right. Brandt said he will campaign against him next month.

            """)
        #expect(!record.actors.contains { $0.name == "Brandt" && $0.kind == .organization })
    }

    @Test func aNameModifyingANounAfterTheStaysAPerson() throws {
        let record = try TestSupport.record("""
            Harbor notes
            Kolvar Brandt spoke on Monday. The Kolvar Brandt campaign met on Tuesday, and Kolvar Brandt said he will sign the bridge bill next week.

            """)
        #expect(record.actors.contains { $0.name == "Kolvar Brandt" && $0.kind == .person })
    }
}
