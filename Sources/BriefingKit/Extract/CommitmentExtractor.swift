/// Finds commitments: an actor as the subject of a commitment phrase ("will", "is prepared
/// to", "pledged to", "refused to", "ruled out", …), with the action, its condition, limits
/// and timeframe. "would" counts only in reported speech ("he said he would …"); a future
/// that is a speech act ("will say") or a prediction about a state ("will be") does not.
struct CommitmentExtractor {
    let layer: TextLayer
    let lexicons: Lexicons

    struct Found {
        var subject: Subject
        var cue: Range<Int>
        var modality: String
        var polarity: Polarity
        var action: Range<Int>
        var evidence: Range<Int>
        var limits: [Range<Int>]
        var condition: Range<Int>?
        var timeframe: Range<Int>?
    }

    private static let unboundSubjects: Set<String> = ["it", "this", "that", "there", "which", "what", "you", "i", "we", "who"]

    func extract(subjects: inout SubjectFinder) -> [Found] {
        let parts = ClauseParts(layer: layer)
        var found: [Found] = []
        for sentence in layer.sentences where layer.paragraphs[sentence.paragraph].role != .headline {
            var previousSubject: Subject?
            let condition = parts.condition(in: sentence)
            var k = sentence.tokens.lowerBound
            while k < sentence.tokens.upperBound {
                guard let (length, modality, polarity) = cue(at: k, in: sentence) else { k += 1; continue }
                defer { k += length }
                let actionStart = k + length
                guard actionStart < sentence.tokens.upperBound, isBindingAction(actionStart, modality: modality, sentence: sentence)
                else { continue }
                if layer.tokens[k].lower == "would", !isReportedSpeech(before: k, in: sentence) { continue }
                if let condition, condition.contains(layer.tokens[k].range.lowerBound) { continue }
                // "…, but will not deploy them": already a limit of the commitment before it
                if let last = found.last, last.limits.contains(where: { $0.contains(layer.tokens[k + length - 1].range.lowerBound) }) { continue }
                var subject = subjects.subject(before: k, in: sentence)
                if subject == nil, k > sentence.tokens.lowerBound, ["and", "but"].contains(layer.tokens[k - 1].lower) {
                    subject = previousSubject
                }
                guard let subject, subject.entry != nil || isNamedGroup(subject),
                      !Self.unboundSubjects.contains(layer.string(subject.mention).lowercased()) else { continue }
                previousSubject = subject
                // "what the US would be willing to commit": a question about a commitment, not one
                if subject.tokens.lowerBound > sentence.tokens.lowerBound,
                   ["what", "whether", "if", "how", "why", "when", "unless"].contains(layer.tokens[subject.tokens.lowerBound - 1].lower) {
                    continue
                }
                let end = firstComma(from: actionStart, before: parts.clauseEnd(from: actionStart, in: sentence))
                let limits = parts.limits(in: actionStart..<sentence.tokens.upperBound, sentence: sentence)
                let actionEnd = limits.first.map { limit in
                    min(end, layer.tokenIndex(atOrAfter: limit.lowerBound) - 1)
                } ?? end
                guard actionEnd > actionStart else { continue }
                let action = layer.tokens[actionStart].range.lowerBound..<layer.tokens[actionEnd - 1].range.upperBound
                let evidenceStart = subject.mention.lowerBound
                let evidenceEnd = max(action.upperBound, limits.last?.upperBound ?? 0)
                found.append(Found(subject: subject, cue: layer.tokens[k].range.lowerBound..<layer.tokens[k + length - 1].range.upperBound,
                                   modality: modality, polarity: polarity, action: action,
                                   evidence: evidenceStart..<evidenceEnd, limits: limits,
                                   condition: condition,
                                   timeframe: parts.timeframe(in: subject.tokens.upperBound..<max(actionEnd, subject.tokens.upperBound))))
            }
        }
        return found
    }

    /// The longest commitment phrase starting at token `k`.
    private func cue(at k: Int, in sentence: Sentence) -> (Int, String, Polarity)? {
        for entry in lexicons.commitmentCues where k + entry.words.count <= sentence.tokens.upperBound {
            var matches = true
            for (offset, word) in entry.words.enumerated() where layer.tokens[k + offset].lower != word {
                matches = false
                break
            }
            if matches { return (entry.words.count, entry.modality, entry.polarity) }
        }
        return nil
    }

    private static let nonBindingVerbs: Set<String> = ["be", "have", "likely", "probably", "also", "still", "soon", "never", "only"]

    /// Whether what follows the cue is an action the actor can bind itself to.
    private func isBindingAction(_ i: Int, modality: String, sentence: Sentence) -> Bool {
        var j = i
        // "will on Wednesday attend": skip a time phrase between the cue and the verb
        if ["on", "in", "next", "this"].contains(layer.tokens[j].lower), j + 2 < sentence.tokens.upperBound,
           layer.tokens[j + 1].isCapitalized || ["week", "month", "year"].contains(layer.tokens[j + 1].lower) {
            j += 2
        }
        let word = layer.tokens[j]
        guard word.kind == .word, !word.isCapitalized else { return false }
        if ["will", "would", "shall"].contains(modality) {
            if Self.nonBindingVerbs.contains(word.lower) { return false }
            if lexicons.speechVerbs[word.lower] != nil { return false }
        }
        return true
    }

    /// The first comma outside quotation marks, which ends a readable action phrase.
    private func firstComma(from start: Int, before end: Int) -> Int {
        var i = start
        while i < end {
            if layer.tokens[i].isMark(","), layer.quotation(containing: layer.tokens[i].range.lowerBound) == nil { return i }
            i += 1
        }
        return end
    }

    /// Whether a speech verb stands earlier in the sentence ("said he would …").
    private func isReportedSpeech(before k: Int, in sentence: Sentence) -> Bool {
        (sentence.tokens.lowerBound..<k).contains { lexicons.speechVerbs[layer.tokens[$0].lower] != nil }
    }

    private func isNamedGroup(_ subject: Subject) -> Bool {
        subject.tokens.contains { layer.tokens[$0].isCapitalized }
    }
}
