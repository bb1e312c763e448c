import Testing
@testable import BriefingKit

/// Subjects set apart from their verb of saying by a relative clause, a participle phrase or a
/// dash pair, and subjects that name a part of a group ("Some of the women said …"). The
/// speaker is the noun phrase before the interruption, never a name inside it.
@Suite struct InterruptedSubjectTests {
    @Test func aParticiplePhraseNamingSomeoneElseIsStepped() throws {
        let found = try ReportedSpeechLayoutTests.positions("""
            The aides, led by campaign manager Tom Reyes, told the group that they were not expecting to win Ohio.
            """)
        let told = try #require(found.first { $0.cue == "told" })
        #expect(told.mention == "The aides")
        #expect(told.speaker == nil, "the aides are not Tom Reyes")
        #expect(told.content == "that they were not expecting to win Ohio")
    }

    @Test func aLongRelativeClauseAfterANameIsStepped() throws {
        let found = try ReportedSpeechLayoutTests.positions("""
            Dana Hill, who appraises farm land for the brokerage firm Baxter & Cole in Toledo and Dayton, said the market had recovered.
            """)
        let said = try #require(found.first { $0.cue == "said" })
        #expect(said.speaker == "Dana Hill")
        #expect(said.content == "the market had recovered")
    }

    @Test func aDescriptionBetweenDashesIsStepped() throws {
        let found = try ReportedSpeechLayoutTests.positions("""
            Tom Reyes — a teacher from Mount Pleasant — says he made a last-minute decision to vote.
            """)
        let says = try #require(found.first { $0.cue == "says" })
        #expect(says.speaker == "Tom Reyes")
    }

    @Test func anAdjectiveListIsNoInterruption() throws {
        let found = try ReportedSpeechLayoutTests.positions("""
            Voters in Ohio are watching an accomplished, experienced member of the council, Dana Hill, argue that the system is rigged.
            """)
        #expect(!found.contains { $0.mention?.hasPrefix("Voters") == true })
    }

    @Test func aPartOfAGroupSpeaks() throws {
        let found = try ReportedSpeechLayoutTests.positions("""
            Some of the women said they had spoken out at council hearings.
            Thirty-one percent of those surveyed say they would be satisfied.
            Most of them said they had loved working at the plant.
            """)
        #expect(found.first { $0.content == "they had spoken out at council hearings" }?.mention == "Some of the women")
        #expect(found.first { $0.content == "they would be satisfied" }?.mention == "Thirty-one percent of those surveyed")
        #expect(found.first { $0.content == "they had loved working at the plant" }?.mention == "Most of them")
        #expect(found.allSatisfy { $0.speaker == nil })
        // "none of" names no one who said it
        let none = try ReportedSpeechLayoutTests.positions("None of the women said they had been warned about the risk.")
        #expect(!none.contains { $0.content.contains("warned") })
    }

    @Test func aPartWhoseModifierHasItsOwnVerbIsNoSpeaker() throws {
        let found = try ReportedSpeechLayoutTests.positions("""
            Hundreds of parents are suffering this kind of stress daily as we care for our children.
            """)
        #expect(!found.contains { $0.mention?.hasPrefix("Hundreds") == true })
    }
}
