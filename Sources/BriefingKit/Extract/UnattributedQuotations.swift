/// Quotations the clause layouts leave without a position, attributed where a careful reader
/// would be sure of the speaker:
/// * introduced by a clause that ends in a verb and a comma or colon: "He continued, “…”",
///   "Trump jokingly said, “…”", "She went on: “…”", "As Vulture put it, “…”", "…, adding:
///   “…”", also when the colon closes the paragraph before ("Stated Stone:");
/// * an inverted lead-in: "Said Dana Hill, who grew up in Reno, “…”";
/// * a participle of saying on the sentence's clause: "Warren endorsed Clinton, saying, “…”";
/// * a sentence that is only a quotation, right after a sentence holding one quotation of a
///   speaker ("“A,” the Saudis state. “B.”") or a bare attribution ("Dianne Bystrom agreed. “…”");
/// * a quotation paragraph signed under it: "- Sanders.".
///
/// A quotation whose speaker is not that clear keeps no position; a pronoun right after another
/// speaker's words keeps its mention but no actor.
extension PositionExtractor {
    /// Positions for the quotations no position in `found` covers.
    func unattributedQuotations(besides found: [Found], subjects: inout SubjectFinder) -> [Found] {
        var result: [Found] = []
        let index = FoundIndex(found)
        // the furthest end of the contents added here: each starts before its quotation, so a
        // later quotation overlaps one of them exactly when it starts before that end
        var reach = Int.min
        for quote in layer.quotations where !quote.continuesPrevious {
            guard !index.contentOverlaps(quote.range), reach <= quote.range.lowerBound else { continue }
            let q = layer.tokenIndex(atOrAfter: quote.range.lowerBound)
            guard q < layer.tokens.count, wordCount(quote.inner) >= 1, let s = layer.sentenceIndex(ofToken: q) else { continue }
            let sentence = layer.sentences[s]
            // "Stated Stone:" closing one paragraph, the quotation opening the next
            let afterColon = q == sentence.tokens.lowerBound && q > 0 && layer.tokens[q - 1].isMark(":") && s > 0
                && layer.sentences[s - 1].paragraph + 1 == sentence.paragraph
            let introducer = afterColon ? layer.sentences[s - 1] : sentence
            guard let position = leadIn(quote, at: q, in: introducer, found: index, subjects: &subjects)
                    ?? invertedLeadIn(quote, at: q, in: introducer, subjects: &subjects)
                    ?? participleLeadIn(quote, at: q, in: sentence, subjects: &subjects)
                    ?? sequel(quote, at: q, sentence: s, found: index)
                    ?? afterBareAttribution(quote, at: q, sentence: s, subjects: &subjects)
                    ?? signedBelow(quote, at: q, sentence: sentence, subjects: &subjects) else { continue }
            var confirmed = position
            confirmed.subject = position.subject.map { subject in
                confirmedPronoun(subject, at: quote.range.lowerBound, positions: { floor in
                    let recent = result.lastIndex { $0.content.lowerBound < floor }.map { $0 + 1 } ?? 0
                    return Array(index.contents(startingIn: floor..<quote.range.lowerBound)) + result[recent...]
                })
            }
            subjects.noteReportedContent(confirmed.content, speaker: confirmed.subject)
            result.append(confirmed)
            reach = max(reach, confirmed.content.upperBound)
        }
        return result
    }

