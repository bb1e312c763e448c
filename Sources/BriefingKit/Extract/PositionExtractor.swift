/// Finds who says, believes or claims what: quotations and reported speech attached to a
/// speech or belief verb and its subject.
///
/// Layouts: `X said (that) CLAUSE`, `X said: 'QUOTE'`, `'QUOTE,' X said`, `'QUOTE,' said X`,
/// `CLAUSE, X said`, `X, the Y, said`, `X, who said`, `according to X, CLAUSE`,
/// `CLAUSE, according to X`, and a participle sharing its clause's subject
/// (`Trump insisted …, telling Fox News: '…'`).
struct PositionExtractor {
    let layer: TextLayer
    let lexicons: Lexicons

    /// Modals, and the "to" of an infinitive, that may stand right before a cue verb ("would say", "whether to endorse").
    static let modals: WordSet = ["will", "would", "could", "may", "might", "should", "to", "can", "must"]
    private static let finalMarks: WordSet = [".", "!", "?", ";", ":"]
    private static let according: WordSet = ["according"]
    private static let to: WordSet = ["to"]
    static let subjectPronouns: WordSet = ["he", "she", "they", "it", "we", "i", "you"]
    static let objectVerbs: WordSet = ["told", "tell", "tells", "telling", "warned", "warns", "urged", "asked", "reminded"]

    struct Found {
        var subject: Subject?
        var cue: Range<Int>
        var content: Range<Int>
    }

    func extract(subjects: inout SubjectFinder) -> [Found] {
        var found: [Found] = []
        var taken = Set<Range<Int>>()
        for sentence in layer.sentences {
            var sentenceSubject: Subject?
            var cueWords: Int?
            let sentenceStart = found.count
            var k = sentence.tokens.lowerBound
            while k < sentence.tokens.upperBound {
                defer { k += 1 }
                // most tokens inside quotation marks: skipped before the token is copied
                if isInsideQuotation(layer.tokens[k].range.lowerBound) { continue }
                if isNounCompound(k, in: sentence) { continue }
                // the token is read in place below, not copied: this runs at every token
                var result: Found?
                if Self.according.contains(layer.tokens[k]), k + 1 < sentence.tokens.upperBound, Self.to.contains(layer.tokens[k + 1]) {
                    result = accordingTo(k, in: sentence, subjects: &subjects)
                } else if let aim = intention(k, in: sentence, sentenceSubject: sentenceSubject, subjects: &subjects,
                                                 besides: found[sentenceStart...], cueWords: &cueWords) {
                    result = aim
                } else if let clauseOnly = lexicons.speechVerbs[layer.tokens[k]] {
                    result = speech(k, in: sentence, sentenceSubject: sentenceSubject, subjects: &subjects)
                        ?? layoutAttribution(k, in: sentence, subjects: &subjects)
                    if clauseOnly, let found = result, !isClause(found.content) { result = nil }
                } else if lexicons.attitudeVerbs.contains(layer.tokens[k]) {
                    result = attitude(k, in: sentence, sentenceSubject: sentenceSubject, subjects: &subjects)
                    if Self.objectStanceVerbs.contains(layer.tokens[k]) { result = result.flatMap(stanceObject) }
                    if result == nil, var after = attitudeAfterQuotation(k, in: sentence, subjects: &subjects) {
                        after.subject = after.subject.map { confirmedPronoun($0, at: after.content.lowerBound, after: found) }
                        result = after
                    }
                } else if layer.tokens[k].isMark(":") {
                    result = colonAttribution(k, in: sentence, subjects: &subjects)
                } else if Self.findingVerbs.contains(layer.tokens[k]), isFinding(k, in: sentence) {
                    result = attitude(k, in: sentence, sentenceSubject: sentenceSubject, subjects: &subjects)
                } else if Self.evidentialVerbs.contains(layer.tokens[k]) {
                    result = evidential(k, in: sentence) ?? layoutAttribution(k, in: sentence, subjects: &subjects)
                } else {
                    result = layoutAttribution(k, in: sentence, subjects: &subjects)
                }
                guard var position = result else { continue }
                position.content = layer.text.trimmed(position.content)
                // "Obama described the attack", "Sanders maintained his lead": no words to report, though
                // the subject still acted (and counts as acting, as a position's speaker does)
                if isBareTopic(position) || isKeptObject(position) {
                    if let entry = position.subject?.entry { subjects.registry.recordAct(of: entry) }
                    continue
                }
                let oneWord = wordCount(position.content) < 2
                guard !oneWord || isExclaimed(position) || isAnswered(position) || isNamedStanceObject(position) else { continue }
                position.content = conventionalBounds(position.content, cue: position.cue)
                guard !taken.contains(position.content) else { continue }
                if oneWord, let subject = position.subject {
                    position.subject = confirmedPronoun(subject, at: position.content.lowerBound, after: found)
                }
                taken.insert(position.content)
                // the subject a later coordinated verb shares: not one inside reported words, nor
                // one after another cue (a cue word quoted before it does not count)
                if let subject = position.subject, !isRelative(subject), !found[sentenceStart...].contains(where: { $0.content.contains(subject.mention.lowerBound) }),
                   !(sentence.tokens.lowerBound..<subject.tokens.lowerBound).contains(where: {
                       isCueWord(layer.tokens[$0]) && !isInsideQuotation(layer.tokens[$0].range.lowerBound) }) {
                    sentenceSubject = subject
                }
                subjects.noteReportedContent(position.content, speaker: position.subject)
                found.append(position)
            }
            found[sentenceStart...] = ArraySlice(endingBeforeCoordinatedCues(Array(found[sentenceStart...])))
        }
        let all = found + unattributedQuotations(besides: found, subjects: &subjects)
        return continuedIntoQuotationParagraphs(all, subjects: &subjects)
    }

    /// "“Denver,” he answered.", "“Quiet!” she shouted.": a quotation of one word, whole,
    /// before the verb of saying that attributes it.
    private func isExclaimed(_ position: Found) -> Bool {
        let verb = layer.tokenIndex(atOrAfter: position.cue.lowerBound)
        guard wordCount(position.content) == 1, position.content.upperBound <= position.cue.lowerBound, verb < layer.tokens.count,
              layer.quotation(containing: position.content.lowerBound)?.range == position.content else { return false }
        // an utterance closed by a comma or a mark, not a word in scare quotes
        return lexicons.speechVerbs[layer.tokens[verb]] != nil && [",", "!", "?"].contains(lastScalarInside(position.content))
    }

    /// "Asked whether he would run, Cole said, “Probably.”", "she said: “No!”": a quotation of
    /// one word, whole and closing its own sentence, right after the comma or colon that follows
    /// a finite verb of saying with a subject.
    private func isAnswered(_ position: Found) -> Bool {
        let verb = layer.tokenIndex(atOrAfter: position.cue.lowerBound)
        guard position.subject != nil, wordCount(position.content) == 1, verb + 2 < layer.tokens.count,
              isFiniteSpeechVerb(layer.tokens[verb]), layer.tokens[verb + 1].isMark(",") || layer.tokens[verb + 1].isMark(":"),
              layer.tokens[verb + 2].range.lowerBound == position.content.lowerBound,
              layer.quotation(containing: position.content.lowerBound)?.range == position.content else { return false }
        return [".", "!", "?"].contains(lastScalarInside(position.content))
    }

    // MARK: Layouts

    private func speech(_ k: Int, in sentence: Sentence, sentenceSubject: Subject?, subjects: inout SubjectFinder) -> Found? {
        if isPassive(k, in: sentence) { return passiveSpeech(k, in: sentence, subjects: &subjects) }
        let token = layer.tokens[k]
        let cue = token.range
        var anchor = k
        if anchor - 1 >= sentence.tokens.lowerBound, Self.modals.contains(layer.tokens[anchor - 1]) { anchor -= 1 }
        let previous = k > sentence.tokens.lowerBound ? layer.tokens[k - 1] : nil
        let afterQuote = previous.map { isClosingMark($0) || ($0.isMark(",") && k - 2 >= sentence.tokens.lowerBound && isClosingMark(layer.tokens[k - 2])) } ?? false
        // Inverted after a quotation: "'…,' said one." (not a participle: "a defense of “values,”
        // saying the city …" reports what follows it, for the clause's subject)
        let participle = token.lower.hasSuffix("ing")
        if afterQuote, !participle, let speaker = subjects.describedName(after: k + 1, in: sentence)
               ?? subjects.subject(after: k + 1, in: sentence) ?? determinedNounPhrase(k + 1, before: sentence.tokens.upperBound)
               ?? closingName(k + 1, in: sentence),
           standsAlone(speaker, in: sentence), let content = contentBefore(tokenIndex: k, in: sentence) {
            return Found(subject: speaker, cue: cue, content: extended(content, afterCue: k, in: sentence))
        }
        let subject = self.subject(ofCue: k, anchor: anchor, in: sentence, sentenceSubject: sentenceSubject, subjects: &subjects)
        // "said Borges, who predicted …", "The governor, whose critics say he …, announced":
        // what follows, to the end of the relative clause
        if let subject, isRelative(subject) || followsWhose(subject) {
            return contentAfter(tokenIndex: k, in: sentence).map {
                Found(subject: subject, cue: cue, content: continued(relativeClauseContent($0, in: sentence), in: sentence))
            }
        }
        // "'…,' he said" / "“…” Kasich told a crowd": the quotation right before the subject,
        // unless it closed its own sentence and the cue introduces what follows ("He added: …").
        if let subject, let asClause = asAttribution(subject: subject, cue: k, in: sentence) {
            return Found(subject: subject, cue: cue, content: asClause)
        }
        let quoteBefore = subject.flatMap { quotationEnding(before: $0.tokens.lowerBound, in: sentence) }
        if let subject, quoteBefore == nil, let whole = parentheticalContent(subject: subject, cue: k, in: sentence) {
            return Found(subject: subject, cue: cue, content: whole)
        }
        let after = subject == nil ? nil : contentAfter(tokenIndex: k, in: sentence)
        // "“Q1,” he said, adding, “Q2”" and "“Q1,” he said, adding that …": a participle reports
        // what follows it, not the quotation before its subject's own verb
        let participleOfEarlierVerb = participle && followsComma(k) && subject.map { $0.tokens.upperBound < k - 1 } == true
        let participleReportsAfter = participle && after.map { isQuotationStart(layer.tokenIndex(atOrAfter: $0.lowerBound)) } == true
            || participleOfEarlierVerb
        // (but "Holding signs calling Christie “a loser,” the protesters chanted “…”": a phrase
        // quoted inside the sentence's opening, when the verb introduces a quotation of its own)
        if let subject, let quote = quoteBefore, after == nil || !closesSentence(quote) && !participleReportsAfter
            && (opensSentence(quote, sentence) || !introducesItsOwnQuotation(k, in: sentence)) {
            return Found(subject: subject, cue: cue, content: extended(withLeadIn(quote, in: sentence), afterCue: k, in: sentence))
        }
        if let subject, let after {
            return Found(subject: subject, cue: cue, content: continued(after, in: sentence))
        }
        // Inverted after a clause: "…, said John Smith."
        if previous?.isMark(",") == true, !Self.objectVerbs.contains(token),
           let speaker = subjects.describedName(after: k + 1, in: sentence) ?? subjects.subject(after: k + 1, in: sentence),
           standsAlone(speaker, in: sentence), !startsClause(speaker, in: sentence), let content = contentBefore(tokenIndex: k, in: sentence) {
            return Found(subject: speaker, cue: cue, content: content)
        }
        // "a report suggesting …": a participle on a document whose author the text does not name
        if subject == nil, participle, subjects.documentAuthor(ofParticipleAt: k, in: sentence) != nil,
           let content = contentAfter(tokenIndex: k, in: sentence) {
            return Found(subject: nil, cue: cue, content: continued(content, in: sentence))
        }
        // "When asked whether …": a question put by someone the text does not name.
        if subject == nil, let question = unattributedQuestion(k, in: sentence) {
            return Found(subject: nil, cue: cue, content: question)
        }
        // "'…,' he said." — the content is what came before the subject.
        guard let subject else { return nil }
        let subjectStart = modifiedStart(of: subject, in: sentence)
        if subjectStart > sentence.tokens.lowerBound, let before = contentBefore(tokenIndex: subjectStart, in: sentence) {
            return Found(subject: subject, cue: cue, content: before)
        }
        return nil
    }

