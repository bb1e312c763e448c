import Testing
@testable import BriefingKit

/// "he" and "she" go to a person the text allows: never to one it shows to be of the other
/// gender (by first name, title or role), whoever was named last.
@Suite struct PronounGenderTests {
    @Test func aPronounAfterAnUnnamedPersonOfItsGenderStaysUnresolved() throws {
        let record = try TestSupport.record("""
            Campaign trail notes
            Gov. Nancy Hill endorsed him. Lee Marsh spoke after a woman in Dayton told him she worries the plan is too slow.

            Gov. Nancy Hill spoke next. “Any woman can run the House,” she said.

            """)
        let worry = try #require(record.positions.first { $0.content.text.contains("too slow") })
        #expect(worry.speaker?.actor == nil, "'she' may be the woman in Dayton, not Nancy Hill")
        let place = try #require(record.positions.first { $0.content.text.contains("run the House") })
        #expect(record.actor(id: place.speaker?.actor)?.name == "Nancy Hill", "a woman inside a quotation is no antecedent")
    }

    @Test func sheSkipsTheManNamedLast() throws {
        let record = try TestSupport.record("""
            Campaign trail notes
            Hillary Clinton met Bernie Sanders in Ohio on Monday. She said she will campaign in Ohio next week.

            """)
        let position = try #require(record.positions.first { $0.content.text.contains("campaign in Ohio") })
        #expect(record.actor(id: position.speaker?.actor)?.name == "Hillary Clinton")
    }

    @Test func heSkipsAWomanKnownByHerTitle() throws {
        let record = try TestSupport.record("""
            Campaign trail notes
            Ted Lowe spoke after Mrs. Anne Ward on Monday. He said the bridge will reopen in May.

            """)
        let position = try #require(record.positions.first { $0.content.text.contains("bridge will reopen") })
        #expect(record.actor(id: position.speaker?.actor)?.name == "Ted Lowe")
    }

    @Test func aPersonOfUnknownGenderStaysAvailableToBoth() throws {
        let record = try TestSupport.record("""
            Campaign trail notes
            Robin Okafor spoke on Monday. She said the bridge will reopen in May.

            """)
        let position = try #require(record.positions.first { $0.content.text.contains("bridge will reopen") })
        #expect(record.actor(id: position.speaker?.actor)?.name == "Robin Okafor")
    }
}

/// Followers of a faith and members of a people ("Muslims", "Evangelicals", "an Irish Catholic")
/// are a group or no actor, never a person: "he" and "she" never refer to them.
@Suite struct AdherentGroupTests {
    @Test func aRecurringPluralOfAFaithIsAGroupThatNoGenderedPronounTakes() throws {
        let record = try TestSupport.record("""
            Campaign trail notes
            Tom Reed met Muslims in Dayton. Muslims there asked about schools. His plan to close the border worried them.

            Reed spoke again on Tuesday. Mormons and Evangelicals listened. Mormons cheered. He said he will campaign in Utah next week.

            """)
        #expect(record.actors.first { $0.name == "Muslims" }?.kind == .group)
        #expect(record.actors.first { $0.name == "Mormons" }?.kind == .group)
        #expect(!record.actors.contains { $0.kind == .person && ["Muslims", "Mormons", "Evangelicals"].contains($0.name) })
        let plan = try #require(record.commitments.first { $0.evidence.text.contains("close the border") })
        #expect(plan.actor.name == "Tom Reed", "'his' never refers to a faith's followers")
        let position = try #require(record.positions.first { $0.content.text.contains("campaign in Utah") })
        #expect(record.actor(id: position.speaker?.actor)?.name == "Tom Reed")
    }

    @Test func aFaithOrAPeopleBeforeAGroupNounSaysWhichPeople() throws {
        let record = try TestSupport.record("""
            Campaign trail notes
            Tom Reed spoke in Dayton on Monday. Muslim immigrants said they feel watched. Asian leaders said the tariffs worry them.

            """)
        let groups = Set(record.actors.filter { $0.kind == .group }.map(\.name))
        #expect(groups.isSuperset(of: ["Muslim immigrants", "Asian leaders"]))
    }

    @Test func aSingularAdherentNounOrAQualifiedOneNamesNoPerson() throws {
        let record = try TestSupport.record("""
            Campaign trail notes
            Senator Ann Bell grew up a Methodist. Methodist hymns still move her, and the Methodist church in Dayton hosted her.

            An Irish Catholic from Scranton spoke before her. Since announcing in May that she would not seek the presidency, she has campaigned for others.

            """)
        #expect(!record.actors.contains { ["Methodist", "Irish Catholic"].contains($0.name) })
        let pledge = try #require(record.commitments.first { $0.evidence.text.contains("not seek the presidency") })
        #expect(pledge.actor.name == "Ann Bell")
    }
}

/// First names the census gives to one sex rule a person out for the other pronoun; a
/// surname alone that is also a first name ("Christie") tells nothing.
@Suite struct CensusFirstNameGenderTests {
    @Test func sheIsNeverAManTheCensusNames() throws {
        #expect(try TestSupport.speaker(of: "not recognize it", in: """
            Caucus notes
            Lorna Ebeling met Barry Hollis in 1968. Barry Hollis ran for president that year. \
            “He would not recognize it,” she said.

            """) == "Lorna Ebeling")
    }

    @Test func aSurnameThatIsAFirstNameTellsNoGender() throws {
        #expect(try TestSupport.speaker(of: "the person who started", in: """
            Caucus notes
            Donald Trump spoke in Ohio. Chris Christie defended him on Sunday.

            “He’ll appoint an attorney general,” Christie added.

            Asked about the remark, Christie blamed Hillary Clinton for the fight.

            “The fact is that she’s been the person who started this,” he said.

            """) == "Chris Christie")
    }
}
