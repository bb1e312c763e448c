import Testing
@testable import BriefingKit

/// A noun of speech or belief and its "that" clause ("Hill's claim that …", "made the point
/// that …"): the clause is the owner's position; no owner, a relative "that" or a claim that
/// another side answers reports nothing.
@Suite struct ClaimNounPositionTests {
    private func positions(_ body: String) throws -> [ReportedSpeechLayoutTests.Found] {
        try ReportedSpeechLayoutTests.positions(body)
    }

    @Test func aNamedOwnersClaimIsTheirPosition() throws {
        let found = try positions("Voters in Millbrook shrugged off Dana Hill's claim that the ferry levy would halve fares.")
        let claim = try #require(found.first { $0.cue == "claim" })
        #expect(claim.content == "that the ferry levy would halve fares")
        #expect(claim.speaker == "Dana Hill")
    }

    @Test func aPossessivePronounOverModifiersIsItsActor() throws {
        let found = try positions("Dana Hill opened the harbor debate. The crowd cheered her repeated insistence that the pier would reopen, and the mayor left.")
        let insistence = try #require(found.first { $0.cue == "insistence" })
        #expect(insistence.content == "that the pier would reopen")
        #expect(insistence.mention == "her")
        #expect(insistence.speaker == "Dana Hill")
    }

    @Test func theOwnerRepeatingTheirOwnClaimIsNamedWithTheVerb() throws {
        let found = try positions("Corey Lane repeated his warning that the dam could fail.")
        let warning = try #require(found.first { $0.content == "that the dam could fail" })
        #expect(warning.cue == "repeated his warning")
        #expect(warning.mention == "Corey Lane")
    }

    @Test func makingAPointIsTheSubjectsPosition() throws {
        let found = try positions("Corey Lane made the point that the tunnel had never flooded.")
        let point = try #require(found.first { $0.content == "that the tunnel had never flooded" })
        #expect(point.speaker == "Corey Lane")
        #expect(point.cue == "made the point")
    }

    @Test func noOwnerNoPosition() throws {
        let found = try positions("The council bristled at the suggestion that the pier was unsafe.")
        #expect(!found.contains { $0.cue == "suggestion" })
    }

    @Test func aRelativeThatIsNoContent() throws {
        let made = try positions("Reporters checked Dana Hill's claim that she made.")
        #expect(!made.contains { $0.cue == "claim" })
        let was = try positions("Corey Lane's warning that was ignored came true.")
        #expect(!was.contains { $0.cue == "warning" })
    }

    @Test func aClaimAnsweredOrRejectedByAnotherSideIsNotReportedAsTheOwners() throws {
        let answered = try positions("Dana Hill was asked about Corey Lane's charge that she had hidden the audit.")
        #expect(!answered.contains { $0.cue == "charge" })
        let pronoun = try positions("Corey Lane spoke first. Dana Hill was asked about his charge that she had hidden the audit.")
        #expect(!pronoun.contains { $0.speaker == "Corey Lane" && $0.content.contains("hidden the audit") })
        let rejected = try positions("Dana Hill dismissed Corey Lane's accusations that she had hidden the audit.")
        #expect(!rejected.contains { $0.cue == "accusations" })
    }
}
