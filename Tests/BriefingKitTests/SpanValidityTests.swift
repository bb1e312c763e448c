import Foundation
import Testing
@testable import BriefingKit

/// The contract's promise: every span's text is exactly the input's Unicode scalars
/// `[start, end)`, every id points somewhere, every enum holds a listed value. Checked on the
/// JSON `extract --format json` prints, built in-process with the pipeline.
@Suite struct SpanValidityTests {
    @Test func seedArticle() throws {
        let problems = try Self.check(paths: [TestSupport.seedPath], expectedCount: 1)
        #expect(problems.checkedSpans > 0)
        Self.report(problems)
    }

    @Test(.enabled(if: TestSupport.hasTrainCorpus, "../shared/corpus/polnear-train is absent (CI has it)"),
          .timeLimit(.minutes(10)))
    func allTrainArticles() throws {
        let problems = try Self.check(paths: [TestSupport.trainCorpus.path], expectedCount: 840)
        #expect(problems.checkedSpans > 10_000, "suspiciously few spans: \(problems.checkedSpans)")
        #expect(problems.positions > 0)
        Self.report(problems)
    }

    // MARK: - Checking

    struct Findings {
        var checkedSpans = 0
        var positions = 0
        var messages: [String] = []
    }

    static func report(_ findings: Findings) {
        for message in findings.messages.prefix(25) { Issue.record(Comment(rawValue: message)) }
        if findings.messages.count > 25 { Issue.record("… and \(findings.messages.count - 25) more problems") }
    }

    static let actorKinds: Set<String> = ["person", "organization", "country", "group"]
    static let positionKinds: Set<String> = ["direct", "reported", "mixed"]
    static let questionKinds: Set<String> = ["pending", "conditional", "disputed", "uncertain", "explicit"]
    static let polarities: Set<String> = ["positive", "negative"]
    static let articleKeys = ["id", "path", "title", "source", "published", "url", "text", "removed", "actors",
                              "positions", "commitments", "openQuestions"]

    static func check(paths: [String], expectedCount: Int) throws -> Findings {
        let (outputs, errors) = ArticlePipeline(runDate: "2026-11-24").run(paths: paths)
        #expect(errors.isEmpty, "ingest errors: \(errors.compactMap(\.errorDescription).prefix(5))")
        #expect(outputs.count == expectedCount)
        let json = try ExtractDocument(articles: outputs.map(\.record)).jsonString()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["schema"] as? String == "briefing.extract/1")
        let articles = try #require(root["articles"] as? [[String: Any]])
        #expect(articles.count == expectedCount)

        var findings = Findings()
        var seenIds: Set<String> = []
        for article in articles {
            let id = article["id"] as? String ?? "?"
            func problem(_ message: String) { findings.messages.append("\(id): \(message)") }
            for key in articleKeys where article[key] == nil { problem("missing key \(key)") }
            guard let path = article["path"] as? String else { problem("no path"); continue }
            if !seenIds.insert(id).inserted { problem("duplicate id") }
            let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            if id != stem { problem("id is not the file name of \(path)") }
            if !paths.contains(where: { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) {
                problem("path \(path) is not under the paths given")
            }
            // the input every span counts into: article.text when derived, else the file as read
            let input: [Unicode.Scalar]
            if let text = article["text"] as? String {
                input = Array(text.unicodeScalars)
            } else {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                input = Array(String(decoding: data, as: UTF8.self).unicodeScalars)
            }
            func span(_ value: Any?, _ label: String, optional: Bool = false) {
                guard let object = value as? [String: Any] else {
                    if !(optional && (value == nil || value is NSNull)) { problem("\(label): not a span") }
                    return
                }
                findings.checkedSpans += 1
                guard let start = object["start"] as? Int, let end = object["end"] as? Int,
                      let text = object["text"] as? String else { return problem("\(label): malformed span \(object)") }
                guard 0 <= start, start <= end, end <= input.count else {
                    return problem("\(label): [\(start), \(end)) outside 0..<\(input.count)")
                }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: input[start..<end])
                if Array(view) != Array(text.unicodeScalars) {
                    problem("\(label): [\(start), \(end)) is \(String(view).debugDescription), span says \(text.debugDescription)")
                }
            }

            for (i, removed) in (article["removed"] as? [Any] ?? []).enumerated() { span(removed, "removed[\(i)]") }
            let actors = article["actors"] as? [[String: Any]] ?? []
            let actorIds = Set(actors.compactMap { $0["id"] as? String })
            if actorIds.count != actors.count { problem("actor ids missing or not unique") }
            for (i, actor) in actors.enumerated() {
                let label = "actors[\(i)]"
                if (actor["name"] as? String)?.isEmpty ?? true { problem("\(label): no name") }
                if !actorKinds.contains(actor["kind"] as? String ?? "") { problem("\(label): kind \(actor["kind"] ?? "nil")") }
                guard let salience = actor["salience"] as? Double, salience.isFinite, (0...1).contains(salience) else {
                    problem("\(label): salience \(actor["salience"] ?? "nil") not in 0…1"); continue
                }
                for key in ["role", "affiliation"] where !(actor[key] is String || actor[key] is NSNull) {
                    problem("\(label).\(key) is neither a string nor null")
                }
                for (j, mention) in (actor["mentions"] as? [Any] ?? []).enumerated() { span(mention, "\(label).mentions[\(j)]") }
            }
            func reference(_ value: Any?, _ label: String) {
                guard let ref = value as? [String: Any] else { return problem("\(label): not an actor reference") }
                if let actor = ref["actor"] as? String, !actorIds.contains(actor) {
                    problem("\(label).actor \(actor) is not in actors")
                }
                span(ref["mention"], "\(label).mention", optional: true)
            }
            for (i, position) in (article["positions"] as? [[String: Any]] ?? []).enumerated() {
                findings.positions += 1
                let label = "positions[\(i)]"
                if let speaker = position["speaker"], !(speaker is NSNull) { reference(speaker, "\(label).speaker") }
                span(position["cue"], "\(label).cue", optional: true)
                span(position["content"], "\(label).content")
                if !positionKinds.contains(position["kind"] as? String ?? "") { problem("\(label): kind \(position["kind"] ?? "nil")") }
            }
            for (i, commitment) in (article["commitments"] as? [[String: Any]] ?? []).enumerated() {
                let label = "commitments[\(i)]"
                reference(commitment["actor"], "\(label).actor")
                span(commitment["evidence"], "\(label).evidence")
                if !polarities.contains(commitment["polarity"] as? String ?? "") { problem("\(label): polarity") }
                if (commitment["modality"] as? String)?.isEmpty ?? true { problem("\(label): no modality") }
                if (commitment["action"] as? String)?.isEmpty ?? true { problem("\(label): no action") }
                if !(commitment["limits"] is [String]) { problem("\(label): limits is not a list of strings") }
            }
            for (i, question) in (article["openQuestions"] as? [[String: Any]] ?? []).enumerated() {
                let label = "openQuestions[\(i)]"
                span(question["evidence"], "\(label).evidence")
                if !questionKinds.contains(question["kind"] as? String ?? "") { problem("\(label): kind \(question["kind"] ?? "nil")") }
                if (question["question"] as? String)?.isEmpty ?? true { problem("\(label): no question") }
                for actor in question["actors"] as? [String] ?? [] where !actorIds.contains(actor) {
                    problem("\(label).actors: \(actor) is not in actors")
                }
            }
        }
        return findings
    }
}
