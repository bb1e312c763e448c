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

    @Test func aRoleTitleChoosesThePersonTheTextGaveIt() throws {
        let found = try record("""
            Governor Tom Roe met Senator Ann Roe in Dayton on Monday.

            "The budget is done," Governor Roe said. "The bridge will wait," Senator Roe said.
            """)
        #expect(speakers(found) == ["Tom Roe", "Ann Roe"])
    }

    @Test func aGenderedTitleChoosesAmongNamesakesAfterAnOrganization() throws {
        let found = try record("""
            The Roe Foundation paid for the rally. Tom Roe spoke in Dayton on Monday. His wife, Ann Roe, campaigned in Toledo.

            "We will win Ohio," Mrs. Roe said. "He is ready to lead," Mr. Roe said.
            """)
        #expect(speakers(found) == ["Ann Roe", "Tom Roe"])
    }

    @Test func anUnknownFirstNameKeepsTheGenderedTitleUndecided() throws {
        let found = try record("""
            Zorvek Roe spoke in Dayton on Monday. His son, Tom Roe, campaigned in Toledo.

            "We will win Ohio," Mr. Roe said.
            """)
        #expect(speakers(found) == ["Zorvek Roe"])
    }
}
