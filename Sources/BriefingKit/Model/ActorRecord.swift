/// The kind of an actor, as the contract names them.
public enum ActorKind: String, Codable, Sendable, CaseIterable {
    case person, organization, country, group
}

/// A person, organization, country or group taking part in an article, with every mention of it.
public struct ActorRecord: Codable, Hashable, Sendable {
    /// Stable id within the article, derived from the name ("tony-radakin").
    public var id: String
    /// The fullest form of the name the article gives.
    public var name: String
    public var kind: ActorKind
    /// The title or function the article gives ("defence secretary"), if any.
    public var role: String?
    /// The country or organization the actor belongs to, where stated or implied.
    public var affiliation: String?
    /// 0…1, how central the actor is to the article.
    public var salience: Double
    /// Every span that refers to the actor, in text order.
    public var mentions: [Span]

    public init(id: String, name: String, kind: ActorKind, role: String? = nil, affiliation: String? = nil,
                salience: Double = 0, mentions: [Span] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.role = role
        self.affiliation = affiliation
        self.salience = salience
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey { case id, name, kind, role, affiliation, salience, mentions }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encode(role, forKey: .role)
        try c.encode(affiliation, forKey: .affiliation)
        try c.encode(salience, forKey: .salience)
        try c.encode(mentions, forKey: .mentions)
    }
}

/// A reference from a position or commitment to the actor who speaks or commits.
public struct ActorReference: Codable, Hashable, Sendable {
    /// Id of an entry in the article's `actors`, or nil for an unnamed source.
    public var actor: String?
    /// Display name of the actor ("John Healey", "One British official").
    public var name: String?
    /// The span naming the actor at this place (may be a pronoun).
    public var mention: Span?

    public init(actor: String?, name: String?, mention: Span?) {
        self.actor = actor
        self.name = name
        self.mention = mention
    }

    enum CodingKeys: String, CodingKey { case actor, name, mention }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(actor, forKey: .actor)
        try c.encode(name, forKey: .name)
        try c.encode(mention, forKey: .mention)
    }
}