    /// "He continued, “…”", "Trump jokingly said, “…”", "She went on: “…”": a verb in the past
    /// or present tense right before the comma or colon that opens the quotation, with its
    /// subject at the start of the clause (after "And", "But", "So").
    private func leadIn(_ quote: Quotation, at q: Int, in sentence: Sentence, found: FoundIndex, subjects: inout SubjectFinder) -> Found? {
        guard q - 2 > sentence.tokens.lowerBound, q <= sentence.tokens.upperBound,
              layer.tokens[q - 1].isMark(",") || layer.tokens[q - 1].isMark(":") else { return nil }
        var verb = q - 2
        // "She went on:", "Trump went even further:", "As Vulture put it,"
        while verb - 1 > sentence.tokens.lowerBound, q - 2 - verb < 2, Self.particles.contains(layer.tokens[verb])
                || layer.tokens[verb].lower == "it" && layer.tokens[verb - 1].lower == "put" { verb -= 1 }
        var token = layer.tokens[verb]
        // "“…,” he said, adding: “…”", "…, and then predicted: “…”": the speaker of the
        // sentence's quotation goes on
        if let earlier = found.cues(startingIn: sentence.range.lowerBound..<token.range.lowerBound)
            .last(where: { $0.cue.upperBound <= token.range.lowerBound }),
           let speaker = earlier.subject, speaker.entry != nil, lexicons.speechVerbs[token] != nil,
           token.lower.hasSuffix("ing") && layer.tokens[verb - 1].isMark(",") || Self.sequenceWords.contains(layer.tokens[verb - 1]) {
            return Found(subject: speaker, cue: token.range, content: quote.range)
        }
        // "The candidate continued, saying, “…”": the finite verb before the participle
        if token.lower.hasSuffix("ing"), lexicons.speechVerbs[token] != nil, verb - 2 > sentence.tokens.lowerBound,
           layer.tokens[verb - 1].isMark(","), isReportingVerb(layer.tokens[verb - 2]) || Self.continuingVerbs.contains(layer.tokens[verb - 2]) {
            verb -= 2
            token = layer.tokens[verb]
        }
        guard isReportingVerb(token) || Self.continuingVerbs.contains(token)
                || verb < q - 2 && (Self.goingVerbs.contains(token) || Self.retortVerbs.contains(token)),
              !token.lower.hasSuffix("ing"),
              !Self.nameGivingVerbs.contains(token), !isPassive(verb, in: sentence),
              !isInsideQuotation(token.range.lowerBound) else { return nil }
        var anchor = verb
        while anchor - 1 > sentence.tokens.lowerBound, isAdverb(layer.tokens[anchor - 1]) { anchor -= 1 }
        // "Mrs. Clinton shook her head and said, “No.”": the second verb of the clause's subject
        if anchor - 1 > sentence.tokens.lowerBound, Self.sequenceWords.contains(layer.tokens[anchor - 1]),
           let subject = subjects.subject(after: clauseStart(of: sentence), in: sentence), subject.entry != nil,
           subject.tokens.lowerBound == clauseStart(of: sentence),
           onlyPredicate(subject.tokens.upperBound..<(anchor - 1)) {
            return Found(subject: subject, cue: token.range, content: quote.range)
        }
        guard anchor > sentence.tokens.lowerBound,
              let subject = subjects.subject(before: anchor, in: sentence) ?? subjects.clauseInitialSubject(before: anchor, in: sentence),
              opensClause(subject, in: sentence) || opensSubordinateClause(subject, in: sentence),
              !isInsideQuotation(subject.mention.lowerBound) else { return nil }
        return Found(subject: subject, cue: token.range.lowerBound..<layer.tokens[q - 2].range.upperBound, content: quote.range)
    }

    /// "“A,” the Saudis state. “B.”": a sentence that is only a quotation continues the one
    /// quotation of the sentence before it in the paragraph, with its speaker and cue.
    private func sequel(_ quote: Quotation, at q: Int, sentence s: Int, found: FoundIndex) -> Found? {
        let sentence = layer.sentences[s]
        guard q == sentence.tokens.lowerBound, s > 0, layer.sentences[s - 1].paragraph == sentence.paragraph,
              layer.tokenIndex(atOrAfter: quote.range.upperBound) >= sentence.tokens.upperBound else { return nil }
        let previous = layer.sentences[s - 1].range
        let there = found.cues(startingIn: previous)
            + found.contents(startingIn: previous).filter { !previous.contains($0.cue.lowerBound) }
        // one speaker, named or resolved, whose words there are a quotation
        guard there.count == 1, let before = there.first, let speaker = before.subject, speaker.entry != nil,
              previous.contains(before.content.lowerBound),
              layer.quotation(containing: before.content.lowerBound) != nil,
              layer.quotationCount(startingIn: previous) == 1 else { return nil }
        return Found(subject: speaker, cue: before.cue, content: quote.range)
    }

