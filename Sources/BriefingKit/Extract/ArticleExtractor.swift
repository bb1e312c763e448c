/// Runs every extractor over one article and assembles its contract record.
///
/// Deterministic and offline: the same article and lexicons give the same record.
public struct ArticleExtractor: Sendable {
    public let lexicons: Lexicons

    public init(lexicons: Lexicons = .bundled) {
        self.lexicons = lexicons
    }

    /// The text layer of an article: its kept paragraphs analysed once.
    public func textLayer(of article: Article) -> TextLayer {
        TextLayer(text: article.scalars ?? ScalarText(article.text), paragraphs: article.paragraphs, abbreviations: lexicons.abbreviations)
    }

    /// The contract record of one article.
    public func extract(_ article: Article) -> ArticleRecord {
        extract(article, layer: textLayer(of: article))
    }

    /// The contract record of one article whose text layer is already built.
    public func extract(_ article: Article, layer: TextLayer) -> ArticleRecord {
        var subjects = SubjectFinder(layer: layer, lexicons: lexicons,
                                     registry: ActorExtractor(layer: layer, lexicons: lexicons).extract())
        let positions = PositionExtractor(layer: layer, lexicons: lexicons).extract(subjects: &subjects)
        let commitments = CommitmentExtractor(layer: layer, lexicons: lexicons).extract(subjects: &subjects)
        let questions = OpenQuestionExtractor(layer: layer, lexicons: lexicons).extract(names: PronounNames(finder: subjects))
        var registry = subjects.registry
        for item in positions { if let entry = item.subject?.entry { registry.recordAct(of: entry) } }
        for item in commitments { if let entry = item.subject.entry { registry.recordAct(of: entry) } }
        PartyMembersName(layer: layer, lexicons: lexicons).rename(in: &registry)

        let actors = ActorRanking(layer: layer, lexicons: lexicons).records(from: registry)
        let ids = Set(actors.map(\.id))
        func reference(_ subject: Subject) -> ActorReference {
            let entry = subject.entry.map { registry.entries[$0] }
            let id = entry.flatMap { ids.contains($0.id) ? $0.id : nil }
            return ActorReference(actor: id, name: entry?.name ?? layer.string(subject.described ?? subject.mention), mention: layer.span(subject.mention))
        }
        return ArticleRecord(
            id: article.id, path: article.path, title: article.title, source: article.source,
            published: article.published, publishedBasis: article.publishedBasis, url: article.url,
            text: article.textIsDerived ? article.text : nil, removed: article.removed,
            actors: actors,
            positions: positions.map { p in
                let cue = layer.span(p.cue), content = layer.span(p.content)
                // "said that “…”" is a quotation: its kind is read without the "that"
                let shown = PositionRecord.statement(of: content, cue: cue)
                return PositionRecord(speaker: p.subject.map(reference), cue: cue, content: content,
                                      kind: kind(of: shown.start..<shown.end, layer: layer))
            },
            // a commitment whose action is only its own cue word ("he proposed") says nothing, unless a
            // lead makes the cue's own words the act ("is staying in the race" → "stay in the race")
            commitments: commitments.filter {
                $0.lead != nil || !$0.cue.contains($0.action.lowerBound) || $0.action.upperBound > $0.cue.upperBound
            }.map { c in
                CommitmentRecord(actor: reference(c.subject), action: oneLine([c.lead, layer.string(c.action)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")),
                                 modality: c.modality,
                                 polarity: c.polarity, limits: c.limits.map { oneLine(layer.string($0)) },
                                 condition: c.condition.map { oneLine(layer.string($0)) },
                                 timeframe: c.timeframe.map { oneLine(layer.string($0)) }, evidence: layer.span(c.evidence))
            },
            openQuestions: questions.map { q in
                let involved = actors.filter { actor in actor.mentions.contains { q.evidence.contains($0.start) } }.map(\.id)
                return OpenQuestionRecord(question: q.question, kind: q.kind, actors: involved, evidence: layer.span(q.evidence))
            })
    }

    /// The article's first sentences after the headline, for a short summary.
    public func summary(of layer: TextLayer, sentences count: Int = 3) -> [String] {
        layer.sentences.lazy
            .filter { layer.paragraphs[$0.paragraph].role != .headline }
            .prefix(count)
            .map { oneLine(layer.string($0.range)) }
    }

    private func kind(of content: Range<Int>, layer: TextLayer) -> PositionKind {
        guard let first = layer.quotation(containing: content.lowerBound) else {
            let inner = layer.quotations.contains { content.contains($0.range.lowerBound) }
            return inner ? .mixed : .reported
        }
        // a quotation, or two joined by their attribution ("“…,” she said. “…”")
        let last = layer.quotation(containing: content.upperBound - 1)
        return first.range.lowerBound == content.lowerBound && last?.range.upperBound == content.upperBound ? .direct : .mixed
    }

    private func oneLine(_ text: String) -> String {
        // most phrases hold no line break: nothing to join
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else { return text }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}
