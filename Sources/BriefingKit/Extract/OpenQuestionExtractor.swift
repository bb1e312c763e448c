/// Finds what an article leaves unresolved: explicit questions, "whether" and "unclear",
/// pending decisions ("is expected to", "has yet to"), disputes ("denied", "insist this is
/// not the case") and outcomes that hang on a stated condition.
///
/// When a sentence raises several kinds, the guidelines' order decides: disputed,
/// conditional, pending, uncertain, explicit. At most one question per sentence.
struct OpenQuestionExtractor {
    let layer: TextLayer
    let lexicons: Lexicons

    struct Found {
        var kind: OpenQuestionKind
        var question: String
        var evidence: Range<Int>
    }

    private static let priority: [OpenQuestionKind] = [.disputed, .conditional, .pending, .uncertain, .explicit]
    private static let modals: Set<String> = ["will", "would", "could", "can", "may", "might", "only", "possible"]

    func extract() -> [Found] {
        let parts = ClauseParts(layer: layer)
        let phraser = QuestionPhraser(layer: layer)
        var found: [Found] = []
        for sentence in layer.sentences where layer.paragraphs[sentence.paragraph].role != .headline {
            var best: (kind: OpenQuestionKind, at: Int)?
            for k in sentence.tokens {
                guard let kind = cue(at: k, in: sentence) else { continue }
                if kind == .conditional, !hasModal(sentence) { continue }
                if best == nil || Self.rank(kind) < Self.rank(best!.kind) { best = (kind, k) }
            }
            if let condition = parts.condition(in: sentence), hasModal(sentence),
               best == nil || Self.rank(.conditional) < Self.rank(best!.kind) {
                best = (.conditional, layer.tokenIndex(atOrAfter: condition.lowerBound))
            }
            let last = layer.tokens[sentence.tokens.upperBound - 1]
            if best == nil, last.isMark("?"), layer.quotation(containing: last.range.lowerBound) == nil {
                best = (.explicit, sentence.tokens.lowerBound)
            }
            guard let (kind, at) = best else { continue }
            let clause = clauseTokens(around: at, kind: kind, in: sentence, parts: parts)
            let question = kind == .explicit
                ? layer.string(sentence.range).split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
                : kind == .disputed ? phraser.claimQuestion(from: clause)
                : phraser.question(from: clause, fallbackPrefix: "Will it turn out that")
            found.append(Found(kind: kind, question: question, evidence: evidenceRange(sentence)))
        }
        return found
    }

    private static func rank(_ kind: OpenQuestionKind) -> Int { priority.firstIndex(of: kind) ?? priority.count }

    private func cue(at k: Int, in sentence: Sentence) -> OpenQuestionKind? {
        for entry in lexicons.questionCues where k + entry.words.count <= sentence.tokens.upperBound {
            var matches = true
            for (offset, word) in entry.words.enumerated() where layer.tokens[k + offset].lower != word {
                matches = false
                break
            }
            if matches { return entry.kind }
        }
        return nil
    }

    private func hasModal(_ sentence: Sentence) -> Bool {
        sentence.tokens.contains { Self.modals.contains(layer.tokens[$0].lower) }
    }

    /// The clause the question is about: after "whether" or "if", else the clause holding the cue.
    private func clauseTokens(around k: Int, kind: OpenQuestionKind, in sentence: Sentence, parts: ClauseParts) -> Range<Int> {
        let word = layer.tokens[k].lower
        if ["whether", "if", "unless", "should", "once"].contains(word) {
            return k..<parts.clauseEnd(from: k + 1, in: sentence)
        }
        var start = k
        while start > sentence.tokens.lowerBound, !layer.tokens[start - 1].isMark(","), !layer.tokens[start - 1].isMark(";") {
            start -= 1
        }
        return start..<parts.clauseEnd(from: k, in: sentence)
    }

    /// The sentence without its final full stop.
    private func evidenceRange(_ sentence: Sentence) -> Range<Int> {
        var end = sentence.tokens.upperBound - 1
        while end > sentence.tokens.lowerBound, layer.tokens[end].isMark(".") { end -= 1 }
        return sentence.range.lowerBound..<layer.tokens[end].range.upperBound
    }
}
