import Foundation
import Testing
@testable import BriefingKit

/// `TemplateChecker`: what `briefing templates check` reports about a templates folder.
@Suite struct TemplateCheckTests {
    /// Checks a folder holding `files` (name → text) over the built-in templates.
    static func check(_ files: [String: String]) throws -> TemplateChecker.Report {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        return try TemplateChecker.check(userDirectory: folder)
    }

    @Test func builtInTemplatesHaveNoProblemAndAllRender() throws {
        let report = try TemplateChecker.check(userDirectory: nil)
        #expect(report.problems.isEmpty, "\(report.problems.map(\.description))")
        #expect(Set(report.rendered) == ["briefing.md", "bluf.md", "dossier.md", "evidence.html", "page.html"])
    }

    @Test func aTypoIsReportedWithTheClosestNameAndItsPlace() throws {
        let report = try Self.check(["actor.md.mustache": "- **{{name}}**\n  - {{rloe}} {{#sources}}[{{numbr}}]{{/sources}}\n"])
        let messages = report.problems.map(\.description)
        #expect(report.errorCount == 2, "\(messages)")
        let role = try #require(report.problems.first { $0.message.contains("rloe") })
        #expect(role.file.hasSuffix("actor.md.mustache"))
        #expect((role.line, role.column) == (2, 5))
        #expect(role.source == "  - {{rloe}} {{#sources}}[{{numbr}}]{{/sources}}")
        #expect(role.message.contains(#"did you mean "role"?"#))
        // Inside {{#sources}} the names are those of a source reference.
        #expect(report.problems.contains { $0.message.contains(#""numbr" — did you mean "number"?"#) })
    }

    @Test func aDottedNameIsCheckedPartByPart() throws {
        let report = try Self.check(["bluf.md.mustache": "{{changes.previousDat}} {{changes.previousDate}} {{date.x}}\n"])
        #expect(report.errorCount == 2, "\(report.problems.map(\.description))")
        #expect(report.problems.contains { $0.message.contains(#"has no variable "previousDat" — did you mean "previousDate"?"#) })
        #expect(report.problems.contains { $0.message.contains(#""date" (text) has no variable "x""#) })
    }

    @Test func missingPartialsAndBlocksAreReported() throws {
        let report = try Self.check([
            "actor.md.mustache": "{{> comitment.md}}\n",
            "page.html.mustache": "{{<layout.html}}\n{{$heder}}<h1>{{title}}</h1>{{/heder}}\n{{/layout.html}}\n",
        ])
        #expect(report.problems.contains { $0.message == #"no template named "comitment.md" — did you mean "commitment.md"?"# })
        #expect(report.problems.contains { $0.message == #"layout.html has no block "heder" — did you mean "header"?"# })
    }

    @Test func everySyntaxErrorIsReportedNotOnlyTheFirst() throws {
        let report = try Self.check(["actor.md.mustache": "- {{name}\n", "question.md.mustache": "{{#kind}}\n"])
        let files = Set(report.problems.filter { $0.severity == .error }.map { URL(fileURLWithPath: $0.file).lastPathComponent })
        #expect(files == ["actor.md.mustache", "question.md.mustache"])
        // The rest still render.
        #expect(report.rendered.contains("page.html"))
    }

    @Test func unescapedArticleTextIsAWarningButThePageBodyIsNot() throws {
        let report = try Self.check([
            "actor.md.mustache": "- {{{name}}}\n",
            "page.html.mustache": "<main>{{{body}}}{{&appendix}}</main><p>{{{title}}}</p>\n",
        ])
        let warnings = report.problems.filter { $0.severity == .warning }.map(\.message)
        #expect(warnings.count == 2, "\(warnings)")
        #expect(warnings.contains { $0.hasPrefix(#""name" is inserted without escaping"#) })
        #expect(warnings.contains { $0.hasPrefix(#""title" is inserted without escaping"#) })
        #expect(report.errorCount == 0)
    }

    @Test func aFileNothingIncludesIsReported() throws {
        let report = try Self.check(["actors.md.mustache": "{{name}}\n"])
        let warning = try #require(report.problems.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("to replace the built-in actor.md, name the file actor.md.mustache"))
    }

    /// The sample the checker reads variables from has every list filled and every optional
    /// set, so no variable of the context escapes the check.
    @Test func theSampleShowsEveryVariable() {
        func unknowns(_ shape: ContextShape, _ path: String) -> [String] {
            switch shape {
            case .unknown: return [path]
            case .scalar: return []
            case .list(let inner): return unknowns(inner, path + "[]")
            case .optional(let inner): return unknowns(inner, path + "?")
            case .object(_, let keys): return keys.flatMap { unknowns($0.shape, path + "." + $0.name) }
            }
        }
        for (template, shape) in TemplateChecker.rootShapes() {
            #expect(unknowns(shape, template).isEmpty, "TemplateSample leaves these empty: \(unknowns(shape, template))")
        }
    }

    /// Templates/README.md documents every variable of every context type, and nothing else.
    @Test func theReadmeDocumentsTheWholeContext() throws {
        let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/README.md"), encoding: .utf8)
        var documented: [String: Set<String>] = [:]
        var current: String?
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if let match = line.wholeMatch(of: /### `(\w+)`.*/) {
                current = String(match.1)
                documented[String(match.1), default: []] = []
            } else if line.hasPrefix("#") {
                current = nil
            } else if let current, line.hasPrefix("| "), !line.hasPrefix("| variable"), !line.hasPrefix("| ---") {
                let cell = line.dropFirst(2).prefix { $0 != "|" }
                documented[current]?.formUnion(cell.matches(of: /`(\w+)`/).map { String($0.1) })
            }
        }
        var actual: [String: Set<String>] = [:]
        for (_, shape) in TemplateChecker.rootShapes() {
            for type in shape.objectTypes { actual[type.type] = Set(type.keys.map(\.name)) }
        }
        #expect(Set(documented.keys) == Set(actual.keys),
                "undocumented types: \(Set(actual.keys).subtracting(documented.keys).sorted()); documented but absent: \(Set(documented.keys).subtracting(actual.keys).sorted())")
        for (type, keys) in actual {
            let written = documented[type] ?? []
            #expect(keys.subtracting(written).isEmpty, "\(type): undocumented \(keys.subtracting(written).sorted())")
            #expect(written.subtracting(keys).isEmpty, "\(type): documented but absent \(written.subtracting(keys).sorted())")
        }
    }

    @Test func aNearMissNameIsSuggestedAndAFarOneIsNot() {
        #expect(NameSuggester.closest(to: "nmae", among: ["name", "kind", "role"]) == "name")
        #expect(NameSuggester.closest(to: "headlien", among: ["headline", "actor"]) == "headline")
        #expect(NameSuggester.closest(to: "weather", among: ["name", "kind", "role"]) == nil)
    }
}
