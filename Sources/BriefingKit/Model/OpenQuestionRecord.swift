/// What makes a question open.
public enum OpenQuestionKind: String, Codable, Sendable {
    case pending, conditional, disputed, uncertain, explicit
}

/// Something the article leaves unresolved that a reader would want followed up.
public struct OpenQuestionRecord: Codable, Hashable, Sendable {
    /// The question in plain words.
    public var question: String
    public var kind: OpenQuestionKind
    /// Ids of the actors involved.
    public var actors: [String]
    /// The span that raises the question.
    public var evidence: Span

    public init(question: String, kind: OpenQuestionKind, actors: [String], evidence: Span) {
        self.question = question
        self.kind = kind
        self.actors = actors
        self.evidence = evidence
    }
}