    /// "Sanders called him divisive", "a Quinnipiac poll found Trump even": the subject before
    /// the verb, and its complement up to the end of the clause.
    func attitude(_ k: Int, in sentence: Sentence, sentenceSubject: Subject?, subjects: inout SubjectFinder) -> Found? {
        // "Trump was criticized by Clinton": the subject is the target, not the judge
        if isPassive(k, in: sentence) { return nil }
        // "the tweet in question", "a book of praise": after a preposition the word is a noun
        if k > sentence.tokens.lowerBound, Self.nounPrepositions.contains(layer.tokens[k - 1]) { return nil }
        var anchor = k
        if anchor - 1 >= sentence.tokens.lowerBound, Self.modals.contains(layer.tokens[anchor - 1].lower) { anchor -= 1 }
        // "Rubio seemed to urge …": over a verb that takes the cue as its complement
        if anchor < k, layer.tokens[anchor].lower == "to", anchor - 1 > sentence.tokens.lowerBound,
           Self.catenatives.contains(layer.tokens[anchor - 1]) { anchor -= 1 }
        // (a relative "who" reports speech only: "who pledged to ban", "who opposed the deal" are acts)
        guard let subject = self.subject(ofCue: k, anchor: anchor, in: sentence, sentenceSubject: sentenceSubject,
                                         subjects: &subjects), !isRelative(subject) else { return nil }
        var i = k + 1
        // "…, a USA TODAY analysis shows.": a finding closing the sentence reports what came before
        if i == sentence.tokens.upperBound || layer.tokens[i].isMark(".") {
            let start = modifiedStart(of: subject, in: sentence)
            guard start > sentence.tokens.lowerBound, layer.tokens[start - 1].isMark(","),
                  let before = contentBefore(tokenIndex: start, in: sentence) else { return nil }
            return Found(subject: subject, cue: layer.tokens[k].range, content: before)
        }
        // ("complained bitterly about …": over a manner adverb)
        while i < sentence.tokens.upperBound, layer.tokens[i].lower == "that" || layer.tokens[i].isMark(":")
                || SubjectFinder.isMannerAdverb(layer.tokens[i]) { i += 1 }
        // "pointed to the example of Indiana", "referring to the committee": over the verb's particle
        if i < sentence.tokens.upperBound, Self.particleVerbs.contains(layer.tokens[k]), ["to", "out"].contains(layer.tokens[i].lower) { i += 1 }
        guard i < sentence.tokens.upperBound, !Self.finalMarks.contains(layer.tokens[i].text), !layer.tokens[i].isMark(",") else { return nil }
        // "a group called Citizens for Trump": a thing being named, not an actor's judgement
        if subject.entry == nil, Self.namingVerbs.contains(layer.tokens[k]), layer.tokens[i].isCapitalized { return nil }
        var end = describedAs(ClauseParts(layer: layer).clauseEnd(from: i, in: sentence), verb: k, in: sentence)
        guard end > i else { return nil }
        // "…, and threatened to impose a tax", "… and was scheduled to meet": the subject's next act
        if let next = (i + 1..<end).first(where: { opensNextPredicate($0, in: sentence) }) { end = next }
        // "The audit found no errors, said a former aide": an inverted attribution of the whole clause
        if let inverted = (i + 1..<end).first(where: { opensInvertedAttribution($0, in: sentence) }) { end = inverted }
        // "what Mr. Hedge called ''the prior economy model,'' the club …": the quoted name ends it
        if let quote = layer.quotation(containing: layer.tokens[i].range.lowerBound), quote.range.lowerBound == layer.tokens[i].range.lowerBound {
            let after = layer.tokenIndex(atOrAfter: quote.range.upperBound)
            if after < end, endsWithComma(quote.range) { end = after }
        }
        guard end > i else { return nil }
        var last = end - 1
        while last > i, layer.tokens[last].kind == .punctuation, !isClosingMark(layer.tokens[last]) { last -= 1 }
        return Found(subject: subject, cue: layer.tokens[k].range, content: layer.tokens[i].range.lowerBound..<layer.tokens[last].range.upperBound)
    }

