/// How a position is worded in the text.
public enum PositionKind: String, Codable, Sendable {
    /// A verbatim quotation.
    case direct
    /// Indirect speech or belief ("she said that …").
    case reported
    /// Reported speech that contains a quotation.
    case mixed
}

/// Who says, believes, wants or claims what.
public struct PositionRecord: Codable, Hashable, Sendable {
    /// The speaker, or nil when the text names nobody.
    public var speaker: ActorReference?
    /// The speech or belief verb ("said", "according to").
    public var cue: Span?
    /// What is said.
    public var content: Span
    public var kind: PositionKind

    public init(speaker: ActorReference?, cue: Span?, content: Span, kind: PositionKind) {
        self.speaker = speaker
        self.cue = cue
        self.content = content
        self.kind = kind
    }

    enum CodingKeys: String, CodingKey { case speaker, cue, content, kind }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(cue, forKey: .cue)
        try c.encode(content, forKey: .content)
        try c.encode(kind, forKey: .kind)
    }
}
