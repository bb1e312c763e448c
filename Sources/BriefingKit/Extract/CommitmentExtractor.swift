/// Finds commitments: an actor as the subject of a commitment phrase ("will", "is prepared
/// to", "pledged to", "refused to", "ruled out", …), with the action, its condition, limits
/// and timeframe.
///
/// Precision rules, from the annotation guidelines:
/// * a bare future ("will", "would", "is going to") binds only a named person, organization
///   or country, or a group reporting its own intention ("many conservatives said they will
///   not vote …"); a group's future is otherwise a prediction ("Latinos will turn out");
/// * "would" counts only in reported speech or in a speaker's own words;
/// * the action must be an act ("will attend"), not an outcome or state ("will lose", "will
///   be") nor mere speech ("declined to comment");
/// * polls, questions, and someone else's conditional hypothetical ("Cruz said if Trump
///   wins, he would …") are not commitments;
/// * "I" and "we" inside a quotation bind its speaker.
/// One commitment per actor and sentence: a sentence listing several acts is one item.
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

    private static let unboundSubjects: Set<String> = ["it", "this", "that", "there", "which", "what", "you", "who", "they"]
    private static let firstPerson: Set<String> = ["i", "we", "i'm", "we're", "i\u{2019}m", "we\u{2019}re", "i've", "we've",
                                                   "i\u{2019}ve", "we\u{2019}ve"]
    /// Modalities that are a bare future and so may be a prediction rather than a pledge.
    private static let futures: Set<String> = ["will", "would", "going"]
    /// Words before a subject that make its clause a question about a commitment.
    private static let questionWords: Set<String> = ["what", "whether", "if", "how", "why", "when", "unless"]

    func extract(subjects: inout SubjectFinder) -> [Found] {
        let parts = ClauseParts(layer: layer)
        let quoteSpeaker = QuoteSpeaker(layer: layer, lexicons: lexicons)
        var found: [Found] = []
        for sentence in layer.sentences where layer.paragraphs[sentence.paragraph].role != .headline {
            guard !isPollOrQuestion(sentence) else { continue }
            var previousSubject: Subject?
            var committed = Set<String>()
            let condition = parts.condition(in: sentence)
            var k = sentence.tokens.lowerBound
            while k < sentence.tokens.upperBound {
                guard let (length, modality, polarity) = cue(at: k, in: sentence) else { k += 1; continue }
                defer { k += length }
                let actionStart = k + length
                guard actionStart < sentence.tokens.upperBound, let verb = bindingVerb(actionStart, in: sentence) else { continue }
                if let condition, condition.contains(layer.tokens[k].range.lowerBound) { continue }
                // "…, but will not deploy them": already a limit of the commitment before it
                if let last = found.last, last.limits.contains(where: { $0.contains(layer.tokens[k + length - 1].range.lowerBound) }) { continue }
                let isFirstPerson = k > sentence.tokens.lowerBound && isFirstPersonSubject(before: k, in: sentence)
                var subject = isFirstPerson ? firstPersonSubject(before: k, in: sentence, quoteSpeaker: quoteSpeaker, subjects: &subjects)
                                            : subjects.subject(before: k, in: sentence)
                if subject == nil, k > sentence.tokens.lowerBound, ["and", "but"].contains(layer.tokens[k - 1].lower) {
                    subject = previousSubject
                }
                guard let subject, isBindable(subject, firstPerson: isFirstPerson) else { continue }
                previousSubject = subject
                if subject.tokens.lowerBound > sentence.tokens.lowerBound,
                   Self.questionWords.contains(layer.tokens[subject.tokens.lowerBound - 1].lower) { continue }
                if Self.futures.contains(modality) {
                    let reported = isReportedSpeech(before: subject.tokens.lowerBound, in: sentence)
                    let reporter = reported ? self.reporter(before: subject.tokens.lowerBound, in: sentence, subjects: &subjects) : nil
                    let selfReported = reporter != nil && reporter?.entry == subject.entry
                    if modality == "would", !reported, !isFirstPerson { continue }
                    if modality == "going", !isFirstPerson, !selfReported { continue }
                    if let entry = subject.entry, subjects.registry.entries[entry].kind == .group, !selfReported, !isFirstPerson { continue }
                    // someone else's hypothetical: "Cruz said if Trump wins, he would …"
                    if condition != nil, let reporter, !selfReported, !isFirstPerson, reporter.entry != nil { continue }
                }
                let key = subject.entry.map(String.init) ?? layer.string(subject.mention).lowercased()
                guard !committed.contains(key) else { continue }
                committed.insert(key)
                let end = firstComma(from: verb, before: parts.clauseEnd(from: verb, in: sentence))
                let limits = parts.limits(in: actionStart..<sentence.tokens.upperBound, sentence: sentence)
                let actionEnd = limits.first.map { limit in
                    min(end, layer.tokenIndex(atOrAfter: limit.lowerBound) - 1)
                } ?? end
                guard actionEnd > verb else { continue }
                let action = layer.tokens[verb].range.lowerBound..<layer.tokens[actionEnd - 1].range.upperBound
                let evidenceStart = min(subject.mention.lowerBound, layer.tokens[k].range.lowerBound)
                let evidenceEnd = max(action.upperBound, limits.last?.upperBound ?? 0)
                let clauseEnd = parts.clauseEnd(from: actionStart, in: sentence)
                found.append(Found(subject: subject, cue: layer.tokens[k].range.lowerBound..<layer.tokens[k + length - 1].range.upperBound,
                                   modality: modality, polarity: polarity, action: action,
                                   evidence: evidenceStart..<evidenceEnd, limits: limits,
                                   condition: condition,
                                   timeframe: parts.timeframe(in: subject.tokens.upperBound..<max(clauseEnd, subject.tokens.upperBound))))
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

    private static let interveningAdverbs: Set<String> = ["also", "still", "soon", "then", "now", "only", "immediately",
                                                          "quickly", "personally", "officially", "eventually", "again"]

    /// Index of the verb the commitment binds to (after adverbs and a time phrase: "will also
    /// on Wednesday attend"), or nil when it names an outcome, a state or mere speech.
    private func bindingVerb(_ i: Int, in sentence: Sentence) -> Int? {
        var j = i
        while j < sentence.tokens.upperBound {
            let word = layer.tokens[j].lower
            if Self.interveningAdverbs.contains(word) || word.hasSuffix("ly") && word.count > 4 {
                j += 1
            } else if ["on", "in", "next", "this"].contains(word), j + 2 < sentence.tokens.upperBound,
                      layer.tokens[j + 1].isCapitalized || ["week", "month", "year"].contains(layer.tokens[j + 1].lower) {
                j += 2
            } else {
                break
            }
        }
        guard j < sentence.tokens.upperBound else { return nil }
        let word = layer.tokens[j]
        guard word.kind == .word, !word.isCapitalized, !lexicons.nonBindingVerbs.contains(word.lower),
              lexicons.speechVerbs[word.lower] == nil else { return nil }
        return j
    }

    /// Whether the words before `k` are "I" or "we" (past "currently", "have", "are").
    private func isFirstPersonSubject(before k: Int, in sentence: Sentence) -> Bool {
        firstPersonIndex(before: k, in: sentence) != nil
    }

    private func firstPersonIndex(before k: Int, in sentence: Sentence) -> Int? {
        var i = k - 1
        while i > sentence.tokens.lowerBound, SubjectFinder.adverbs.contains(layer.tokens[i].lower)
                || ["am", "currently"].contains(layer.tokens[i].lower) {
            i -= 1
        }
        guard i >= sentence.tokens.lowerBound, Self.firstPerson.contains(layer.tokens[i].lower),
              layer.quotation(containing: layer.tokens[i].range.lowerBound) != nil else { return nil }
        return i
    }

    /// "I" or "we" in a quotation, bound to the quotation's speaker.
    private func firstPersonSubject(before k: Int, in sentence: Sentence, quoteSpeaker: QuoteSpeaker,
                                    subjects: inout SubjectFinder) -> Subject? {
        guard let i = firstPersonIndex(before: k, in: sentence),
              let speaker = quoteSpeaker.speaker(ofQuotationAt: i, subjects: &subjects), speaker.entry != nil else { return nil }
        return Subject(mention: layer.tokens[i].range, entry: speaker.entry, tokens: i..<(i + 1))
    }

    /// Whether the subject can bind itself: a resolved actor or a capitalized group, never a
    /// bare "it" or "they" left unresolved.
    private func isBindable(_ subject: Subject, firstPerson: Bool) -> Bool {
        if firstPerson { return subject.entry != nil }
        let text = layer.string(subject.mention).lowercased()
        if Self.unboundSubjects.contains(text) || Self.firstPerson.contains(text) {
            return text == "they" && subject.entry != nil
        }
        return subject.entry != nil || subject.tokens.contains { layer.tokens[$0].isCapitalized }
    }

    /// Whether a speech verb (or "confident") stands before `k`: "he said he would …".
    private func isReportedSpeech(before k: Int, in sentence: Sentence) -> Bool {
        (sentence.tokens.lowerBound..<k).contains { isReportingWord(layer.tokens[$0].lower) }
    }

    /// The subject of the nearest speech verb before `k` ("Officials say …", "he said he would").
    private func reporter(before k: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        guard let i = (sentence.tokens.lowerBound..<k).last(where: { isReportingWord(layer.tokens[$0].lower) }) else { return nil }
        return subjects.subject(before: i, in: sentence)
    }

    private func isReportingWord(_ word: String) -> Bool {
        lexicons.speechVerbs[word] != nil || word == "confident"
    }

    /// A poll report or a question: what follows "would" there is no pledge.
    private func isPollOrQuestion(_ sentence: Sentence) -> Bool {
        if layer.tokens[sentence.tokens.upperBound - 1].isMark("?") { return true }
        return sentence.tokens.contains { lexicons.pollWords.contains(layer.tokens[$0].lower) }
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
}