    /// "“What was the pivot point?” Beck questioned.": an attitude verb after a quotation and
    /// its speaker (not one that names a thing, "“Initiative” the party called", nor one whose
    /// object follows, "“…,” urged the voters to …").
    private func attitudeAfterQuotation(_ k: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Found? {
        let token = layer.tokens[k]
        guard !Self.namingVerbs.contains(token), !token.lower.hasPrefix("describ"),
              let found = layoutAttribution(k, in: sentence, subjects: &subjects),
              let speaker = found.subject, speaker.mention.upperBound <= token.range.lowerBound else { return nil }
        return found
    }

    /// Nouns that make a compound noun of the attitude verb before them ("a Washington think
    /// tank"): no one thinks there.
    private static let compoundNounHeads: WordSet = ["tank", "tanks"]

    /// Whether the cue word at `k` is the first half of a compound noun ("think tank").
    private func isNounCompound(_ k: Int, in sentence: Sentence) -> Bool {
        k + 1 < sentence.tokens.upperBound && Self.compoundNounHeads.contains(layer.tokens[k + 1]) && isCueWord(layer.tokens[k])
    }

    func isCueWord(_ token: Token) -> Bool {
        lexicons.speechVerbs[token] != nil || lexicons.attitudeVerbs.contains(token)
    }

    /// Attitude verbs whose object follows a particle: "pointed to", "pointed out", "referring to".
    private static let particleVerbs: WordSet = ["point", "points", "pointed", "pointing", "refer", "refers", "referred", "referring"]

    private static let nounPrepositions: WordSet = ["in", "of", "for", "at", "on", "with", "into", "without", "under", "about"]

    private static let catenatives: WordSet = ["seemed", "seems", "appeared", "appears", "tried", "tries", "began",
                                                   "begins", "continued", "continues", "went", "moved", "rushed", "sought"]

    /// Who a cue belongs to: the subject before it; for a verb coordinated after "and"/"but"
    /// or a participle after a comma or "by" ("…, telling Fox News: '…'", "… by saying …"),
    /// its clause's subject; for a participle on a document, the document's author; else the
    /// noun phrase opening the clause.
    private func subject(ofCue k: Int, anchor: Int, in sentence: Sentence, sentenceSubject: Subject?,
                         subjects: inout SubjectFinder) -> Subject? {
        // "the union issued a statement saying …": a participle on a document is its author's
        // (none when the text names no author), never the document's nor its addressee's
        if layer.tokens[k].lower.hasSuffix("ing"), let document = subjects.documentAuthor(ofParticipleAt: k, in: sentence) {
            switch document {
            case .possessor(let owner): return owner
            case .verb(let verb): return subject(ofCue: verb, anchor: verb, in: sentence, sentenceSubject: sentenceSubject, subjects: &subjects)
            case .clauseAfter(let start):
                // the comma after "In a letter praising Hill, Ross and the union," may close a list
                // item, not the opening phrase: a subject followed by "and", "or" or a comma is none
                guard let subject = subjects.subject(after: start, in: sentence, beforeItsVerb: true) else { return nil }
                let next = subject.tokens.upperBound
                guard next < sentence.tokens.upperBound, !layer.tokens[next].isMark(","),
                      !["and", "or"].contains(layer.tokens[next].lower) else { return nil }
                return subject
            case .unknown: return nil
            }
        }
        if let relative = subjects.relativeSubject(before: anchor, in: sentence) { return relative }
        if let subject = subjects.subject(before: anchor, in: sentence), !isObjectBeforeInfinitive(subject, anchor: anchor, in: sentence) {
            return subject
        }
        let previous = k > sentence.tokens.lowerBound ? layer.tokens[k - 1] : nil
        // (an uninflected attitude word after "and" is as often a noun: "calendars and call sheets")
        let inflected = ["ed", "s", "ing"].contains { layer.tokens[k].lower.hasSuffix($0) } || lexicons.speechVerbs[layer.tokens[k].lower] != nil
        // "Annette Guessford, who answered her door and said …": the relative's second verb
        if let previous, previous.lower == "and", let who = relativePronoun(before: k - 1, in: sentence),
           let relative = subjects.relativeSubject(before: who + 1, in: sentence) {
            return relative
        }
        // "said …, and then warned that …": an adverb may stand between "and" and the verb
        var joint = k - 1
        if joint > sentence.tokens.lowerBound, Self.coordinationAdverbs.contains(layer.tokens[joint]) { joint -= 1 }
        if joint >= sentence.tokens.lowerBound, ["and", "but"].contains(layer.tokens[joint].lower), joint > sentence.tokens.lowerBound, inflected,
           let shared = sentenceSubject ?? clauseSubject(of: sentence, before: k, subjects: &subjects) {
            return shared
        }
        if layer.tokens[k].lower.hasSuffix("ing"), followsComma(k) || previous?.lower == "by" || isSubjectsParticipleAfterPreposition(k, in: sentence),
           let shared = sentenceSubject ?? clauseSubject(of: sentence, before: k, subjects: &subjects) {
            return shared
        }
        // after a finite verb of saying any noun phrase may open the clause ("Trump fans insist")
        // (not a noun before its own verb: "His introductory remarks were subdued")
        let finite = anchor == k && lexicons.speechVerbs[layer.tokens[k]] != nil && !layer.tokens[k].lower.hasSuffix("ing")
            && previous?.lower != "to" && !(k + 1 < sentence.tokens.upperBound && ClauseParts.auxiliaries.contains(layer.tokens[k + 1]))
        if lexicons.speechVerbs[layer.tokens[k]] != nil, let quantifier = quantifierSubject(ofCue: k, in: sentence) { return quantifier }
        return subjects.clauseInitialSubject(before: anchor, in: sentence, anyHead: finite)
    }

    /// "deflected questions before saying, “…”": the participle at `k` opens a quotation (right
    /// after it, or after one comma or colon) and follows, past adverbs, a preposition that takes
    /// it, so it belongs to the clause's subject (not to a noun it describes: "a sign saying “…”";
    /// nor across a clause with its own subject: "…, who paused before saying", "… as Lane spoke
    /// for an hour before saying").
    private func isSubjectsParticipleAfterPreposition(_ k: Int, in sentence: Sentence) -> Bool {
        var next = k + 1
        if next < sentence.tokens.upperBound, layer.tokens[next].isMark(",") || layer.tokens[next].isMark(":") { next += 1 }
        guard next < layer.tokens.count, isQuotationStart(next) else { return false }
        var before = k - 1
        while before > sentence.tokens.lowerBound, isAdverb(layer.tokens[before]) || layer.tokens[before].lower == "first" { before -= 1 }
        guard before > sentence.tokens.lowerBound, Self.gerundPrepositions.contains(layer.tokens[before]) else { return false }
        return !opensClauseOfItsOwn(before: before, in: sentence)
    }

    /// Whether, back from `end` to the nearest comma, a relative pronoun or a subordinator
    /// followed by a name or pronoun opens a clause with a subject of its own.
    private func opensClauseOfItsOwn(before end: Int, in sentence: Sentence) -> Bool {
        var i = end - 1
        while i >= sentence.tokens.lowerBound, !layer.tokens[i].isMark(",") {
            let token = layer.tokens[i]
            if Self.clauseRelativePronouns.contains(token) { return true }
            if Self.clauseSubordinators.contains(token), i + 1 < end,
               layer.tokens[i + 1].isCapitalized || Self.subjectPronouns.contains(layer.tokens[i + 1]) {
                return true
            }
            i -= 1
        }
        return false
    }

    private static let clauseRelativePronouns: WordSet = ["who", "whom", "which", "that"]

    private static let clauseSubordinators: WordSet = ["as", "while", "when", "because"]

    /// Prepositions followed by the participle of their clause's subject ("before saying", "upon adding").
    private static let gerundPrepositions: WordSet = ["before", "after", "upon", "while"]

    private static let objectPrepositions: WordSet = ["to", "on", "onto", "in", "into", "at", "via", "with", "from"]

    /// "taking to Twitter to call", "went on CNN to declare", "calling Yahoo News to ask",
    /// "pushing Senate Democrats to reject": the phrase before an infinitive cue follows a
    /// preposition or a verb, so it is where or whom the speaker turned to, not the speaker.
    private func isObjectBeforeInfinitive(_ subject: Subject, anchor: Int, in sentence: Sentence) -> Bool {
        guard layer.tokens[anchor].lower == "to", subject.tokens.upperBound == anchor,
              subject.tokens.lowerBound > sentence.tokens.lowerBound else { return false }
        let before = layer.tokens[subject.tokens.lowerBound - 1]
        guard before.kind == .word, !before.isCapitalized else { return false }
        if Self.objectPrepositions.contains(before) { return true }
        return before.lower.count > 4 && (before.lower.hasLiteralSuffix("ing") || before.lower.hasLiteralSuffix("ed"))
    }

    private static let beForms: WordSet = ["was", "were", "is", "are", "been", "be", "being", "get", "gets", "got",
                                               "isn't", "aren't", "wasn't", "weren't", "isn\u{2019}t", "aren\u{2019}t",
                                               "wasn\u{2019}t", "weren\u{2019}t"]
    private static let passiveAdverbs: WordSet = ["also", "not", "never", "repeatedly", "reportedly", "widely", "often",
                                                      "frequently", "publicly", "privately", "later", "first", "then"]
    private static let irregularParticiples: WordSet = ["told", "said", "shown", "known", "seen", "thought", "heard",
                                                            "written", "given", "made", "understood", "held", "found"]

    /// A cue in the passive voice: "Trump was told by aides that …", "Clinton was asked
    /// whether …", "it was announced that …". Its grammatical subject did not say anything.
    func isPassive(_ k: Int, in sentence: Sentence) -> Bool {
        let cue = layer.tokens[k].lower
        guard cue.hasSuffix("ed") || Self.irregularParticiples.contains(cue) else { return false }
        var i = k - 1
        while i >= sentence.tokens.lowerBound, Self.passiveAdverbs.contains(layer.tokens[i]) { i -= 1 }
        return i >= sentence.tokens.lowerBound && Self.beForms.contains(layer.tokens[i])
    }

    /// A passive cue reports what its agent said ("was told by aides that …"); with no agent
    /// the words stand unattributed ("it was announced that …").
    private func passiveSpeech(_ k: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Found? {
        let cue = layer.tokens[k].range
        if let expectation = expectation(k, in: sentence) { return Found(subject: nil, cue: cue, content: expectation) }
        if k + 2 < sentence.tokens.upperBound, layer.tokens[k + 1].lower == "by" {
            let bare = lexicons.groupNouns.contains(layer.tokens[k + 2].lower)
                ? Subject(mention: layer.tokens[k + 2].range, entry: nil, tokens: (k + 2)..<(k + 3)) : nil
            guard let agent = subjects.subject(after: k + 2, in: sentence)
                    ?? determinedNounPhrase(k + 2, before: sentence.tokens.upperBound) ?? bare,
                  let content = contentAfter(tokenIndex: reportedClauseStart(after: agent, in: sentence) - 1, in: sentence)
            else { return nil }
            return Found(subject: agent, cue: cue, content: content)
        }
        // ("was charged with assault", "have been admitted in the past four years", "were not
        // reported until Reuters asked": a phrase opened by a preposition is no reported clause;
        // the "to" of an infinitive is no preposition: "was asked to resign")
        guard let content = contentAfter(tokenIndex: k, in: sentence) else { return nil }
        let opener = layer.tokens[layer.tokenIndex(atOrAfter: content.lowerBound)]
        guard opener.lower == "to" || !Self.prepositions.contains(opener) else { return nil }
        return Found(subject: nil, cue: cue, content: content)
    }

    /// Where what an agent said begins: right after it, or past a relative clause on it to the
    /// "that" of the report ("told by the aide who ran the campaign that the vote was lost", "by
    /// the aide that ran it that …").
    private func reportedClauseStart(after agent: Subject, in sentence: Sentence) -> Int {
        let end = agent.tokens.upperBound
        guard end + 1 < sentence.tokens.upperBound else { return end }
        let next = layer.tokens[end + 1]
        let relativeThat = layer.tokens[end].lower == "that" && next.kind == .word && !next.isCapitalized
            && !Self.subjectPronouns.contains(next) && !Self.determiners.contains(next)
        guard ["who", "which"].contains(layer.tokens[end].lower) || relativeThat,
              let that = ((end + 1)..<min(end + 10, sentence.tokens.upperBound)).first(where: { layer.tokens[$0].lower == "that" })
        else { return end }
        return that
    }

    static let namingVerbs: WordSet = ["called", "calls", "calling", "call"]
    private static let finiteAuxiliaries: WordSet = ["was", "were", "is", "are", "has", "had", "have", "will", "would"]

    /// "and" or "but" opening the subject's next predicate: ", and threatened …", "and said …",
    /// "and was scheduled …", "but has said …" (outside quotations).
    private func opensNextPredicate(_ i: Int, in sentence: Sentence) -> Bool {
        guard ["and", "but"].contains(layer.tokens[i].lower), i + 1 < sentence.tokens.upperBound,
              !isInsideQuotation(layer.tokens[i].range.lowerBound) else { return false }
        let verb = layer.tokens[i + 1]
        // a comma before "and", also inside a closing quotation mark ("…,” and")
        let previous = layer.tokens[i - 1]
        let afterComma = previous.isMark(",") || isClosingMark(previous)
            && layer.quotation(containing: previous.range.lowerBound).map { endsWithComma($0.range) } == true
        if Self.finiteAuxiliaries.contains(verb) || isFiniteSpeechVerb(verb) || lexicons.attitudeVerbs.contains(verb) { return true }
        return afterComma && verb.kind == .word && !verb.isCapitalized && verb.lower.hasSuffix("ed")
    }

    /// Whether content is a clause ("that …", a quotation, or a subject with a finite verb),
    /// as belief verbs need: "believes the plan is bad", not "believes him".
    private func isClause(_ content: Range<Int>) -> Bool {
        let first = layer.tokenIndex(atOrAfter: content.lowerBound)
        guard first < layer.tokens.count else { return false }
        if layer.quotation(containing: content.lowerBound) != nil { return true }
        var i = first
        while i < layer.tokens.count, i - first < 7, layer.tokens[i].range.lowerBound < content.upperBound {
            let word = layer.tokens[i].lower
            if ClauseParts.auxiliaries.contains(layer.tokens[i]) || (i > first && (word.hasSuffix("ed") || word.hasSuffix("s"))) { return i > first }
            i += 1
        }
        return false
    }

    private func accordingTo(_ k: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Found? {
        guard let speaker = subjects.subject(after: k + 2, in: sentence) ?? nounPhrase(from: k + 2, in: sentence) else { return nil }
        let cue = layer.tokens[k].range.lowerBound..<layer.tokens[k + 1].range.upperBound
        if opensClause(k, in: sentence) {
            // "According to X, CLAUSE.", "But according to X, …", "… unnoticed: According to X, …"
            var i = speaker.tokens.upperBound
            while i < sentence.tokens.upperBound, !layer.tokens[i].isMark(",") { i += 1 }
            guard i + 1 < sentence.tokens.upperBound else { return nil }
            return Found(subject: speaker, cue: cue, content: layer.tokens[i + 1].range.lowerBound..<sentenceContentEnd(sentence))
        }
        guard var content = contentBefore(tokenIndex: k, in: sentence) else { return nil }
        // "At the heart of the trouble, according to X, was a decision …": the clause goes on
        // after the attribution, so the content is the whole sentence around it
        var comma = speaker.tokens.upperBound
        while comma < sentence.tokens.upperBound, layer.tokens[comma].kind == .word { comma += 1 }
        var goesOn = false
        // over an apposition: "according to Dennis Ross, another former envoy, was …"; with no comma
        // closing it, the words after the comma are the clause going on ("About 10 p.m., according
        // to a timeline, the contractors left …")
        if comma + 1 < sentence.tokens.upperBound, layer.tokens[comma].isMark(","),
           ["a", "an", "the", "another", "one"].contains(layer.tokens[comma + 1].lower) {
            var next = comma + 1
            while next < sentence.tokens.upperBound, next - comma < 14, !layer.tokens[next].isMark(",") { next += 1 }
            if next < sentence.tokens.upperBound, layer.tokens[next].isMark(",") { comma = next } else { goesOn = wordCount(content) <= 8 }
        }
        if comma + 3 < sentence.tokens.upperBound, layer.tokens[comma].isMark(","), layer.quotation(containing: content.lowerBound) == nil {
            let after = layer.tokens[comma + 1]
            // ("But the next day, according to Roffman, Trump made …": after a short setting, any
            // word; "G4S receives, according to one report, $234 million …": an amount)
            let continues = goesOn || after.kind == .number || after.text == "$"
                || after.kind == .word && (!after.isCapitalized || wordCount(content) <= 5) && !Self.appositionStarts.contains(after)
            if continues { return Found(subject: speaker, cue: cue, content: sentence.range.lowerBound..<sentenceContentEnd(sentence)) }
        }
        // "Some 55 percent … do not believe Mrs. Clinton ''cares about people like me,'' according
        // to a poll": a quotation closing its clause reports the whole clause
        if let quote = layer.quotation(containing: content.lowerBound), quote.range == content { content = withLeadIn(content, in: sentence) }
        return Found(subject: speaker, cue: cue, content: content)
    }

    /// Whether token `k` opens its sentence's main clause: nothing before it but marks and a
    /// conjunction ("(According to", "But according to"), or right after a colon.
    private func opensClause(_ k: Int, in sentence: Sentence) -> Bool {
        if k > sentence.tokens.lowerBound, layer.tokens[k - 1].isMark(":") { return true }
        return (sentence.tokens.lowerBound..<k).allSatisfy {
            layer.tokens[$0].kind == .punctuation && !layer.tokens[$0].isMark(",") || SentenceConjunctions.words.contains(layer.tokens[$0])
        }
    }

    /// Words that open an apposition or a new clause after a name, not the rest of a sentence.
    private static let appositionStarts: WordSet = ["who", "which", "a", "an", "the", "one", "another", "and", "but", "whose",
                                                        "where", "when", "while", "as", "though", "although"]

    /// An unnamed source after "according to": "a recent report", "press reports", "the F.A.A.".
    private func nounPhrase(from start: Int, in sentence: Sentence) -> Subject? {
        var end = start
        while end < sentence.tokens.upperBound, end - start < 8, layer.tokens[end].kind != .punctuation || layer.tokens[end].text == "-" {
            end += 1
        }
        guard end > start else { return nil }
        return Subject(mention: layer.tokens[start].range.lowerBound..<layer.tokens[end - 1].range.upperBound, entry: nil, tokens: start..<end)
    }

    // MARK: Content

    /// What follows the cue: a clause (after "that", an object, a time phrase) or a quotation.
    private func contentAfter(tokenIndex k: Int, in sentence: Sentence) -> Range<Int>? {
        var i = k + 1
        let end = sentence.tokens.upperBound
        // skip an object ("told reporters", "told Starmer and other world leaders")
        if Self.objectVerbs.contains(layer.tokens[k]) {
            var j = i
            while j < end, j - i < 8, layer.tokens[j].kind == .word, layer.tokens[j].lower != "that",
                  !Self.subjectPronouns.contains(layer.tokens[j]), !Self.questionWords.contains(layer.tokens[j]) {
                j += 1
            }
            if j < end, j - i < 8 { i = j }
        }
        // skip a phrase before "that" or ":" ("said on Tuesday that", "said afterwards:", "said
        // Thursday during a taping of a town hall meeting in Buffalo, New York, that")
        var j = i
        let reach = i < end && (Self.objectVerbs.contains(layer.tokens[k]) || opensLeadIn(layer.tokens[i])) ? 25 : 4
        while j < end, j - i < reach {
            let t = layer.tokens[j]
            if t.lower == "that" || t.isMark(":") {
                if t.isMark(":") || !isRelativeThat(j, leadIn: i, cue: k) { i = j + 1 }
                break
            }
            // "said on Twitter on Monday, “…”": the quotation after the phrase (not one after
            // another verb, "… to respond, Carson said, “…”", nor a title, "in his book, “Hard Truths.”")
            if t.isMark(","), isQuotationStart(j + 1) {
                if !(i..<j).contains(where: { isCueWord(layer.tokens[$0]) || layer.tokens[$0].lower.hasSuffix("ing") }), !isTitle(j + 1) { i = j + 1 }
                break
            }
            if t.kind == .punctuation && !t.isMark(",") { break }
            // a clause of its own starts: what follows is the content, not a phrase to skip
            if ClauseParts.auxiliaries.contains(t) || Self.subjectPronouns.contains(t) || ["who", "which"].contains(t.lower) { break }
            // "tell stories and share ideas in a manner that …": past the object, a coordinated
            // verb and its own object, whose "that" opens a relative clause
            if Self.objectVerbs.contains(layer.tokens[k]), ["and", "or", "but"].contains(t.lower) { break }
            j += 1
        }
        while i < end, layer.tokens[i].isMark(",") || layer.tokens[i].isMark(":") { i += 1 }
        i = skipAdverbial(from: i, end: end)
        guard i < end, !Self.finalMarks.contains(layer.tokens[i].text) else { return colonQuoteInNextParagraph(after: k, in: sentence) }
        let start = layer.tokens[i].range.lowerBound
        if let quote = layer.quotation(containing: start), quote.range.lowerBound == start {
            // a quotation right after the cue: take it whole, even across sentences, and the
            // rest of its clause when the sentence goes on ("said “it gets me mad” every time …")
            let next = layer.tokenIndex(atOrAfter: quote.range.upperBound)
            guard !closesSentence(quote.range), next < end, layer.tokens[next].kind == .word, !layer.tokens[next].isCapitalized,
                  lexicons.speechVerbs[layer.tokens[next]] == nil, !Self.coordinators.contains(layer.tokens[next])
            else { return quote.range }
            return start..<max(quote.range.upperBound, contentEnd(from: next, in: sentence))
        }
        let range = start..<max(start, contentEnd(from: i, in: sentence))
        guard wordCount(range) >= 2, !isCircumstance(from: i, in: range) else { return nil }
        return range
    }

    static let prepositions: WordSet = ["in", "on", "at", "during", "about", "via", "through", "with", "to", "for",
                                                    "from", "after", "before", "over", "while", "into", "outside", "inside"]

    /// "(said) in a video message to the convention", "(said) about its platform": a
    /// prepositional phrase with no verb tells where or how something was said, not what.
    private func isCircumstance(from i: Int, in range: Range<Int>) -> Bool {
        guard Self.prepositions.contains(layer.tokens[i]) else { return false }
        // "at least six planes filled …", "about 40 people": a quantity opens a clause
        if i + 1 < layer.tokens.count, layer.tokens[i + 1].kind == .number || ["least", "most"].contains(layer.tokens[i + 1].lower) {
            return false
        }
        var j = i + 1
        while j < layer.tokens.count, layer.tokens[j].range.lowerBound < range.upperBound {
            let t = layer.tokens[j]
            if t.lower == "that" || ClauseParts.auxiliaries.contains(t) || Self.subjectPronouns.contains(t)
                || layer.quotation(containing: t.range.lowerBound) != nil
                || j > i + 2 && t.kind == .word && !t.isCapitalized && t.lower.hasSuffix("ed") { return false }
            j += 1
        }
        return true
    }

    private static let questionWords: WordSet = ["whether", "if", "what", "who", "why", "how", "where", "which"]

    /// "When asked whether he would run, …", "was asked if …": the question, with no asker.
    private func unattributedQuestion(_ k: Int, in sentence: Sentence) -> Range<Int>? {
        guard layer.tokens[k].lower == "asked",
              k == sentence.tokens.lowerBound || ["when", "was", "were", "been", "being", "if", "after"].contains(layer.tokens[k - 1].lower),
              k + 1 < sentence.tokens.upperBound, Self.questionWords.contains(layer.tokens[k + 1]) else { return nil }
        // the question runs to the first mark: "When asked whether she would run, Hill smiled."
        var end = k + 2
        while end < sentence.tokens.upperBound,
              layer.tokens[end].kind != .punctuation || layer.quotation(containing: layer.tokens[end].range.lowerBound) != nil {
            end += 1
        }
        guard end > k + 3 else { return nil }
        var last = end - 1
        while last > k + 1, layer.tokens[last].kind == .punctuation, !isClosingMark(layer.tokens[last]) { last -= 1 }
        return layer.tokens[k + 1].range.lowerBound..<layer.tokens[last].range.upperBound
    }

    /// The subject opening the sentence, after a short setting ("Eight years ago, he …") or an
    /// opening clause or phrase ("On Friday, after weeks of silence, Hill …").
    private func clauseSubject(of sentence: Sentence, before k: Int, subjects: inout SubjectFinder) -> Subject? {
        if let subject = subjects.subject(after: sentence.tokens.lowerBound, in: sentence, beforeItsVerb: true) { return subject }
        let head = sentence.tokens.lowerBound..<min(k, sentence.tokens.lowerBound + 6)
        if let comma = head.first(where: { layer.tokens[$0].isMark(",") }), comma + 1 < k,
           let subject = subjects.subject(after: comma + 1, in: sentence, beforeItsVerb: true) {
            return subject
        }
        // the subject is the name or pronoun before the main clause's verb, not a phrase running on
        // past it ("…, Hill appeared with the mayor's aide Lee Marsh")
        // (for a participle only: "…, saying", "… by promising"; a coordinated finite verb after a
        // long opening is as often passive or inside a relative clause)
        guard layer.tokens[k].lower.hasSuffix("ing"), let start = mainClauseStart(before: k, in: sentence),
              let subject = subjects.subject(after: start, in: sentence) else { return nil }
        var verb = start + 1
        while verb < k, layer.tokens[verb].kind == .word, layer.tokens[verb].isCapitalized { verb += 1 }
        guard subject.tokens.upperBound <= verb else { return nil }
        // a pronoun after an opening that names someone may be theirs ("When Lane met Vell, he …")
        let named = (sentence.tokens.lowerBound..<start).contains { subjects.registry.mention(startingAt: layer.tokens[$0].range.lowerBound) != nil }
        return named && Self.subjectPronouns.contains(layer.tokens[start]) ? nil : subject
    }

    /// "…, as Cruz said on Monday," / "As Trump said, …": the content is the clause the
    /// "as" attribution leans on, not what follows the verb.
    private func asAttribution(subject: Subject, cue k: Int, in sentence: Sentence) -> Range<Int>? {
        let asIndex = subject.tokens.lowerBound - 1
        guard asIndex >= sentence.tokens.lowerBound, layer.tokens[asIndex].lower == "as" else { return nil }
        if asIndex > sentence.tokens.lowerBound { return contentBefore(tokenIndex: asIndex, in: sentence) }
        var comma = k + 1
        while comma < sentence.tokens.upperBound, !layer.tokens[comma].isMark(",") { comma += 1 }
        guard comma + 1 < sentence.tokens.upperBound else { return nil }
        return layer.tokens[comma + 1].range.lowerBound..<sentenceContentEnd(sentence)
    }

    /// "And that, Mr. Manafort said, was in the works": an attribution set between commas
    /// inside the clause it reports; the content is the whole sentence around it.
    private func parentheticalContent(subject: Subject, cue k: Int, in sentence: Sentence) -> Range<Int>? {
        let before = subject.tokens.lowerBound - 1
        guard before > sentence.tokens.lowerBound, layer.tokens[before].isMark(","),
              !isQuotationStart(sentence.tokens.lowerBound) else { return nil }
        var after = k + 1
        while after < sentence.tokens.upperBound, after - k < 6, layer.tokens[after].kind == .word,
              !Self.subjectPronouns.contains(layer.tokens[after]), layer.tokens[after].lower != "that" { after += 1 }
        // the clause goes on after the attribution with a lower-case word ("…, he said, was …"),
        // also inside a quotation ("…, he said, ''is a …''"), not with a quotation of its own
        // sentence nor another verb of saying ("…, he said, adding …")
        guard after + 1 < sentence.tokens.upperBound, layer.tokens[after].isMark(","),
              layer.tokens[after + 1].kind == .word && !layer.tokens[after + 1].isCapitalized
                  && lexicons.speechVerbs[layer.tokens[after + 1]] == nil || continuesInQuotation(after + 1) else { return nil }
        // the lead-in, even a phrase of time or place ("In the long run, he said, the cost …"),
        // is the clause's start, unless it holds an attribution of its own ("Trump said, he added, …")
        let lead = sentence.tokens.lowerBound..<before
        guard !lead.contains(where: { lexicons.speechVerbs[layer.tokens[$0]] != nil }) else { return nil }
        return sentence.range.lowerBound..<sentenceContentEnd(sentence)
    }

    /// "…, he said, ''is a perfect example''": a quotation opening at token `i` with a
    /// lower-case word carries on a clause begun before it.
    private func continuesInQuotation(_ i: Int) -> Bool {
        guard isQuotationStart(i), let quote = layer.quotation(containing: layer.tokens[i].range.lowerBound) else { return false }
        let first = layer.tokenIndex(atOrAfter: quote.inner.lowerBound)
        return first < layer.tokens.count && layer.tokens[first].kind == .word && !layer.tokens[first].isCapitalized
    }

    /// "The new strategy is a 'very welcome tack,' he said": a quotation inside the sentence
    /// it closes reports the whole clause, from the sentence start.
    private func withLeadIn(_ quote: Range<Int>, in sentence: Sentence) -> Range<Int> {
        let first = sentence.tokens.lowerBound
        let quoteStart = layer.tokenIndex(atOrAfter: quote.lowerBound)
        guard quoteStart > first, quoteStart - first <= 40, quote.lowerBound > sentence.range.lowerBound else { return quote }
        let lead = first..<quoteStart
        guard !lead.contains(where: { i in
            let t = layer.tokens[i]
            return lexicons.speechVerbs[t] != nil || lexicons.attitudeVerbs.contains(t) || t.lower == "according"
                || [":", ";"].contains(t.text) || isClosingMark(t) || isQuotationStart(i)
        }) else { return quote }
        return sentence.range.lowerBound..<quote.upperBound
    }

    /// The subject's first token, widened over up to three lower-case modifiers that reach
    /// back to a comma: "…, former aides said." (the group named is "aides").
    private func modifiedStart(of subject: Subject, in sentence: Sentence) -> Int {
        var start = subject.tokens.lowerBound
        while start - 1 > sentence.tokens.lowerBound, subject.tokens.lowerBound - start < 3 {
            let previous = layer.tokens[start - 1]
            guard previous.kind == .word, !previous.isCapitalized, !Self.subjectPronouns.contains(previous.lower),
                  !Self.finiteAuxiliaries.contains(previous.lower), lexicons.speechVerbs[previous.lower] == nil else { break }
            start -= 1
        }
        return start > sentence.tokens.lowerBound && layer.tokens[start - 1].isMark(",") ? start : subject.tokens.lowerBound
    }

    /// An inverted speaker ("…, said Smith.", "said one senior adviser") is not the subject
    /// of a clause that goes on: not a possessive ("said Trump's remarks have …") nor a
    /// pronoun followed by its verb ("said he remembers …").
    private func standsAlone(_ speaker: Subject, in sentence: Sentence) -> Bool {
        let last = layer.tokens[speaker.tokens.upperBound - 1]
        if speaker.mention.upperBound < last.range.upperBound, speaker.mention.upperBound > last.range.lowerBound { return false }
        guard speaker.tokens.count == 1, Self.subjectPronouns.contains(last) else { return true }
        // "reported it to the F.B.I.": "it" after a verb is its object
        guard last.lower != "it" else { return false }
        let next = speaker.tokens.upperBound
        return next >= sentence.tokens.upperBound || layer.tokens[next].kind == .punctuation
    }

    private static let auxiliaries: WordSet = ["have", "has", "had", "is", "are", "was", "were", "will", "would", "could",
                                                   "can", "may", "might", "should", "must", "did", "do", "does"]

    /// "One news site, Znak.com, claims FSB sources have ascribed …": the phrase after the verb
    /// is the subject of the clause it introduces, not an inverted speaker.
    private func startsClause(_ speaker: Subject, in sentence: Sentence) -> Bool {
        let next = speaker.tokens.upperBound
        return next < sentence.tokens.upperBound && (isCueWord(layer.tokens[next]) || Self.auxiliaries.contains(layer.tokens[next]))
    }

    static let timeWords = WordSet(CalendarWords.weekdays.words.union([
                                                 "week", "month", "year", "night", "morning", "afternoon", "evening", "statement",
                                                 "interview", "tweet", "twitter", "email", "speech", "letter", "weekend"]))

    /// Parts of a day that may follow a day's name ("Tuesday night").
    static let partsOfDay: WordSet = ["morning", "afternoon", "evening", "night"]

    /// Skips "on Tuesday", "last week", "in a statement", "afterwards" before a reported clause.
    private func skipAdverbial(from start: Int, end: Int) -> Int {
        var i = start
        guard i < end else { return i }
        let first = layer.tokens[i].lower
        if ["afterwards", "later", "earlier", "yesterday", "today", "recently", "previously", "privately", "publicly"].contains(first) {
            i += 1
        } else if ["on", "in", "last", "this", "during", "at"].contains(first) {
            var j = i + 1
            while j < end, j - i <= 4, !Self.timeWords.contains(layer.tokens[j]) { j += 1 }
            guard j < end, j - i <= 4, Self.timeWords.contains(layer.tokens[j]) else { return start }
            i = j + 1
        } else {
            return start
        }
        // "said yesterday morning the road …", "said on Monday morning that …"
        if i + 1 < end, Self.partsOfDay.contains(layer.tokens[i]) { i += 1 }
        while i < end, layer.tokens[i].isMark(",") || layer.tokens[i].lower == "that" || layer.tokens[i].isMark(":") { i += 1 }
        return i
    }

    /// Where reported content ends: the sentence's end, a comma before a participle that opens
    /// another attribution (", telling Fox News"), or the comma that closes an opening
    /// subordinate clause ("When Trump suggested that Cuba would sue, Rubio fired back").
    private func contentEnd(from start: Int, in sentence: Sentence) -> Int {
        var i = start
        let clauseEnd = openingClauseEnd(after: start, in: sentence)
        while i + 1 < sentence.tokens.upperBound {
            if i == clauseEnd, i > start { return layer.tokens[i - 1].range.upperBound }
            if !isInsideQuotation(layer.tokens[i].range.lowerBound) {
                // "…, saying …", "…, referring to …": a participle cue opens an attribution of its own
                if layer.tokens[i].isMark(","), layer.tokens[i + 1].lower.hasSuffix("ing"), isCueWord(layer.tokens[i + 1]) {
                    return layer.tokens[max(start, i - 1)].range.upperBound
                }
                if i > start + 1, opensAnotherAttribution(i, in: sentence) || opensContrast(i, in: sentence)
                    || layer.tokens[i].isMark(",") && layer.tokens[i + 1].lower == "according" {
                    return layer.tokens[i - 1].range.upperBound
                }
            }
            i += 1
        }
        return sentenceContentEnd(sentence)
    }

    private static let coordinators: WordSet = ["and", "but", "while", "whereas"]
    private static let attributionFillers: WordSet = ["also", "did", "does", "not", "never", "has", "have", "had", "later",
                                                          "then", "again", "quickly", "further"]

    /// "… and predicted that …", "… but did not suggest …", "…, and three-quarters said …": a
    /// coordinated clause that attributes something else ends the content before it.
    private func opensAnotherAttribution(_ i: Int, in sentence: Sentence) -> Bool {
        let t = layer.tokens[i]
        var j: Int
        if Self.coordinators.contains(t) {
            j = i + 1
            while j < sentence.tokens.upperBound, j - i <= 3, Self.attributionFillers.contains(layer.tokens[j]) { j += 1 }
            if j < sentence.tokens.upperBound, isFiniteSpeechVerb(layer.tokens[j]) { return true }
        }
        // ", and most voters said …": a comma, a coordinator and a short subject of its own
        guard t.isMark(",") || t.isMark(";") else { return false }
        j = i + 1
        guard j < sentence.tokens.upperBound else { return false }
        // "…, Reid said he would not", "…, CNN reported": a named speaker closing the sentence
        if t.isMark(","), layer.tokens[j].isCapitalized, !lexicons.nonActors.contains(layer.tokens[j]) {
            var verb = j + 1
            while verb < sentence.tokens.upperBound, verb - j < 3, layer.tokens[verb].isCapitalized { verb += 1 }
            if verb < sentence.tokens.upperBound, isFiniteSpeechVerb(layer.tokens[verb]) { return true }
        }
        guard Self.coordinators.contains(layer.tokens[j]) || t.isMark(";") else { return false }
        if !t.isMark(";") { j += 1 }
        let subjectStart = j
        while j < sentence.tokens.upperBound, j - subjectStart < 5, layer.tokens[j].kind != .punctuation {
            if j > subjectStart, isFiniteSpeechVerb(layer.tokens[j]) { return true }
            if ClauseParts.auxiliaries.contains(layer.tokens[j]) || layer.tokens[j].lower == "that" { return false }
            j += 1
        }
        return false
    }

    /// ", said a former aide …", ", says Ann Lee": a comma outside quotations before a finite
    /// verb of saying (not "said to be"); an inverted attribution of the clause before it, or
    /// the subject's next report (", suggested that …"), either way no part of the clause.
    private func opensInvertedAttribution(_ i: Int, in sentence: Sentence) -> Bool {
        guard i + 2 < sentence.tokens.upperBound, layer.tokens[i].isMark(","), !isInsideQuotation(layer.tokens[i].range.lowerBound),
              isFiniteSpeechVerb(layer.tokens[i + 1]) else { return false }
        return layer.tokens[i + 2].kind == .word && layer.tokens[i + 2].lower != "to"
    }

    /// "said", "says", "predicted": a speech verb in a finite form (not "saying", "to say").
    func isFiniteSpeechVerb(_ token: Token) -> Bool {
        guard lexicons.speechVerbs[token] != nil, !token.lower.hasSuffix("ing") else { return false }
        return token.lower.hasSuffix("ed") || token.lower.hasSuffix("s") || Self.irregularSpeech.contains(token)
    }

    private static let irregularSpeech: WordSet = ["said", "told", "wrote", "say", "tell", "think"]

    /// "And from the chairwoman:" then the quotation as the next paragraph.
    private func colonQuoteInNextParagraph(after k: Int, in sentence: Sentence) -> Range<Int>? {
        guard layer.tokens[sentence.tokens.upperBound - 1].isMark(":"), sentence.paragraph + 1 < layer.paragraphs.count else { return nil }
        let next = layer.paragraphs[sentence.paragraph + 1].range
        guard let quote = layer.quotation(containing: next.lowerBound), quote.range.lowerBound == next.lowerBound else { return nil }
        return quote.range
    }

    /// The quotation that closes right before token `k` (across a comma or dash), in the same
    /// paragraph, even when the sentence splitter put a break after its closing mark.
    private func quotationEnding(before k: Int, in sentence: Sentence) -> Range<Int>? {
        var i = k - 1
        let paragraph = layer.paragraphs[sentence.paragraph].range
        // over a descriptor before the name: "election law expert Rick Hasen", and a name before
        // it in a coordinated subject ("Dana Hill and Tim Moore, both Republicans, said")
        var words = 0
        while i >= 0, words < 6, layer.tokens[i].kind == .word, layer.tokens[i].range.lowerBound >= paragraph.lowerBound,
              !SubjectFinder.clauseWords.contains(layer.tokens[i])
                || layer.tokens[i].lower == "and" && i > 0 && layer.tokens[i - 1].isCapitalized {
            i -= 1
            words += 1
        }
        while i >= 0, layer.tokens[i].range.lowerBound >= paragraph.lowerBound,
              layer.tokens[i].isMark(",") || layer.tokens[i].isMark("\u{2014}") {
            i -= 1
        }
        guard i >= 0, layer.tokens[i].range.lowerBound >= paragraph.lowerBound, isClosingMark(layer.tokens[i]) else { return nil }
        guard let quote = layer.quotation(containing: layer.tokens[i].range.lowerBound),
              quote.range.upperBound == layer.tokens[i].range.upperBound else { return nil }
        return quote.range
    }

    private static let nonVerbs: WordSet = ["is", "was", "has", "does", "this", "his", "its", "us", "as", "yes", "news",
                                                "was", "needed", "based", "related", "unrelated", "less", "unless", "its"]

    /// Words after a cue of a layout attribution ("“…,” he said on Monday", "said in a statement").
    private static let layoutFollowers: WordSet = ["on", "in", "at", "during", "after", "when", "of", "and", "as", "before",
                                                   "while", "back"]

    /// Any verb in the layout `“…,” the man shouted` or `“…,” opined the Plain Dealer`: a
    /// past or present-tense word right after a quotation closed by a comma (or `?`, `!`), or
    /// after such a quotation and its subject.
    private func layoutAttribution(_ k: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Found? {
        // most tokens are no lower-case word: answered before the token is copied
        guard layer.tokens[k].kind == .word, !layer.tokens[k].isCapitalized,
              layer.tokens[k].lower.hasLiteralSuffix("ed") || layer.tokens[k].lower.hasLiteralSuffix("s")
                  || lexicons.speechVerbs[layer.tokens[k]] != nil || Self.irregularSpeechPast.contains(layer.tokens[k]),
              !Self.nonVerbs.contains(layer.tokens[k]), k + 1 < layer.tokens.count else { return nil }
        let token = layer.tokens[k]
        // (a participle does not invert: "“…,” saying the city …" reports what follows it,
        // nor a verb inside a clause that another cue opens: "“…,” saying the valley embodied …")
        if !token.lower.hasLiteralSuffix("ing"), !isPassiveParticiple(k), let quote = quotationEnding(before: k, in: sentence), !closesSentence(quote),
           !(layer.tokenIndex(atOrAfter: quote.upperBound)..<k).contains(where: { isCueWord(layer.tokens[$0]) }),
           let speaker = subjects.describedName(after: k + 1, in: sentence) ?? subjects.subject(after: k + 1, in: sentence)
               ?? determinedNounPhrase(k + 1, before: sentence.tokens.upperBound),
           standsAlone(speaker, in: sentence) {
            return Found(subject: speaker, cue: token.range, content: extended(quote, afterCue: speaker.tokens.upperBound - 1, in: sentence))
        }
        let next = layer.tokens[k + 1]
        guard next.kind == .punctuation || Self.layoutFollowers.contains(next) else { return nil }
        var start = k - 1
        while start > sentence.tokens.lowerBound, k - start < 7, layer.tokens[start - 1].kind == .word { start -= 1 }
        // an utterance closed by a comma or a question or exclamation mark, not a phrase in
        // scare quotes ("the “top secret” email chains")
        // "“…,” he often says"
        var anchor = k
        while anchor - 1 > start, isAdverb(layer.tokens[anchor - 1]) { anchor -= 1 }
        guard let quote = quotationEnding(before: start, in: sentence), [",", "?", "!"].contains(lastScalarInside(quote)),
              let speaker = writing(before: k, in: sentence) ?? subjects.subject(before: anchor, in: sentence)
                  ?? determinedNounPhrase(start, before: anchor),
              speaker.tokens.upperBound == anchor,
              !introducesItsOwnQuotation(k, in: sentence) || opensSentence(quote, sentence) else { return nil }
        return Found(subject: speaker, cue: token.range, content: extended(quote, afterCue: k, in: sentence))
    }

    /// Words that may stand before a quotation that still opens its sentence ("But “…,” he said").
    private static let openingConnectives: WordSet = ["and", "but", "so", "still", "yet", "then", "or", "now", "again"]

    /// Whether the verb at `k` has a quotation of its own right after it, one that opens with a
    /// capital ("chanted “Bad for New Jersey”", "shouted: “Stop!”"), not the rest of a clause
    /// begun before ("…,” he said, “and a fraud.”").
    func introducesItsOwnQuotation(_ k: Int, in sentence: Sentence) -> Bool {
        var i = k + 1
        if i < sentence.tokens.upperBound, layer.tokens[i].isMark(",") || layer.tokens[i].isMark(":") { i += 1 }
        guard i < sentence.tokens.upperBound, isQuotationStart(i),
              let quote = layer.quotation(containing: layer.tokens[i].range.lowerBound) else { return false }
        let first = layer.tokenIndex(atOrAfter: quote.inner.lowerBound)
        return first < layer.tokens.count && layer.tokens[first].isCapitalized
    }

    /// Whether only connectives and marks stand between the quotation and the sentence start, or
    /// a mark right before it ("In Reno, “…,” she said, “…”") or a dash, colon or semicolon
    /// further back ("… to Mexico - ''I love Oreos,'' he said"):
    /// "Holding signs calling Christie “a loser,” the protesters chanted “…”" quotes a phrase
    /// inside its opening, not what the protesters chanted.
    func opensSentence(_ quote: Range<Int>, _ sentence: Sentence) -> Bool {
        var i = layer.tokenIndex(atOrAfter: quote.lowerBound) - 1
        // "In Reno, “…”": a mark after an opening phrase with no verb ("a sign that read, “…”" has one)
        if i >= sentence.tokens.lowerBound, layer.tokens[i].kind == .punctuation, !isClosingMark(layer.tokens[i]),
           !(sentence.tokens.lowerBound..<i).contains(where: { j in
               let token = layer.tokens[j]
               return VerbBase.isPastForm(token) || isReportingVerb(token) || token.lower.hasSuffix("ing")
                   || ["read", "reads"].contains(token.lower)
           }) {
            return true
        }
        while i >= sentence.tokens.lowerBound {
            let token = layer.tokens[i]
            if token.kind == .punctuation {
                if ["-", "\u{2014}", "\u{2013}", ":", ";"].contains(token.text) { return true }
            } else if !Self.openingConnectives.contains(token) {
                return false
            }
            i -= 1
        }
        return true
    }

    /// A participle with its agent after it: in "the “thoughtful professionalism” displayed by
    /// the state attorney" the agent did what the participle says, not say the quoted words.
    /// Verbs of speech keep their agent as the speaker ("“…” tweeted by the senator").
    private func isPassiveParticiple(_ k: Int) -> Bool {
        k + 1 < layer.tokens.count && layer.tokens[k + 1].lower == "by" && lexicons.speechVerbs[layer.tokens[k]] == nil
    }

    /// A quotation introduced by a colon that ends a clause about a named actor or a pronoun:
    /// `Clinton has since apologized for what happened: "…"`, `He then listed the qualities: "…"`
    /// (the clause's verb is the cue), and `Mark Blumenthal: "…"` at the start of a sentence or
    /// after a dash (the colon is the cue). The quotation follows in the same paragraph or opens
    /// the next one.
    private func colonAttribution(_ k: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Found? {
        guard let content = quotationAfterColon(k, in: sentence) else { return headlineAttribution(k, in: sentence, subjects: &subjects) }
        if let name = subjects.subject(before: k, in: sentence), name.entry != nil, name.tokens.upperBound == k {
            let before = name.tokens.lowerBound - 1
            if before < sentence.tokens.lowerBound || Self.dashes.contains(layer.tokens[before]) {
                // a headline: "Ann Lee: 'No Idea' Whether the Server Was Safe" says all of the rest
                let paragraph = layer.paragraphs[sentence.paragraph]
                let end = sentenceContentEnd(sentence)
                let headline = paragraph.sentences.count == 1 && content.upperBound < end && wordCount(content.upperBound..<end) >= 2
                return Found(subject: name, cue: layer.tokens[k].range, content: headline ? content.lowerBound..<end : content)
            }
        }
        guard let subject = subjects.subject(after: sentence.tokens.lowerBound, in: sentence), subject.entry != nil
        else { return colonLeadInOverApposition(k, content: content, in: sentence, subjects: &subjects) }
        var verb = subject.tokens.upperBound
        while verb < k, SubjectFinder.adverbs.contains(layer.tokens[verb]) || layer.tokens[verb].lower == "since" {
            verb += 1
        }
        guard verb < k, k - verb <= 15, isColonLeadInVerb(layer.tokens[verb]),
              !layer.tokens[verb..<k].contains(where: { Self.finalMarks.contains($0.text) })
        else { return colonLeadInOverApposition(k, content: content, in: sentence, subjects: &subjects) }
        return Found(subject: subject, cue: layer.tokens[verb].range, content: content)
    }

    /// "Clinton: Time for 'intensification' of ISIL strategy": a headline or transcript line
    /// that opens with an actor's name and a colon; the rest of the line is what they said. In
    /// the article's title the name may follow a label and a dash ("EXCLUSIVE – Ann Lee: …") and
    /// the source may be a report or a poll no actor stands for ("Poll: Lee leads in Ohio"), not
    /// a label ("Analysis: …", "Opinion: …").
    private func headlineAttribution(_ k: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Found? {
        let title = layer.paragraphs[sentence.paragraph].role == .headline
        guard let name = subjects.subject(before: k, in: sentence), name.tokens.upperBound == k,
              name.entry != nil || title && isReportSource(layer.tokens[k - 1]),
              name.tokens.lowerBound == sentence.tokens.lowerBound || title && isAfterLabelDash(name.tokens.lowerBound, in: sentence),
              layer.paragraphs[sentence.paragraph].range.lowerBound == sentence.range.lowerBound,
              name.mention.count > (title ? 1 : 2),   // not an interview's "Q:" and "A:" ("AP:" in a title)
              k + 3 < sentence.tokens.upperBound else { return nil }
        let start = layer.tokens[k + 1].range.lowerBound
        return Found(subject: name, cue: layer.tokens[k].range, content: start..<sentenceContentEnd(sentence))
    }

    /// Nouns that, besides the poll words, name a source no actor stands for ("Report: …").
    private static let reportNouns: WordSet = ["report", "reports"]

    /// Whether `head` names a poll or a report ("Poll", "Survey", "Report"), which may speak in a
    /// title without an actor.
    private func isReportSource(_ head: Token) -> Bool {
        Self.reportNouns.contains(head) || lexicons.pollWords.contains(head) && !Lexicons.shareWords.contains(head)
    }

    /// Whether token `i` follows a dash that closes the one word opening the sentence
    /// ("EXCLUSIVE – Ann Lee: …").
    private func isAfterLabelDash(_ i: Int, in sentence: Sentence) -> Bool {
        i == sentence.tokens.lowerBound + 2 && Self.dashes.contains(layer.tokens[i - 1])
    }

    /// The quotation that starts right after the colon at `k`, in its paragraph or as the next one.
    private func quotationAfterColon(_ k: Int, in sentence: Sentence) -> Range<Int>? {
        let paragraph = layer.paragraphs[sentence.paragraph].range
        if k + 1 < layer.tokens.count, layer.tokens[k + 1].range.lowerBound < paragraph.upperBound {
            let start = layer.tokens[k + 1].range.lowerBound
            guard let quote = layer.quotation(containing: start), quote.range.lowerBound == start else { return nil }
            return quote.range
        }
        return colonQuoteInNextParagraph(after: k, in: sentence)
    }

    /// A past-tense or speech verb that can introduce a quotation: "apologized", "wrote", "gave", "says".
    func isReportingVerb(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isCapitalized, !Self.nonVerbs.contains(token) else { return false }
        return token.lower.hasSuffix("ed") || lexicons.speechVerbs[token] != nil
            || lexicons.attitudeVerbs.contains(token) || Self.irregularPast.contains(token)
    }

    /// A verb whose clause, ended by a colon, introduces its subject's words: a reporting verb,
    /// or an irregular past that reports speech with what follows it ("went so far as to say:",
    /// "shot back:", "broke in:").
    func isColonLeadInVerb(_ token: Token) -> Bool {
        isReportingVerb(token) || token.kind == .word && !token.isCapitalized && Self.irregularSpeechPast.contains(token)
    }

    /// Irregular past tenses that introduce a quotation after a colon ("gave a warning:", "laid out
    /// his plan:").
    private static let irregularPast: WordSet = ["gave", "wrote", "put", "made", "took", "left", "sent", "had",
                                                     "laid", "set", "spoke", "told", "said"]

    /// Irregular past tenses that report speech right after a quotation ("“…,” Trump went on",
    /// "shot back", "broke in").
    static let irregularSpeechPast: WordSet = ["went", "shot", "broke", "spoke", "read"]

    /// "“I am still Sanders,” it read.": a sign, a letter or a headline speaking through "it"
    /// (no actor: the thing written is the source).
    private func writing(before k: Int, in sentence: Sentence) -> Subject? {
        guard k - 1 > sentence.tokens.lowerBound, layer.tokens[k - 1].lower == "it", ["read", "reads"].contains(layer.tokens[k].lower)
        else { return nil }
        return Subject(mention: layer.tokens[k - 1].range, entry: nil, tokens: (k - 1)..<k)
    }

    /// "the committee chairmen", "a source close to the campaign": a noun phrase opened by a
    /// determiner, up to the next punctuation, relative or subordinating word or subject pronoun
    /// (at most six words): "warned by the Russian government that he was …" ends before "that".
    private func determinedNounPhrase(_ start: Int, before limit: Int) -> Subject? {
        guard start < limit, ["the", "a", "an", "his", "her", "their", "its", "one", "another"].contains(layer.tokens[start].lower)
        else { return nil }
        var end = start + 1
        while end < limit, end - start < 6, layer.tokens[end].kind == .word,
              !Self.nounPhraseEnders.contains(layer.tokens[end]), !Self.subjectPronouns.contains(layer.tokens[end]) { end += 1 }
        guard end > start + 1 else { return nil }
        return Subject(mention: layer.tokens[start].range.lowerBound..<layer.tokens[end - 1].range.upperBound, entry: nil,
                       tokens: start..<end)
    }

    /// Words that open a clause after a noun phrase, so never belong to it.
    private static let nounPhraseEnders: WordSet = ["that", "who", "whom", "which", "whether", "if", "when", "while",
                                                    "because", "after", "before"]

    /// "“…,” said Baron.": a name the text gives nowhere else, closing the attribution (one to
    /// three capitalized words, then the sentence's end or a comma). No actor is guessed.
    func closingName(_ start: Int, in sentence: Sentence) -> Subject? {
        var end = start
        while end < sentence.tokens.upperBound, end - start < 3, layer.tokens[end].kind == .word, layer.tokens[end].isCapitalized,
              !lexicons.nonActors.contains(layer.tokens[end]) {
            end += 1
        }
        guard end > start, end == sentence.tokens.upperBound || layer.tokens[end].kind == .punctuation,
              !Self.subjectPronouns.contains(layer.tokens[start]) else { return nil }
        return Subject(mention: layer.tokens[start].range.lowerBound..<layer.tokens[end - 1].range.upperBound, entry: nil, tokens: start..<end)
    }

    /// Whether a quotation ends with a full stop inside its marks ("… ahead.”").
    func closesSentence(_ quote: Range<Int>) -> Bool { lastScalarInside(quote) == "." }

    /// Whether a comma stands right before token `k`, also inside a closing quotation mark
    /// ("a defense of “values,” saying …").
    private func followsComma(_ k: Int) -> Bool {
        guard k > 0 else { return false }
        let previous = layer.tokens[k - 1]
        if previous.isMark(",") { return true }
        guard isClosingMark(previous), let quote = layer.quotation(containing: previous.range.lowerBound),
              quote.range.upperBound == previous.range.upperBound else { return false }
        return endsWithComma(quote.range)
    }

    /// Whether a quotation ends with a comma inside its marks ("… model,''").
    private func endsWithComma(_ quote: Range<Int>) -> Bool { lastScalarInside(quote) == "," }

    func lastScalarInside(_ quote: Range<Int>) -> Unicode.Scalar {
        let s = layer.text.scalars
        var i = quote.upperBound - 1
        while i > quote.lowerBound, "\"'\u{201D}\u{2019}".unicodeScalars.contains(s[i]) { i -= 1 }
        return s[i]
    }

    /// "“Q1,” Frank writes. “Q2.”" and "“Q1,” he said, “Q2.”": a quotation right after the
    /// attribution, with no attribution of its own, continues the first; the content runs
    /// from Q1 to Q2.
    private func extended(_ quote: Range<Int>, afterCue k: Int, in sentence: Sentence) -> Range<Int> {
        let paragraph = layer.paragraphs[sentence.paragraph].range
        var i = k + 1
        var holdsQuotation = false
        // the rest of the attribution, to its sentence's end: "said on Thursday during a speech
        // in Ciudad Juárez, as he called for …." / "said J. J. Price, a firefighter in Roanoke,
        // Va., who …." / "she said, taking a break." — but not into a quotation or a colon
        while i < sentence.tokens.upperBound, i - k < 45 {
            let t = layer.tokens[i]
            if t.isMark(",") && isQuotationStart(i + 1) { break }
            // "he said, adding, “Q2”": the quotation after another verb of saying is reported on its own
            if t.lower.hasSuffix("ing"), lexicons.speechVerbs[t] != nil { return quote }
            // "said on NBC's ''Meet the Press.''": a programme's or a book's title is part of the
            // attribution; so is a scare quote ("after hinting that “personnel changes” could come")
            // when no other quotation follows in the sentence
            if let title = quotedTitle(at: i) {
                i = layer.tokenIndex(atOrAfter: title.upperBound)
                continue
            }
            if let inner = scareQuote(at: i, after: k) {
                i = layer.tokenIndex(atOrAfter: inner.upperBound)
                if quotationOpens(after: i - 1, in: sentence) { return quote }
                holdsQuotation = true
                continue
            }
            if isQuotationStart(i) || [":", ";", "?", "!"].contains(t.text) { return quote }
            i += 1
        }
        guard i < layer.tokens.count, i - k < 45 else { return quote }
        // "“Q1,” X said.¶¶“Q2”": an attribution that closes its paragraph goes on into the
        // quotation that opens the next one
        var limit = paragraph.upperBound
        if layer.tokens[i].range.lowerBound >= limit {
            // an attribution holding a quotation of its own stays in its paragraph
            guard !holdsQuotation, let crossed = nextParagraph(after: sentence.paragraph, at: i) else { return quote }
            limit = crossed.upperBound
        }
        var end = quote.upperBound
        // after a comma the quotation is the next token; at the sentence's end, the next sentence's first
        var next = i < sentence.tokens.upperBound ? i + 1 : i
        // chain the quotations that follow without an attribution of their own
        while next < layer.tokens.count, isQuotationStart(next),
              let following = layer.quotation(containing: layer.tokens[next].range.lowerBound),
              following.range.upperBound <= limit {
            let after = layer.tokenIndex(atOrAfter: following.range.upperBound)
            // a quotation closed by a comma has an attribution of its own ("“Q2,” she said");
            // one closed by a full stop ends its sentence, and what follows is another's
            if !closesSentence(following.range), after < layer.tokens.count, layer.tokens[after].range.lowerBound < limit,
               (after..<min(after + 4, layer.tokens.count)).contains(where: { lexicons.speechVerbs[layer.tokens[$0]] != nil }) {
                break
            }
            end = following.range.upperBound
            next = after
        }
        return quote.lowerBound..<end
    }

    /// "Kerry said that 100,000 would be accepted. “That adds up to 185,000.”": reported
    /// speech that runs to its sentence's end goes on into the quotations right after it in
    /// the paragraph that have no attribution of their own.
    private func continued(_ content: Range<Int>, in sentence: Sentence) -> Range<Int> {
        guard content.upperBound == sentenceContentEnd(sentence), layer.quotation(containing: content.lowerBound) == nil
        else { return content }
        let paragraph = layer.paragraphs[sentence.paragraph].range
        var end = content.upperBound
        var next = sentence.tokens.upperBound
        while isQuotationStart(next), let quote = layer.quotation(containing: layer.tokens[next].range.lowerBound),
              quote.range.upperBound <= paragraph.upperBound, closesSentence(quote.range) {
            end = quote.range.upperBound
            next = layer.tokenIndex(atOrAfter: quote.range.upperBound)
        }
        return content.lowerBound..<end
    }

    /// A short quoted title after "on", "in", "to" or a possessive ("on NBC's ''Meet the
    /// Press''", "in ''Hard Choices''"): its range, or nil.
    private func quotedTitle(at i: Int) -> Range<Int>? {
        guard i > 0, isQuotationStart(i), let quote = layer.quotation(containing: layer.tokens[i].range.lowerBound) else { return nil }
        let before = layer.tokens[i - 1].lower
        guard ["on", "in", "to", "at"].contains(before) || before.hasSuffix("'s") || before.hasSuffix("\u{2019}s") else { return nil }
        let words = (layer.tokenIndex(atOrAfter: quote.inner.lowerBound)..<layer.tokenIndex(atOrAfter: quote.inner.upperBound))
            .filter { layer.tokens[$0].kind == .word }
        guard let first = words.first, words.count <= 6, layer.tokens[first].isCapitalized else { return nil }
        return quote.range
    }

    /// A quotation of one or two words opening at token `i` right after a word of the attribution
    /// that follows the cue at `k` ("hinting that “personnel changes” could come", "the
    /// ''crooked'' process", "the TV show “Shark Tank.”"): a scare quote or a name inside the
    /// attribution's clause, not a quotation of its own (which follows a comma, a colon or the
    /// cue itself) nor a longer quoted piece of what was said. Its range, or nil.
    private func scareQuote(at i: Int, after k: Int) -> Range<Int>? {
        guard i - 1 > k, layer.tokens[i - 1].kind != .punctuation, isQuotationStart(i),
              let quote = layer.quotation(containing: layer.tokens[i].range.lowerBound),
              wordCount(quote.inner) <= 2, !followsOthersVerb(i, after: k) else { return nil }
        return quote.range
    }

    /// Whether a verb with a named subject of its own comes right before the quotation at `i`
    /// ("after Bob Roe called her “a crook.”"): someone else's words, not a scare quote.
    private func followsOthersVerb(_ i: Int, after k: Int) -> Bool {
        let first = max(k + 2, i - 2)
        guard first < i else { return false }
        return (first..<i).contains { v in
            let verb = layer.tokens[v]
            return verb.kind == .word && !verb.isCapitalized && layer.tokens[v - 1].isCapitalized
                && (lexicons.speechVerbs[verb] != nil || VerbBase.isPastForm(verb))
        }
    }

    /// Whether a quotation opens after token `i`, before the end of its sentence.
    private func quotationOpens(after i: Int, in sentence: Sentence) -> Bool {
        i + 1 < sentence.tokens.upperBound && ((i + 1)..<sentence.tokens.upperBound).contains(where: isQuotationStart)
    }

    /// Whether the quotation opening at token `i` is a title: at most six words, all capitalized.
    private func isTitle(_ i: Int) -> Bool {
        guard let quote = layer.quotation(containing: layer.tokens[i].range.lowerBound) else { return false }
        let words = (layer.tokenIndex(atOrAfter: quote.inner.lowerBound)..<layer.tokenIndex(atOrAfter: quote.inner.upperBound))
            .filter { layer.tokens[$0].kind == .word }
        return words.count <= 6 && words.allSatisfy { layer.tokens[$0].isCapitalized }
    }

    /// Whether token `i` opens a quotation.
    func isQuotationStart(_ i: Int) -> Bool {
        guard i < layer.tokens.count, let quote = layer.quotation(containing: layer.tokens[i].range.lowerBound) else { return false }
        return quote.range.lowerBound == layer.tokens[i].range.lowerBound
    }

    /// What precedes the cue: the quotation that closes right before it, or the clause from
    /// the sentence start to the comma before it.
    private func contentBefore(tokenIndex k: Int, in sentence: Sentence) -> Range<Int>? {
        var i = k - 1
        while i >= sentence.tokens.lowerBound, layer.tokens[i].isMark(",") || layer.tokens[i].isMark("\u{2014}") { i -= 1 }
        guard i >= sentence.tokens.lowerBound else { return nil }
        let last = layer.tokens[i]
        if let quote = layer.quotation(containing: last.range.upperBound - 1), quote.range.upperBound == last.range.upperBound {
            return quote.range
        }
        guard layer.tokens[k - 1].isMark(",") || layer.tokens[k - 1].isMark("\u{2014}") else { return nil }
        return sentence.range.lowerBound..<last.range.upperBound
    }

    /// End of a sentence's content: before its final full stop.
    private func sentenceContentEnd(_ sentence: Sentence) -> Int {
        var i = sentence.tokens.upperBound - 1
        while i > sentence.tokens.lowerBound, layer.tokens[i].kind == .punctuation, [".", "!", "?", ":", ";"].contains(layer.tokens[i].text) {
            i -= 1
        }
        return layer.tokens[i].range.upperBound
    }

    func isClosingMark(_ token: Token) -> Bool {
        token.kind == .punctuation && ["\"", "'", "\u{201D}", "\u{2019}"].contains(token.text)
    }

    func isInsideQuotation(_ offset: Int) -> Bool {
        guard let quote = layer.quotation(containing: offset) else { return false }
        return quote.inner.contains(offset)
    }

    func wordCount(_ range: Range<Int>) -> Int {
        let first = layer.tokenIndex(atOrAfter: range.lowerBound)
        var count = 0
        var i = first
        while i < layer.tokens.count, layer.tokens[i].range.lowerBound < range.upperBound {
            if layer.tokens[i].kind != .punctuation { count += 1 }
            i += 1
        }
        return count
    }
}
