import Testing
@testable import BriefingKit

/// Noun phrases that report nothing: the bare object of a verb that only names a topic
/// ("described the attack", "pointed to the polls"), the object of "maintain" in its sense of
/// keeping ("maintained her lead"), and a phrase after a passive verb with no agent ("was
/// charged with assault").
@Suite struct NounObjectPositionTests {
    private func positions(_ body: String) throws -> [ReportedSpeechLayoutTests.Found] {
        try ReportedSpeechLayoutTests.positions(body)
    }

    @Test func aBareTopicIsNoPosition() throws {
        let described = try positions("Dana Hill described the attack.")
        #expect(!described.contains { $0.cue == "described" })
        let pointed = try positions("Lee Marsh pointed to the polls.")
        #expect(!pointed.contains { $0.cue == "pointed" })
        let referred = try positions("Dana Hill referred to the mayor.")
        #expect(!referred.contains { $0.cue == "referred" })
    }

    @Test func aDescriptionOrALongerObjectIsStillAPosition() throws {
        let withAs = try positions("Dana Hill described the mayor as a liar.")
        #expect(withAs.first { $0.cue == "described" }?.content == "the mayor as a liar")
        let scene = try positions("Dana Hill described empty shops, shuttered mills and a town that had given up.")
        #expect(scene.contains { $0.cue == "described" })
    }

    @Test func aGlossOnWhatWasJustSaidKeepsItsObject() throws {
        let found = try positions("“They have failed us,” Dana Hill said, referring to the county board.")
        #expect(found.first { $0.cue == "referring" }?.content == "the county board")
    }

    @Test func maintainingALeadIsNoSpeech() throws {
        let lead = try positions("Dana Hill maintained her lead over Lee Marsh.")
        #expect(!lead.contains { $0.cue == "maintained" })
        let ties = try positions("Norway maintains close ties with the port authority.")
        #expect(!ties.contains { $0.cue == "maintains" })
    }

    @Test func maintainingAClauseIsAPosition() throws {
        let found = try positions("Dana Hill has long maintained the ballots were counted twice.")
        let position = try #require(found.first { $0.cue == "maintained" })
        #expect(position.content == "the ballots were counted twice")
        #expect(position.speaker == "Dana Hill")
    }

    @Test func aPhraseAfterAPassiveVerbWithNoAgentIsNoReportedClause() throws {
        let charged = try positions("Lee Marsh was charged with assault after the rally.")
        #expect(!charged.contains { $0.cue == "charged" })
        let admitted = try positions("Only 2,200 refugees have been admitted in the past four years.")
        #expect(!admitted.contains { $0.cue == "admitted" })
        let announced = try positions("It was announced that the ferry will close in May.")
        #expect(announced.contains { $0.cue == "announced" })
    }
}

/// A topic verb's "as" gives the description, part of the content, unless it opens a clause.
@Suite struct DescribedAsPositionTests {
    @Test func theDescriptionAfterAsIsPartOfTheContent() throws {
        let found = try ReportedSpeechLayoutTests.positions("Lee Marsh referred to the new levy as a tax on farmers.")
        #expect(found.first { $0.cue == "referred" }?.content == "the new levy as a tax on farmers")
        // the description ends where another clause joins on
        let joined = try ReportedSpeechLayoutTests.positions("""
            Lee Marsh described the "threat of another collapse" as making work "impossible", and crews began to shore up the wall.
            """)
        #expect(joined.first { $0.cue == "described" }?.content == "the \"threat of another collapse\" as making work \"impossible\"")
    }

    @Test func anAsOpeningAClauseEndsTheContent() throws {
        let found = try ReportedSpeechLayoutTests.positions("Lee Marsh described the long fight over the levy as he left the hall.")
        #expect(found.first { $0.cue == "described" }?.content == "the long fight over the levy")
    }

    @Test func aDescriptionStopsBeforeATagAndKeepsItsOwnVerbs() throws {
        let tag = try ReportedSpeechLayoutTests.positions("Mayor Jane Roe described the plan as a disaster, Tom Lake said.")
        #expect(tag.first { $0.cue == "described" }?.content == "the plan as a disaster")
        let verbs = try ReportedSpeechLayoutTests.positions("""
            Governor Tom Lake described the shooting as an act of organized terror. \
            Mayor Jane Roe described the plan as a disaster that will cost thousands of jobs.
            """)
        #expect(verbs.contains { $0.content == "the shooting as an act of organized terror" })
        #expect(verbs.contains { $0.content == "the plan as a disaster that will cost thousands of jobs" })
    }

    @Test func maintainingAClaimIsAPositionKeepingALeadIsNot() throws {
        let found = try ReportedSpeechLayoutTests.positions("""
            Lee Marsh has long maintained the vote was rigged. Tom Lake has maintained his innocence. \
            Dana Hill maintained her double-digit lead.
            """)
        #expect(found.contains { $0.content == "the vote was rigged" })
        #expect(found.contains { $0.content == "his innocence" })
        #expect(!found.contains { $0.content.contains("lead") })
    }

    @Test func aSubjectsAsideIsNoGloss() throws {
        let found = try ReportedSpeechLayoutTests.positions("Mayor Jane Roe, pointing to the polls, declared victory.")
        #expect(!found.contains { $0.cue == "pointing" })
    }
}
