import Testing
@testable import BriefingKit

/// A one-word name the text uses as a company's ("a Vellmark factory", "Vellmark's parent
/// company") is an organization, never a person that "he" or "she" could refer to.
@Suite struct CompanyNameTests {
    @Test func aNameModifyingAnEmployeeNounIsACompany() throws {
        let record = try TestSupport.record("""
            Plant notes
            Vellmark announced it would move its plant to Mexico. A Vellmark executive told workers on Monday.

            Dale Porter, 55, started work at Vellmark 24 years ago. "We have worked hard," he said.

            """)
        #expect(record.actors.contains { $0.name == "Vellmark" && $0.kind == .organization })
        let position = try #require(record.positions.first { $0.content.text.contains("worked hard") })
        #expect(record.actor(id: position.speaker?.actor)?.name == "Dale Porter")
    }

    @Test func aPossessiveBeforeACompanyNounIsACompany() throws {
        let record = try TestSupport.record("""
            Plant notes
            Vellmark said on Monday that the plant would close. Vellmark's parent company, Orrin Tech, agreed.

            """)
        #expect(record.actors.contains { $0.name == "Vellmark" && $0.kind == .organization })
    }

    @Test func aPoliticiansExecutiveOrderAndAVerbLeaveAPerson() throws {
        let record = try TestSupport.record("""
            Campaign notes
            Vellmark's executive order on immigration was blocked on Monday. Vellmark said he would appeal. \
            Orrin shares the stage with him on Thursday. Orrin said he would focus on Ohio.

            """)
        #expect(!record.actors.contains { ["Vellmark", "Orrin"].contains($0.name) && $0.kind == .organization })
        #expect(record.commitments.contains { $0.action.contains("appeal") })
    }
}
