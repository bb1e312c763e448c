import Testing
@testable import BriefingKit

/// A "he" or "she" in the narration ("…,” he said.") refers to a person the narration names,
/// not to one named only inside another person's reported words.
@Suite struct PronounInNarrationTests {
    @Test func aPersonNamedOnlyInAnothersWordsIsNotTheNextSpeaker() throws {
        #expect(try TestSupport.speaker(of: "shame", in: """
            Bridge vote notes
            Gov. Dale Porter spoke in Reno on Monday.

            He added that Mayor Tom Reyes had been "the founder" of the delay.

            “This shame has no limits,” he said.

            """) == "Dale Porter")
    }

    @Test func aPersonTheNarrationNamesStaysTheReferent() throws {
        #expect(try TestSupport.speaker(of: "shame", in: """
            Bridge vote notes
            Gov. Dale Porter said Mayor Tom Reyes had been "the founder" of the delay.

            Mayor Tom Reyes answered on Tuesday. “This shame has no limits,” he said.

            """) == "Tom Reyes")
    }

    @Test func aPersonNamedInTheQuotationAPronounAttributesIsNotItsSpeaker() throws {
        #expect(try TestSupport.speaker(of: "up here", in: """
            Bridge vote notes
            Ann Porter, the mayor, spoke in Reno on Monday.

            “I had Jane Reyes up here last week, and Jane Reyes agreed,” she said.

            """) == "Ann Porter")
    }

    @Test func aPersonNamedInAnOrganizationsStatementStaysTheReferent() throws {
        #expect(try TestSupport.speaker(of: "anything wrong", in: """
            Bridge vote notes
            Tom Ames, a neighbor, watched the arrest on Monday.

            The Reno Police Department said the suspect, Mark Doyle, had been arrested at his home.

            “I didn't do anything wrong,” he told reporters.

            """) == "Mark Doyle")
    }
}
