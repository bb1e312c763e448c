import Testing
@testable import BriefingKit

/// Names the name rules took for people that are none: descriptions without a name,
/// adjective compounds, places and things named only to qualify a noun.
@Suite struct NamelessPersonTests {
    private func persons(_ text: String) throws -> [String] {
        try TestSupport.record(text).actors.filter { $0.kind == .person }.map(\.name)
    }

    @Test func aPartyOrTitleWithoutANameIsNoPerson() throws {
        let record = try TestSupport.record("""
            Senate clash over health funding
            Senator Ann Vell of Maryland, a Democrat on the finance committee, said the bill would pass. "If you were a Democrat running for office, you would vote for it," Vell said. Representative Tom Garrow, Republican of South Carolina, said the plan was flawed.

            Senate Dems are right about the bill, Garrow said.

            """)
        let persons = record.actors.filter { $0.kind == .person }.map(\.name)
        #expect(persons.contains("Ann Vell") && persons.contains("Tom Garrow"))
        #expect(!persons.contains("Democrat") && !persons.contains("Republican of South Carolina"))
        // a party's members in the plural are a group
        #expect(!persons.contains("Senate Dems"))
        #expect(record.actors.contains { $0.name == "Senate Dems" && $0.kind == .group })
    }

    @Test func anAdjectiveCompoundIsNoPerson() throws {
        let persons = try persons("""
            Activists rally
            Dana Hill, a New York City-based activist, said the rally would go on. Pulitzer Prize-winning author Ray Lodd said he would march too.

            """)
        #expect(persons.contains("Dana Hill") && persons.contains("Ray Lodd"))
        #expect(!persons.contains { $0.hasSuffix("-based") || $0.hasSuffix("-winning") })
    }

    @Test func aNameWrittenOnlyAsAPlaceIsNoPerson() throws {
        let persons = try persons("""
            Storm hits coast
            Relief crews arrived in Karva Tepe on Tuesday. Dana Hill said families in Karva Tepe needed water.

            The flood reached Ostrel, Connecticut, on Monday. Hill said she would stay in Karva Tepe next week.

            """)
        #expect(persons == ["Dana Hill"])
    }

    @Test func aNameOnlyQualifyingANounIsNoPerson() throws {
        let record = try TestSupport.record("""
            Tax fight returns
            The debate over the Cadillac tax grew louder on Monday. Critics of the Cadillac tax said it hurts workers, and Dana Hill said the Cadillac tax must go.

            A Marlow Harbin poll released Monday showed Hill ahead. The Marlow Harbin poll found support for repeal.

            """)
        #expect(!record.actors.contains { $0.name == "Cadillac" })
        // a name qualifying "poll" is the pollster's
        #expect(record.actors.contains { $0.name == "Marlow Harbin" && $0.kind == .organization })
    }

    @Test func aWordCapitalizedOnlyToOpenItsSentencesIsNoPerson() throws {
        let found = try persons("""
            Budget talks stall
            Senator Ann Vell said the budget would pass this week. Moreover, the plan would cut the deficit, Vell said.

            Everybody in the chamber knows the vote is close. Moreover, the governor has not signed.

            """)
        #expect(found.contains("Ann Vell"))
        #expect(!found.contains("Moreover") && !found.contains("Everybody"))
        // a surname that is also a word, named inside a sentence too, stays
        let surname = try persons("""
            Budget talks stall

            Price said the budget would pass this week. Critics said Price had misread the votes.

            """)
        #expect(surname.contains("Price"))
    }

    @Test func aWordShapedAsAnIdeaOrAKindOfPeopleIsNoPerson() throws {
        let record = try TestSupport.record("""
            Schools debate
            Senator Ann Vell spoke on Monday about Communism and Islamophobia in the schools. The Jewish vote and the African-American vote matter, Vell said. Millennials and Floridians will decide the race, and Millennials know it.

            """)
        let persons = record.actors.filter { $0.kind == .person }.map(\.name)
        #expect(persons == ["Ann Vell"])
        #expect(!record.actors.contains { $0.name == "Millennials" && $0.kind == .person })
    }

    @Test func aPersonWhoActsOrIsTitledStays() throws {
        let persons = try persons("""
            Council meets
            Mr. Varga said the Varga plan would cut costs. The Varga plan was approved on Monday.

            Residents in Lodwick said they were pleased, and Ms. Ostrander of Lodwick said she would vote yes.

            """)
        #expect(persons.contains { $0.hasSuffix("Varga") })
        #expect(persons.contains { $0.hasPrefix("Ostrander") })
    }

    @Test func aNameWithACapitalAfterItsHyphenOrARegimeIsAPerson() throws {
        let found = try persons("""
            Michigan race heats up
            Supporters cheered Abdul El-Sayed in Detroit on Monday. The crowd praised Abdul El-Sayed again.

            Rebels attacked the Assad regime on Monday, and the Assad regime struck back.

            """)
        #expect(found.contains("Abdul El-Sayed"))
        #expect(found.contains { $0.hasSuffix("Assad") })
    }
}
