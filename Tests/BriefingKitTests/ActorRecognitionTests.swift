import Testing
@testable import BriefingKit

/// Which capitalized phrases become actors, and of what kind: people's names against
/// phrases of ordinary words and places, a party's members against the party, and
/// institutions named only in passing.
@Suite struct ActorRecognitionTests {
    static let headline = "Campaign trail notes\n"

    static func actors(_ body: String) throws -> [ActorRecord] {
        try TestSupport.record(Self.headline + body + "\n").actors
    }

    @Test func phrasesOfOrdinaryWordsAreNotPeople() throws {
        let actors = try Self.actors("""
            Team Spirit opened the rally in Little Rock. Team Spirit then moved on.
            Little Rock was quiet. Mitt Romney watched, and Romney left early.
            """)
        #expect(!actors.contains { $0.name == "Team Spirit" && $0.kind == .person })
        #expect(!actors.contains { $0.name == "Little Rock" })
        #expect(actors.contains { $0.name == "Mitt Romney" && $0.kind == .person })
    }

    @Test func aClauseBeforeANameIsNoRoleAndAPatrolIsAnOrganization() throws {
        let actors = try Self.actors("""
            The pileup began, Nevada Highway Patrol described, in the southbound lanes. Nevada Highway Patrol closed the road.
            """)
        let patrol = try #require(actors.first { $0.name == "Nevada Highway Patrol" })
        #expect(patrol.kind == .organization)
        #expect(patrol.role == nil)
        #expect(!patrol.mentions.contains { $0.text.hasPrefix("The pileup") })
    }

    @Test func regionsAndLandmarksAreNotPeople() throws {
        let actors = try Self.actors("""
            Volunteers knocked on doors in West Tarvik on Sunday. The crowd later met at Brennor Ranch,
            near Quillen Mansion and the Ostrel Ocean. South Korean-born Dana Morel said she would vote.
            """)
        for place in ["West Tarvik", "Brennor Ranch", "Quillen Mansion", "Ostrel Ocean"] {
            #expect(!actors.contains { $0.name == place }, "\(place)")
        }
        #expect(actors.contains { $0.name == "Dana Morel" && $0.kind == .person }, "a first name after a compass point is a person; the birthplace is no part of the name")
    }

    @Test func initialsAndAbbreviationsAreNeverPeople() throws {
        let actors = try Self.actors("""
            The QRX said on Monday it would sue. The QRX filed in Feb. and again in Mar. at a court in Roanoke, Va.
            Donors gave to House Values PAC. House Values PAC then went quiet. The firm kept a culture called "The QZ Way."
            """)
        #expect(actors.contains { $0.name == "QRX" && $0.kind == .organization }, "an acronym that speaks is an organization")
        #expect(!actors.contains { ["Feb.", "Mar.", "Va", "Va."].contains($0.name) })
        #expect(actors.contains { $0.name == "House Values PAC" && $0.kind == .organization })
        #expect(!actors.contains { $0.kind == .person })
    }

    @Test func aPartyAfterAPlaceOrABodyBeforeANameIsNoPartOfIt() throws {
        let actors = try Self.actors("""
            Senate Intelligence Ranking Democrat Dianne Feinstein said the email was not secret. North Dakota Republican Bette Grande said she would wait.
            """)
        #expect(actors.contains { $0.name == "Dianne Feinstein" && $0.kind == .person })
        #expect(actors.contains { $0.name == "Bette Grande" && $0.kind == .person })
        #expect(!actors.contains { $0.name.contains("Republican") || $0.name.contains("Democrat") })
    }

    @Test func aDescriptionWithNoKnownTitleBeforeANameIsTheRole() throws {
        let actors = try Self.actors("""
            Harlow County Supervisor of Elections Dana Quillet said that the polls would open late. \
            Norvale Police Chief Calvin Ostrander said the crowd was calm. \
            White Harbor Counsel W. Neil Pellerin said the letter was sent.
            """)
        let quillet = try #require(actors.first { $0.name == "Dana Quillet" })
        #expect(quillet.kind == .person)
        #expect(quillet.role == "Harlow County Supervisor of Elections")
        #expect(actors.contains { $0.name == "Calvin Ostrander" && $0.role == "Norvale Police Chief" })
        #expect(actors.contains { $0.name == "W. Neil Pellerin" && $0.kind == .person })
        #expect(!actors.contains { $0.name.contains("Chief") || $0.name.contains("Supervisor") })
    }

    @Test func aRunOfDictionaryWordsEndingInAFirstNameIsNoPerson() throws {
        let actors = try Self.actors("""
            Pastor Ann Vell spoke on Sunday. She said “We Don’t Know What Will Happen” \
            was the sermon’s title, and the Defeat Crooked Hillary PAC paid for the flyers.
            """)
        #expect(!actors.contains { $0.name == "Will Happen" || $0.name == "Hillary PAC" })
    }

    @Test func aPartyOrATitleBeforeANameIsNoPartOfIt() throws {
        let actors = try Self.actors("""
            Democrat Hillary Clinton spoke first. Clinton said she would win. QRX Director Joan Vesper said the review was over.
            """)
        #expect(actors.contains { $0.name == "Hillary Clinton" && $0.kind == .person })
        #expect(!actors.contains { $0.name.hasPrefix("Democrat") })
        let vesper = try #require(actors.first { $0.name == "Joan Vesper" })
        #expect(vesper.role == "QRX director")
        let mayor = try #require(try Self.actors("Mayor of Kolbria Piotr Vand said the fire was an accident.").first { $0.kind == .person })
        #expect(mayor.name == "Piotr Vand")
        #expect(mayor.role == "mayor of Kolbria")
    }

