import Foundation
import Testing

/// `briefing templates list|show|init|check` and `generate --style`, run from a folder outside
/// the package, as a user with the installed binary would.
@Suite struct TemplatesCommandTests {
    @Test func listSaysWhereEachTemplateComesFrom() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let builtIn = try CLI.briefing(["templates", "list"], in: folder)
        #expect(builtIn.status == 0)
        #expect(builtIn.stdout.contains("layout.html     built-in"), "\(builtIn.stdout)")
        #expect(!builtIn.stdout.contains("README"))

        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        try CLI.write(["Templates/actor.md.mustache": "- {{name}}\n", "Templates/extra.md.mustache": "x\n"], to: folder)
        let local = try CLI.briefing(["templates", "list"], in: folder)
        let lines = local.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("actor.md") && $0.contains("user, overrides built-in") })
        #expect(lines.contains { $0.contains("extra.md") && $0.contains("user, new") })
        #expect(lines.contains { $0.contains("briefing.md") && $0.hasSuffix("built-in") })
    }

    @Test func initCopiesTheDefaultsAndNeverOverwritesWithoutForce() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CLI.briefing(["templates", "init", "Mine"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let copied = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Mine").path)
        #expect(copied.contains("layout.html.mustache") && copied.contains("README.md") && copied.contains("bluf.md.mustache"))

        let actor = folder.appendingPathComponent("Mine/actor.md.mustache")
        try "- mine {{name}}\n".write(to: actor, atomically: false, encoding: .utf8)
        let again = try CLI.briefing(["templates", "init", "Mine"], in: folder)
        #expect(again.status == 0)
        #expect(again.stderr.contains("--force overwrites"))
        #expect(try CLI.read(actor) == "- mine {{name}}\n")

        let forced = try CLI.briefing(["templates", "init", "Mine", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(try CLI.read(actor) != "- mine {{name}}\n")
        // A fresh copy checks clean, from a folder without the package's samples.
        let check = try CLI.briefing(["templates", "check", "Mine"], in: folder)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("0 error(s), 0 warning(s)"))
    }

    @Test func checkReportsTyposWithPlaceAndSuggestionAndFails() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("T"), withIntermediateDirectories: true)
        try CLI.write(["T/actor.md.mustache": "- **{{name}}**\n- {{nmae}}\n", "T/question.md.mustache": "- {{question\n"], to: folder)
        let result = try CLI.briefing(["templates", "check", "--templates", "T"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("T/actor.md.mustache:2:3: error: unknown variable \"nmae\" — did you mean \"name\"?\n    - {{nmae}}\n      ^"),
                "\(result.stdout)")
        #expect(result.stdout.contains("T/question.md.mustache:1:3: error: unfinished tag: the file ends before its closing }}\n    - {{question\n      ^"))
        #expect(result.stdout.contains("2 error(s)"))
    }

    @Test func showPrintsTheTemplateInEffect() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let builtIn = try CLI.briefing(["templates", "show", "page.html"], in: folder)
        #expect(builtIn.stdout.hasPrefix("{{<layout.html}}"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        try CLI.write(["Templates/page.html.mustache": "mine\n"], to: folder)
        #expect(try CLI.briefing(["templates", "show", "page.html.mustache"], in: folder).stdout == "mine\n")
        let typo = try CLI.briefing(["templates", "show", "layot.html"], in: folder)
        #expect(typo.status != 0)
        #expect(typo.stderr.contains("did you mean layout.html?"))
    }

    @Test func eachStyleWritesItsOwnFiles() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = CLI.packageRoot.appendingPathComponent("Samples/2026-11-24").path
        for style in ["bluf", "dossier"] {
            let result = try CLI.briefing(["generate", seed, "--date", "2026-11-24", "--style", style, "--out", "out"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let out = folder.appendingPathComponent("out")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(files == ["bluf.md", "bluf.html", "dossier.md", "dossier.html", "briefing.json"])
        let bluf = try CLI.read(out.appendingPathComponent("bluf.md"))
        #expect(bluf.hasPrefix("# Bottom line — 2026-11-24\n"))
        #expect(bluf.split(separator: "\n").filter { $0.hasPrefix("1. ") }.count == 5)
        let dossier = try CLI.read(out.appendingPathComponent("dossier.html"))
        #expect(dossier.contains(#"<h2 id="donald-trump">Donald Trump"#))
        #expect(dossier.contains(#"class="style-dossier""#))
    }
}
