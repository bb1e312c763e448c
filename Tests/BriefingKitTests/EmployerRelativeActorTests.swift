import Testing
@testable import BriefingKit

/// An organization a named person is introduced as holding a post in ("Dana Orrin, executive
/// director of Harbor Neighbors") is an actor however seldom it is named, unless it is a school,
/// a chamber's committee or an office; and a relative named by first name after a person's kin
/// noun ("Vance's wife, Marla") is a person with the family's surname.
@Suite struct EmployerRelativeActorTests {
    @Test func anOrganizationAfterAPersonAndAPostIsAnActor() throws {
        let actors = try TestSupport.actors("""
            The mill closed on Friday. "We will fight this," said Dana Orrin, executive director of Harbor Neighbors, \
            a tenants group.
            """)
        let employer = try #require(actors.first { $0.name == "Harbor Neighbors" }, "named once after her post")
        #expect(employer.kind == .organization)
        #expect(actors.first { $0.name == "Dana Orrin" }?.affiliation == "Harbor Neighbors")
    }

    @Test func anOrganizationAfterAFullNameAndOfIsAnActor() throws {
        let actors = try TestSupport.actors("""
            Markets fell sharply. "The risk is real," said Mark Hale of the Quellmark Fund, a private bank.
            """)
        #expect(actors.contains { $0.name == "Quellmark Fund" && $0.kind == .organization }, "named once after a preposition")
    }

    @Test func noEmployerForAnExpertPostASchoolAChamberCommitteeOrAnOffice() throws {
        let actors = try TestSupport.actors("""
            The bill stalled. "It is dead," said Ann Lorrey, a senior analyst at Quellmark. \
            "It was never alive," said Tom Vance, director of Lakeside College. \
            Dana Orrin, chairman of the Senate Harbor Committee, disagreed. \
            Paul Hale, a former secretary of State, said nothing.
            """)
        #expect(!actors.contains { $0.name == "Quellmark" }, "an analyst's employer credentials the expert")
        #expect(!actors.contains { $0.name.contains("Lakeside") })
        #expect(!actors.contains { $0.name.contains("Harbor Committee") }, "a lawmaker's post in the chamber")
        #expect(!actors.contains { $0.name == "State" })
    }

    @Test func aFirstNameAfterAPossessorsKinNounIsTheirRelative() throws {
        let actors = try TestSupport.actors("""
            Paul Vance spoke in Dayton on Monday. Vance's wife, Marla, stood beside him.
            """)
        let wife = try #require(actors.first { $0.name == "Marla Vance" })
        #expect(wife.kind == .person)
        #expect(wife.mentions.map(\.text) == ["Marla"])
    }

    @Test func aPronounsKinNounTakesTheOnePersonOfItsGender() throws {
        let actors = try TestSupport.actors("""
            Senator Paul Vance spoke in Dayton on Monday, and his son Teddy, a marine, listened.
            """)
        #expect(actors.contains { $0.name == "Teddy Vance" })
        let open = try TestSupport.actors("""
            Paul Vance told Mark Hale on Monday that he and his wife, Marla, would stay.
            """)
        #expect(!open.contains { $0.name.hasPrefix("Marla") }, "'his' may mean either man")
    }

    @Test func aPronounsKinNounIsNoFamilyName() throws {
        // "his" is the "He"'s, Romney continued; the last name written is Cruz's
        let actors = try TestSupport.actors("""
            Mitt Romney endorsed Ted Cruz on Monday. He brought his son Tagg to the rally.
            """)
        #expect(!actors.contains { $0.name == "Tagg Cruz" })
    }

    @Test func aPossessorsFullNameGivesTheWholeSurname() throws {
        let actors = try TestSupport.actors("""
            Marine Le Pen spoke in Lyon on Monday. Marine Le Pen's niece Marion listened.
            """)
        #expect(actors.contains { $0.name == "Marion Le Pen" })
    }

    @Test func aFormerPostOrANewClauseGivesNoEmployer() throws {
        let actors = try TestSupport.actors("""
            Mayor Bob Reyes praised Ann Lee, but the president of the Harbor Tenants Union said the deal was bad. \
            Jane Cole, a former president of the Lake Renters League, spoke on Monday. \
            Donald Trump spoke in Ohio. Hope Hicks, a spokeswoman for Trump, said the rally was full.
            """)
        #expect(actors.first { $0.name == "Ann Lee" }?.affiliation == nil)
        #expect(actors.first { $0.name == "Jane Cole" }?.affiliation == nil)
        #expect(!actors.contains { $0.name == "Trump" && $0.kind == .organization })
    }
}