    @Test func aPluralOrUndottedTitleIsNoPartOfTheName() throws {
        let actors = try Self.actors("""
            Sens. Mara Quell and Tobin Ashe wrote the letter. Govs. Ida Pruett and Lyle Varn signed it.
            Mr Dorsan Kell replied. Quell said the letter was final.
            """)
        for name in ["Mara Quell", "Ida Pruett", "Dorsan Kell"] {
            #expect(actors.contains { $0.name == name && $0.kind == .person }, "\(name)")
        }
        let titled = actors.filter { actor in ["Sens.", "Govs.", "Mr "].contains { actor.name.hasPrefix($0) } }
        #expect(titled.isEmpty, "\(titled.map(\.name))")
    }

    @Test func aNameWithAMiddleWordIsTheSamePersonAsItsShortForm() throws {
        let actors = try Self.actors("""
            Corwin T. Bayle said the plan was dead. Later, Corwin Bayle said it again.
            George A. Tully and George B.R. Tully, father and son, both disagreed. George Tully stayed quiet.
            """)
        #expect(actors.filter { $0.name.hasPrefix("Corwin") }.count == 1)
        #expect(actors.filter { $0.name.hasPrefix("George") && $0.name.hasSuffix("Tully") }.count == 3,
                "two full names that shorten alike stay apart")
    }

    @Test func anOrganizationNamedByItsLastWordIsTheOneItEnds() throws {
        let actors = try Self.actors("""
            Ashford Valley PAC ran ads against Nell Ostry. The PAC said it would spend more next week.
            """)
        #expect(actors.contains { $0.name == "Ashford Valley PAC" && $0.mentions.contains { $0.text == "PAC" } })
        #expect(!actors.contains { $0.name == "PAC" })
        let two = try Self.actors("""
            Ashford Valley PAC and Brenton Hills PAC ran ads against Nell Ostry. The PAC said it would spend more.
            """)
        #expect(two.contains { $0.name == "PAC" }, "a short name two organizations end with stays apart")
    }

    @Test func aShortSentenceFullOfNamesIsNoHeadline() throws {
        // a closing author line: most of its long words are capitalized, but it is a sentence
        let actors = try Self.actors("I ran for mayor to fix the roads.\n\nCarl Vendry is the Republican mayor of Dunmore.")
        #expect(actors.contains { $0.name == "Carl Vendry" && $0.kind == .person })
    }

    @Test func aWordMadeFromANameIsNoPerson() throws {
        let actors = try Self.actors("""
            Vandercare was the law Vander signed. Vander defended Vandercare again. The Zorvani vote matters.
            Zorvanis turned out in force, and Zorvanis voted early.
            """)
        #expect(actors.contains { $0.name == "Vander" && $0.kind == .person })
        #expect(!actors.contains { $0.name == "Vandercare" })
        #expect(actors.contains { $0.name == "Zorvanis" && $0.kind == .group })
    }

    @Test func aSentenceOpeningAdverbIsNoName() throws {
        let actors = try Self.actors("Shortly after noon the vote began. Shortly before midnight it ended.")
        #expect(!actors.contains { $0.name == "Shortly" })
    }

    @Test func aSentenceOpeningDictionaryWordBeforeAFullNameIsNoPartOfIt() throws {
        let actors = try Self.actors("""
            Wherever Dara Quell campaigns, the halls fill. Quell said the tour would go on.
            Pollster Ann Tesk agreed, and Tesk said so twice. North Carolina Democrats said nothing.
            """)
        #expect(!actors.contains { ["Wherever Dara Quell", "Pollster Ann Tesk", "Carolina Democrats"].contains($0.name) })
        #expect(actors.contains { $0.name == "Dara Quell" && $0.kind == .person })
        #expect(actors.contains { $0.name == "Ann Tesk" && $0.kind == .person })
    }

    @Test func aTitleAfterAModifierIsNoPartOfTheNameAfterIt() throws {
        let actors = try Self.actors("""
            The memo went to Dornan Chief of Staff Marla Vennick on Monday. Vennick said the plan was sound.
            Undersecretary for Trade Ned Brandt said the talks would resume. Brandt said so twice.
            """)
        #expect(!actors.contains { $0.name.contains("Chief") || $0.name.contains("Undersecretary") })
        #expect(actors.contains { $0.name == "Marla Vennick" && $0.kind == .person })
        #expect(actors.contains { $0.name == "Ned Brandt" && $0.kind == .person })
    }

    @Test func anInterjectionOrPrepositionOpeningTheSentenceIsNoName() throws {
        let actors = try Self.actors("""
            Alas, within hours Dara Quell was back at it. Besides Varno Tesk, nobody spoke.
            Whatever Quell's plans, she said the plan was sound.
            """)
        #expect(!actors.contains { ["Alas", "Besides", "Whatever"].contains(String($0.name.split(separator: " ")[0])) })
    }

    @Test func aKnownOrganizationKeepsItsOwnOf() throws {
        let actors = try Self.actors("""
            Ned Farr, an adviser to the U.S. Chamber of Commerce, said the bill would pass.
            """)
        #expect(!actors.contains { $0.name == "U.S. Chamber" })
        #expect(actors.contains { $0.name.hasSuffix("Chamber of Commerce") && $0.kind == .organization })
    }

    @Test func aFollowPromptWithAHandleNamesNoActor() throws {
        let actors = try Self.actors("""
            Dara Quell said the tour would go on.

            Follow Ilo Vesk on Twitter @ilovesk.
            """)
        #expect(!actors.contains { $0.name.contains("Vesk") })
    }

    @Test func aSentenceOpeningParticipleOrConjunctionIsNoName() throws {
        let actors = try Self.actors("""
            Trailing the field, Dara Quell said she would stay in. Trailing the field again, Quell stayed.
            Joining Vesk on stage was Mor Tesk, and Ilo Vesk spoke. Given Tesk's record, few objected. Unless Quell wins, Tesk said, it ends.
            <note id="4">While I respect the panel, Quell said, the vote stands.</note>
            """)
        #expect(!actors.contains { ["Trailing", "Joining Vesk", "Given Tesk", "Unless Quell", "While I"].contains($0.name) })
        #expect(actors.contains { $0.name == "Dara Quell" && $0.kind == .person })
        #expect(actors.contains { $0.name == "Mor Tesk" && $0.kind == .person })
    }

    @Test func aMonthBeforeANameIsADate() throws {
        let actors = try Self.actors("""
            In August Vell met the families. Since October Vell has said little. Ann Vell will speak on Friday.
            """)
        #expect(!actors.contains { ["August Vell", "October Vell"].contains($0.name) })
        #expect(actors.contains { $0.name == "Ann Vell" && $0.kind == .person })
    }

    @Test func capitalizedWordsBeforeANounModifyIt() throws {
        let actors = try Self.actors("""
            Dara Quell testified before the Senate Zorvia hearing for six hours. The Senate Zorvia hearing ended in June.
            Quell thanked the Ann Vell campaign, and Vell said little.
            """)
        #expect(!actors.contains { $0.name == "Senate Zorvia" })
        #expect(actors.contains { $0.name == "Ann Vell" && $0.kind == .person })
    }

    @Test func placeShapedNamesAndPartyDescriptionsAreNotPeople() throws {
        let actors = try Self.actors("""
            The mayor of San Corvino spoke. San Corvino was calm, and Corvo Beach was empty. Corvo Beach reopened.
            Senator Ann Vell spoke next. The Kentucky Republican said the bill would pass, and the Kentucky Republican left.
            """)
        #expect(!actors.contains { ["San Corvino", "Corvo Beach", "Kentucky Republican"].contains($0.name) })
        #expect(actors.contains { $0.name == "Ann Vell" && $0.kind == .person })
    }

    @Test func aNameEndingInAPlaceIsNotAPerson() throws {
        let actors = try Self.actors("Voters in South Florida lined up early. South Florida was busy all day.")
        #expect(!actors.contains { $0.name == "South Florida" })
    }

    @Test func aSingleNameWrittenAfterPlacePrepositionsIsAPlace() throws {
        let actors = try Self.actors("""
            The attack in Zorvana shocked the region. Aid arrived from Zorvana weeks later.
            Dunmore spoke first. Dunmore promised more aid.
            """)
        #expect(!actors.contains { $0.name == "Zorvana" })
        #expect(actors.contains { $0.name == "Dunmore" && $0.kind == .person })
    }

    @Test func aPlaceIsNoMentionOfTheInstitutionItsWordStarts() throws {
        let actors = try Self.actors("""
            Lena Marsh, a spokeswoman for the Ohio Orchard Growers League, said the rules were unfair.
            Farmers in Ohio lost money this year. Ohio has the most orchards, and growers from Ohio want help.
            The clinic in Zorvana closed. Aid came from Zorvana late, and the Zorvana Relief Council said it would help.
            """)
        let league = try #require(actors.first { $0.name == "Ohio Orchard Growers League" })
        #expect(league.mentions.map(\.text) == ["Ohio Orchard Growers League"], "Ohio, the state, is no mention of the league")
        let council = try #require(actors.first { $0.name == "Zorvana Relief Council" })
        #expect(!council.mentions.contains { $0.text == "Zorvana" }, "a name written twice as a place is a place")
    }

    @Test func aSurnameThatIsAStateStillFindsAPersonWithAFirstName() throws {
        let actors = try Self.actors("""
            Carla Montana chaired the hearing. Montana, a Democrat, asked the first question.
            """)
        let chair = try #require(actors.first { $0.name == "Carla Montana" })
        #expect(chair.mentions.map(\.text) == ["Carla Montana", "Montana"])
    }

    @Test func aSurnameOfTwoWordsFindsTheOneFullNameEndingInIt() throws {
        let actors = try Self.actors("""
            Delacroix Whitfield said the levy was fair. Committee chair Martha Delacroix Whitfield then closed the hearing, \
            and Delacroix Whitfield told reporters the vote would come in May.
            """)
        let chair = try #require(actors.first { $0.name == "Martha Delacroix Whitfield" })
        #expect(chair.mentions.map(\.text) == ["Delacroix Whitfield", "Martha Delacroix Whitfield", "Delacroix Whitfield"])
        #expect(!actors.contains { $0.name == "Delacroix Whitfield" })
    }

    @Test func aSurnameTwoFullNamesEndInStaysApart() throws {
        let actors = try Self.actors("""
            Martha Delacroix Whitfield and Peter Delacroix Whitfield run the farm. Delacroix Whitfield said the levy was unfair, and Delacroix Whitfield \
            repeated it.
            """)
        #expect(actors.contains { $0.name == "Martha Delacroix Whitfield" && $0.mentions.map(\.text) == ["Martha Delacroix Whitfield"] })
        #expect(actors.contains { $0.name == "Peter Delacroix Whitfield" && $0.mentions.map(\.text) == ["Peter Delacroix Whitfield"] })
    }

    @Test func aPartysMembersAreAGroupUnlessThePartyIsNamed() throws {
        let members = try Self.actors("Republicans said the bill would fail. Republicans then left the chamber.")
        #expect(members.contains { $0.name == "Republicans" && $0.kind == .group })
        #expect(!members.contains { $0.name == "Republican Party" })

        let party = try Self.actors("The Republican Party met on Monday. Republicans said the bill would fail.")
        let gop = try #require(party.first { $0.name == "Republican Party" })
        #expect(gop.kind == .organization)
        #expect(gop.mentions.map(\.text).contains("Republicans"))
    }

    /// A party the text calls only by an acronym and its members' plural is named as its members.
    @Test func aPartyNeverCalledByItsNameIsNamedAsItsMembers() throws {
        let acronym = try Self.actors("The GOP met on Monday. Republicans said the bill would fail.")
        let gop = try #require(acronym.first { $0.mentions.map(\.text).contains("GOP") })
        #expect(gop.name == "Republicans")
        #expect(gop.kind == .organization)
        #expect(gop.mentions.map(\.text).contains("Republicans"))
        #expect(!acronym.contains { $0.name == "Republican Party" })

        // "the party" names the party as an institution: its name stays
        let described = try Self.actors("""
            The GOP met on Monday. Republicans said the bill would fail. The party will vote on it in May.
            """)
        #expect(described.contains { $0.name == "Republican Party" })
        #expect(!described.contains { $0.name == "Republicans" || $0.name == "Party" })
    }

    /// A chamber of a legislature that does not act is where things happen; one that acts, and
    /// Congress, stay.
    @Test func aChamberThatNeverActsIsNoActor() throws {
        let venue = try Self.actors("""
            Dana Morel said Congress had failed the farmers. The bill she wrote died on the Senate floor, \
            and a vote in the House is unlikely, Morel said.
            """)
        #expect(venue.contains { $0.name == "Congress" })
        #expect(!venue.contains { $0.name == "Senate" || $0.name == "House" })

        let acting = try Self.actors("""
            Dana Morel said the Senate passed the bill on Monday. The Senate then left for the summer.
            """)
        #expect(acting.contains { $0.name == "Senate" })
        // an adverb in "-ly" between the chamber and its verb
        let adverb = try Self.actors("""
            Dana Morel spoke on Monday. The Senate unanimously passed her bill.
            """)
        #expect(adverb.contains { $0.name == "Senate" })
        // a noun in "-ly" is no adverb: "Mexico rally was disrupted" shows no Mexico acting
        let rally = try Self.actors("""
            Dana Morel spoke in Texas on Monday. Her Mexico rally was disrupted by protesters, Morel said.
            """)
        #expect(!rally.contains { $0.name == "Mexico" })
        // an adverb after a list of names, or after a parenthetical, before the verb
        let listed = try Self.actors("""
            Dana Morel spoke on Monday. Japan and China strongly opposed the plan. The Senate, meanwhile, unanimously approved the bill.
            """)
        #expect(listed.contains { $0.name == "Japan" } && listed.contains { $0.name == "Senate" })
    }

    /// A lone word of an organization's kind is no name; a newspaper's short name, the police
    /// and a kind word that acts stay.
    @Test func aLoneOrganizationKindWordIsNoActor() throws {
        let actors = try Self.actors("""
            Dana Morel praised the PAC in a speech. The PAC has raised money for years. The Group met in May, \
            and the Group met again in June. Morel left early.
            """)
        #expect(!actors.contains { ["PAC", "Group"].contains($0.name) })

        let named = try Self.actors("""
            Police said Dana Morel was safe. Police closed the road. The Committee said it would vote on Monday.
            """)
        #expect(named.contains { $0.name == "Police" })
        #expect(named.contains { $0.name == "Committee" })
    }

    @Test func aSentenceOpeningWordIsNoPartOfTheNameAfterIt() throws {
        let actors = try Self.actors("""
            Dana Whitlock spoke first. Neither Dana Whitlock nor her aides took questions.
            Certainly Ross Pellew was not pleased. Following Whitlock, Pellew left the hall.
            """)
        #expect(!actors.contains { $0.name.hasPrefix("Neither") || $0.name.hasPrefix("Certainly") || $0.name.hasPrefix("Following") })
        #expect(actors.contains { $0.name == "Ross Pellew" && $0.kind == .person })
    }

    @Test func aPartyAndStateLabelIsNoPerson() throws {
        let actors = try Self.actors("""
            Sen. Ann Corwell (D-Conn.) voted no. Rep. Tom Ilsley (R-Texas) voted yes, and (R-Texas) is how the ballot lists him.
            """)
        #expect(!actors.contains { ["D-Conn", "D-Conn.", "R-Texas"].contains($0.name) })
        #expect(actors.contains { $0.name == "Ann Corwell" && $0.kind == .person })
    }

    @Test func aPartysNationalCommitteeIsAnOrganizationOfItsOwn() throws {
        let actors = try Self.actors("""
            The DNC said it would move the debate. The Democratic Party has long held debates in March.
            The RNC has not said where it will meet.
            """)
        let committee = try #require(actors.first { $0.name == "Democratic National Committee" })
        #expect(committee.kind == .organization)
        #expect(committee.mentions.first?.text == "DNC")
        #expect(actors.contains { $0.name == "Democratic Party" && $0.mentions.map(\.text) == ["Democratic Party"] })
        #expect(actors.contains { $0.name == "Republican National Committee" })
        #expect(!actors.contains { $0.name == "Republican Party" })
    }

    @Test func anInstitutionNamedOnceInPassingIsNoActor() throws {
        let passing = try Self.actors("Dana Hill praised the plan, first tried in the United Nations, at length.")
        #expect(!passing.contains { $0.name == "United Nations" })

        let acting = try Self.actors("The United Nations has praised the plan.")
        #expect(acting.contains { $0.name == "United Nations" })

        // an employer stays: the text names someone who works there
        let employer = try Self.actors("""
            “It will work,” said Dana Hill, the director of Veritas Foundation. Hill spoke at length.
            """)
        #expect(employer.contains { $0.name == "Veritas Foundation" })
    }

    @Test func anInstitutionNamedOnceAsTheOtherSideIsAnActor() throws {
        for (body, name) in [("Dana Hill filed a lawsuit against Veritas Foundation on Friday.", "Veritas Foundation"),
                             ("Dana Hill sent a complaint to the Veritas Foundation, her aides said.", "Veritas Foundation"),
                             ("Dana Hill got a loan from Veritas Bank in 2010.", "Veritas Bank"),
                             ("Dana Hill spoke in an interview with Veritas Network's Tom Lake.", "Veritas Network")] {
            #expect(try Self.actors(body).contains { $0.name == name && $0.kind == .organization }, "\(body)")
        }
        // where one studied, a name qualifying the next noun, a place one goes to: no party
        for (body, name) in [("Dana Hill graduated from Veritas University in 1990.", "Veritas University"),
                             ("Dana Hill spoke to the Veritas Foundation conference on Friday.", "Veritas Foundation"),
                             ("Dana Hill moved to the Veritas Foundation in 2010.", "Veritas Foundation")] {
            #expect(try !Self.actors(body).contains { $0.name == name }, "\(body)")
        }
    }

    @Test func aGroupNamedOnceWithAPartyWordAnywhereIsKept() throws {
        let actors = try Self.actors("""
            Dana Hill courted congressional Republicans on Friday, and Democratic Party officials watched. \
            Hill said the bridge would be rebuilt.
            """)
        #expect(actors.contains { $0.name == "Congressional Republicans" && $0.kind == .group })
        #expect(actors.contains { $0.name == "Democratic Party officials" && $0.kind == .group })
    }

    @Test func anOfficeSoughtOrAPlaceOfPublicationIsNoActor() throws {
        let sought = try Self.actors("""
            Dana Morel, who lost a Senate race in 2010, said she would run for the Senate again.
            Morel also hopes her party will win the White House. She posted the plan on her Facebook page.
            """)
        for name in ["Senate", "White House", "Facebook"] {
            #expect(!sought.contains { $0.name == name }, "\(name)")
        }

        // an institution that acts, and a platform whose account acts, stay
        let acting = try Self.actors("""
            The White House rejected the plan on Monday. Her Facebook account posted a reply within the hour.
            """)
        #expect(acting.contains { $0.name == "White House" })
        #expect(acting.contains { $0.name == "Facebook" })
    }

    @Test func aCountryNamedOnlyAsAPlaceIsNoActor() throws {
        let places = try Self.actors("""
            Dana Morel said the plant would move to Mexico next year. Morel said its parts already come from \
            Canada and Mexico, and the union has members in Canada.
            """)
        for name in ["Mexico", "Canada"] {
            #expect(!places.contains { $0.name == name }, "\(name)")
        }

        // a country that acts stays; one named only as a modifier ("the Canada office") does not
        let acting = try Self.actors("""
            Mexico rejected the plan on Monday. Dana Morel said the plant would move to Mexico. \
            Morel said workers at the Canada office in Toronto were told in Canada.
            """)
        #expect(acting.contains { $0.name == "Mexico" })
        #expect(!acting.contains { $0.name == "Canada" })
    }

    @Test func aCountryIsAnActorOnlyWhereItActs() throws {
        // a modifier, a title, the country's people and a place take no part
        let passive = try Self.actors("""
            Dana Morel met French voters. Morel said Americans want a president of the \
            United States who listens. Morel said the Iraq war had cost too much.
            """)
        for name in ["United States", "France", "Iraq"] {
            #expect(!passive.contains { $0.name == name }, "\(name)")
        }

        // the subject of a verb, also in a list, an owner, an agent and the other side of a deal
        let acting = try Self.actors("""
            Japan and China are easing credit, Dana Morel said. Morel questioned Israel's commitment. \
            Morel said the prisoner was detained by Britain.
            """)
        for name in ["Japan", "China", "Israel", "United Kingdom"] {
            #expect(acting.contains { $0.name == name }, "\(name)")
        }
    }

    @Test func aCountryActsInAListWithTheAfterASpeechVerbOrBeforeAnAside() throws {
        let acting = try Self.actors("""
            Russia and the United States signed the treaty. Dana Morel said Iran wants a deal. \
            Mexico, meanwhile, raised its tariffs.
            """)
        for name in ["Russia", "United States", "Iran", "Mexico"] {
            #expect(acting.contains { $0.name == name }, "\(name)")
        }
        let fronted = try Self.actors("Late on Monday, Iran launched two missiles at the base, Dana Morel said.")
        #expect(fronted.contains { $0.name == "Iran" })
        let told = try Self.actors("Dana Morel told China talks were over.")
        #expect(!told.contains { $0.name == "China" })
        // a list after "in" is a list of places
        let places = try Self.actors("Dana Morel said bombs in Iraq, Syria and Afghanistan were found.")
        for name in ["Iraq", "Syria", "Afghanistan"] {
            #expect(!places.contains { $0.name == name }, "\(name)")
        }
    }

    @Test func aCountryOpeningTheSentenceAfterInIsAPlace() throws {
        let places = try Self.actors("""
            Dana Morel said the plant would close. In Mexico, Morel said, the union has few members.             Morel said wages had risen across Mexico.
            """)
        #expect(!places.contains { $0.name == "Mexico" })
    }

    @Test func aCountryOnlyAddressedIsNoActorUnlessItActs() throws {
        // the target of sanctions or an apology, and whose leaders they are, take no part by that alone
        let addressed = try Self.actors("""
            Dana Morel said the council imposed sanctions on Russia. Morel said new sanctions on Russia would follow. \
            Morel said she apologized to Mexico, and she apologized to Mexico again on Friday. \
            Morel met the leaders of China, and she said the leaders of China were firm.
            """)
        for name in ["Russia", "Mexico", "China"] {
            #expect(!addressed.contains { $0.name == name }, "\(name)")
        }

        // one that also answers is an actor
        let answering = try Self.actors("""
            Dana Morel said the council imposed sanctions on Russia. Russia rejected the sanctions on Monday.
            """)
        #expect(answering.contains { $0.name == "Russia" })
    }

    @Test func aDemonymIsNoNewsOutlet() throws {
        let actors = try Self.actors("""
            “The trains are always late,” said one New Yorker. A Tennessean at the station agreed.
            """)
        #expect(!actors.contains { $0.name == "The New Yorker" || $0.name == "The Tennessean" })
        let outlet = try Self.actors("The New Yorker reported that the trains were late. The Tennessean agreed.")
        #expect(outlet.contains { $0.name == "The New Yorker" })
    }

    @Test func aMiddleSurnameLinksLaterMentions() throws {
        let actors = try Self.actors("Melba Acosta Febo heads the bank. Ms. Acosta said the bank would pay.")
        let acosta = try #require(actors.first { $0.name == "Melba Acosta Febo" })
        #expect(acosta.mentions.contains { $0.text.hasSuffix("Acosta") && $0.text != "Melba Acosta Febo" })
        #expect(!actors.contains { $0.name == "Acosta" })
    }

    @Test func aNewspaperIsAnOrganization() throws {
        let actors = try Self.actors("The Harbor Sentinel reported the deal first. The Harbor Sentinel said it was final.")
        #expect(actors.first { $0.name.hasSuffix("Harbor Sentinel") }?.kind == .organization)
    }

    @Test func anEmbassyIsAnOrganization() throws {
        let actors = try Self.actors("The Korvish Embassy said the visas were ready. The Korvish Embassy said staff would stay.")
        #expect(actors.first { $0.name.hasSuffix("Korvish Embassy") }?.kind == .organization)
        #expect(!actors.contains { $0.name.hasSuffix("Korvish Embassy") && $0.kind == .person })
    }

    @Test func aGroupKeepsWhatPartOfThePublicItIs() throws {
        let actors = try Self.actors("Democratic registered voters said the race was close. Federal officials said the records were lost.")
        #expect(actors.contains { $0.name == "Democratic registered voters" && $0.kind == .group })
        #expect(actors.contains { $0.name == "Federal officials" && $0.kind == .group })
    }

    @Test func aPersonsFollowersAreAGroupNamedAfterThem() throws {
        let actors = try Self.actors("""
            Senator Maya Orrin spoke in Dayton. Orrin supporters said the count was unfair. \
            Orrin’s donors said they would keep giving.
            """)
        #expect(actors.contains { $0.name == "Orrin supporters" && $0.kind == .group })
        #expect(actors.contains { $0.name == "Orrin donors" && $0.kind == .group })
        let orrin = try #require(actors.first { $0.name == "Maya Orrin" })
        #expect(orrin.kind == .person, "the name before the group noun stays the person's mention")
        #expect(!actors.contains { $0.name == "Supporters" })
    }

    @Test func aGroupKeepsTheWordsTheTextWritesBeforeItsNoun() throws {
        let actors = try Self.actors("""
            Senator Maya Orrin spoke in Dayton. Some maritime experts said the harbor plan would fail. \
            Orrin’s longtime allies said the plan was sound. The leading Republican candidates said nothing. \
            The mayor praised Orrin’s loyal donors.
            """)
        #expect(actors.contains { $0.name == "Maritime experts" && $0.kind == .group })
        #expect(actors.contains { $0.name == "Orrin allies" && $0.kind == .group }, "the owner names the group, not its adjective")
        #expect(actors.contains { $0.name == "Republican candidates" }, "a party qualifier already says which group")
        #expect(!actors.contains { $0.name == "Experts" || $0.name == "Allies" || $0.name == "Orrin donors" },
                "a group the text only describes, and that never acts, is no participant")
    }

    @Test func aPersonsFollowersAfterHisOrHerAreNamedAfterTheOnePersonBefore() throws {
        let actors = try Self.actors("""
            Mayor Carla Venn toured the harbor on Monday. Her allies said the port would reopen by May.
            """)
        let allies = try #require(actors.first { $0.name == "Venn allies" }, "'her allies' are the mayor's")
        #expect(allies.kind == .group)
        #expect(allies.mentions.map(\.text) == ["Her allies"])
        let two = try Self.actors("""
            Tom Reese met Paul Ortega in Tulsa. His aides said the talks went well.
            """)
        #expect(!two.contains { $0.name.hasSuffix(" aides") }, "two men named before: 'his' may be either")
        let picked = try Self.actors("""
            Tom Reese spoke in Tulsa on Friday. One of his aides said the talks went well.
            """)
        #expect(!picked.contains { $0.name == "Reese aides" }, "'one of his aides' is a person, not the group")
        let object = try TestSupport.record(Self.headline + """
            Tom Reese spoke in Tulsa on Friday.

            The Tulsa senator sought to calm his donors, and took a question in stride, saying the budget was safe.
            """ + "\n")
        #expect(!object.positions.contains { $0.speaker?.name == "Reese donors" },
                "a verb's object is not the group, nor the speaker a later participle finds")
    }

    @Test func aGroupIsNamedByItsTradeOrPlace() throws {
        let actors = try Self.actors("Oil companies said the rule would cost jobs. Union workers said they would strike.")
        #expect(actors.contains { $0.name == "Oil companies" && $0.kind == .group })
        #expect(actors.contains { $0.name == "Union workers" && $0.kind == .group })
    }

    @Test func commonWordsBeforeAWeekdayNameADayNotAPerson() throws {
        let actors = try Self.actors("Dana Hill said on Super Tuesday that she would fight on. She said Black Friday was good for her.")
        #expect(!actors.contains { $0.name == "Super" || $0.name == "Black" })
        let hill = try #require(actors.first { $0.name == "Dana Hill" })
        #expect(hill.mentions.map(\.text).contains("She"), "no false person takes her pronoun")
    }

    @Test func aTitleAfterThreeWordsOfPlaceOrBodyIsNoPartOfTheName() throws {
        let actors = try Self.actors("Dunmore County Board Chairman Orla Pennick said the levy would pass.")
        let pennick = try #require(actors.first { $0.name == "Orla Pennick" })
        #expect(pennick.kind == .person)
        #expect(pennick.role == "Dunmore County Board chairman")
    }

    @Test func aTitlesOwnOfPhraseNamesNoOne() throws {
        let actors = try Self.actors("""
            Dana Hill spoke first. As Secretary of State, she said, the job was hard. \
            Director of Public Affairs Lee Marsh said the office would reopen.
            """)
        #expect(!actors.contains { $0.name.hasPrefix("of ") })
        #expect(actors.first { $0.name == "Dana Hill" }?.mentions.map(\.text).contains("she") == true)
        #expect(actors.contains { $0.name == "Lee Marsh" && $0.kind == .person })
    }

    @Test func aDescriptionResolvedToAPersonIsTheirMention() throws {
        let actors = try Self.actors("Sen. Dana Hill spoke in Iowa. The Northfield senator said the system was rigged.")
        let hill = try #require(actors.first { $0.name == "Dana Hill" })
        #expect(hill.mentions.map(\.text).contains("The Northfield senator"))
    }

    @Test func aKnownOrganizationOpensWithNoTitle() throws {
        let actors = try Self.actors("""
            Dana Hill said the Justice Department had the files. The Justice Department said it would review them.
            """)
        #expect(actors.contains { $0.name == "Justice Department" && $0.kind == .organization })
        #expect(!actors.contains { $0.name == "Department" }, "\"Justice\" opens the name, it is no judge's title")
    }

    @Test func aNewspaperKeepsItsArticleInItsName() throws {
        let actors = try Self.actors("Dana Hill told The Washington Post that she would run again.")
        #expect(actors.contains { $0.name == "The Washington Post" && $0.kind == .organization })
    }

    @Test func aConstituencyNamedOnceIsAGroupButAPollShareIsNot() throws {
        let actors = try Self.actors("""
            Dana Hill is gaining support among younger rural voters, her aides said. \
            A poll put her at 48 percent to 45 percent among independent voters.
            """)
        #expect(actors.contains { $0.name == "Younger rural voters" && $0.kind == .group })
        #expect(!actors.contains { $0.name == "Independent voters" })
    }

    @Test func aPartyGroupNamedOnceIsKeptAndItsSpellingsAreOneGroup() throws {
        let actors = try Self.actors("""
            Dana Hill toured the mill towns on Friday, and Republican lawmakers stayed away. \
            She spoke to older voters at the fair. Hill said the bridge would be rebuilt.
            """)
        #expect(actors.contains { $0.name == "Republican lawmakers" && $0.kind == .group })
        #expect(!actors.contains { $0.name == "Older voters" }, "an age is no side of the story")
        let merged = try Self.actors("""
            Dana Hill courted Democrat donors in the spring. \
            By summer the Democratic donors had drifted to her rival, Hill said.
            """)
        #expect(merged.filter { $0.name.hasSuffix("donors") }.count == 1)
    }

    @Test func aCampaignNamedWithAPlainPossessiveIsAnOrganization() throws {
        let actors = try Self.actors("Dana Sanders spoke on Monday. Sanders\u{2019} campaign called the report premature.")
        #expect(actors.contains { $0.name == "Sanders campaign" && $0.kind == .organization })
    }

    @Test func aNameCitedAsASourceIsAnOrganization() throws {
        let actors = try Self.actors("""
            The mill lost half its value in a day, according to Quarlow. \
            The sale was first reported by the Dunmore Ledgerline, and Dana Hill said it was final.
            """)
        #expect(actors.contains { $0.name == "Quarlow" && $0.kind == .organization })
        #expect(actors.contains { $0.name == "Dunmore Ledgerline" && $0.kind == .organization })
        let person = try Self.actors("The deal is off, according to Orsola Vennick. Vennick said the talks would not resume.")
        #expect(person.contains { $0.name == "Orsola Vennick" && $0.kind == .person }, "her surname stands alone: a person")
    }

    @Test func aSentenceOpeningTitleWrittenInLowerCaseElsewhereStillOpensAName() throws {
        let actors = try Self.actors("""
            The press secretary, Nell Arvo, spoke first. Secretary of State Mara Quillon said the vote was fair. \
            Quillon left early.
            """)
        let quillon = try #require(actors.first { $0.name.hasSuffix("Mara Quillon") })
        #expect(quillon.name == "Mara Quillon", "the title is no part of the name")
        #expect(quillon.role == "secretary of state")
    }

    @Test func whipsAldermenAndPastorsAreTitles() throws {
        let actors = try Self.actors("""
            "We will keep counting," said Senate Majority Whip Dan Pellow (D-Ore.) in an interview. \
            "People are tired," said Lakeland Alderman Rowan B. Tesh, who wants more talks. \
            On Sunday, Pastor Colm Reddy urged a vote.
            """)
        let pellow = try #require(actors.first { $0.name == "Dan Pellow" })
        #expect(pellow.role == "Senate majority whip")
        let tesh = try #require(actors.first { $0.name == "Rowan B. Tesh" })
        #expect(tesh.role == "Lakeland alderman")
        #expect(actors.contains { $0.name == "Colm Reddy" && $0.role == "pastor" })
    }

    @Test func aRoleOfAnotherBodyIsNotTheTitledPerson() throws {
        let text = Self.headline + """
            On Monday, President Dana Hollis toured the plant, and the president praised its workers. \
            Tom Vell, the president of the bar association, criticized the plan.

            """
        let actors = try TestSupport.record(text).actors
        let hollis = try #require(actors.first { $0.name == "Dana Hollis" })
        let bar = try #require(text.range(of: "the president of the bar"))
        let start = text.utf8.distance(from: text.startIndex, to: bar.lowerBound)
        #expect(hollis.mentions.contains { $0.text == "the president" }, "the praise is hers")
        #expect(!hollis.mentions.contains { $0.start == start }, "the bar association's president is someone else")
    }

    @Test func newsOutletsAndFactCheckersCitedAsSourcesAreOrganizations() throws {
        let actors = try Self.actors("""
            The mayor of Dunmore claimed the bridge cost twice its budget. PolitiFact rated the claim false.
            Mother Jones reported that the contractor had been paid in advance, and the Daily Caller wrote that the audit was late.
            """)
        for outlet in ["PolitiFact", "Mother Jones", "The Daily Caller"] {
            #expect(actors.contains { $0.name == outlet && $0.kind == .organization }, "\(outlet)")
        }
        #expect(!actors.contains { $0.kind == .person && $0.name.contains("Jones") }, "an outlet is no person")
    }

    @Test func smallerCountriesAreStatesNotPeople() throws {
        // a state the lexicon knows can never be the "he" of the next sentence
        let record = try TestSupport.record("""
            Border notes
            Eritrea closed its border on Monday, and Guatemala and Honduras protested the move. \
            Eritrea was silent. Dana Morel, a professor, said he would return to Asmara next month.

            """)
        for name in ["Eritrea", "Guatemala", "Honduras"] {
            #expect(!record.actors.contains { $0.name == name && $0.kind == .person }, "\(name)")
        }
        let commitment = try #require(record.commitments.first { $0.evidence.text.contains("return to Asmara") })
        #expect(record.actor(id: commitment.actor.actor)?.name == "Dana Morel")
    }

    @Test func aParticipleOpeningTheSentenceIsNoFirstName() throws {
        // "Understated", "Embattled": a dictionary word in "-ed" describing the name after it
        let actors = try Self.actors("""
            Understated Reyes raises his profile. Labor Secretary Tom Reyes moved to the last row of the plane.
            """)
        #expect(!actors.contains { $0.name.hasPrefix("Understated") })
        #expect(actors.contains { $0.name == "Tom Reyes" })
    }

    @Test func aStatesNameThatIsAPersonsSurnameIsThePerson() throws {
        let record = try TestSupport.record("""
            Briefing notes
            Lisa Monaco, the homeland security adviser, briefed reporters on Monday. “We are watching closely,” Monaco said.

            """)
        #expect(!record.actors.contains { $0.name == "Monaco" && $0.kind == .country })
        let position = try #require(record.positions.first { $0.content.text.contains("watching") })
        #expect(record.actor(id: position.speaker?.actor)?.name == "Lisa Monaco")
        // a place stays the place: "Washington, D.C." in an article naming George Washington
        let capital = try TestSupport.record("""
            Briefing notes
            The first president, George Washington, sought no third term. Term limits would fix Washington, D.C., Dale Porter said.

            """)
        let washington = try #require(capital.actors.first { $0.name == "George Washington" })
        #expect(!washington.mentions.contains { $0.text == "Washington" })
    }
}
