/// What the user asks of a briefing beyond its articles.
public struct ComposeOptions: Sendable {
    /// Keep only articles from these outlets (matched ignoring case and surrounding spaces);
    /// empty keeps all.
    public var outlets: [String]
    /// Actors to put on top (`--actor NAME`): matched by full name, alias or surname, ignoring case.
    public var watchlist: [String]
    /// The previous briefing, for the "What changed" section.
    public var previous: PreviousBriefing?

    public init(outlets: [String] = [], watchlist: [String] = [], previous: PreviousBriefing? = nil) {
        self.outlets = outlets
        self.watchlist = watchlist
        self.previous = previous
    }

    /// Whether an article from `outlet` is kept.
    func keeps(outlet: String?) -> Bool {
        guard !outlets.isEmpty else { return true }
        guard let outlet = outlet.map(Self.folded) else { return false }
        return outlets.contains { Self.folded($0) == outlet }
    }

    /// Whether the merged actor is on the watchlist.
    func watches(_ actor: ActorMerger.Merged) -> Bool {
        let names = Set(actor.nameKeys + actor.aliases.map(Self.folded) + [Self.folded(actor.name)])
        let surnames = Set(names.compactMap { $0.split(separator: " ").last.map(String.init) })
        return watchlist.map(Self.folded).contains { names.contains($0) || surnames.contains($0) }
    }

    static func folded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