    /// "Said Dana Hill, who grew up in Reno, “…”", "Continued Stone: “…”": an inverted
    /// attribution opening the sentence, its speaker, and the quotation after a comma or colon.
    private func invertedLeadIn(_ quote: Quotation, at q: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Found? {
        let first = sentence.tokens.lowerBound
        let verb = layer.tokens[first]
        guard q - first >= 3, q - first <= 20, layer.tokens[q - 1].isMark(",") || layer.tokens[q - 1].isMark(":"),
              verb.isCapitalized, isFiniteSpeechVerb(verb) || Self.continuingVerbs.contains(verb),
              let speaker = subjects.subject(after: first + 1, in: sentence), speaker.tokens.lowerBound == first + 1 else { return nil }
        // only an apposition between the speaker and the quotation: "…, who grew up in Reno,"
        let rest = speaker.tokens.upperBound..<(q - 1)
        guard rest.isEmpty || layer.tokens[rest.lowerBound].isMark(",")
                && !rest.contains(where: { isCueWord(layer.tokens[$0]) || isInsideQuotation(layer.tokens[$0].range.lowerBound) })
        else { return nil }
        return Found(subject: speaker, cue: verb.range, content: quote.range)
    }

    /// Whether tokens are one predicate with no other actor or clause in it (not "X started it
    /// when he … and later said", "X said that Y …, adding").
    private func onlyPredicate(_ tokens: Range<Int>) -> Bool {
        !tokens.contains { i in
            let t = layer.tokens[i]
            return t.kind == .punctuation || t.isCapitalized || isCueWord(t) || SubjectFinder.clauseWords.contains(t)
                || Self.subjectPronouns.contains(t) || isInsideQuotation(t.range.lowerBound)
        }
    }

    /// A pronoun loses the actor it was resolved to when the last position before it (in its
    /// paragraph or the one before) has another speaker: the speaker is then the pronoun alone,
    /// unresolved ("She continued, “…”" right after another speaker's words).
    func confirmedPronoun(_ subject: Subject, at offset: Int, after positions: [Found]) -> Subject {
        confirmedPronoun(subject, at: offset) { _ in positions }
    }

    /// As above, with the positions that may come before it asked of `positions` for the
    /// offset where the paragraph before begins (positions starting earlier are left out).
    func confirmedPronoun(_ subject: Subject, at offset: Int, positions: (Int) -> [Found]) -> Subject {
        guard subject.entry != nil, subject.tokens.count == 1, Self.subjectPronouns.contains(layer.tokens[subject.tokens.lowerBound])
        else { return subject }
        let paragraph = layer.sentences[layer.sentenceIndex(ofToken: subject.tokens.lowerBound) ?? 0].paragraph
        let floor = layer.paragraphs[max(0, paragraph - 1)].range.lowerBound
        let last = positions(floor).filter { $0.content.upperBound <= offset && $0.content.lowerBound >= floor && $0.subject != nil }
            .max { $0.content.upperBound < $1.content.upperBound }
        guard let last, last.subject?.entry != subject.entry else { return subject }
        return Subject(mention: subject.mention, entry: nil, tokens: subject.tokens)
    }

    /// Whether the subject opens its clause: at the sentence's start, after "As" ("As Vulture
    /// put it, “…”"), or after a setting set off by a comma ("In the excerpt, the author wrote, “…”").
    func opensClause(_ subject: Subject, in sentence: Sentence) -> Bool {
        let start = subject.tokens.lowerBound
        guard start > sentence.tokens.lowerBound else { return true }
        let before = layer.tokens[start - 1]
        // "And Mr. Christie gloated: “…”"
        if start - 1 == sentence.tokens.lowerBound, SentenceConjunctions.words.contains(before) { return true }
        if before.lower == "as", start - 1 == sentence.tokens.lowerBound || layer.tokens[start - 2].isMark(",") { return true }
        guard before.isMark(",") else { return false }
        // "Asked whether …, he demurred: “…”": the question was put to the subject
        if isAskedSetting(sentence.tokens.lowerBound..<(start - 1)) { return true }
        // the setting holds no verb of saying of its own
        return !(sentence.tokens.lowerBound..<(start - 1)).contains { i in
            lexicons.speechVerbs[layer.tokens[i]] != nil || isInsideQuotation(layer.tokens[i].range.lowerBound)
        }
    }

    /// "Cruz said as the heckler yelled: “…”", "…, when a young boy shouted, “…”": a named
    /// subject right after a subordinator, whose own verb opens the quotation (a pronoun there
    /// may stand for the main clause's subject or another: left out).
    private func opensSubordinateClause(_ subject: Subject, in sentence: Sentence) -> Bool {
        let start = subject.tokens.lowerBound
        guard start - 1 > sentence.tokens.lowerBound, Self.subordinators.contains(layer.tokens[start - 1]),
              !(subject.tokens.count == 1 && Self.subjectPronouns.contains(layer.tokens[start])) else { return false }
        // not a comparison: "as much as Trump said", "such as"
        return !Self.comparisonWords.contains(layer.tokens[start - 2])
    }

    /// "jokingly", "also", "then": a word between a subject and its verb.
    func isAdverb(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && (token.lower.hasSuffix("ly") || SubjectFinder.adverbs.contains(token))
    }

    /// "“Boeing pays zero taxes.”" as a paragraph of its own, signed in the next one:
    /// "- Sanders.", "—President Obama, tweeting after the speech."
    private func signedBelow(_ quote: Quotation, at q: Int, sentence: Sentence, subjects: inout SubjectFinder) -> Found? {
        let paragraph = layer.paragraphs[sentence.paragraph]
        guard q == layer.sentences[paragraph.sentences.lowerBound].tokens.lowerBound, sentence.paragraph + 1 < layer.paragraphs.count
        else { return nil }
        let last = layer.sentences[paragraph.sentences.upperBound - 1].tokens.upperBound
        guard (layer.tokenIndex(atOrAfter: quote.range.upperBound)..<last).allSatisfy({ layer.tokens[$0].kind == .punctuation }) else { return nil }
        let next = layer.paragraphs[sentence.paragraph + 1]
        guard !next.sentences.isEmpty else { return nil }
        let signature = layer.sentences[next.sentences.lowerBound]
        let dash = signature.tokens.lowerBound
        guard dash + 1 < signature.tokens.upperBound, ["-", "\u{2014}", "\u{2013}"].contains(layer.tokens[dash].text),
              let speaker = subjects.subject(after: dash + 1, in: signature) ?? closingName(dash + 1, in: signature),
              speaker.tokens.lowerBound == dash + 1 else { return nil }
        return Found(subject: speaker, cue: layer.tokens[dash].range, content: quote.range)
    }

    /// "He agreed. “…”": a sentence of only a subject and a verb of saying, then a sentence
    /// that is only a quotation, in the same paragraph.
    private func afterBareAttribution(_ quote: Quotation, at q: Int, sentence s: Int, subjects: inout SubjectFinder) -> Found? {
        let sentence = layer.sentences[s]
        guard q == sentence.tokens.lowerBound, s > 0, layer.sentences[s - 1].paragraph == sentence.paragraph,
              layer.tokenIndex(atOrAfter: quote.range.upperBound) >= sentence.tokens.upperBound else { return nil }
        let previous = layer.sentences[s - 1]
        var verb = previous.tokens.upperBound - 1
        guard layer.tokens[verb].isMark("."), verb - 1 > previous.tokens.lowerBound else { return nil }
        verb -= 1
        let token = layer.tokens[verb]
        guard isFiniteSpeechVerb(token) || Self.agreeingVerbs.contains(token) else { return nil }
        var anchor = verb
        while anchor - 1 > previous.tokens.lowerBound, isAdverb(layer.tokens[anchor - 1]) { anchor -= 1 }
        guard let subject = subjects.subject(before: anchor, in: previous), subject.entry != nil,
              subject.tokens.lowerBound == previous.tokens.lowerBound else { return nil }
        return Found(subject: subject, cue: token.range, content: quote.range)
    }

    private static let goingVerbs: WordSet = ["went", "goes"]
    /// An irregular verb that reports a reply with its particle: "shot back".
    private static let retortVerbs: WordSet = ["shot", "shoots"]
    /// Words opening a clause with a subject of its own before its verb of saying.
    private static let subordinators: WordSet = ["when", "as", "while", "after", "before", "until", "once", "because"]
    /// Words before "as" that make it a comparison, not a clause's opening.
    private static let comparisonWords: WordSet = ["such", "much", "many", "same", "well", "soon", "long", "far", "just"]
    /// Words between a verb and the colon that opens its quotation: "went on:", "went even further:".
    private static let particles: WordSet = ["on", "further", "even", "back"]
    /// Words before a second verb of the same speaker: "and then predicted: “…”".
    private static let sequenceWords: WordSet = ["and", "then", "later"]
    /// Verbs that end a sentence of attribution: "Dianne Bystrom agreed."
    private static let agreeingVerbs: WordSet = ["agreed", "disagreed", "agrees", "disagrees", "concurred", "concurs", "explained",
                                                     "explains", "elaborated", "elaborates"]
    private static let continuingVerbs: WordSet = ["continues", "continued"]
    /// Verbs that give a thing its name, not words to a speaker: "an ad, titled, “Scam.”"
    private static let nameGivingVerbs: WordSet = ["titled", "entitled", "named", "dubbed", "called", "labeled", "labelled",
                                                       "nicknamed", "branded", "captioned"]
}
