import Foundation
import Testing
@testable import BriefingKit

/// JSON Lines read as a stream: lines split across reads, over-long lines, records handed over
/// in input order batch by batch.
@Suite struct StreamingTests {
    /// A reader fed `chunks` one read at a time.
    static func reader(_ chunks: [String], maxLineBytes: Int = 1 << 20) -> ByteLineReader {
        var remaining = chunks.map { Data($0.utf8) }
        return ByteLineReader(maxLineBytes: maxLineBytes) { remaining.isEmpty ? Data() : remaining.removeFirst() }
    }

    static func lines(_ reader: inout ByteLineReader) -> [String] {
        var lines: [String] = []
        while let line = reader.next() {
            switch line {
            case .text(let data, let number): lines.append("\(number):\(String(decoding: data, as: UTF8.self))")
            case .tooLong(let bytes, let number): lines.append("\(number):too long (\(bytes))")
            }
        }
        return lines
    }

    @Test func linesSplitAcrossReadsAreJoined() {
        var reader = Self.reader(["{\"a\":", "1}\r\n{\"b\"", ":2}\n\n", "last"])
        #expect(Self.lines(&reader) == ["1:{\"a\":1}", "2:{\"b\":2}", "3:", "4:last"])
    }

    @Test func anOverLongLineIsSkippedWithItsLengthAndTheNextLineIsRead() {
        var reader = Self.reader(["short\n", String(repeating: "x", count: 30), String(repeating: "y", count: 30),
                                  "z\nafter\n"], maxLineBytes: 40)
        #expect(Self.lines(&reader) == ["1:short", "2:too long (61)", "3:after"])
    }

    @Test func anOverLongLineInMemoryIsSkippedToo() {
        var reader = ByteLineReader(data: Data("ok\n\(String(repeating: "x", count: 50))\nok again".utf8), maxLineBytes: 40)
        #expect(Self.lines(&reader) == ["1:ok", "2:too long (50)", "3:ok again"])
    }

    /// Runs the stream on `input` through a real pipe, as standard input would be.
    static func stream(_ input: String, batchSize: Int = 2)
        throws -> (batches: [[ArticleRecord]], errors: [IngestError], summary: JSONLinesStream.Summary) {
        let pipe = Pipe()
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(input.utf8))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        var batches: [[ArticleRecord]] = []
        var errors: [IngestError] = []
        let summary = JSONLinesStream(runDate: "2026-11-24", batchSize: batchSize)
            .run(handle: pipe.fileHandleForReading, emit: { batches.append($0) }, report: { errors.append($0) })
        return (batches, errors, summary)
    }

    static func line(_ id: String?, _ text: String, url: String? = nil) -> String {
        var object: [String: String] = ["text": text]
        object["id"] = id
        object["url"] = url
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    @Test func recordsComeInInputOrderInBoundedBatches() throws {
        let texts = (1...5).map { "Mayor Ann Lee\($0) said the town will open a library in year \($0)." }
        let input = texts.enumerated().map { Self.line($0.offset == 2 ? "own-id" : nil, $0.element) }
            .joined(separator: "\n") + "\n"
        let (batches, errors, summary) = try Self.stream(input)
        #expect(errors.isEmpty)
        #expect(batches.allSatisfy { $0.count <= 2 })
        let records = batches.flatMap { $0 }
        #expect(records.map(\.id) == ["stdin-1", "stdin-2", "own-id", "stdin-4", "stdin-5"])
        #expect(records.map(\.text) == texts)
        #expect(records.allSatisfy { $0.path == "stdin" && $0.published == "2026-11-24" })
        #expect(summary == JSONLinesStream.Summary(records: 5, skipped: 0, duplicates: 0))
    }

    @Test func badLinesAreReportedWithTheirNumberAndTheRestGoThrough() throws {
        let input = [Self.line(nil, "The senator said the vote will be held on Monday."), "{broken", "[1, 2]",
                     "", Self.line(nil, "The governor said the bridge will reopen in May.")].joined(separator: "\n")
        let (batches, errors, summary) = try Self.stream(input)
        #expect(batches.flatMap { $0 }.map(\.id) == ["stdin-1", "stdin-5"])
        #expect(errors.map(\.errorDescription) == ["stdin:2: skipped: not valid JSON",
                                                   "stdin:3: skipped: not a JSON object"])
        #expect(summary.skipped == 2)
    }

    @Test func aRepeatedStoryIsLeftOutOnce() throws {
        let story = (1...12).map { "Sentence \($0) of the report says the dam on the river will be finished in \(2030 + $0)." }
            .joined(separator: " ")
        let input = [Self.line("first", story, url: "https://a.example/dam"),
                     Self.line("same-link", "Other words entirely.", url: "http://www.a.example/dam/"),
                     Self.line("republished", story + " Subscribe to our newsletter."),
                     Self.line("other", "The minister said the port will reopen in June after repairs.")]
            .joined(separator: "\n")
        let (batches, _, summary) = try Self.stream(input)
        #expect(batches.flatMap { $0 }.map(\.id) == ["first", "other"])
        #expect(summary.duplicates == 2)
    }
}
