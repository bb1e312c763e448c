/// Whether an actor commits to doing something or to not doing it.
public enum Polarity: String, Codable, Sendable {
    case positive, negative
}

/// Something an actor has pledged, offered, agreed, promised, or declared it will or will not do.
public struct CommitmentRecord: Codable, Hashable, Sendable {
    /// The actor who is bound (not the one reporting it).
    public var actor: ActorReference
    /// The action as a readable phrase ("send troops to defend Ukraine's skies and seas").
    public var action: String
    /// The word family carrying the commitment: `will`, `willing`, `prepared`, `pledged`, …
    public var modality: String
    public var polarity: Polarity
    /// Carve-outs ("not to the frontline with Russia").
    public var limits: [String]
    /// The "if / should / once" clause, if any.
    public var condition: String?
    /// When ("on Wednesday", "in the next week or 10 days"), if stated.
    public var timeframe: String?
    /// The clause that states the commitment.
    public var evidence: Span

    public init(actor: ActorReference, action: String, modality: String, polarity: Polarity,
                limits: [String] = [], condition: String? = nil, timeframe: String? = nil, evidence: Span) {
        self.actor = actor
        self.action = action
        self.modality = modality
        self.polarity = polarity
        self.limits = limits
        self.condition = condition
        self.timeframe = timeframe
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey { case actor, action, modality, polarity, limits, condition, timeframe, evidence }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(actor, forKey: .actor)
        try c.encode(action, forKey: .action)
        try c.encode(modality, forKey: .modality)
        try c.encode(polarity, forKey: .polarity)
        try c.encode(limits, forKey: .limits)
        try c.encode(condition, forKey: .condition)
        try c.encode(timeframe, forKey: .timeframe)
        try c.encode(evidence, forKey: .evidence)
    }
}
