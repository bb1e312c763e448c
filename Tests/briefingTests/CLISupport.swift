import Foundation
import Testing

/// Runs the built `briefing` executable and other programs, and finds the files the
/// end-to-end tests need.
enum CLI {
    /// The package root, found from this file's location (Tests/briefingTests/CLISupport.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` next to the package: the corpus and the scorer (CI has it).
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").standardizedFileURL

    static var hasSharedCorpus: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus/polnear-train").path)
    }

    /// The `briefing` binary SwiftPM built next to the test bundle, else `.build/debug/briefing`.
    static let executable: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("briefing"),
            packageRoot.appendingPathComponent(".build/debug/briefing"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// The first `name` on `PATH`, if any.
    static func onPath(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Standard error as lines, without empty ones.
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// Runs `briefing ARGUMENTS` in `directory` (default: the package root), with `environment`
    /// added to this process's and the file `input` as standard input (default: none).
    static func briefing(_ arguments: [String], in directory: URL? = nil,
                         environment: [String: String] = [:], input: URL? = nil) throws -> Result {
        let binary = try #require(executable, "the briefing executable was not built next to the tests")
        return try run(binary, arguments, in: directory ?? packageRoot, environment: environment, input: input)
    }

    /// Runs a program, with standard output and error captured through temporary files (so a
    /// large output cannot fill a pipe and stall the child).
    static func run(_ program: URL, _ arguments: [String], in directory: URL,
                    environment: [String: String] = [:], input: URL? = nil) throws -> Result {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.currentDirectoryURL = directory
        process.standardInput = try input.map(FileHandle.init(forReadingFrom:)) ?? FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A fresh empty folder under the system's temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("briefing-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes text files into `folder`.
    static func write(_ files: [String: String], to folder: URL) throws {
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
    }

    static func read(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }
}
