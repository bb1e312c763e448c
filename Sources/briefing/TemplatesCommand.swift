import ArgumentParser
import BriefingKit
import Foundation

/// `briefing templates`: see, copy out and check the templates that shape the briefing.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List, show, copy out and check the Mustache templates of the briefing.",
        discussion: """
            Templates are looked up in --templates DIR, else ./Templates of the current folder, else the \
            copy built into briefing. A folder may hold only the files it changes; the others stay built-in.

            A typical session:
              briefing templates init MyTemplates        # copy the built-in templates out
              $EDITOR MyTemplates/layout.html.mustache    # change what you like, delete the rest
              briefing templates check --templates MyTemplates
              briefing generate Samples/2026-11-24 --templates MyTemplates
            """,
        subcommands: [TemplatesListCommand.self, TemplatesShowCommand.self, TemplatesInitCommand.self,
                      TemplatesCheckCommand.self])
}

/// `briefing templates list`: each template in effect and where it comes from.
struct TemplatesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the templates in effect and where each comes from.")

    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
        let folder = try templateOptions.userDirectory()
        let files = try TemplateSet.files(userDirectory: folder)
        let builtIn = Dictionary(try TemplateSet.builtInFiles().map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        print(folder.map { "Templates from \($0.path), the rest built in:" } ?? "Built-in templates (no ./Templates folder, no --templates):")
        let width = files.map(\.name.count).max() ?? 0
        for file in files {
            let name = file.name.padding(toLength: width, withPad: " ", startingAt: 0)
            switch file.origin {
            case .builtIn:
                print("  \(name)  built-in")
            case .user:
                let same = builtIn[file.name].map { (try? $0.text()) == (try? file.text()) } ?? false
                let note = builtIn[file.name] == nil ? "user, new" : same ? "user, same as built-in" : "user, overrides built-in"
                print("  \(name)  \(note)  \(file.displayPath)")
            }
        }
    }
}

/// `briefing templates show NAME`: prints a template in effect.
struct TemplatesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print a template in effect (the user's copy, else the built-in one).")

    @Argument(help: "The template's name, as `templates list` shows it (actor.md), with or without .mustache.")
    var name: String

    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
        let files = try TemplateSet.files(userDirectory: try templateOptions.userDirectory())
        let wanted = name.hasSuffix(".mustache") ? String(name.dropLast(".mustache".count)) : name
        guard let file = files.first(where: { $0.name == wanted }) else {
            let hint = NameSuggester.closest(to: wanted, among: files.map(\.name))
            throw ValidationError("no template named \(wanted)" + (hint.map { "; did you mean \($0)?" } ?? ""))
        }
        print(try file.text(), terminator: "")
    }
}

/// `briefing templates init [DIR]`: copies the built-in templates out to customize.
struct TemplatesInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Copy the built-in templates (and their README) into a folder to customize.",
        discussion: "Existing files are left alone unless --force; delete the copies you do not change.")

    @Argument(help: "The folder to copy into.")
    var folder: String = "Templates"

    @Flag(help: "Overwrite files that already exist.")
    var force = false

    func run() throws {
        guard let builtIn = TemplateSet.builtInFolder else { throw TemplateError.builtInTemplatesMissing }
        let target = URL(fileURLWithPath: folder)
        var names = try TemplateSet.builtInFiles().map { $0.name + ".mustache" }
        if FileManager.default.fileExists(atPath: builtIn.appendingPathComponent("README.md").path) {
            names.append("README.md")
        }
        var copied = 0, kept: [String] = []
        for name in names {
            let destination = target.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: destination.path), !force {
                kept.append(name)
                continue
            }
            let text = try String(contentsOf: builtIn.appendingPathComponent(name), encoding: .utf8)
            try AtomicWriter.write(text, to: destination)
            copied += 1
        }
        ErrorReporter.note("copied \(copied) file(s) to \(target.path)"
            + (kept.isEmpty ? "" : "; kept \(kept.count) existing file(s) (--force overwrites): " + kept.joined(separator: ", ")))
    }
}

/// `briefing templates check [DIR]`: reports every problem of a templates folder.
struct TemplatesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check templates: syntax, unknown variables, partials and blocks, unescaped text; render each.",
        discussion: "Exits with status 1 when there is an error; warnings alone keep status 0.")

    @Argument(help: "The folder to check (default: --templates, else ./Templates, else the built-in templates).")
    var folder: String?

    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
        let directory = try folder.map { path -> URL in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("\(path): no such folder")
            }
            return URL(fileURLWithPath: path)
        } ?? templateOptions.userDirectory()
        let report = try TemplateChecker.check(userDirectory: directory)
        for problem in report.problems {
            print(problem.description)
        }
        let users = report.files.filter { $0.origin == .user }.count
        print("\(report.files.count) templates (\(users) from \(directory?.path ?? "no user folder, all built in")), "
            + "rendered \(report.rendered.joined(separator: ", ")) with the sample day: "
            + "\(report.errorCount) error(s), \(report.warningCount) warning(s)")
        if report.errorCount > 0 { throw ExitCode(1) }
    }
}

extension BriefingStyle: ExpressibleByArgument {}
