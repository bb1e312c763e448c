import Testing
@testable import BriefingKit

/// A news outlet cited as a source (GUIDELINES §3) is an organization actor even when named once
/// after a preposition, and so is a network on whose quoted show someone spoke; an outlet named
/// in passing, before an unquoted show or in a title is not.
@Suite struct CitedOutletTests {
    static func actors(_ body: String) throws -> [ActorRecord] {
        try TestSupport.record("Campaign trail notes\n" + body + "\n").actors
    }

    @Test(arguments: [
        ("“It will work,” Dana Morel said on CNN. Morel left early.", "CNN"),
        ("Dana Morel said happily on MSNBC as results came in. Morel left early.", "MSNBC"),
        ("Dana Morel spoke publicly on CNN as results came in. Morel left early.", "CNN"),
        ("“It will work,” Dana Morel said in a Friday interview with Univision. Morel left early.", "Univision"),
        ("Dana Morel told Newsweek that the plan would work. Morel left early.", "Newsweek"),
        ("Dana Morel said the plan would work, speaking to CNN after the vote. Morel left early.", "CNN"),
        ("Dana Morel backed the plan, as reported by BuzzFeed News. Morel left early.", "BuzzFeed News"),
        ("Dana Morel said in a recent report in The New York Times that it would work. Morel left.", "The New York Times"),
        ("WASHINGTON, Aug. 24 (UPI) — Dana Morel said the plan would work. Morel left early.", "United Press International"),
        ("“It will work,” Dana Morel said on MSNBC's “Morning Joe.” Morel left early.", "MSNBC"),
        ("Dana Morel said on ABC's \"This Week\" that it would work. Morel left early.", "ABC"),
        ("Dana Morel said on CNN's ''State of the Union'' that it would work. Morel left early.", "CNN"),
    ])
    func anOutletCitedAsASourceIsAnActor(body: String, outlet: String) throws {
        let actor = try Self.actors(body).first { $0.name == outlet }
        #expect(actor?.kind == .organization, "\(body)")
    }

    @Test(arguments: [
        ("Dana Morel said she had read about the plan in The New York Times. Morel left early.", "The New York Times"),
        ("Dana Morel said on MSNBC's morning show that the plan would work. Morel left early.", "MSNBC"),
        ("Dana Morel read about it in CNN's “Reliable Sources” newsletter. Morel left early.", "CNN"),
        ("Dana Morel later went on CNN to defend the plan. Morel left early.", "CNN"),
        ("Dana Morel said the plan would work, speaking to CBS This Morning. Morel left early.", "CBS News"),
        ("“It will work,” Dana Morel said on CNN radio. Morel left early.", "CNN"),
        ("Dana Morel defended her comments on The Washington Post, which she called biased. Morel left.", "The Washington Post"),
        ("In remarks on The New York Times, Dana Morel said the paper was failing. Morel left early.", "The New York Times"),
        ("Dana Morel made the comments on CNN, which she called fake news. Morel left early.", "CNN"),
        ("Dana Morel issued a statement on Politico, calling the story false. Morel left early.", "Politico"),
    ])
    func anOutletNamedInPassingIsNoActor(body: String, outlet: String) throws {
        #expect(!(try Self.actors(body)).contains { $0.name == outlet }, "\(body)")
    }
}
