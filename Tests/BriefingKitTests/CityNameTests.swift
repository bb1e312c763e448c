import Testing
@testable import BriefingKit

/// A world city named on its own is a setting, not a person a pronoun could refer to.
@Suite struct CityNameTests {
    @Test func aCityIsNoPerson() throws {
        let record = try TestSupport.record("""
            Harbor notes
            Gov. Dale Porter toured the port on Monday. Terre Haute and Boca Raton sent crews, and he said he will sign the bridge bill next week.

            """)
        #expect(!record.actors.contains { ["Terre Haute", "Boca Raton"].contains($0.name) && $0.kind == .person })
        let commitment = try #require(record.commitments.first { $0.evidence.text.contains("bridge bill") })
        #expect(record.actor(id: commitment.actor.actor)?.name == "Dale Porter")
    }

    @Test func aCityAsTheLastWordOfANameLeavesThePerson() throws {
        let record = try TestSupport.record("""
            Harbor notes
            Kellyanne Conway toured the port on Monday. Conway, who runs the campaign, insisted the bridge will reopen in May.

            """)
        let position = try #require(record.positions.first { $0.content.text.contains("bridge will reopen") })
        #expect(record.actor(id: position.speaker?.actor)?.name == "Kellyanne Conway")
    }

    @Test func aTitledOrCommonSurnameIsNoCity() throws {
        let record = try TestSupport.record("""
            Harbor notes
            Mr. Tacoma has promised to repeal the gas tax. Justice Kennedy, who wrote the opinion, has vowed to retire next year.

            """)
        #expect(record.actors.contains { $0.name.hasSuffix("Tacoma") && $0.kind == .person })
        #expect(record.actors.contains { $0.name.hasSuffix("Kennedy") && $0.kind == .person })
        #expect(record.commitments.contains { record.actor(id: $0.actor.actor)?.name.hasSuffix("Tacoma") == true })
        #expect(record.commitments.contains { record.actor(id: $0.actor.actor)?.name.hasSuffix("Kennedy") == true })
    }
}
