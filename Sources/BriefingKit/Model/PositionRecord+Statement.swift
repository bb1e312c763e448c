extension PositionRecord {
    /// What the speaker says, as a reader wants it shown: reported speech after its cue without
    /// the "that" it opens with ("said that he would run" → "he would run"), and a relative
    /// clause without its pronoun, speaker and cue ("which he said had harmed the town" → "had
    /// harmed the town"). The content span keeps both because attribution annotation (PolNeAR)
    /// counts them as part of the reported clause; the statement is still an exact piece of the input.
    public var statement: Span { Self.statement(of: content, cue: cue) }

    /// The statement a content span shows after (or around) its cue: see `statement`.
    static func statement(of content: Span, cue: Span?) -> Span {
        guard let cue else { return content }
        if content.start >= cue.end { return content.withoutLeadingComplementizer() }
        // "What we need, she said, is a plan" is a quotation the attribution interrupts: it stays
        // whole (an apostrophe is no mark of it: "which Ann Bell's aide said …" is trimmed)
        guard content.start < cue.start, cue.end < content.end, content.opensWithRelativePronoun,
              !content.text.unicodeScalars.prefix(cue.start - content.start).contains(where: { ",\"“”‘".unicodeScalars.contains($0) })
        else { return content }
        let after = content.suffix(from: cue.end)
        return after.text.isEmpty ? content : after.withoutLeadingComplementizer()
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
        let dropped = scalars.distance(from: scalars.startIndex, to: rest.startIndex)
        return Span(start: start + dropped, end: end, text: String(Substring(rest)))
    }

    /// Whether the span opens with a relative or interrogative pronoun ("which", "what", "who",
    /// "whom", "that") followed by a space.
    var opensWithRelativePronoun: Bool {
        let word = text.unicodeScalars.prefix { !$0.properties.isWhitespace }
        return word.count < text.unicodeScalars.count
            && ["which", "what", "who", "whom", "that"].contains(String(Substring(word)).lowercased())
    }

    /// The part of the span from `offset` (inside it) on, without the spaces and commas it opens with.
    func suffix(from offset: Int) -> Span {
        let rest = text.unicodeScalars.dropFirst(offset - start).drop { $0 == "," || $0.properties.isWhitespace }
        return Span(start: end - rest.count, end: end, text: String(Substring(rest)))
    }
}
