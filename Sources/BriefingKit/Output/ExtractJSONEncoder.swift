/// Writes extraction records as the bytes of the contract's JSON document, straight into a
/// byte buffer: exactly what `JSONEncoder` with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` (StableJSON) gives for an `ExtractDocument`, or, `compact`, what
/// it gives without `.prettyPrinted` for one record (a JSON Lines line), without building
/// the encoder's intermediate tree. Keys are written in sorted order by hand;
/// `ExtractJSONEncoderTests` checks the bytes against StableJSON.
struct ExtractJSONEncoder {
    /// Where the bytes are written.
    private var buffer = ByteBuffer()
    /// The bytes written so far.
    var bytes: [UInt8] { buffer.bytes }
    /// No line breaks, indents or spaces around the colons: the one-line form.
    private let compact: Bool

    /// - Parameter compact: write the one-line form (`line(_:)`), not the pretty-printed one.
    init(compact: Bool = false) {
        self.compact = compact
    }

    /// One record on one line, as `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`
    /// writes it, and a line break.
    mutating func line(_ record: ArticleRecord) {
        article(record, 0)
        buffer.append(UInt8(ascii: "\n"))
    }

    /// The document's opening, up to its first record.
    mutating func documentHead() {
        append("{")
        newline(2)
        append("\"articles\" : [")
    }

    /// One record of the document's `articles` array; `first` for the first one.
    mutating func documentRecord(_ record: ArticleRecord, first: Bool) {
        if !first { buffer.append(UInt8(ascii: ",")) }
        documentRecordBody(record)
    }

    /// What `documentRecord` writes after the comma that separates a record from the one before.
    /// Returns where the record's id, a quoted string, is in `bytes`.
    @discardableResult mutating func documentRecordBody(_ record: ArticleRecord) -> Range<Int> {
        newline(4)
        return article(record, 4)
    }

    /// A string value as the document writes one: quoted, with JSONEncoder's escapes.
    mutating func quoted(_ value: String) {
        string(value)
    }

    /// The document's end after `count` records, without a final line break. `members` are
    /// more members of the document (`"key" : value,` and a line break, indented by 2, keys
    /// sorting between `articles` and `schema`), written after the records.
    mutating func documentTail(count: Int, members: [UInt8] = []) {
        if count == 0 { buffer.append(UInt8(ascii: "\n")) }
        newline(2)
        append("],")
        newline(2)
        members.withUnsafeBufferPointer { buffer.append($0) }
        append("\"schema\" : ")
        string(ExtractDocument.currentSchema)
        newline(0)
        append("}")
    }

    // MARK: records, keys in sorted order

    /// Returns where the record's id is in `bytes`.
    @discardableResult private mutating func article(_ r: ArticleRecord, _ indent: Int) -> Range<Int> {
        let inner = indent + 2
        append("{")
        key("actors", inner, first: true); array(r.actors, inner) { $0.actor($1, $2) }
        key("commitments", inner); array(r.commitments, inner) { $0.commitment($1, $2) }
        key("id", inner)
        let idStart = buffer.count
        string(r.id)
        let idRange = idStart..<buffer.count
        key("openQuestions", inner); array(r.openQuestions, inner) { $0.question($1, $2) }
        key("path", inner); string(r.path)
        key("positions", inner); array(r.positions, inner) { $0.position($1, $2) }
        key("published", inner); string(r.published)
        key("publishedBasis", inner); string(r.publishedBasis?.rawValue)
        key("removed", inner); array(r.removed, inner) { $0.span($1, $2) }
        key("source", inner); string(r.source)
        key("text", inner); string(r.text)
        key("title", inner); string(r.title)
        key("url", inner); string(r.url)
        close("}", indent)
        return idRange
    }

    private mutating func actor(_ a: ActorRecord, _ indent: Int) {
        let inner = indent + 2
        append("{")
        key("affiliation", inner, first: true); string(a.affiliation)
        key("id", inner); string(a.id)
        key("kind", inner); string(a.kind.rawValue)
        key("mentions", inner); array(a.mentions, inner) { $0.span($1, $2) }
        key("name", inner); string(a.name)
        key("role", inner); string(a.role)
        key("salience", inner); number(a.salience)
        close("}", indent)
    }

    private mutating func reference(_ r: ActorReference?, _ indent: Int) {
        guard let r else { return append("null") }
        let inner = indent + 2
        append("{")
        key("actor", inner, first: true); string(r.actor)
        key("mention", inner); span(r.mention, inner)
        key("name", inner); string(r.name)
        close("}", indent)
    }

