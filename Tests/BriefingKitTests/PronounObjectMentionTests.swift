import Testing
@testable import BriefingKit

/// A "he" or "she" in the narration passes over a person named as the object of a verb or a
/// preposition to the subject before it, and comes back to the object when no one else fits.
@Suite struct PronounObjectMentionTests {
    @Test func theObjectOfAVerbIsPassedOver() throws {
        #expect(try TestSupport.speaker(of: "free citizen", in: """
            Trial notes
            Dale Porter is selling the rifle he used to kill Tom Reyes, an unarmed teenager, during a 2012 fight. \
            “I am a free citizen,” he told a local station.

            """) == "Dale Porter")
    }

    @Test func theOwnerAfterAPrepositionIsPassedOver() throws {
        #expect(try TestSupport.speaker(of: "our values", in: """
            Trial notes
            Dale Porter also spoke out sharply against Tom Reyes's influence on the council. It is “undermining our values,” he warned.

            """) == "Dale Porter")
    }

    @Test func aTopicAfterAsForIsTheReferent() throws {
        #expect(try TestSupport.speaker(of: "not worried", in: """
            Trial notes
            Dale Porter warned of a long fight on Monday. As for Tom Reyes, he said he is “not worried at all.”

            """) == "Tom Reyes")
    }

    @Test func anObjectIsTheReferentWhenNoOneElseFits() throws {
        #expect(try TestSupport.speaker(of: "innocent", in: """
            Trial notes
            The police arrested Tom Reyes on Monday. “I am innocent,” he said.

            """) == "Tom Reyes")
    }

    @Test func aVerbThatHandsTheFloorKeepsItsObject() throws {
        #expect(try TestSupport.speaker(of: "release them", in: """
            Interview notes
            Host Tom Reyes pressed Dale Porter on the tax returns. “He will release them,” he said.

            """) == "Dale Porter")
    }

    @Test func aNameBeforeItsVerbIsASubject() throws {
        #expect(try TestSupport.speaker(of: "I quit", in: """
            Meeting notes
            Tom Reyes opened the meeting on Sunday, but early Monday morning Dale Porter walked out. “I quit,” he said.

            """) == "Dale Porter")
    }
}
