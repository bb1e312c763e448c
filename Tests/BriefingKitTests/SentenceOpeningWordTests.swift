import Testing
@testable import BriefingKit

/// A dictionary word that opens a sentence, and that the article never capitalizes elsewhere,
/// is no one's name ("Analysts say …", "Whenever …").
@Suite struct SentenceOpeningWordTests {
    @Test func aCapitalizedOpeningWordIsNoPerson() throws {
        let record = try TestSupport.record("""
            Harbor notes
            Gov. Dale Porter toured the port on Monday. Analysts say the bridge will reopen in May. Whenever the tide rises, the road floods.

            """)
        #expect(!record.actors.contains { ["Analysts", "Whenever"].contains($0.name) && $0.kind == .person })
    }

    @Test func aNameAfterAClosingQuoteCountsAsWrittenInside() throws {
        let record = try TestSupport.record("""
            Road notes
            "We will win," Hale said. Hale promised to fix the road next year.

            """)
        let commitment = try #require(record.commitments.first { $0.evidence.text.contains("fix the road") })
        #expect(record.actor(id: commitment.actor.actor)?.name == "Hale")
    }

    @Test func aSurnameThatIsAlsoAWordStaysAName() throws {
        let record = try TestSupport.record("""
            Harbor notes
            Rep. Tom Hale toured the port on Monday. Hale said the bridge will reopen in May.

            """)
        #expect(record.actors.contains { $0.name.hasSuffix("Hale") && $0.kind == .person })
        let position = try #require(record.positions.first { $0.content.text.contains("bridge will reopen") })
        #expect(record.actor(id: position.speaker?.actor)?.name.hasSuffix("Hale") == true)
    }
}
