extension BriefingContext {
    /// An article and the evidence passages the briefing cites from it (HTML appendix).
    public struct EvidenceSource: Sendable {
        public var number: Int
        /// `source-<number>`: the target of `[number]` links.
        public var anchor: String
        public var title: String
        public var outlet: String?
        public var path: String
        public var passages: [Passage]
        public var hasPassages: Bool

        /// All sources with their passages, in source order.
        static func all(_ briefing: Briefing, sources: [Source]) -> [EvidenceSource] {
            let byArticle = Dictionary(grouping: briefing.passages, by: \.articleId)
            return sources.map { source in
                let passages = (byArticle[source.id] ?? []).map(Passage.init)
                return EvidenceSource(number: source.number, anchor: source.anchor, title: source.title,
                                      outlet: source.outlet, path: source.path, passages: passages,
                                      hasPassages: !passages.isEmpty)
            }
        }
    }

    /// An evidence span in its paragraph: `before`, the highlighted `quote`, `after`.
    public struct Passage: Sendable {
        /// `ev-<source>-<start>-<end>`: the target of item citations.
        public var id: String
        public var before: String
        public var quote: String
        public var after: String
        /// The span's offsets in the article, in Unicode scalars.
        public var start: Int
        public var end: Int

        init(_ passage: BriefingPassage) {
            id = passage.id
            before = passage.before
            quote = passage.evidence.text
            after = passage.after
            start = passage.evidence.start
            end = passage.evidence.end
        }
    }
}
