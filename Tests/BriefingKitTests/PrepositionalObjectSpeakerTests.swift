import Testing
@testable import BriefingKit

/// A name that is only the object of a preposition inside the subject phrase ("members of
/// Congress", "one worker at the company") is not the speaker; nor is a phrase after a verb's
/// preposition ("went on the record").
@Suite struct PrepositionalObjectSpeakerTests {
    static func positions(_ body: String) throws -> [ReportedSpeechLayoutTests.Found] {
        try ReportedSpeechLayoutTests.positions(body)
    }

    @Test func theObjectOfAPrepositionInsideTheSubjectIsNotTheSpeaker() throws {
        let found = try Self.positions("""
            One worker at the Harbor Shipping Company said the yard would close in May.
            The mayor of Harbor City said the bridge would open in June.
            """)
        let worker = try #require(found.first { $0.content == "the yard would close in May" })
        #expect(worker.mention == "One worker at the Harbor Shipping Company")
        #expect(worker.speaker == nil)
        #expect(found.first { $0.content == "the bridge would open in June" }?.mention == "The mayor of Harbor City")
    }

    @Test func aPersonNamedBeforeThePrepositionIsTheSpeaker() throws {
        let found = try Self.positions("Paul Grant of the Harbor Growth Institute said the vote was rigged.")
        let position = try #require(found.first { $0.content == "the vote was rigged" })
        #expect(position.speaker == "Paul Grant")
    }

    @Test func aSpokeswomanKeepsTheNamedOrganization() throws {
        let found = try Self.positions("""
            A spokeswoman for the Harbor Shipping Company said the yard would stay open.
            """)
        #expect(found.first { $0.content == "the yard would stay open" }?.speaker == "Harbor Shipping Company")
    }

    @Test func aPhraseAfterAVerbsPrepositionIsNoSpeaker() throws {
        let found = try Self.positions("Senator Ann Vell went on the record endorsing the Harbor Bridge Act last week.")
        #expect(!found.contains { $0.mention == "the record" })
    }
}
