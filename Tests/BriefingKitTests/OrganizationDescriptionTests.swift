import Testing
@testable import BriefingKit

/// "the company", "the campaign", "the mayor's office": a description with an organization noun
/// speaks for an organization named before it only when it can denote that organization; when it
/// cannot, the speaker stays unresolved rather than the organization last named.
@Suite struct OrganizationDescriptionTests {
    private func speakers(_ body: String) throws -> [String?] {
        let record = try TestSupport.record("Budget talks in Montpelier\n" + body + "\n")
        return record.positions.map { $0.speaker?.actor.flatMap { id in record.actors.first { $0.id == id }?.name } }
    }

    @Test func aPersonsOfficeIsNotTheOrganizationLastNamed() throws {
        let found = try speakers("The Daily Courier reported that the plan had stalled. The mayor's office said the talks would resume.")
        #expect(found.first == "Daily Courier")
        #expect(found.last == .some(nil))
    }

    @Test func anOwnerNamedInThePhraseMustBeInTheOrganizationsName() throws {
        let found = try speakers("Civic Watch sued the state on Monday. The Harlan campaign said the suit had no merit.")
        #expect(found.last == .some(nil))
        let named = try speakers("The Harlan campaign ran ads on Monday. Civic Watch praised them. The Harlan campaign said the ads would run again.")
        #expect(named.last == "Harlan campaign")
    }

    @Test func aKindOfBodyIsOnlyAnOrganizationNamedAsOne() throws {
        let found = try speakers("The Democratic Party met on Monday. The campaign said the vote would be close.")
        #expect(found.last == .some(nil))
        let government = try speakers("Civic Watch sued the state on Monday. The government said the suit had no merit.")
        #expect(government.last == .some(nil))
    }

    @Test func aCompanyIsTheOrganizationLastNamedThatIsNoPublicBody() throws {
        let found = try speakers("Acme Steel Corp. met the Treasury Department on Monday. The company said the plant would stay open.")
        #expect(found.last == "Acme Steel Corp.")
        let body = try speakers("The Treasury Department met donors on Monday. The company said the plant would stay open.")
        #expect(body.last == .some(nil))
    }

    @Test func theChamberIsTheSenateOrTheHouse() throws {
        let found = try speakers("The Senate met on Monday, and Acme Steel Corp. lobbied it. The chamber said the vote would be held Tuesday.")
        #expect(found.last == "Senate")
    }

    @Test func theChamberIsNeitherTheWhiteHouseNorACommittee() throws {
        let found = try speakers("The White House sent the bill to lawmakers on Monday. The chamber said the vote would be held Tuesday.")
        #expect(found.last == .some(nil))
        let committee = try speakers("The House Judiciary Committee opened hearings on Monday. The chamber said the vote would be held Tuesday.")
        #expect(committee.last == .some(nil))
    }

    @Test func aCompanyIsNoBodyWhoseNameHasAPublicWordAnywhere() throws {
        let found = try speakers("The Department of Justice sued the county on Monday. The company said the suit had no merit.")
        #expect(found.last == .some(nil))
        let school = try speakers("Officials of the University of Michigan met donors on Monday. The group said the plant would stay open.")
        #expect(school.last == .some(nil))
    }

    @Test func aNameIsOfItsHeadNoun() throws {
        // "Senate Leadership Fund" is a fund, not a legislature; the Chamber of Commerce a chamber
        let fund = try speakers("Senate Leadership Fund ran ads on Monday. The group said the ads would run again.")
        #expect(fund.last == "Senate Leadership Fund")
        let chamber = try speakers("The U.S. Chamber of Commerce met on Monday. The chamber said the bill would hurt business.")
        #expect(chamber.last == "U.S. Chamber of Commerce")
    }
}
