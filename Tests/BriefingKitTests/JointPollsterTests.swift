import Testing
@testable import BriefingKit

/// The sponsors of a joint poll written with slashes before "poll" are one pollster, named as
/// written; names joined by a slash elsewhere stay apart.
@Suite struct JointPollsterTests {
    @Test(arguments: [
        ("A new NBC News/Wall Street Journal poll shows Dana Morel ahead. Morel was pleased.", "NBC News/Wall Street Journal"),
        ("A CNN/ORC poll released Sunday shows Dana Morel ahead. Morel was pleased.", "CNN/ORC"),
        ("The USA TODAY/Suffolk University Poll shows Dana Morel ahead. Morel was pleased.", "USA TODAY/Suffolk University"),
        ("The NBC News/Wall Street Journal/Marist survey shows Dana Morel ahead. Morel was pleased.",
         "NBC News/Wall Street Journal/Marist"),
    ])
    func aJointPollsSponsorsAreOnePollster(body: String, pollster: String) throws {
        let actors = try ActorRecognitionTests.actors(body)
        let joint = try #require(actors.first { $0.name == pollster }, "\(body)")
        #expect(joint.kind == .organization)
        #expect(joint.mentions.map(\.text) == [pollster])
        #expect(!actors.contains { ["The Wall Street Journal", "Suffolk University"].contains($0.name) }, "\(body)")
    }

    @Test func namesJoinedBySlashOutsideAPollStayApart() throws {
        let actors = try ActorRecognitionTests.actors("""
            NBC News/Wall Street Journal reporters asked Dana Morel about the plan. Morel said it would work.
            """)
        #expect(!actors.contains { $0.name.contains("/") })
    }
}
