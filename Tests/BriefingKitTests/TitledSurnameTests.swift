import Testing
@testable import BriefingKit

/// "Mr. Roe" and "Mrs. Roe" in an article that names two people called Roe: the title's gender
/// decides who is meant, and a quote is never given to the wrong one.
@Suite struct TitledSurnameTests {
    private func record(_ body: String) throws -> ArticleRecord { try TestSupport.record("Roe family news\n" + body + "\n") }

    private func speakers(_ record: ArticleRecord) -> [String?] {
        record.positions.map { $0.speaker?.name }
    }

    @Test func theTitleChoosesThePersonOfItsGender() throws {
        let found = try record("""
            Jane Roe spoke in Dayton on Monday. Her husband, John Roe, campaigned in Toledo.

            "We will win Ohio," Mrs. Roe said. "She is ready to lead," Mr. Roe said.
            """)
        #expect(speakers(found) == ["Jane Roe", "John Roe"])
    }

    @Test func aTitleOfTheOtherGenderNamesSomeoneElse() throws {
        let found = try record("""
            Jane Roe spoke in Dayton on Monday.

            "We will win Ohio," Mrs. Roe said. "She is ready to lead," Mr. Roe said.
            """)
        #expect(speakers(found) == ["Jane Roe", "Mr. Roe"])
    }

    @Test func aSuffixIsNoSurname() throws {
        let found = try record("""
            Martin Luther Roe Jr. spoke in Dayton on Monday.

            "We will win Ohio," Mr. Roe said.
            """)
        #expect(speakers(found) == ["Martin Luther Roe Jr."])
    }
}
