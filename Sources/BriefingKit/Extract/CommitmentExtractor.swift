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
    /// Modalities whose phrase is itself the act ("ruled out X", "stayed neutral", "is headed
    /// to Philadelphia", "proposed X"), not followed by a verb.
    private static let phraseModalities: Set<String> = ["ruled out", "neutral", "running", "headed", "proposed", "called for"]
    /// Modalities that bind only a speaker's own words ("I support a $12 minimum wage").
    private static let firstPersonOnly: Set<String> = ["supports"]
    /// Modalities that are a bare future and so may be a prediction rather than a pledge.
    private static let futures: Set<String> = ["will", "would", "going"]
    /// Words before a subject that make its clause a question about a commitment.
    private static let questionWords: Set<String> = ["what", "whether", "if", "how", "why", "when", "unless"]

    func extract(subjects: inout SubjectFinder) -> [Found] {
        let parts = ClauseParts(layer: layer)
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
                guard actionStart < sentence.tokens.upperBound else { continue }
                // "ruled out X", "stayed neutral": the cue is part of the action
                let verb = Self.phraseModalities.contains(modality) || Self.firstPersonOnly.contains(modality)
                    ? k : bindingVerb(actionStart, in: sentence)
                guard let verb, !isDemandOnOthers(modality: modality, from: actionStart, in: sentence) else { continue }
                // "the divisions that Obama promised to bridge have only grown": the action's object
                // stands before it in a relative clause, and what follows is another clause's verb
                if verb + 1 < sentence.tokens.upperBound, ClauseParts.auxiliaries.contains(layer.tokens[verb + 1].lower) { continue }
                if let condition, condition.contains(layer.tokens[k].range.lowerBound) { continue }
                // "…, but will not deploy them": already a limit of the commitment before it
                if let last = found.last, last.limits.contains(where: { $0.contains(layer.tokens[k + length - 1].range.lowerBound) }) { continue }
                let anchor = subjectAnchor(before: k, in: sentence)
                let isFirstPerson = anchor > sentence.tokens.lowerBound && isFirstPersonSubject(before: anchor, in: sentence)
                var subject = isFirstPerson ? firstPersonSubject(before: anchor, in: sentence, subjects: &subjects)
                                            : subjects.subject(before: anchor, in: sentence)
                if subject == nil, anchor > sentence.tokens.lowerBound {
                    let previous = layer.tokens[anchor - 1]
                    if previous.isMark(","), !Self.participleCues.contains(layer.tokens[k].lower) {
                        subject = appositive(comma: anchor - 1, in: sentence, subjects: subjects)
                    } else if ["and", "but", ","].contains(previous.lower) {
                        subject = previousSubject ?? clauseSubject(before: anchor - 1, in: sentence, subjects: subjects)
                    }
                }
                if let found = subject, Self.firstPersonOnly.contains(modality), !isFirstPerson || found.entry == nil { continue }
                if let found = subject { subject = headOfOfPhrase(found, in: sentence, subjects: subjects) }
                guard let subject, isBindable(subject, firstPerson: isFirstPerson, in: sentence) else { continue }
                previousSubject = subject
                if isEmbedded(subject, in: sentence) { continue }
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
                var end = firstComma(from: verb, before: parts.clauseEnd(from: verb, in: sentence))
                if let quote = layer.quotation(containing: layer.tokens[verb].range.lowerBound) {
                    end = min(end, layer.tokenIndex(atOrAfter: quote.inner.upperBound))
                }
                let limits = parts.limits(in: actionStart..<sentence.tokens.upperBound, sentence: sentence)
                var actionEnd = limits.first.map { limit in
                    min(end, layer.tokenIndex(atOrAfter: limit.lowerBound) - 1)
                } ?? end
                while actionEnd > verb + 1, layer.tokens[actionEnd - 1].kind == .punctuation
                        || Self.danglingWords.contains(layer.tokens[actionEnd - 1].lower) { actionEnd -= 1 }
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

    private static let reflexives: Set<String> = ["itself", "himself", "herself", "themselves", "myself", "ourselves"]

    /// Where the subject ends before cue `k`: past manner adverbs and reflexives ("Khan
    /// defiantly offered", "the campaign itself will").
    private func subjectAnchor(before k: Int, in sentence: Sentence) -> Int {
        var i = k
        while i - 1 > sentence.tokens.lowerBound {
            let word = layer.tokens[i - 1].lower
            guard Self.reflexives.contains(word) || word.hasSuffix("ly") && word.count > 4 && !layer.tokens[i - 1].isCapitalized
            else { break }
            i -= 1
        }
        return i
    }

    private static let participleCues: Set<String> = ["vowing", "promising", "pledging", "offering", "threatening",
                                                      "declining", "refusing"]

    /// The actor named right before a comma: "One of them, UnitedHealth Group, has threatened".
    private func appositive(comma: Int, in sentence: Sentence, subjects: SubjectFinder) -> Subject? {
        guard comma > sentence.tokens.lowerBound,
              let m = subjects.registry.mention(endingAt: layer.tokens[comma - 1].range.upperBound) else { return nil }
        return Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<comma)
    }

    /// The subject of a coordinated or participial commitment ("Khan pulled out his copy and
    /// offered to loan it", "The senator emailed supporters, vowing to compete"): the nearest
    /// actor before `end` that is followed by a finite verb and not governed by a preposition.
    private func clauseSubject(before end: Int, in sentence: Sentence, subjects: SubjectFinder) -> Subject? {
        var i = end - 1
        while i > sentence.tokens.lowerBound {
            defer { i -= 1 }
            let next = layer.tokens[i + 1]
            guard next.kind == .word, !next.isCapitalized,
                  next.lower.hasSuffix("ed") || SubjectFinder.adverbs.contains(next.lower)
                    || lexicons.speechVerbs[next.lower] != nil && !next.lower.hasSuffix("ing"),
                  let m = subjects.registry.mention(endingAt: layer.tokens[i].range.upperBound) else { continue }
            let start = layer.tokenIndex(atOrAfter: m.range.lowerBound)
            let subject = Subject(mention: m.range, entry: m.entry, tokens: start..<(i + 1))
            return isEmbedded(subject, in: sentence) ? nil : subject
        }
        return nil
    }

    /// "Senator Marco Rubio of Florida": the person before "of", not the place after it.
    private func headOfOfPhrase(_ subject: Subject, in sentence: Sentence, subjects: SubjectFinder) -> Subject {
        let i = subject.tokens.lowerBound - 1
        guard i > sentence.tokens.lowerBound, layer.tokens[i].lower == "of",
              let m = subjects.registry.mention(endingAt: layer.tokens[i - 1].range.upperBound),
              subjects.registry.entries[m.entry].kind == .person else { return subject }
        return Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<i)
    }

    private static let prepositions: Set<String> = ["of", "for", "to", "with", "from", "by", "about", "against", "than"]

    /// Whether the subject sits inside a larger phrase or a question ("the president of the
    /// United States will", "whether the U.S. will", "what the US would be willing to").
    private func isEmbedded(_ subject: Subject, in sentence: Sentence) -> Bool {
        var i = subject.tokens.lowerBound - 1
        if i > sentence.tokens.lowerBound, ["the", "a", "an"].contains(layer.tokens[i].lower) { i -= 1 }
        guard i >= sentence.tokens.lowerBound else { return false }
        let before = layer.tokens[i].lower
        if Self.questionWords.contains(before) || Self.prepositions.contains(before) { return true }
        return (sentence.tokens.lowerBound..<subject.tokens.lowerBound).contains { layer.tokens[$0].lower == "whether" }
    }

    /// The longest commitment phrase starting at token `k`.
    private func cue(at k: Int, in sentence: Sentence) -> (Int, String, Polarity)? {
        guard let index = lexicons.commitmentCueTable.firstMatch(in: layer.tokens, at: k, end: sentence.tokens.upperBound) else {
            return nil
        }
        let entry = lexicons.commitmentCues[index]
        return (entry.words.count, entry.modality, entry.polarity)
    }

    private static let interveningAdverbs: Set<String> = ["also", "still", "soon", "then", "now", "only", "immediately",
                                                          "quickly", "personally", "officially", "eventually", "again"]

    /// Index of the verb the commitment binds to (after adverbs and a time phrase: "will also
    /// on Wednesday attend"), or nil when it names an outcome, a state or mere speech.
    private func bindingVerb(_ i: Int, in sentence: Sentence) -> Int? {
        var j = i
        while j < sentence.tokens.upperBound {
            let word = layer.tokens[j].lower
            if Self.interveningAdverbs.contains(word) || word.hasSuffix("ly") && word.count > 4
                || layer.tokens[j].kind == .punctuation && SentenceSplitter.openers.contains(layer.tokens[j].text) {
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
    private func firstPersonSubject(before k: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        guard let i = firstPersonIndex(before: k, in: sentence),
              let speaker = subjects.speaker(ofContentAt: layer.tokens[i].range.lowerBound) else { return nil }
        // "we" in a spokesperson's words binds the organization they speak for
        let plural = ["we", "our", "us"].contains(layer.tokens[i].lower)
        let bound = plural ? subjects.organization(of: speaker) ?? speaker : speaker
        return Subject(mention: layer.tokens[i].range, entry: bound, tokens: i..<(i + 1))
    }

    /// Whether the subject can bind itself: a resolved actor or a name, never an unresolved
    /// pronoun; "it" and "they" only right after a speech verb ("the company said it would").
    private func isBindable(_ subject: Subject, firstPerson: Bool, in sentence: Sentence) -> Bool {
        if firstPerson { return subject.entry != nil }
        let text = layer.string(subject.mention).lowercased()
        if Self.unboundSubjects.contains(text) || Self.firstPerson.contains(text) {
            // "Trump insisted on Tuesday they would not …": past "that" and a day
            var i = subject.tokens.lowerBound - 1
            while i > sentence.tokens.lowerBound, ["that", "on"].contains(layer.tokens[i].lower) || layer.tokens[i].isCapitalized
                    && layer.tokens[i - 1].lower == "on" {
                i -= 1
            }
            return ["it", "they"].contains(text) && subject.entry != nil && i >= sentence.tokens.lowerBound
                && isReportingWord(layer.tokens[i].lower)
        }
        return subject.entry != nil
            || subject.tokens.contains { $0 > sentence.tokens.lowerBound && layer.tokens[$0].isCapitalized }
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

    private static let danglingWords: Set<String> = ["in", "of", "to", "and", "or", "the", "a", "for", "on", "at", "with", "by"]

    /// "called for all candidates to lay out specifics", "called for her resignation": a
    /// demand on someone else, not the caller's own programme.
    private func isDemandOnOthers(modality: String, from start: Int, in sentence: Sentence) -> Bool {
        guard modality == "called for" else { return false }
        let end = min(sentence.tokens.upperBound, start + 8)
        for i in start..<end {
            let word = layer.tokens[i].lower
            if lexicons.demandNouns.contains(word) { return true }
            if word == "to", i + 1 < end, layer.tokens[i + 1].kind == .word, !layer.tokens[i + 1].isCapitalized { return true }
        }
        return false
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
