import Testing
@testable import BriefingKit

/// Endorsing and citing as positions: the subject's stance toward the object noun phrase, kept
/// to that phrase (no closing time, no aside after a dash, no next act, no main clause); and a
/// cue word that is half of a compound noun ("think tank"), which takes no stance.
@Suite struct StanceObjectPositionTests {
    private func positions(_ body: String) throws -> [ReportedSpeechLayoutTests.Found] {
        try ReportedSpeechLayoutTests.positions(body)
    }

    @Test func anEndorsementIsItsObjectWithoutTheClosingTime() throws {
        let found = try positions("Mayor Dana Hill endorsed the harbor tunnel plan last week.")
        let stance = try #require(found.first { $0.cue == "endorsed" })
        #expect(stance.content == "the harbor tunnel plan")
        #expect(stance.speaker == "Dana Hill")
        let month = try positions("The teachers union endorsed Lee Marsh in early March.")
        #expect(month.first { $0.cue == "endorsed" }?.content == "Lee Marsh")
    }

    @Test func aCitedReasonEndsBeforeTheAsideAndTheNextAct() throws {
        let aside = try positions("Dana Hill cited the county budget report - a document few had read.")
        #expect(aside.first { $0.cue == "cited" }?.content == "the county budget report")
        let next = try positions("Lee Marsh endorsed the ferry levy and campaigned for it in the spring.")
        #expect(next.first { $0.cue == "endorsed" }?.content == "the ferry levy")
    }

    @Test func noObjectMakesNoStance() throws {
        let found = try positions("The figure cited in the county report was wrong, Dana Hill said.")
        #expect(!found.contains { $0.cue == "cited" })
    }

    @Test func aVerbFormOrATimeAfterTheVerbIsNoObject() throws {
        let verbForm = try positions("The candidate Dana Hill endorsed won the ferry seat easily.")
        #expect(!verbForm.contains { $0.cue == "endorsed" })
        let time = try positions("Lee Marsh, whom Dana Hill endorsed last year, lost the ferry seat.")
        #expect(!time.contains { $0.cue == "endorsed" })
    }

    @Test func aDeniedOrAskedStanceIsNone() throws {
        let never = try positions("Dana Hill never endorsed Corey Lane in the harbor race.")
        #expect(!never.contains { $0.cue == "endorsed" })
        let not = try positions("Dana Hill did not endorse the ferry levy.")
        #expect(!not.contains { $0.cue == "endorse" })
        let asked = try positions("Dana Hill declined to say whether she would endorse Corey Lane.")
        #expect(!asked.contains { $0.cue == "endorse" })
    }

    @Test func aPoliceCitationIsNoStance() throws {
        let found = try positions("Officers cited Corey Lane for parking on the harbor pier.")
        #expect(!found.contains { $0.cue == "cited" })
        let pronoun = try positions("Officers cited him for parking on the harbor pier.")
        #expect(!pronoun.contains { $0.cue == "cited" })
    }

    /// "think tank" is a noun: no one in "Riverside think tanks" thinks anything, and a quote
    /// before "… director of the Harbor Policy Center think tank." is the named speaker's alone.
    @Test func aThinkTankIsNoCue() throws {
        let found = try positions("The levy was written for the harbor lobby, Riverside think tanks and the council's own budget office.")
        #expect(!found.contains { $0.cue == "think" })
        let quote = try positions("\u{201C}The harbor budget is in ruins,\u{201D} explained strategist Tom Reyes, director of the Harbor Policy Center think tank.")
        #expect(!quote.contains { $0.cue == "think" })
        #expect(try #require(quote.first { $0.cue == "explained" }).speaker == "Tom Reyes")
    }
}
