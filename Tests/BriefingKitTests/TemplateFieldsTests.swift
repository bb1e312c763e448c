import Mustache
import Testing
@testable import BriefingKit

/// The context types that give their variables by name (`MustacheParent`) give exactly what
/// Mustache finds by reflection: every stored property, by its name, an absent optional as not
/// found, and nothing else.
@Suite struct TemplateFieldsTests {
    /// Each field as reflection gives it, optionals unwrapped (nil when absent).
    static func reflected(_ value: Any) -> [(String, Any?)] {
        Mirror(reflecting: value).children.map { child in
            let inner = Mirror(reflecting: child.value)
            let unwrapped: Any? = inner.displayStyle == .optional ? inner.children.first?.value : child.value
            return (child.label ?? "", unwrapped)
        }
    }

    static func check(_ value: some MustacheParent) {
        let fields = reflected(value)
        #expect(!fields.isEmpty)
        for (name, expected) in fields {
            let given = value.child(named: name)
            #expect(given.map { String(describing: $0) } == expected.map { String(describing: $0) },
                    "\(type(of: value)).\(name)")
        }
        #expect(value.child(named: "noSuchVariable") == nil)
    }

    @Test func everyFieldIsGivenAsReflectionFindsIt() throws {
        let context = BriefingContext(TemplateSample.briefing)
        let position = try #require(context.positions.first)
        let evidence = try #require(context.evidence.first { $0.hasPassages })
        Self.check(try #require(context.sources.first))
        Self.check(try #require(position.cites.first))
        Self.check(position)
        Self.check(try #require(context.commitments.first))
        Self.check(try #require(context.questions.first))
        Self.check(evidence)
        Self.check(try #require(evidence.passages.first))
        Self.check(PageContext.Section(id: "key-actors", title: "Key actors"))
        // An absent optional is not found, so Mustache looks further up the stack.
        var untopical = position
        untopical.topic = nil
        Self.check(untopical)
        #expect(untopical.child(named: "topic") == nil)
    }
}
