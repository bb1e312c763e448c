import Testing
@testable import BriefingKit

/// A participle hanging on a document ("issued a statement saying …") is the document's
/// author's: the subject of the verb that put it out or its possessor; never the document
/// itself nor a name in its "to" phrase; no one when the text names no author.
@Suite struct DocumentParticipleSpeakerTests {
    @Test func theVerbThatIssuedTheDocumentGivesItsAuthor() throws {
        let found = try ReportedSpeechLayoutTests.positions("""
            Dana Hill spoke in Dover on Monday. Hours later, Ms. Hill issued a statement saying the plant would stay open.
            """)
        let saying = try #require(found.first { $0.cue == "saying" })
        #expect(saying.mention == "Ms. Hill", "not 'a statement'")
    }

    @Test func theAddresseeOfALetterIsNotItsSpeaker() throws {
        let found = try ReportedSpeechLayoutTests.positions("""
            Mayor Lee Marsh of Akron wrote a letter to Governor Ann Vell asking the state to repair the bridge.
            """)
        let asking = try #require(found.first { $0.cue == "asking" })
        #expect(asking.speaker == "Lee Marsh", "not the addressee 'Governor Ann Vell'")
    }

    @Test func aPossessorIsTheAuthor() throws {
        let found = try ReportedSpeechLayoutTests.positions("""
            Dana Hill spoke in Dover on Monday. The council read Dana Hill's memo explaining the delay in the vote.
            """)
        let explaining = try #require(found.first { $0.cue == "explaining" })
        #expect(explaining.speaker == "Dana Hill")
    }

    @Test func aNameInAListAfterTheOpeningDocumentIsNotItsAuthor() throws {
        let found = try ReportedSpeechLayoutTests.positions("""
            Dana Hill spoke in Dover on Monday. In a letter praising Dana Hill, Ann Ross and the union, the mayor said the plant would close.
            """)
        #expect(found.first { $0.cue == "praising" }?.speaker != "Ann Ross", "a list item, not the main clause's subject")
    }

    @Test func anOpeningInAStatementGivesTheMainClausesSubject() throws {
        let found = try ReportedSpeechLayoutTests.positions("""
            Dana Hill spoke in Dover on Monday. In a statement defending the mayor, the Akron Teachers Union said the vote was fair.
            """)
        let defending = try #require(found.first { $0.cue == "defending" })
        #expect(defending.mention == "the Akron Teachers Union" || defending.speaker == "Akron Teachers Union")
    }

    @Test func aDocumentWithoutAnAuthorHasNoSpeaker() throws {
        let found = try ReportedSpeechLayoutTests.positions("""
            Dana Hill spoke in Dover on Monday. The council discussed a report saying the bridge needs repairs.
            """)
        let saying = try #require(found.first { $0.cue == "saying" })
        #expect(saying.mention == nil, "the text names no author: not 'a report', not 'The council'")
    }
}
