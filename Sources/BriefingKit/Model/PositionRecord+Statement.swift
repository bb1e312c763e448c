extension PositionRecord {
    /// What the speaker says, as a reader wants it shown: reported speech after its cue without
    /// the "that" it opens with ("said that he would run" → "he would run"). The content span
    /// keeps the "that" because attribution annotation (PolNeAR) counts it as part of the
    /// reported clause; this span is still an exact piece of the input.
    public var statement: Span { Self.statement(of: content, cue: cue) }

    /// The statement a content span shows after (or before) its cue: see `statement`.
    static func statement(of content: Span, cue: Span?) -> Span {
        guard let cue, content.start >= cue.end else { return content }
        return content.withoutLeadingComplementizer()
    }
}

extension Span {
    /// The span without a leading "that" and the spaces and commas after it; unchanged when it
    /// does not open with that word or nothing would be left.
    func withoutLeadingComplementizer() -> Span {
        let scalars = text.unicodeScalars
        guard scalars.starts(with: "that".unicodeScalars) else { return self }
        var rest = scalars.dropFirst(4)
        guard let next = rest.first, next == "," || next.properties.isWhitespace else { return self }
        rest = rest.drop { $0 == "," || $0.properties.isWhitespace }
        guard !rest.isEmpty else { return self }
        let dropped = scalars.count - rest.count
        return Span(start: start + dropped, end: end, text: String(String.UnicodeScalarView(rest)))
    }
}
