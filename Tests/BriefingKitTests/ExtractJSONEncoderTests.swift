import Foundation
import Testing
@testable import BriefingKit

/// The direct JSON writer of `extract --format json` must give exactly the bytes of the
/// JSONEncoder-based StableJSON form, whatever the strings hold, and the streaming writer the
/// same document; the pipeline hands outputs over in input order.
@Suite struct ExtractJSONEncoderTests {
    /// Strings JSON must escape or may pass through: every control character, quotes,
    /// backslashes, slashes, DEL, line and paragraph separators, accents and emoji.
    static let awkward: [String] = [
        "", "plain", "say \"no\"", "back\\slash", "a/b/c", "tab\tnew\nline\rret",
        String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }), "del\u{7F}",
        "sep\u{2028}para\u{2029}", "Zoë Ça ‘quoted’ “curly” — 🇺🇦 👩‍👩‍👧", "\u{FEFF}bom", "trailing\\",
    ]

    static func record(_ n: Int) -> ArticleRecord {
        let s = awkward[n % awkward.count], t = awkward[(n + 3) % awkward.count]
        let span = Span(start: n, end: n + 5, text: s)
        let reference = ActorReference(actor: n % 2 == 0 ? "a-\(n)" : nil, name: n % 3 == 0 ? nil : t, mention: n % 2 == 0 ? span : nil)
        return ArticleRecord(
            id: "id-\(n)/\(s)", path: "/tmp/x/\(t).txt", title: n % 2 == 0 ? s : nil, source: n % 3 == 0 ? nil : t,
            published: n % 4 == 0 ? nil : "2026-11-24", publishedBasis: n % 4 == 0 ? nil : .relativeToRunDate,
            url: n % 2 == 0 ? "https://example.org/\(n)?q=\(s)" : nil, text: n % 5 == 0 ? s + t : nil,
            removed: n % 2 == 0 ? [] : [span, span],
            actors: [0, 1, 0.048, 0.5, 1.0 / 3, 1e-05, 123.456, 2e20].prefix(n % 9).enumerated().map { k, salience in
                ActorRecord(id: "a-\(k)", name: t, kind: ActorKind.allCases[k % 4], role: k % 2 == 0 ? nil : s,
                            affiliation: k % 3 == 0 ? s : nil, salience: salience, mentions: k % 2 == 0 ? [] : [span])
            },
            positions: (0..<(n % 3)).map { k in
                PositionRecord(speaker: k == 0 ? nil : reference, cue: k == 1 ? nil : span, content: span,
                               kind: [.direct, .reported, .mixed][k % 3])
            },
            commitments: (0..<(n % 2 + 1)).map { k in
                CommitmentRecord(actor: reference, action: s, modality: "will", polarity: k == 0 ? .positive : .negative,
                                 limits: k == 0 ? [] : [s, t], condition: k == 0 ? nil : t, timeframe: n % 2 == 0 ? s : nil,
                                 evidence: span)
            },
            openQuestions: (0..<(n % 2)).map { _ in
                OpenQuestionRecord(question: t, kind: .pending, actors: n % 4 == 1 ? [] : ["a-0", "a-1"], evidence: span)
            })
    }

    @Test(arguments: [0, 1, 2, 13])
    func sameBytesAsJSONEncoder(count: Int) throws {
        let document = ExtractDocument(articles: (0..<count).map(Self.record))
        let direct = try document.jsonString()
        #expect(direct == (try StableJSON.string(document)))
    }

    /// briefing.json: the articles written directly, the briefing indented into place.
    @Test(arguments: [0, 1, 13])
    func briefingDocumentSameBytesAsJSONEncoder(count: Int) throws {
        let records = (0..<count).map(Self.record)
        let inputs = records.map { BriefingInput(record: $0, summary: ["One."], text: $0.text) }
        let briefing = BriefingComposer().compose(date: "2026-11-24", articles: inputs)
        let document = BriefingDocument(briefing: briefing, articles: records)
        #expect(try document.jsonString() == (try StableJSON.string(document)))
    }

    @Test func everyAwkwardStringAlone() throws {
        for (n, s) in Self.awkward.enumerated() {
            let span = Span(start: 0, end: n, text: s)
            let record = ArticleRecord(id: s, path: s, title: s, source: nil, published: nil, publishedBasis: nil, url: nil,
                                       text: s, removed: [span], actors: [], positions: [], commitments: [], openQuestions: [])
            let document = ExtractDocument(articles: [record])
            #expect(try document.jsonString() == (try StableJSON.string(document)), "string \(n): \(s.debugDescription)")
        }
    }

    /// A record renamed after it was encoded (its file's name met again in another folder):
    /// splicing the new id into the encoding gives the encoding of the renamed record.
    @Test func aRenamedEncodingIsTheEncodingOfTheRenamedRecord() {
        for n in 0..<(2 * Self.awkward.count) {
            var record = Self.record(n)
            let encoded = ExtractJSONWriter.EncodedRecord(record)
            for id in [record.id + "-2", "", "x", "say \"no\"\\-10", "Zoë/‘quoted’\t-3"] {
                record.id = id
                let fresh = ExtractJSONWriter.EncodedRecord(record).bytes
                #expect(encoded.renamed(to: id).bytes == fresh, "record \(n), id \(id.debugDescription)")
                #expect(encoded.renamed(to: "other-7").renamed(to: id).bytes == fresh)
            }
        }
    }

    /// JSON Lines: each record on one line, as JSONEncoder writes it without pretty-printing.
    @Test func jsonLineSameBytesAsJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var records = (0..<(2 * Self.awkward.count)).map(Self.record)
        records += Self.awkward.enumerated().map { n, s in
            ArticleRecord(id: s, path: s, title: s, source: nil, published: nil, publishedBasis: nil, url: nil, text: s,
                          removed: [Span(start: 0, end: n, text: s)], actors: [], positions: [], commitments: [], openQuestions: [])
        }
        for (n, record) in records.enumerated() {
            #expect(record.jsonLine() == (try encoder.encode(record)) + Data([0x0A]), "record \(n)")
        }
    }

    @Test func streamedDocumentIsTheDocumentAndALineBreak() throws {
        for count in [0, 1, 40] {
            let records = (0..<count).map(Self.record)
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(UUID().uuidString).json")
            FileManager.default.createFile(atPath: url.path, contents: nil)
            defer { try? FileManager.default.removeItem(at: url) }
            let handle = try FileHandle(forWritingTo: url)
            var writer = ExtractJSONWriter(handle: handle)
            for record in records { try writer.write(record) }
            try writer.finish()
            try handle.close()
            let written = try String(contentsOf: url, encoding: .utf8)
            #expect(written == (try ExtractDocument(articles: records).jsonString()) + "\n")
        }
    }

    @Test func orderedWorkGivesResultsInOrderWithASmallWindow() {
        let count = 500
        let work = OrderedWork<Int>(count: count, window: 3)
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) {
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                while let index = work.next() { work.finish(index, index * index) }
            }
        }
        let results = (0..<count).map { work.take($0) }
        done.wait()
        #expect(results == (0..<count).map { $0 * $0 })
    }

    @Test func pipelineStreamsInInputOrderWithDistinctIds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for n in 0..<30 {
            let sub = folder.appendingPathComponent("d\(n / 10)")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            let file = sub.appendingPathComponent("story-\(n % 10).txt")
            try "Headline \(n)\n\nJohn Smith said the council would meet on day \(n).\n".write(to: file, atomically: false, encoding: .utf8)
            paths.append(file.path)
        }
        var seen: [ArticlePipeline.Output] = []
        let errors = ArticlePipeline(runDate: "2026-11-24").run(paths: paths) { seen.append($0) }
        #expect(errors.isEmpty)
        #expect(seen.map(\.article.title) == (0..<30).map { "Headline \($0)" })
        #expect(seen.map(\.record.id) == (0..<30).map { n in "story-\(n % 10)" + (n < 10 ? "" : "-\(n / 10 + 1)") })
    }

    @Test func whatIsPreparedOnTheWorkersFollowsARenamedOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prepare-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for n in 0..<12 {
            let sub = folder.appendingPathComponent("d\(n % 3)")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            let file = sub.appendingPathComponent("note-\(n / 3).txt")
            try "Headline \(n)\n\nMary Jones said the bridge would reopen in week \(n).\n".write(to: file, atomically: false, encoding: .utf8)
            paths.append(file.path)
        }
        var seen: [(id: String, prepared: String)] = []
        let errors = ArticlePipeline(runDate: "2026-11-24", jobs: 3).run(paths: paths, prepare: { "\($0.record.id)|\($0.article.title ?? "")" }) {
            seen.append(($0.record.id, $1))
        }
        #expect(errors.isEmpty)
        #expect(seen.count == 12)
        #expect(seen.contains { $0.id.hasSuffix("-3") })
        for (n, item) in seen.enumerated() { #expect(item.prepared == "\(item.id)|Headline \(n)") }
    }

    @Test func aRenamedOutputGetsWhatRenameMakesOfWhatWasPrepared() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rename-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for n in 0..<6 {
            let sub = folder.appendingPathComponent("d\(n / 2)")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            let file = sub.appendingPathComponent("memo-\(n % 2).txt")
            try "Headline \(n)\n\nAnna Berg said the ferry would sail on day \(n).\n".write(to: file, atomically: false, encoding: .utf8)
            paths.append(file.path)
        }
        var seen: [String] = []
        let errors = ArticlePipeline(runDate: "2026-11-24", jobs: 2).run(
            paths: paths, prepare: { "prepared \($0.record.id)" }, rename: { "\($0), renamed \($1.record.id)" }) { _, prepared in
            seen.append(prepared)
        }
        #expect(errors.isEmpty)
        #expect(seen == ["prepared memo-0", "prepared memo-1",
                         "prepared memo-0, renamed memo-0-2", "prepared memo-1, renamed memo-1-2",
                         "prepared memo-0, renamed memo-0-3", "prepared memo-1, renamed memo-1-3"])
    }
}
