import Foundation

/// Writes the `briefing extract --format json` document to a file handle record by record, as
/// each is done, so that a run holds a few records at a time rather than the whole document.
/// The bytes are those of `ExtractDocument.jsonString()` followed by a line break.
public struct ExtractJSONWriter {
    private let handle: FileHandle
    /// The document's bytes not yet written out.
    private var pending: [UInt8]
    private var count = 0
    /// Buffered bytes are written out once there are this many.
    private static let flushSize = 1 << 16

    /// - Parameter handle: where the document goes (standard output by default).
    public init(handle: FileHandle = .standardOutput) {
        self.handle = handle
        var head = ExtractJSONEncoder()
        head.documentHead()
        pending = head.bytes
    }

    /// A record encoded for the document, ready for `write(_:)`. Encoding is most of the
    /// writer's work and can be done on any thread, such as the one that extracted the record.
    public struct EncodedRecord: Sendable {
        /// The record as the document writes it, after the comma that separates it from the one before.
        let bytes: [UInt8]
        /// Where the record's id, a quoted string, is in `bytes`.
        private let idRange: Range<Int>

        /// Encodes `record`.
        public init(_ record: ArticleRecord) {
            var encoder = ExtractJSONEncoder()
            idRange = encoder.documentRecordBody(record)
            bytes = encoder.bytes
        }

        private init(bytes: [UInt8], idRange: Range<Int>) {
            self.bytes = bytes
            self.idRange = idRange
        }

        /// The encoding of the same record with its id changed to `id` (a file's name met
        /// again in another folder): only the id is encoded again.
        public func renamed(to id: String) -> EncodedRecord {
            var encoder = ExtractJSONEncoder()
            encoder.quoted(id)
            let quotedID = encoder.bytes
            var spliced: [UInt8] = []
            spliced.reserveCapacity(bytes.count - idRange.count + quotedID.count)
            spliced += bytes[..<idRange.lowerBound]
            spliced += quotedID
            let idEnd = spliced.count
            spliced += bytes[idRange.upperBound...]
            return EncodedRecord(bytes: spliced, idRange: idRange.lowerBound..<idEnd)
        }
    }

    /// Appends one record to the document.
    public mutating func write(_ record: ArticleRecord) throws {
        try write(EncodedRecord(record))
    }

    /// Appends one encoded record to the document.
    public mutating func write(_ record: EncodedRecord) throws {
        if count > 0 { pending.append(UInt8(ascii: ",")) }
        pending.append(contentsOf: record.bytes)
        count += 1
        if pending.count >= Self.flushSize { try flush() }
    }

    /// Closes the document and writes out what is left; call once, after the last record.
    public mutating func finish() throws {
        var tail = ExtractJSONEncoder()
        tail.documentTail(count: count)
        pending += tail.bytes
        pending.append(UInt8(ascii: "\n"))
        try flush()
    }

    private mutating func flush() throws {
        try handle.write(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }
}
