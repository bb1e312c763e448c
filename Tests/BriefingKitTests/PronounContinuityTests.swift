import Testing
@testable import BriefingKit

/// A "he" or "she" opening a sentence continues the person who opened the sentence before,
/// not whoever that sentence named last.
@Suite struct PronounContinuityTests {
    @Test func aSentenceOpeningPronounIsThePreviousSubject() throws {
        let record = try TestSupport.record("""
            Bridge vote notes
            Gov. Dale Porter spoke after Mayor Tom Reyes on Monday. He said he will sign the bridge bill next week.

            """)
        let position = try #require(record.positions.first { $0.content.text.contains("bridge bill") })
        #expect(record.actor(id: position.speaker?.actor)?.name == "Dale Porter")
        let commitment = try #require(record.commitments.first { $0.evidence.text.contains("bridge bill") })
        #expect(record.actor(id: commitment.actor.actor)?.name == "Dale Porter")
    }

    @Test func aPronounAfterAnOpeningTimePhraseIsThePreviousSubject() throws {
        let record = try TestSupport.record("""
            Bridge vote notes
            Gov. Dale Porter spoke after Mayor Tom Reyes on Monday. (On Tuesday he said he will sign the bridge bill next week.)

            """)
        let commitment = try #require(record.commitments.first { $0.evidence.text.contains("bridge bill") })
        #expect(record.actor(id: commitment.actor.actor)?.name == "Dale Porter")
    }

    @Test func aPronounAfterAnOpeningConnectiveIsThePreviousSubject() throws {
        let record = try TestSupport.record("""
            Bridge vote notes
            Gov. Dale Porter said Monday that Mayor Tom Reyes was "a fine partner." However, he held back on the council, calling it "slow to act."

            """)
        let position = try #require(record.positions.first { $0.content.text.contains("slow to act") })
        #expect(record.actor(id: position.speaker?.actor)?.name == "Dale Porter")
    }

    @Test func theSubjectCarriesOverPronounsOpeningEarlierSentences() throws {
        let record = try TestSupport.record("""
            Bridge vote notes
            Gov. Dale Porter toured the harbor on Monday. He thanked the crews of Mayor Tom Reyes for their work. He promised to sign the bridge bill next week.

            """)
        let commitment = try #require(record.commitments.first { $0.evidence.text.contains("bridge bill") })
        #expect(record.actor(id: commitment.actor.actor)?.name == "Dale Porter")
    }

    @Test func aPossessiveOpeningIsNoSubject() throws {
        let record = try TestSupport.record("""
            Bridge vote notes
            Dale Porter's aides met Mayor Tom Reyes on Monday. He said the bridge will reopen in May.

            """)
        let position = try #require(record.positions.first { $0.content.text.contains("bridge will reopen") })
        #expect(record.actor(id: position.speaker?.actor)?.name == "Tom Reyes")
    }

    @Test func aCoordinatedOpenerIsNoSubject() throws {
        let record = try TestSupport.record("""
            Bridge vote notes
            Dale Porter and Ann Vell toured the harbor with Mayor Tom Reyes on Monday. He said the bridge will reopen in May.

            """)
        let position = try #require(record.positions.first { $0.content.text.contains("bridge will reopen") })
        #expect(record.actor(id: position.speaker?.actor)?.name != "Dale Porter")
    }

    @Test func theOpenerOfThePreviousBodyParagraphCarriesOver() throws {
        let record = try TestSupport.record("""
            Bridge vote notes
            The harbor bridge has been closed since March.
            Gov. Dale Porter spoke after Mayor Tom Reyes on Monday.
            He said the bridge will reopen in May.

            """)
        let position = try #require(record.positions.first { $0.content.text.contains("bridge will reopen") })
        #expect(record.actor(id: position.speaker?.actor)?.name == "Dale Porter")
    }

    @Test func theStandfirstsOpenerDoesNotCarryIntoTheBody() throws {
        let record = try TestSupport.record("""
            Bridge vote notes
            Gov. Dale Porter spoke after Mayor Tom Reyes on Monday.
            He said the bridge will reopen in May.
            The harbor bridge has been closed since March.

            """)
        let position = try #require(record.positions.first { $0.content.text.contains("bridge will reopen") })
        #expect(record.actor(id: position.speaker?.actor)?.name != "Dale Porter")
    }
}

/// A "he" or "she" repeating one earlier in its sentence is the same person, past a name
/// between them, unless it opens what that named person's possessed word reports.
@Suite struct RepeatedPronounTests {
    @Test func aRepeatedPronounContinuesTheEarlierOne() throws {
        let record = try TestSupport.record("""
            Bridge vote notes
            Jordan Vell toured the harbor on Monday. If the council agrees, she is Casey Porter's equal on trade, and she vows to sign the bridge bill next week.

            """)
        let commitment = try #require(record.commitments.first { $0.evidence.text.contains("bridge bill") })
        #expect(record.actor(id: commitment.actor.actor)?.name == "Jordan Vell")
    }

    @Test func aNewSubjectBetweenTheRepeatedPronounsTakesOver() throws {
        let record = try TestSupport.record("""
            Senate notes
            Tom Jones was defeated in 2012 and he retired, but Ray Smith is still in the Senate and he vows to block the bridge bill next year.

            """)
        let commitment = try #require(record.commitments.first { $0.evidence.text.contains("bridge bill") })
        #expect(record.actor(id: commitment.actor.actor)?.name == "Ray Smith")
    }

    @Test func aPossessiveBeforeAClauseOfTheSentencesOwnVerbIsNoReport() throws {
        let announced = try TestSupport.record("""
            Senate notes
            Tom Jones announced after Ray Smith's resignation that he will run for the open seat next year.

            """)
        let run = try #require(announced.commitments.first { $0.evidence.text.contains("open seat") })
        #expect(announced.actor(id: run.actor.actor)?.name == "Tom Jones")
        let said = try TestSupport.record("""
            Senate notes
            Mary Cole said in response to Ann Bell's remarks that she will not resign before the vote next week.

            """)
        let resign = try #require(said.commitments.first { $0.evidence.text.contains("resign") })
        #expect(said.actor(id: resign.actor.actor)?.name == "Mary Cole")
    }

    @Test func aPronounOpeningAPossessedReportIsThePossessor() throws {
        let record = try TestSupport.record("""
            Bridge vote notes
            Jordan Vell toured the harbor on Monday. She said she doubted it, given Casey Porter's statement that she would sign the bridge bill next week.

            """)
        let commitment = try #require(record.commitments.first { $0.evidence.text.contains("bridge bill") })
        #expect(record.actor(id: commitment.actor.actor)?.name == "Casey Porter")
    }
}
