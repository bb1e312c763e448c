import Testing
@testable import BriefingKit

/// An actor's aim as its position: "X wants / hopes / plans / seeks to …", held by a subject
/// standing right before the verb, and not when the aim is part of someone's words.
@Suite struct IntentionPositionTests {
    private func positions(_ body: String) throws -> [ReportedSpeechLayoutTests.Found] {
        try ReportedSpeechLayoutTests.positions(body)
    }

    @Test func aNamedActorsAimIsItsPosition() throws {
        let found = try positions("Dana Hill wants to close the county landfill by next spring.")
        let aim = try #require(found.first { $0.cue == "wants" })
        #expect(aim.content == "to close the county landfill by next spring")
        #expect(aim.speaker == "Dana Hill")
    }

    @Test func anObjectMayStandBeforeTheInfinitive() throws {
        let found = try positions("Dana Hill has long wanted the county board to reopen the ferry.")
        #expect(found.first { $0.cue == "wanted" }?.content == "the county board to reopen the ferry")
    }

    @Test func anUnnamedHolderOrNoInfinitiveMakesNoAim() throws {
        let unnamed = try positions("Some residents want to widen the road before winter.")
        #expect(!unnamed.contains { $0.cue == "want" })
        let clause = try positions("Dana Hill wants the road widened.")
        #expect(!clause.contains { $0.cue == "wants" })
    }

    @Test func anAimInsideReportedWordsIsNotAPositionOfItsOwn() throws {
        let reported = try positions("Dana Hill plans to close the landfill, her spokesman said on Monday.")
        #expect(!reported.contains { $0.cue == "plans" })
        let claimed = try positions("Lee Marsh claimed that Dana Hill wanted to close the landfill.")
        #expect(!claimed.contains { $0.cue == "wanted" })
    }
}
