import Testing
@testable import BriefingKit

/// Who a reported commitment binds: the person a spokesperson's description names, and the
/// organization named before a strategist's description for the "we" in their words; and a
/// past schedule ("was scheduled to speak") as a commitment unless it fell through.
@Suite struct CommitmentBindingTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func aSpokespersonsCandidateIsThePersonTheySpeakFor() throws {
        let found = try commitments("""
            Democratic presidential candidate Dana Whitfield is shifting staff to Iowa as her campaign struggles to raise money.

            Whitfield’s campaign says it will shift staff from its Denver headquarters to the early states. Spokeswoman Lena Marsh says the candidate has “always run a lean campaign and will continue to do so.”
            """)
        #expect(found.map(\.actor.name) == ["Whitfield campaign", "Dana Whitfield"])
    }

    @Test func anUnresolvedReportedSubjectIsNeverTheReporter() throws {
        // "the director" fits no one named: the commitment is nobody's rather than the spokeswoman's
        let found = try commitments("""
            Spokeswoman Lena Marsh says the director has "always run a tight operation and will continue to do so."
            """)
        #expect(!found.contains { $0.actor.name == "Lena Marsh" })
    }

    @Test func weInAStrategistsWordsIsTheOrganizationNamedBeforeTheDescription() throws {
        let found = try commitments("""
            In a statement, Forward Ohio PAC chief strategist Carl Benning said: "Our rivals are scared of her. We will not let that stand."
            """)
        #expect(found.map(\.actor.name) == ["Forward Ohio PAC"])
    }

    @Test func aPastScheduleBindsUnlessTheTextSaysItFellThrough() throws {
        let found = try commitments("Senator Ann Bell was scheduled to address the county fair in Dayton on Saturday.")
        #expect(found.map(\.actor.name) == ["Ann Bell"])
        #expect(try commitments("Senator Ann Bell was scheduled to address the county fair on Saturday but canceled.").isEmpty)
        #expect(try commitments("""
            Senator Ann Bell will not be attending the county fair. Bell was scheduled to address the fair on Saturday.
            """).allSatisfy { $0.polarity == .negative })
    }
}
