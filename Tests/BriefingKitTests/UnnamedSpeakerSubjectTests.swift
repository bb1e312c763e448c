import Testing
@testable import BriefingKit

/// Unnamed speakers of a verb of saying: a noun phrase after the subordinator that opens its
/// clause inside the sentence ("…, when a young boy shouted, “…”"), or after an opening
/// subordinate clause ("When …, the heckler said: …"), and a quantifier standing alone as the
/// subject ("Some chanted “…”", "Many say …"). Verbs that report nothing keep no speaker.
@Suite struct UnnamedSpeakerSubjectTests {
    private func positions(_ body: String) throws -> [ReportedSpeechLayoutTests.Found] {
        try ReportedSpeechLayoutTests.positions(body)
    }

    @Test func aSubjectAfterASubordinatorInsideTheSentenceSpeaks() throws {
        let found = try positions("""
            The park was loud with trains and applause, when a young boy shouted, “Brujas are coming, yo!”
            """)
        let shout = try #require(found.first { $0.cue == "shouted" })
        #expect(shout.mention == "a young boy")
        #expect(shout.content == "“Brujas are coming, yo!”")
    }

    @Test func aSubjectAfterAsBeforeAColonQuotationSpeaks() throws {
        let found = try positions("""
            “There is a young man having problems,” Dana Hill said as the heckler yelled: “You know nothing at all!”
            """)
        let yell = try #require(found.first { $0.cue == "yelled" })
        #expect(yell.mention == "the heckler")
        #expect(yell.content == "“You know nothing at all!”")
    }

    @Test func aSubjectAfterAnOpeningSubordinateClauseSpeaks() throws {
        let found = try positions("""
            When her lead slipped last fall, the mayor's biggest boosters insisted it was a temporary dip.
            """)
        let insisted = try #require(found.first { $0.cue == "insisted" })
        #expect(insisted.mention == "the mayor's biggest boosters")
        #expect(insisted.content == "it was a temporary dip")
    }

    @Test func aSubordinateClauseWhoseVerbReportsNothingHasNoSpeaker() throws {
        let found = try positions("""
            Dana Hill pinned her hopes on Ohio, a state where the Hill name has maintained some clout.
            """)
        #expect(!found.contains { $0.mention == "the Hill name" }, "'maintained some clout' reports nothing")
    }

    @Test func aQuantifierStandingAloneIsTheSpeaker() throws {
        let found = try positions("""
            Supporters held signs above their heads. Some chanted “USA! USA!”
            Many say the plan would fail in the end.
            Since the vote, some are quietly saying it is time to move on.
            """)
        #expect(found.first { $0.cue == "chanted" }?.mention == "Some")
        #expect(found.first { $0.cue == "chanted" }?.content == "“USA! USA!”")
        #expect(found.first { $0.cue == "say" }?.mention == "Many")
        #expect(found.first { $0.cue == "say" }?.content == "the plan would fail in the end")
        #expect(found.first { $0.cue == "saying" }?.mention == "some")
    }

    @Test func aQuantifierBeforeAVerbThatReportsNothingIsNoSpeaker() throws {
        let found = try positions("""
            Dana Hill confessed to acting alone, but several alleged accomplices were tried by the court.
            While many agreed with much of the speech, the delivery hurt the candidate.
            """)
        #expect(!found.contains { $0.mention == "several" }, "'alleged' modifies 'accomplices'")
        #expect(!found.contains { $0.mention == "many" }, "'agreed with' takes an object, not a report")
    }
}
