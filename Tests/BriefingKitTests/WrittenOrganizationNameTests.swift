import Testing
@testable import BriefingKit

/// Organizations are named as the article writes them: a shortening of a known organization's
/// name the text uses instead of it, and a capital "The" the text keeps inside sentences.
@Suite struct WrittenOrganizationNameTests {
    static func actors(_ body: String) throws -> [ActorRecord] {
        try TestSupport.record("Council vote nears\n" + body + "\n").actors
    }

    @Test func aShorteningTheTextWritesNamesTheKnownOrganization() throws {
        let actors = try Self.actors("""
            Mayor Lena Ortiz told NBC that the council would vote in May. Ortiz told Breitbart the same.
            """)
        #expect(actors.contains { $0.name == "NBC" && $0.kind == .organization })
        #expect(actors.contains { $0.name == "Breitbart" && $0.kind == .organization })
        #expect(!actors.contains { ["NBC News", "Breitbart News"].contains($0.name) })
    }

    @Test func anAcronymOrTheMembersPluralKeepsTheFullName() throws {
        let actors = try Self.actors("""
            Mayor Lena Ortiz said the GOP would back the council plan. The GOP has said little since.
            """)
        #expect(actors.contains { $0.name == "Republican Party" })
        #expect(!actors.contains { $0.name == "GOP" })
    }

    @Test func aLowerCaseArticleKeepsTheLexiconsThe() throws {
        let actors = try Self.actors("""
            Mayor Lena Ortiz told the Washington Post that the council would vote in May.
            """)
        #expect(actors.contains { $0.name == "The Washington Post" })
    }

    @Test func aCapitalTheInsideASentenceIsPartOfTheName() throws {
        let actors = try Self.actors("""
            Mayor Lena Ortiz told The Harbor Gazette that the council would vote in May.
            "The Harbor Gazette was wrong," Ortiz said later.
            """)
        #expect(actors.contains { $0.name == "The Harbor Gazette" && $0.kind == .organization })
    }

    @Test func aCapitalTheOpeningASentenceSaysNothing() throws {
        let actors = try Self.actors("""
            The Harbor Gazette reported that the council would vote in May. Mayor Lena Ortiz said the Harbor Gazette was right.
            """)
        #expect(actors.contains { $0.name == "Harbor Gazette" && $0.kind == .organization })
    }

    @Test func anotherNameOfSeveralWordsTheTextWritesNamesTheKnownOrganization() throws {
        let actors = try Self.actors("""
            The Department of Justice sued the county on Monday. The Department of Justice said the maps were unfair. \
            Mayor Lena Ortiz told the GOP she would appeal.
            """)
        #expect(actors.contains { $0.name == "Department of Justice" && $0.kind == .organization })
        #expect(!actors.contains { $0.name == "Justice Department" })
        // a single word (an acronym, a members' plural) is no name of the organization's own
        #expect(!actors.contains { $0.name == "GOP" })
    }

    @Test func aLoneSurnameIsThePersonNotTheOrganizationNamedAfterThem() throws {
        let record = try TestSupport.record("""
            Council vote nears

            Students sued Ortiz University in 2010. Then Lena Ortiz filed a suit of her own.

            Ortiz said the students had been paid to complain.
            """)
        let person = try #require(record.actors.first { $0.name == "Lena Ortiz" })
        #expect(person.mentions.filter { $0.text == "Ortiz" }.count == 1)
        #expect(record.positions.first?.speaker?.name == "Lena Ortiz")
    }

    @Test func aLonePlaceIsNoFirstNameOfANameThatStartsWithIt() throws {
        let record = try TestSupport.record("""
            Council vote nears

            Mayor Lena Ortiz spoke about the Florida Standards on Monday.

            Teachers in Florida disagree. Florida has changed its tests twice.
            """)
        #expect(!record.actors.contains { actor in
            actor.name.hasPrefix("Florida ") && actor.mentions.contains { $0.text == "Florida" }
        })
    }
}