    private mutating func position(_ p: PositionRecord, _ indent: Int) {
        let inner = indent + 2
        append("{")
        key("content", inner, first: true); span(p.content, inner)
        key("cue", inner); span(p.cue, inner)
        key("kind", inner); string(p.kind.rawValue)
        key("speaker", inner); reference(p.speaker, inner)
        close("}", indent)
    }

    private mutating func commitment(_ c: CommitmentRecord, _ indent: Int) {
        let inner = indent + 2
        append("{")
        key("action", inner, first: true); string(c.action)
        key("actor", inner); reference(c.actor, inner)
        key("condition", inner); string(c.condition)
        key("evidence", inner); span(c.evidence, inner)
        key("limits", inner); array(c.limits, inner) { encoder, limit, _ in encoder.string(limit) }
        key("modality", inner); string(c.modality)
        key("polarity", inner); string(c.polarity.rawValue)
        key("timeframe", inner); string(c.timeframe)
        close("}", indent)
    }

    private mutating func question(_ q: OpenQuestionRecord, _ indent: Int) {
        let inner = indent + 2
        append("{")
        key("actors", inner, first: true); array(q.actors, inner) { encoder, id, _ in encoder.string(id) }
        key("evidence", inner); span(q.evidence, inner)
        key("kind", inner); string(q.kind.rawValue)
        key("question", inner); string(q.question)
        close("}", indent)
    }

    private mutating func span(_ s: Span?, _ indent: Int) {
        guard let s else { return append("null") }
        let inner = indent + 2
        append("{")
        key("end", inner, first: true); number(s.end)
        key("start", inner); number(s.start)
        key("text", inner); string(s.text)
        close("}", indent)
    }

    // MARK: JSON layout, as JSONEncoder pretty-prints it

    /// `[`, the elements one per line, `]`; an empty array is `[`, an empty line, `]`.
    private mutating func array<T>(_ items: [T], _ indent: Int, _ element: (inout Self, T, Int) -> Void) {
        append("[")
        if items.isEmpty, !compact { buffer.append(UInt8(ascii: "\n")) }
        for (n, item) in items.enumerated() {
            if n > 0 { buffer.append(UInt8(ascii: ",")) }
            newline(indent + 2)
            element(&self, item, indent + 2)
        }
        close("]", indent)
    }

    /// `"name" : ` on a new line, after the previous member's comma.
    private mutating func key(_ name: StaticString, _ indent: Int, first: Bool = false) {
        if !first { buffer.append(UInt8(ascii: ",")) }
        newline(indent)
        buffer.append(UInt8(ascii: "\""))
        append(name)
        if compact { append("\":") } else { append("\" : ") }
    }

    private mutating func close(_ mark: StaticString, _ indent: Int) {
        newline(indent)
        append(mark)
    }

    private mutating func newline(_ indent: Int) {
        if compact { return }
        buffer.append(UInt8(ascii: "\n"))
        buffer.append(UInt8(ascii: " "), times: indent)
    }

    private mutating func append(_ text: StaticString) {
        buffer.append(text)
    }

    /// An integer's decimal digits (`value.description`), written without making a string.
    private mutating func number(_ value: Int) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes: room for the 20 digits of any Int
        withUnsafeMutableBytes(of: &digits) { digitBytes in
            var n = digitBytes.count
            repeat {
                n -= 1
                digitBytes[n] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            buffer.append(UnsafeRawBufferPointer(rebasing: digitBytes[n...]))
        }
    }

    /// A double as JSONEncoder writes it: its shortest description, without a trailing `.0`;
    /// `null` for a value JSON cannot hold.
    private mutating func number(_ value: Double) {
        guard value.isFinite else { return append("null") }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        appendText(text)
    }

    private mutating func appendText(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append($0) }
    }

    private mutating func string(_ value: String?) {
        guard var value else { return append("null") }
        append("\"")
        value.withUTF8 { utf8 in
            var runStart = 0
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                    escape(byte)
                    runStart = i + 1
                }
                i += 1
            }
            buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        append("\"")
    }

    /// The escape JSONEncoder writes for a quote, a backslash or a control character.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        case UInt8(ascii: "\n"): append("\\n")
        case UInt8(ascii: "\r"): append("\\r")
        case UInt8(ascii: "\t"): append("\\t")
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            append("\\u00")
            buffer.append(hex[Int(byte >> 4)])
            buffer.append(hex[Int(byte & 0xF)])
        }
    }
}
