import Foundation
import Testing
@testable import BriefingKit

/// Paths and small helpers the BriefingKit tests share.
enum TestSupport {
    /// The package root, found from this file's location (Tests/BriefingKitTests/TestSupport.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The committed sample article the sample day is built from.
    static let seedPath = packageRoot.appendingPathComponent("Samples/2026-11-24/uk-troops-ukraine.txt").path

    /// The PolNeAR training articles (`../shared/corpus/polnear-train`), present on CI.
    static let trainCorpus = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/polnear-train").standardizedFileURL

    /// Whether the shared corpus is checked out next to the package.
    static var hasTrainCorpus: Bool {
        FileManager.default.fileExists(atPath: trainCorpus.appendingPathComponent("metadata.tsv").path)
            || ((try? FileManager.default.contentsOfDirectory(atPath: trainCorpus.path))?.contains { $0.hasSuffix(".txt") } ?? false)
    }

    /// A fresh empty folder under the system's temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("briefing-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to a file called `name` in a fresh temporary folder, reads it as an article
    /// (as the CLI would, with `--date runDate`), and removes the folder again.
    static func article(_ text: String, name: String = "article.txt", runDate: String? = "2026-11-24") throws -> Article {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: false, encoding: .utf8)
        return try ArticleReader(lexicons: .bundled, runDate: runDate).read(path: file.path)
    }

    /// The commitments found in an invented article headed "Council news" with `body` after it.
    static func commitments(_ body: String) throws -> [CommitmentRecord] {
        try record("Council news\n" + body + "\n").commitments
    }

    /// The actors found in an invented article headed "Council news" with `body` after it.
    static func actors(_ body: String) throws -> [ActorRecord] {
        try record("Council news\n" + body + "\n").actors
    }

    /// The extraction record of an article given as text.
    static func record(_ text: String) throws -> ArticleRecord {
        ArticleExtractor().extract(try article(text))
    }

    /// The name of the speaker of the first position whose content contains `words`, in an
    /// article given as text (nil when it has none; the test fails when no content does).
    static func speaker(of words: String, in text: String) throws -> String? {
        let record = try record(text)
        let position = try #require(record.positions.first { $0.content.text.contains(words) })
        return record.actor(id: position.speaker?.actor)?.name
    }

    /// The open questions of an invented article whose body follows a headline.
    static func openQuestions(_ body: String) throws -> [OpenQuestionRecord] {
        ArticleExtractor().extract(try article("Council news\n" + body + "\n")).openQuestions
    }

    /// The scalars `[range)` of `text`, as a String.
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}
