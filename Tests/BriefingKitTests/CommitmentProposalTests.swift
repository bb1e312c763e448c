import Testing
@testable import BriefingKit

/// A candidate's policy proposals on small invented articles: narration's "would" with a policy
/// verb, "suggested" with a gerund, "advocated for"; the narrated "would" that pledges nothing;
/// and a first conjunct described between commas sharing the item.
@Suite struct CommitmentProposalTests {
    private func commitments(_ body: String) throws -> [CommitmentRecord] { try TestSupport.commitments(body) }

    @Test func narratedWouldWithAPolicyVerbIsACandidatesProposal() throws {
        let found = try commitments("Senator Dana Hill of Ohio released her tax plan on Monday. Ms. Hill would eliminate taxes on investment income.")
        let item = try #require(found.first)
        #expect(item.actor.name == "Dana Hill")
        #expect(item.polarity == .positive)
        #expect(item.action.hasPrefix("eliminate taxes on investment income"))
    }

    @Test func narratedWouldOfAPastStoryAConditionOrAnOutcomeIsNone() throws {
        // the future of a past story, an outcome verb, a narrator's hypothetical
        #expect(try commitments("Senator Dana Hill of Ohio spoke on Monday. Ms. Hill would later cut the budget.").isEmpty)
        #expect(try commitments("Senator Dana Hill of Ohio spoke on Monday. Ms. Hill would win the primary easily.").isEmpty)
        #expect(try commitments("Senator Dana Hill of Ohio spoke on Monday. If elected, Ms. Hill would cut the budget.").isEmpty)
        // a past setting makes it what then followed or a habit
        #expect(try commitments("Senator Dana Hill of Ohio spoke on Monday. Two years later, Ms. Hill would repeal the law.").isEmpty)
        #expect(try commitments("Senator Dana Hill of Ohio spoke on Monday. In 1998, Ms. Hill would cut the budget.").isEmpty)
        #expect(try commitments("Senator Dana Hill of Ohio spoke on Monday. Back then, Ms. Hill would cut the budget.").isEmpty)
        #expect(try commitments("Senator Dana Hill of Ohio spoke on Monday. Ms. Hill would cut the budget every spring.").isEmpty)
        // a target year is no past
        let target = try commitments("Senator Dana Hill of Ohio spoke on Monday. By 2030, Ms. Hill would cut emissions by half.")
        #expect(target.map(\.actor.name) == ["Dana Hill"])
    }

    @Test func suggestingAnActIsAProposalButSuggestingThatIsNot() throws {
        let found = try commitments("Governor Tom Lake suggests reducing state regulations to help farmers.")
        #expect(found.map(\.actor.name) == ["Tom Lake"])
        #expect(try commitments("Governor Tom Lake suggested that the farmers had been misled.").isEmpty)
        #expect(try commitments("Governor Tom Lake suggested nothing of the sort.").isEmpty)
        #expect(try commitments("Governor Tom Lake suggested during an interview that farmers had been misled.").isEmpty)
    }

    @Test func advocatingForAnActIsAProposal() throws {
        let found = try commitments("Governor Tom Lake has advocated for building a new bridge across the river.")
        #expect(found.map(\.actor.name) == ["Tom Lake"])
        #expect(found.map(\.polarity) == [.positive])
    }

    @Test func aFirstConjunctWithADescriptionSharesTheItem() throws {
        let found = try commitments("Jeb Bush and Marco Rubio spoke on Monday. Jeb Bush, the former Florida governor, and Senator Marco Rubio will campaign in Iowa.")
        #expect(found.map(\.actor.name) == ["Jeb Bush", "Marco Rubio"])
    }
}
