import Testing
@testable import BriefingKit

/// Coordinated names inside a subject: "Neither X nor Y will …" pledges nothing for Y, and in
/// "Supporters of X and Y vowed …" the supporters vow, not Y.
@Suite struct CoordinatedSubjectTests {
    @Test func neitherNorGivesNoPositiveCommitment() throws {
        let found = try TestSupport.commitments("""
            Neither Dale Porter nor Ann Vell will drop out of the race before the convention.
            """)
        #expect(!found.contains { $0.polarity == .positive })
    }

    @Test func theObjectsOfAPrepositionalPhraseDoNotCommit() throws {
        let found = try TestSupport.commitments("""
            On Monday, supporters of Dale Porter and Tom Reyes vowed to block the bridge bill next week.
            """)
        #expect(!found.contains { ["Tom Reyes", "Dale Porter"].contains($0.actor.name) })
    }

    @Test func aNameInAListIsNoNewSubjectForARepeatedPronoun() throws {
        let found = try TestSupport.commitments("""
            Mary Cole spoke on Monday. She met Tom Jones and Ann Bell in Toledo, and she vowed to cut the gas tax next year.
            """)
        #expect(found.map(\.actor.name) == ["Mary Cole"])
    }

    @Test func aPossessedPromiseAfterSaidIsThePossessors() throws {
        let found = try TestSupport.commitments("""
            Tom Jones said Ray Smith's promise that he will block the bill next year was empty.
            """)
        #expect(found.map(\.actor.name) == ["Ray Smith"])
    }

    @Test func aNegativeQuantifierIsNoSpeaker() throws {
        let record = try TestSupport.record("""
            Bridge notes
            Dana Hill warned that few believe the bridge will open in May.

            """)
        #expect(!record.positions.contains { $0.speaker?.mention?.text == "few" })
    }
}
