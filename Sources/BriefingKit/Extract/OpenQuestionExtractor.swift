/// Finds what an article leaves unresolved: "whether" and "unclear", pending decisions ("is
/// expected to", "has yet to", "is mulling"), disputes ("denied", "disagrees"), outcomes that
/// hang on a stated condition, outcomes a party fears ("Many fear Trump will …", see
/// `FearedOutcome`), and yes/no questions the text asks; in an article that raises
/// fewer than three of these, also the writer's first hedge ("his lead could be tenuous", see
/// `HedgedOutcome`).
///
/// When a sentence raises several kinds, the guidelines' order decides: disputed,
/// conditional, pending, uncertain, explicit. At most one question per sentence.
///
/// Precision rules: a condition must be a real one ("if the US is willing …", not "as if",
/// "if you like your plan") with a modal outcome, outside the condition or in an outcome no
/// comma parts from it ("if elected I will fight"); a literal question counts only as
/// a yes/no question ("Will Cruz's gambit do any better?"), and not at all in an article
/// that asks many (an op-ed's rhetorical questions); an accusation ("accused the board of …")
/// counts only in an article that reports a denial or a rejection — an attack no one answers is
/// no dispute.
struct OpenQuestionExtractor {
    let layer: TextLayer
    let lexicons: Lexicons

    struct Found {
        var kind: OpenQuestionKind
        var question: String
        var evidence: Range<Int>
    }

    private static let priority: [OpenQuestionKind] = [.disputed, .conditional, .pending, .uncertain, .explicit]
    private static let modals: WordSet = ["will", "would", "could", "can", "may", "might", "only", "possible"]
    /// Words that open a yes/no question.
    private static let questionOpeners: WordSet = ["will", "would", "can", "could", "is", "are", "was", "were", "do",
                                                       "does", "did", "should", "has", "have", "may", "might", "shall"]
    /// More literal questions than this in one article mark its questions as rhetorical.
    private static let rhetoricalQuestionCount = 3

    /// The open questions of the article; `names` names the actors that pronoun subjects of
    /// the questions stand for.
    func extract(names: PronounNames? = nil) -> [Found] {
        let parts = ClauseParts(layer: layer)
        let phraser = QuestionPhraser(layer: layer, lexicons: lexicons, names: names)
        let body = layer.sentences.filter { layer.paragraphs[$0.paragraph].role != .headline }
        let asksMany = body.filter(endsWithQuestionMark).count > Self.rhetoricalQuestionCount
        // GUIDELINES: "disputed" needs contrary claims or a denial; an attack no one answers leaves
        // nothing open. Looked up at the first accusation only: most articles have none.
        var answersAccusations: Bool?
        var found: [Found] = []
        // the writer's hedges in sentences that raise nothing else, asked only in an article that raises little
        var hedges: [(sentence: Sentence, modal: Int)] = []
        let hedging = HedgedOutcome(layer: layer)
        let fearing = FearedOutcome(layer: layer)
        // asked at every token: each built once here, not again (with a copy of the layer) at each ask
        let rejecting = self.rejecting, sense = self.sense, withholding = self.withholding, raisedQuestions = self.raisedQuestions
        // a poll's "asked whether they would vote …" or "37% disagree" measures opinion; it leaves nothing open
        for (index, sentence) in body.enumerated() where !isPoll(sentence) {
            var best: (kind: OpenQuestionKind, at: Int)?
            for k in sentence.tokens {
                let kind: OpenQuestionKind
                // "No one has disputed the figures": a rejection denied is none
                if rejecting.rejection(at: k, in: sentence) != nil, !sense.isOtherSense(cueAt: k, in: sentence) {
                    kind = .disputed
                } else {
                    guard let cued = cue(at: k, in: sentence), !sense.isOtherSense(cueAt: k, in: sentence) else { continue }
                    // "the accused", "accused of" with no one named: no accusation to ask about
                    if AccusationQuestion.cues.contains(layer.tokens[k].lower) {
                        if answersAccusations == nil { answersAccusations = body.contains(where: reportsDenial) }
                        guard answersAccusations == true,
                              accusation.parts(cueAt: k, in: clauseTokens(around: k, in: sentence, parts: parts)) != nil else { continue }
                    }
                    kind = cued
                }
                if best == nil || Self.rank(kind) < Self.rank(best!.kind) { best = (kind, k) }
            }
            var condition = parts.condition(in: sentence)
            // "If Sanders had won half of the coin tosses, …": a past counterfactual is settled
            // "it is unclear if …" asks a question; it sets no condition
            if let range = condition, isCounterfactual(range, in: sentence) || isWhether(layer.tokenIndex(atOrAfter: range.lowerBound), in: sentence)
                || isWritersSupposition(range, in: sentence) || isStressed(range) {
                condition = nil
            }
            // a condition quoted from a speaker is mostly talk ("if you look at it …", "if my kids called people
            // names, I'd chastise them"), unless the speaker pledges under it ("If elected, I will …")
            if let range = condition, layer.quotation(containing: range.lowerBound) != nil, !pledgesUnder(range, in: sentence) {
                condition = nil
            }
            // a condition the writer states whose outcome only a quotation gives is the speaker's talk ("If Roe
            // wins, the critic said, “the city might go broke”"), unless the speaker speaks for their own side
            if let range = condition, layer.quotation(containing: range.lowerBound) == nil, isQuotedTalk(outcomeOf: range, in: sentence) {
                condition = nil
            }
            // "if elected I will fight": the condition ends where its outcome's subject starts
            if let range = condition, let outcome = outcomeStart(inside: range, in: sentence) {
                condition = range.lowerBound..<layer.tokens[outcome - 1].range.upperBound
            }
            if let condition, hasModal(sentence, outside: condition), best == nil || Self.rank(.conditional) < Self.rank(best!.kind) {
                best = (.conditional, layer.tokenIndex(atOrAfter: condition.lowerBound))
            }
            // "it is unclear if …", "to determine if …": "if" that asks like "whether"
            if best == nil, let asked = sentence.tokens.first(where: { isWhether($0, in: sentence) }) {
                best = (.uncertain, asked)
            }
            // information kept back and questions raised are asked in their own words, or not at all
            var ownWordsOnly = false
            // "The NRA isn't detailing what steps it will take": information kept back, when nothing else is asked
            if best == nil, let held = sentence.tokens.lazy.compactMap({ self.withheldCue(at: $0, in: sentence, by: withholding) }).first {
                best = (held.awaitsResponse ? .pending : .uncertain, held.start)
                ownWordsOnly = true
            }
            // "raising questions about his ties to the bank": the text says what is open
            if best == nil, let raised = sentence.tokens.first(where: { raisedQuestions.topicStart(cueAt: $0, in: sentence) != nil }) {
                best = (.uncertain, raised)
                ownWordsOnly = true
            }
            // "Many fear Trump will feed insecurity …": the outcome a party fears (`FearedOutcome`), asked in its own
            // words or not at all ("may" as "might", as for the writer's hedges)
            if best == nil, let feared = sentence.tokens.lazy.compactMap({ fearing.outcome(cueAt: $0, in: sentence, parts: parts) }).first,
               let asked = phraser.question(from: feared, fallbackPrefix: nil) {
                found.append(Found(kind: .uncertain, question: HedgedOutcome.mightForMay(asked),
                                   evidence: evidenceRange(sentence)))
                continue
            }
            if best == nil, !asksMany, let start = yesNoQuestionStart(sentence), !isRhetorical(from: start, in: sentence), !isQuotedJab(at: start),
               !isAnsweredAtOnce(body.dropFirst(index + 1).first) {
                best = (.explicit, start)
            }
            guard let (kind, at) = best else {
                if let modal = hedging.modal(in: sentence) { hedges.append((sentence, modal)) }
                continue
            }
            let phrased = question(kind: kind, at: at, condition: condition, in: sentence, parts: parts, phraser: phraser)
            // no generic question for them: "In a statement the campaign did not provide details" is no "How will it turn out?"
            if phrased == nil, ownWordsOnly { continue }
            // a clause that makes no question: the sentence's own main clause, asked ("The book, titled …,
            // has not yet been released" → "Will the book be released?"), before a question about the kind
            let asked = phrased
                ?? ([.pending, .uncertain].contains(kind) ? phraser.question(from: sentence.tokens, fallbackPrefix: nil) : nil)
                ?? QuestionShape.safe(for: kind, condition: condition.flatMap { range in
                    kind == .conditional ? phraser.conditionPhrase(layer.tokenIndex(atOrAfter: range.lowerBound)..<layer.tokenIndex(atOrAfter: range.upperBound)) : nil
                })
            found.append(Found(kind: kind, question: asked, evidence: evidenceRange(sentence)))
        }
        if found.count < Self.fewQuestions, let hedge = firstAsked(hedges, hedging: hedging, parts: parts, phraser: phraser) {
            found.insert(hedge, at: found.firstIndex { $0.evidence.lowerBound > hedge.evidence.lowerBound } ?? found.count)
        }
        return found
    }

    /// An article that raises fewer open questions than this has its first hedge asked too: where
    /// an article settles most things, what its writer hedges on is what stays open (most hedges
    /// in an article that raises many questions are asides).
    private static let fewQuestions = 3

    /// The first of the writer's hedges that makes a whole question of the hedged clause ("his lead
    /// could be tenuous" → "Could his lead be tenuous …?"), as an `uncertain` question: the clause
    /// the cue stands in, else the hedged clause inside another ("viewed as a sign his campaign may
    /// be in trouble" → "Might his campaign be in trouble …?").
    private func firstAsked(_ hedges: [(sentence: Sentence, modal: Int)], hedging: HedgedOutcome, parts: ClauseParts,
                            phraser: QuestionPhraser) -> Found? {
        for (sentence, modal) in hedges {
            let inner = { hedging.subjectStart(before: modal, in: sentence).flatMap {
                phraser.question(from: $0..<max(modal + 1, parts.clauseEnd(from: modal, in: sentence)), fallbackPrefix: nil)
            } }
            if let asked = question(kind: .uncertain, at: modal, condition: nil, in: sentence, parts: parts, phraser: phraser)
                .flatMap({ hedging.asked($0, modalAt: modal) }) ?? inner().flatMap({ hedging.asked($0, modalAt: modal) }) {
                return Found(kind: .uncertain, question: asked, evidence: evidenceRange(sentence))
            }
        }
        return nil
    }

    private static let denialWords: WordSet = ["denied", "denies", "deny", "denying", "disputed", "disputes"]

    /// Whether the sentence denies or rejects a claim ("denied the charge", "dismissed the
    /// accusations"); not a denial denied ("No one has disputed the figures").
    private func reportsDenial(_ sentence: Sentence) -> Bool {
        sentence.tokens.contains { k in
            (Self.denialWords.contains(layer.tokens[k]) || rejecting.rejection(at: k, in: sentence) != nil)
                && !sense.isOtherSense(cueAt: k, in: sentence)
        }
    }

    private var sense: QuestionCueSense { QuestionCueSense(layer: layer, parts: ClauseParts(layer: layer)) }
    private var rejecting: RejectionCue { RejectionCue(layer: layer) }
    private var pledge: PledgeQuestion { PledgeQuestion(layer: layer) }
    private var raisedQuestions: RaisedQuestions { RaisedQuestions(layer: layer) }
    private var withholding: WithheldInformation { WithheldInformation(layer: layer, lexicons: lexicons) }
    private var accusation: AccusationQuestion { AccusationQuestion(layer: layer, verbs: VerbBase(lexicons: lexicons)) }

    private static let respondentWords: WordSet = ["say", "says", "said", "agree", "agreed", "disagree", "disagreed",
                                                       "asked", "surveyed", "respondents"]

    /// "Asked if her email practices were illegal, 46 percent of voters said yes", "37% disagree":
    /// a share of respondents answering — not "the deficit is expected to rise to 2.9 percent".
    private func isPoll(_ sentence: Sentence) -> Bool {
        return sentence.tokens.contains { Lexicons.shareWords.contains(layer.tokens[$0]) } && sentence.tokens.contains {
            let token = layer.tokens[$0]
            return !Lexicons.shareWords.contains(token) && lexicons.pollWords.contains(token) || Self.respondentWords.contains(token)
        }
    }

    private static let askingWords: Set<String> = ["unclear", "uncertain", "clear", "sure", "determine", "know", "knows",
                                                   "decide", "decides", "see", "wonder", "wonders", "wondered", "wondering",
                                                   "ask", "asks", "asked", "asking", "show", "tell", "out", "check", "gauge",
                                                   "test", "weigh", "weighing", "consider", "considering"]

    /// "whether", or "if" after a word that asks ("it is unclear if the bill can pass", "to
    /// determine if it had performed as designed", "the caucuses will show if …", "to find out if …").
    private func isWhether(_ i: Int, in sentence: Sentence) -> Bool {
        let word = layer.tokens[i].lower
        return (word == "whether" || word == "if" && (isAsked(i - 1, in: sentence) || isAskedOfSomeone(i, in: sentence)))
            && sense.isOpen(whether: i, in: sentence)
    }

    /// Whether the word at `i` asks: "unclear", "determine", "see", "say" after a refusal ("would
    /// not say"), or "out" after "find", "figure", "check" (not "drop out if he loses").
    private func isAsked(_ i: Int, in sentence: Sentence) -> Bool {
        guard i >= sentence.tokens.lowerBound else { return false }
        let word = layer.tokens[i].lower
        // "would not say if he had been interviewed", "declined to say if": what is kept back is asked
        if word == "say" {
            return (max(sentence.tokens.lowerBound, i - 3)..<i).contains { Self.withholdingWords.contains(layer.tokens[$0].lower) }
        }
        if word == "out" {
            return i > sentence.tokens.lowerBound && ["find", "finds", "found", "finding", "figure", "figured", "check"].contains(layer.tokens[i - 1].lower)
        }
        return Self.askingWords.contains(word)
    }

    private static let withholdingWords: Set<String> = ["not", "n't", "never", "declined", "refused", "wouldn't", "wouldn\u{2019}t",
                                                        "won't", "won\u{2019}t", "didn't", "didn\u{2019}t"]

    /// "asked Trump if …", "Tell me if …", "asking the governor if …": a question put to someone
    /// named in at most three words.
    private func isAskedOfSomeone(_ i: Int, in sentence: Sentence) -> Bool {
        var j = i - 1
        while j > sentence.tokens.lowerBound, i - j <= 3, layer.tokens[j].kind == .word, layer.tokens[j].lower != "to" {
            j -= 1
            if ["ask", "asks", "asked", "asking", "tell"].contains(layer.tokens[j].lower) { return true }
        }
        return false
    }

    /// Whether a condition is unreal: past ("if Sanders had won", "if he had not run" — not "if
    /// they had to pay more"), contrary to fact ("if it were held in a mosque", "if Iran were a
    /// stock", "if I was just more bellicose" — not "if she were to win", nor "only if a candidate
    /// were able to"), or with a main clause in the past conditional ("he would have been an
    /// amazing peacemaker if …", "we would've won if everyone could vote"), or elliptical ("if he
    /// did").
    private func isCounterfactual(_ condition: Range<Int>, in sentence: Sentence) -> Bool {
        let start = layer.tokenIndex(atOrAfter: condition.lowerBound)
        let end = layer.tokenIndex(atOrAfter: condition.upperBound)
        // the closure holds the tokens only, not a copy of the extractor
        let word = { [tokens = layer.tokens] (i: Int) in i < end ? tokens[i].lower : "" }
        if (start..<end).contains(where: { word($0) == "had" && word($0 + 1) != "to" }) { return true }
        // "but if he did, he would be following Taft", "if he didn't": a bare auxiliary supposes
        // what the text has just said is not so
        if end - start == 3, Self.bareAuxiliaries.contains(word(start + 2)) { return true }
        let hedgedOnly = start > sentence.tokens.lowerBound && layer.tokens[start - 1].lower == "only" || word(start) == "unless"
        // "were" before a state or a thing, not before "to" or a participle ("if his changes were adopted")
        if !hedgedOnly, (start..<end).contains(where: { i in
            let next = word(i + 1) == "not" ? word(i + 2) : word(i + 1)
            return word(i) == "were" && next != "to" && !Self.isParticiple(next) || word(i) == "was" && i > start && word(i - 1) == "i"
        }) { return true }
        return sentence.tokens.contains { i in
            let w = layer.tokens[i].lower
            if ["would've", "could've", "might've", "would\u{2019}ve", "could\u{2019}ve", "might\u{2019}ve"].contains(w) { return true }
            guard ["would", "could", "might"].contains(w) else { return false }
            var j = i + 1
            if j < sentence.tokens.upperBound, ["not", "never"].contains(layer.tokens[j].lower) { j += 1 }
            return j + 1 < sentence.tokens.upperBound && layer.tokens[j].lower == "have" && Self.isParticiple(layer.tokens[j + 1].lower)
        }
    }

    /// Whether a condition outside any quotation is the writer's own figure of speech: "we"
    /// suppose and something else follows ("If we remember nothing else about her, it will be …";
    /// not a program, where "we" act on it: "we can grow if we change our approach") or "you"
    /// are told the outcome ("if he has been brought to his knees, you would never know it").
    private func isWritersSupposition(_ condition: Range<Int>, in sentence: Sentence) -> Bool {
        let start = layer.tokenIndex(atOrAfter: condition.lowerBound)
        let end = layer.tokenIndex(atOrAfter: condition.upperBound)
        guard layer.quotation(containing: condition.lowerBound) == nil else { return false }
        let outcomeSubject = { (subject: String) in
            sentence.tokens.dropLast().contains { i in
                !condition.contains(self.layer.tokens[i].range.lowerBound) && self.layer.tokens[i].lower == subject && self.isModal(i + 1, in: sentence)
            }
        }
        if start + 1 < end, layer.tokens[start + 1].lower == "we" { return !outcomeSubject("we") }
        return outcomeSubject("you")
    }

    /// Adverbs that stress a case of an outcome already stated rather than set its condition.
    private static let stressingAdverbs: Set<String> = ["especially", "particularly"]

    /// Whether a condition only stresses when an outcome stated on its own holds most ("they may want
    /// to reconsider, especially if they care about the court", "particularly if he wins"): the
    /// outcome does not hang on it.
    private func isStressed(_ condition: Range<Int>) -> Bool {
        let start = layer.tokenIndex(atOrAfter: condition.lowerBound)
        return start > 0 && Self.stressingAdverbs.contains(layer.tokens[start - 1].lower)
    }

    private static let bareAuxiliaries: Set<String> = ["did", "didn't", "didn\u{2019}t", "does", "doesn't", "doesn\u{2019}t", "do",
                                                       "don't", "don\u{2019}t", "were", "was", "had"]

    private static func isParticiple(_ word: String) -> Bool {
        word.count > 3 && (word.hasSuffix("ed") || word.hasSuffix("en") || word.hasSuffix("wn")) || Contraction.irregularParticiples.contains(word)
    }

    private static func rank(_ kind: OpenQuestionKind) -> Int { priority.firstIndex(of: kind) ?? priority.count }

    private func cue(at k: Int, in sentence: Sentence) -> OpenQuestionKind? {
        lexicons.questionCueTable.firstMatch(in: layer.tokens, at: k, end: sentence.tokens.upperBound)
            .map { lexicons.questionCues[$0].kind }
    }

    /// Whether the outcome of a condition is modal: a modal in the sentence outside the condition
    /// ("if Trump wins, they could be running the country"), or one that belongs to an outcome no
    /// comma parts from the condition ("the bill, which if enacted would raise taxes").
    private func hasModal(_ sentence: Sentence, outside condition: Range<Int>) -> Bool {
        let start = layer.tokenIndex(atOrAfter: condition.lowerBound)
        return sentence.tokens.contains { i in
            isModal(i, in: sentence) && (!condition.contains(layer.tokens[i].range.lowerBound) || isOutcomeModal(i, conditionAt: start))
                || pledge.isPledge(at: i, in: sentence.tokens) && !condition.contains(layer.tokens[i].range.lowerBound)
        }
    }

    /// Where the outcome starts inside a condition that no comma closes: "if elected I will fight"
    /// → "I will fight", "if I could get an offer I would settle" → "I would settle" (the
    /// tokenizer splits "I'll" into "I" and a "will"); nil when the condition holds no outcome
    /// with a pronoun subject of its own.
    private func outcomeStart(inside condition: Range<Int>, in sentence: Sentence) -> Int? {
        let start = layer.tokenIndex(atOrAfter: condition.lowerBound)
        let end = layer.tokenIndex(atOrAfter: condition.upperBound)
        guard let modal = ((start + 2)..<end).first(where: { isModal($0, in: sentence) && isOutcomeModal($0, conditionAt: start) }) else {
            return nil
        }
        let subject = modal - 1
        // "if Hillary thinks she can …", "if their candidate announced he would …": a report, not an outcome
        guard PositionExtractor.subjectPronouns.contains(layer.tokens[subject]), !isReport(layer.tokens[subject - 1]) else { return nil }
        return subject
    }

    /// Whether the speaker commits under the condition: "I" or "we" and "will" outside it ("If
    /// Donald remains Donald, I will not vote for him"; not the hypothetical "I'd laugh").
    private func pledgesUnder(_ condition: Range<Int>, in sentence: Sentence) -> Bool {
        sentence.tokens.dropLast().contains { i in
            !condition.contains(layer.tokens[i].range.lowerBound) && ClauseParts.firstPersonSubjects.contains(layer.tokens[i])
                && Self.pledgeModals.contains(layer.tokens[i + 1].lower)
        }
    }

    private static let pledgeModals: Set<String> = ["will", "won't", "won\u{2019}t"]

    /// First-person words that make a quoted outcome the speaker's own ("we will win", "very hard for us").
    private static let firstPersonWords: WordSet = ["i", "we", "us", "our", "me", "my"]

    /// Whether the outcome of a condition outside any quotation is only a speaker's quoted comment
    /// on others: every modal outside the condition lies in a quotation that speaks in no first
    /// person, none of them is "will" (a speaker saying what will happen may be announcing it: "If
    /// the council passes the levy, the mayor said, “the city will hire 40 officers”"), and no
    /// pledge stands outside them ("If Roe wins, the critic said, “the city might go broke”",
    /// "“Many would call that a defeat” if she lost by ten points, the analyst said"; not
    /// "“it will be very hard for us to win” if he keeps losing").
    private func isQuotedTalk(outcomeOf condition: Range<Int>, in sentence: Sentence) -> Bool {
        let outside = sentence.tokens.filter { !condition.contains(layer.tokens[$0].range.lowerBound) }
        let modals = outside.filter { isModal($0, in: sentence) }
        let quotations = modals.compactMap { layer.quotation(containing: layer.tokens[$0].range.lowerBound) }
        guard !modals.isEmpty, quotations.count == modals.count,
              !modals.contains(where: { Self.pledgeModals.contains(layer.tokens[$0].lower) }) else { return false }
        let quoted = { (i: Int) in quotations.contains { $0.inner.contains(self.layer.tokens[i].range.lowerBound) } }
        return !outside.contains { i in
            Self.firstPersonWords.contains(layer.tokens[i]) && quoted(i) || pledge.isPledge(at: i, in: sentence.tokens) && !quoted(i)
        }
    }

    /// Whether a token is a verb of saying or of attitude ("announced", "thinks").
    private func isReport(_ token: Token) -> Bool {
        lexicons.speechVerbs[token] != nil || lexicons.attitudeVerbs.contains(token)
    }

    /// Whether the token at `i` is a modal ("will", "could", the "'ll" of "I'll"), not the month "May".
    private func isModal(_ i: Int, in sentence: Sentence) -> Bool {
        let token = layer.tokens[i]
        return Self.modals.contains(token) && !(token.lower == "may" && token.isCapitalized && i > sentence.tokens.lowerBound)
    }

    /// Whether the modal at `i`, inside the condition opening at `start`, is the outcome's rather
    /// than the condition's own ("if he would", "if the Fed could") or its complement's ("if Carson
    /// implied that he would not criticize Cruz").
    private func isOutcomeModal(_ i: Int, conditionAt start: Int) -> Bool {
        if ((start + 1)..<i).contains(where: { Self.complementizers.contains(layer.tokens[$0].lower) }) { return false }
        let previous = layer.tokens[i - 1]
        if PositionExtractor.subjectPronouns.contains(previous), isReport(layer.tokens[i - 2]) { return false }
        return i - start > 4 || PositionExtractor.subjectPronouns.contains(previous) && i - 1 > start + 1
            || i == start + 2 && previous.lower.hasSuffix("ed")
    }

    private static let complementizers: Set<String> = ["that", "whether", "who", "which", "what", "to", "how", "why"]

    private func endsWithQuestionMark(_ sentence: Sentence) -> Bool {
        var end = sentence.tokens.upperBound - 1
        while end > sentence.tokens.lowerBound, SentenceSplitter.closers.contains(layer.tokens[end].text) { end -= 1 }
        return layer.tokens[end].isMark("?")
    }

    /// Words that make a yes/no question a jab whose answer the asker implies: "Does Iowa really
    /// want Wall Street in the White House?", "Does that not speak to your judgment?", "does
    /// that count for nothing?".
    private static let rhetoricalWords: WordSet = ["really", "not", "nothing", "never"]

    /// Whether the literal question starting at `start` answers itself: it says "really" or
    /// negates ("not", "nothing", "never", "doesn't") — not an alternative's "or not" ("Were they
    /// too conservative, or not conservative enough?").
    private func isRhetorical(from start: Int, in sentence: Sentence) -> Bool {
        (start..<sentence.tokens.upperBound).contains { i in
            guard i == start || layer.tokens[i - 1].lower != "or" else { return false }
            return Self.rhetoricalWords.contains(layer.tokens[i]) || layer.tokens[i].isNegativeContraction
        }
    }

    /// Copulas that open a question about what is or was, not about what will be ("Is this what we
    /// accept now?", "Are they reading some chain email?", "Was that the best use of our time?").
    private static let copulaOpeners: WordSet = ["is", "are", "was", "were"]

    /// Whether the literal question at `start` is a speaker's quoted jab: inside a quotation and
    /// opening on a copula ("“Is this what we accept now?”"), a judgement the speaker makes by
    /// asking. A quoted question about what will be stays open ("“Will we be thrown out?”",
    /// "“Can we win Illinois?”").
    private func isQuotedJab(at start: Int) -> Bool {
        Self.copulaOpeners.contains(layer.tokens[start]) && layer.quotation(containing: layer.tokens[start].range.lowerBound) != nil
    }

    private static let shortAnswers: Set<String> = ["yes", "no", "sure", "absolutely", "nope", "yeah", "certainly", "definitely"]

    /// Whether the sentence after a question answers it at once ("Did the inquiry find fault? Sure.").
    private func isAnsweredAtOnce(_ next: Sentence?) -> Bool {
        guard let next else { return false }
        let words = next.tokens.filter { layer.tokens[$0].kind == .word }
        guard let first = words.first else { return false }
        let word = layer.tokens[first].lower
        return Self.shortAnswers.contains(word) || word == "of" && words.count > 1 && layer.tokens[words[1]].lower == "course"
    }

    /// Where the yes/no question of a sentence starts: "Will Cruz's gambit do any better?", "Do
    /// you want Facebook looking at …?", or a quoted one ("She asked: “Will we be thrown out?”")
    /// — not "Who am I leaving out?" nor "What, exactly, are her qualifications?".
    private func yesNoQuestionStart(_ sentence: Sentence) -> Int? {
        guard endsWithQuestionMark(sentence) else { return nil }
        // the sentence's start, and each place after an opening quotation mark or a colon
        var starts = [sentence.tokens.lowerBound]
        for i in sentence.tokens where layer.tokens[i].isMark(":")
            || layer.tokens[i].kind == .punctuation && SentenceSplitter.openers.contains(layer.tokens[i].text)
            && layer.quotation(containing: layer.tokens[i].range.upperBound) != nil {
            starts.append(i + 1)
        }
        for start in starts {
            var i = start
            while i < sentence.tokens.upperBound, layer.tokens[i].kind == .punctuation || ["and", "but", "so"].contains(layer.tokens[i].lower) {
                i += 1
            }
            // "Do I bear responsibility …?": a speaker's question to himself, answered by him; "… asked,
            // “Do you feel …?”": a quoted question to a listener is conversation; the writer's own "Have
            // you tried to start a business?", "Do you support the mayor?": a prompt to the reader
            if i + 1 < sentence.tokens.upperBound, Self.questionOpeners.contains(layer.tokens[i]), layer.tokens[i + 1].lower != "i",
               layer.tokens[i + 1].lower != "you" || start == sentence.tokens.lowerBound && layer.quotation(containing: layer.tokens[i].range.lowerBound) != nil {
                return i
            }
        }
        return nil
    }

    /// The question in plain words: the literal question, the clause after "whether", the
    /// outcome with its condition ("Will we see liberals on the court if Trump becomes
    /// president?"), or the clause holding the cue; nil when none of them makes a whole question.
    private func question(kind: OpenQuestionKind, at k: Int, condition: Range<Int>?, in sentence: Sentence,
                          parts: ClauseParts, phraser: QuestionPhraser) -> String? {
        if kind == .explicit {
            return phraser.literal(k..<sentence.tokens.upperBound)
        }
        // "Trump isn't saying what techniques he would support" → "Will it be made known what techniques …?"
        if [.uncertain, .pending].contains(kind), let held = withheldCue(at: k, in: sentence, by: withholding) {
            if held.awaitsResponse { return phraser.awaitedResponse(subject: held.subject) }
            let first = withholding.objectStart(verb: held.verb, in: sentence)
            let clauseEnd = max(first, parts.clauseEnd(from: first, in: sentence))
            return phraser.withheld(subject: held.subject, verb: held.verb, base: held.base, rest: first..<withheldEnd(from: first, to: clauseEnd))
        }
        // "there are questions about how much advice he gave" → "Will it be made known how much advice he gave?"
        if kind == .uncertain, let topic = raisedQuestions.topicStart(cueAt: k, in: sentence) {
            // the topic ends at its first comma ("how much advice he was lending, given that …") or "but"
            // ("not only raised questions about his finances but also about his staff")
            let clauseEnd = max(topic, parts.clauseEnd(from: topic, in: sentence))
            let topicEnd = (topic..<clauseEnd).first { layer.tokens[$0].isMark(",") || layer.tokens[$0].lower == "but" } ?? clauseEnd
            return phraser.raisedQuestion(topic: topic..<topicEnd)
        }
        // "British officials insist this is not the case": the claim is the sentence before's
        if kind == .disputed, let pointed = AnaphoricDispute(layer: layer, lexicons: lexicons).question(in: sentence, parts: parts, phraser: phraser) {
            return pointed
        }
        if kind == .disputed, let denied = denialQuestion(at: k, in: sentence, parts: parts, phraser: phraser) { return denied }
        // "Stein accused the party of sabotaging the campaign" → "Did the party sabotage the campaign?"
        if kind == .disputed, let accused = accusation.question(cueAt: k, in: clauseTokens(around: k, in: sentence, parts: parts), phraser: phraser) {
            return accused
        }
        // "Bush rejected the notion that he was part of the establishment" → "Is it true that he was part of …?";
        // "Rubio pushed back on those claims" → "Are those claims true? Rubio pushed back on them."
        if kind == .disputed, let rejected = rejecting.rejection(at: k, in: sentence) {
            if let that = rejected.thatClause, let claim = phraser.claimQuestion(from: that..<parts.clauseEnd(from: that, in: sentence)) {
                return claim
            }
            let clause = clauseTokens(around: k, in: sentence, parts: parts)
            // the rejection ends with the claim, or at the first mark after it ("dismissed it, saying …")
            let upTo = rejected.thatClause != nil ? rejected.claim.upperBound
                : (rejected.claim.upperBound..<clause.upperBound).first { layer.tokens[$0].kind == .punctuation } ?? clause.upperBound
            return phraser.denialQuestion(claim: rejected.claim, head: rejected.noun, clause: clause.lowerBound..<max(upTo, k + 1))
        }
        // "responded to accusations that he exaggerated his life story" → "Is it true that he exaggerated his life story?"
        if kind == .disputed, let claim = ContestedClaim(layer: layer, parts: parts).claim(cueAt: k, in: sentence),
           let asked = phraser.claimQuestion(from: claim) {
            return asked
        }
        // "Sanders and Clinton are in a statistical tie in California" → "Will Sanders or Clinton win in California?"
        if kind == .pending, let contest = ContestQuestion(layer: layer).question(cueAt: k, in: clauseTokens(around: k, in: sentence, parts: parts)) {
            return contest
        }
        // "raising the prospect of lasting fissures in the party" → "Will there be lasting fissures in the party?"
        if kind == .uncertain, let prospect = ProspectQuestion(layer: layer).question(cueAt: k, in: clauseTokens(around: k, in: sentence, parts: parts),
                                                                                         phraser: phraser) {
            return prospect
        }
        // "the aide declined to specify the nature of the talks" → "Will the aide specify the nature of the talks?"
        if kind == .uncertain, let say = sense.withheldVerb(cueAt: k, in: sentence) {
            let clause = clauseTokens(around: k, in: sentence, parts: parts)
            // "would not say if he was interviewed": the clause goes on past the asking "if"
            let end = say + 2 < sentence.tokens.upperBound && layer.tokens[say + 1].lower == "if"
                ? parts.clauseEnd(from: say + 2, in: sentence) : clause.upperBound
            return phraser.withheld(subject: clause.lowerBound..<k, verb: say, rest: (say + 1)..<max(say + 1, end))
        }
        // "it is not clear that it was used", "it is far from certain that it was used" → "Was it used?"
        if kind == .uncertain, let that = (k..<min(k + 6, sentence.tokens.upperBound)).first(where: { i in
            layer.tokens[i].lower == "that" && i > k && ["clear", "unclear", "uncertain", "certain", "sure"].contains(layer.tokens[i - 1].lower)
        }) {
            return phraser.question(from: that..<parts.clauseEnd(from: that + 1, in: sentence), fallbackPrefix: "Is it true that")
        }
        // "it is hard to know where donors will go" → "Will it be made known where donors will go?";
        // "it is unclear exactly how the rules apply" → "Will it be made known how the rules apply?";
        // the wh-clause ends at a comma or a dash ("how far his advice goes, given that …")
        if kind == .uncertain, let wh = (k..<min(k + 6, sentence.tokens.upperBound)).first(where: { i in
            i > k && QuestionShape.whWords.contains(layer.tokens[i]) && isToldOrUnclear(before: i)
        }) {
            let end = parts.clauseEnd(from: wh, in: sentence)
            let rest = wh..<(((wh + 1)..<end).first { Self.clauseBreaks.contains(layer.tokens[$0].text) } ?? end)
            // "It's not clear why, except that …": no clause to ask
            if rest.count >= 3 { return phraser.withheld(subject: k..<k, verb: wh - 1, rest: rest) }
        }
        // "The effects are difficult to predict" → "How will the effects turn out?"; with no subject
        // to name ("it's too early to tell"), the plain question of its kind; "hard to know whether X"
        // is left to the whether rule below ("Will X?")
        if kind == .uncertain, ["hard", "difficult", "too"].contains(layer.tokens[k].lower),
           !sentence.tokens.contains(where: { isWhether($0, in: sentence) }),
           ((k + 1)..<min(k + 4, sentence.tokens.upperBound)).contains(where: { Self.tellingVerbs.contains(layer.tokens[$0].lower) }) {
            return toldSubject(beforeCopulaAt: k - 1, in: sentence).map { "How will " + $0 + " turn out?" }
                ?? QuestionShape.safe(for: kind, condition: nil)
        }
        if let whether = sentence.tokens.first(where: { isWhether($0, in: sentence) }), kind != .disputed || k > whether {
            let clause = whether..<sense.whetherClauseEnd(whether, in: sentence)
            // "is investigating whether to punish any staff members" → "Will it be decided whether to punish …?"
            if clause.count > 3, layer.tokens[whether + 1].lower == "to" || layer.tokens[whether + 1].lower == "or" && layer.tokens[whether + 3].lower == "to" {
                return phraser.decision(clause)
            }
            return phraser.question(from: clause, fallbackPrefix: QuestionPhraser.guessPrefix)
        }
        if kind == .conditional, let condition {
            let conditionStart = layer.tokenIndex(atOrAfter: condition.lowerBound)
            let conditionEnd = layer.tokenIndex(atOrAfter: condition.upperBound)
            // the outcome follows the condition ("if X, we will Y") or precedes it ("we can Y if X")
            var after = conditionEnd
            while after < sentence.tokens.upperBound, layer.tokens[after].kind == .punctuation { after += 1 }
            let following = after..<max(after, parts.clauseEnd(from: after, in: sentence))
            // "Bill Clinton announced he will step down if his wife wins" asks about stepping down
            let preceding = conditionStart == sentence.tokens.lowerBound ? nil
                : reported(in: afterComplementizer(clauseTokens(around: conditionStart - 1, in: sentence, parts: parts).lowerBound..<conditionStart),
                           before: conditionStart)
            let asked = conditionStart..<conditionEnd
            // "a deal will only be possible if the US is willing to …": a condition named as the only
            // way to an outcome is what stays open, so it is asked itself (not a subjunctive "only if
            // a candidate were able to …", which does not read as a question of its own)
            if isSoleCondition(before: conditionStart, in: sentence), !asked.contains(where: { layer.tokens[$0].lower == "were" }),
               let met = phraser.question(from: asked, fallbackPrefix: nil, presentAsFuture: true) {
                return met
            }
            guard following.count >= 3 || preceding == nil else {
                return preceding.flatMap { outcomeQuestion($0, condition: asked, phraser: phraser) }
            }
            // "if it doesn't slow down, forecasters say health spending will cripple …" asks about the spending
            let verb = following.first { ClauseParts.auxiliaries.contains(layer.tokens[$0]) } ?? following.upperBound
            // "…, as many Democrats believe Obama did in North Carolina": a comparison to the end asks nothing
            let comparison = following.first.map { layer.tokens[$0].lower == "as" } == true && !following.contains { layer.tokens[$0].isMark(",") }
            if !comparison, let outcome = outcomeQuestion(reported(in: following, before: verb), condition: asked, phraser: phraser) { return outcome }
            // words after the condition that ask nothing (", according to people familiar with the
            // plans") leave the outcome to the clause before it, when that clause has its own auxiliary
            // to front ("surrogates could overshadow Clinton if they appear together, as …")
            guard let preceding, let outcome = outcomeQuestion(preceding, condition: asked, phraser: phraser),
                  frontsOwnAuxiliary(outcome, of: preceding) else { return nil }
            return outcome
        }
        // "the campaign said Fields was grabbed by another man - possibly a guard": the hedge hangs on the clause before it
        if kind == .uncertain, layer.tokens[k].lower == "possibly", k - 1 > sentence.tokens.lowerBound {
            let before = sentence.tokens.lowerBound..<(k - 1)
            return phraser.question(from: reported(in: before, before: k - 1), fallbackPrefix: nil)
        }
        let clause = clauseTokens(around: k, in: sentence, parts: parts)
        // "any misstep that could undermine his lead" → "Could any misstep undermine his lead?"
        if kind == .uncertain, let head = relativeAntecedent(before: k, in: clause) {
            return phraser.question(from: Array(head) + Array(k..<clause.upperBound), fallbackPrefix: nil)
        }
        return kind == .disputed ? phraser.claimQuestion(from: clause)
            : phraser.question(from: reported(in: clause, before: k), fallbackPrefix: QuestionPhraser.guessPrefix)
    }

    /// Words after a comma that start another clause ("details, but officials …", "the process,
    /// saying …"), not a list's next item ("specific focus, scope or potential targets") nor an
    /// aside ("what steps, if any, it will take").
    private static let clauseOpeners: Set<String> = ["but", "and", "because", "although", "though", "while", "which", "who",
                                                     "as", "even", "adding", "saying", "citing"]

    /// The withholding `WithheldInformation` finds at token `k`, where no other question cue stands.
    private func withheldCue(at k: Int, in sentence: Sentence, by withholding: WithheldInformation) -> WithheldInformation.Cue? {
        // the withholding asked first: it rules out most tokens by a look-up of the word's id
        guard let held = withholding.cue(at: k, in: sentence), cue(at: k, in: sentence) == nil else { return nil }
        return held
    }

    /// Where what a party keeps back ends: at "but", a semicolon, a dash or a parenthesis, or a
    /// comma before another clause ("Two others have not said who they would vote for, and a fifth
    /// …"), else at `end`.
    private func withheldEnd(from start: Int, to end: Int) -> Int {
        (start..<end).first { i in
            let word = layer.tokens[i].lower
            return word == "but" || [";", "(", "-", "\u{2013}", "\u{2014}"].contains(layer.tokens[i].text)
                || word == "," && i + 1 < end && Self.clauseOpeners.contains(layer.tokens[i + 1].lower)
        } ?? end
    }

    /// Whether "only" stands among the three words before the condition's "if" ("only if", "will
    /// only be possible if", "possible only if"): the condition is then the one way to the outcome.
    private func isSoleCondition(before conditionStart: Int, in sentence: Sentence) -> Bool {
        (max(sentence.tokens.lowerBound, conditionStart - 3)..<conditionStart).contains { layer.tokens[$0].lower == "only" }
    }

    /// The outcome `main` of a condition asked with it: a pledge kept ("Will Sanders act if
    /// elected?") or the outcome clause ("Could the levy fail if turnout is low?"); nil when it
    /// makes no question.
    private func outcomeQuestion(_ main: Range<Int>, condition: Range<Int>, phraser: QuestionPhraser) -> String? {
        guard main.count >= 2 else { return nil }
        return pledge.question(in: main, condition: condition, phraser: phraser)
            ?? phraser.question(from: main, condition: condition)
    }

    /// Whether `asked` opens on an auxiliary that `outcome` holds ("Could surrogates overshadow
    /// …?" from "surrogates could overshadow"), not on one supplied for a word taken as its verb
    /// ("Will any release of faked email …?" from "any release of faked emails"); a pledge is asked
    /// with "Will" ("promised to legalize" → "Will Sanders legalize …?").
    private func frontsOwnAuxiliary(_ asked: String, of outcome: Range<Int>) -> Bool {
        guard let front = asked.split(separator: " ").first?.lowercased() else { return false }
        return outcome.contains { i in
            let word = layer.tokens[i].lower
            return word == front || front == "will" && pledge.isPledge(at: i, in: outcome)
        }
    }

    /// Verbs after which a wh-clause is what cannot be told yet ("hard to know where …").
    private static let tellingVerbs: Set<String> = ["know", "predict", "tell", "see", "gauge"]

    /// Marks that end a wh-clause asked about ("how far his advice goes, given that …", "how the laws apply – even to …").
    private static let clauseBreaks: Set<String> = [",", ";", ":", "(", "-", "\u{2013}", "\u{2014}"]

    /// Whether the wh-word at `wh` follows a verb of telling ("hard to know where") or "unclear",
    /// "clear", perhaps with "exactly" or "just" between ("it is unclear exactly how …").
    private func isToldOrUnclear(before wh: Int) -> Bool {
        var i = wh - 1
        if i > 0, ["exactly", "just", "precisely"].contains(layer.tokens[i].lower) { i -= 1 }
        let word = layer.tokens[i].lower
        return Self.tellingVerbs.contains(word) && i == wh - 1 || ["unclear", "clear"].contains(word)
    }

    /// The subject of "X is hard to predict": a determiner and at most three lower-case words before
    /// the copula at `copula` ("the effects", "the state"), lowered; nil otherwise.
    private func toldSubject(beforeCopulaAt copula: Int, in sentence: Sentence) -> String? {
        guard copula - 2 >= sentence.tokens.lowerBound, ["is", "are", "was", "were"].contains(layer.tokens[copula].lower) else { return nil }
        var start = copula
        while start - 1 >= sentence.tokens.lowerBound, copula - start < 3, layer.tokens[start - 1].kind == .word,
              !layer.tokens[start - 1].isCapitalized || start - 1 == sentence.tokens.lowerBound,
              !FiniteVerbQuestion.determiners.contains(layer.tokens[start - 1]), !QuestionShape.closedClass.contains(layer.tokens[start - 1].lower) {
            start -= 1
        }
        guard start < copula, start - 1 >= sentence.tokens.lowerBound, FiniteVerbQuestion.determiners.contains(layer.tokens[start - 1]) else { return nil }
        return ((start - 1)..<copula).map { layer.tokens[$0].lower }.joined(separator: " ")
    }

    /// The noun phrase a relative "that" or "which" before the modal cue at `k` stands for, when a
    /// determiner opens it at most four words back ("a vacancy that could tip the balance" → "a
    /// vacancy"); nil otherwise.
    private func relativeAntecedent(before k: Int, in clause: Range<Int>) -> Range<Int>? {
        guard k - 2 > clause.lowerBound, Self.modals.contains(layer.tokens[k]), ["that", "which"].contains(layer.tokens[k - 1].lower) else {
            return nil
        }
        let noun = k - 2
        guard layer.tokens[noun].kind == .word, !layer.tokens[noun].lower.hasSuffix("ly"),
              !QuestionShape.closedClass.contains(layer.tokens[noun].lower) else { return nil }
        return (max(clause.lowerBound, noun - 4)..<noun).reversed().first { i in
            FiniteVerbQuestion.determiners.contains(layer.tokens[i]) && (i..<noun).allSatisfy { layer.tokens[$0].kind == .word }
        }.map { $0..<(noun + 1) }
    }


    /// The reported part of a clause whose cue follows a report: "Pepper said the party is
    /// considering an appeal" → "the party is considering an appeal".
    private func reported(in clause: Range<Int>, before k: Int) -> Range<Int> {
        // "reassuring Vladimir Putin that Beijing has no plans to …": the content after the listener
        if let that = (clause.lowerBound..<k).last(where: { layer.tokens[$0].lower == "that" }), that > clause.lowerBound, that + 1 < k,
           layer.tokens[that - 1].isCapitalized || Self.objectPronouns.contains(layer.tokens[that - 1].lower) {
            return (that + 1)..<clause.upperBound
        }
        guard let report = (clause.lowerBound..<k).last(where: {
            let word = layer.tokens[$0].lower
            return lexicons.speechVerbs[word] != nil && !word.hasSuffix("ing")
        }),
        // "which the campaign says includes …": a report inside a relative clause
        !(clause.lowerBound..<report).contains(where: { ["which", "who", "whom"].contains(layer.tokens[$0].lower) })
        else { return clause }
        let start: Int
        if let that = ((report + 1)..<k).first(where: { layer.tokens[$0].lower == "that" }) {
            start = that + 1
        } else if Self.objectReports.contains(layer.tokens[report].lower) {
            // "told BuzzFeed's Smith he would …": the listener stands between
            return clause
        } else {
            start = report + 1
        }
        return clause.upperBound - start >= 3 && start <= k ? start..<clause.upperBound : clause
    }

    /// Object pronouns for a listener or an accused ("reassuring him that …").
    static let objectPronouns: Set<String> = ["him", "her", "them", "us", "me", "you"]
    private static let objectReports: Set<String> = ["told", "tell", "tells", "informed", "assured", "reminded", "warned",
                                                     "urged", "asked", "asks", "ask"]

    private static let objectEnds: Set<String> = ["through", "in", "on", "to", "as", "by", "after", "during", "at", "with",
                                                  "and", "but", "because", "while", "when", "that", "which"]

    /// The claim a denial contests, as the question: "he denied that the exchange would
    /// encourage more kidnappings" → "Is it true that the exchange would encourage more
    /// kidnappings?"; "Trump denied the accusations through a spokeswoman" → "Are the
    /// accusations true? Trump denied them through a spokeswoman."
    private func denialQuestion(at k: Int, in sentence: Sentence, parts: ClauseParts, phraser: QuestionPhraser) -> String? {
        guard ["deny", "denies", "denied"].contains(layer.tokens[k].lower), k + 2 < sentence.tokens.upperBound else { return nil }
        if layer.tokens[k + 1].lower == "that" {
            return phraser.claimQuestion(from: (k + 2)..<parts.clauseEnd(from: k + 2, in: sentence))
        }
        if sense.hasClauseComplement(denial: k, in: sentence) {
            return phraser.claimQuestion(from: (k + 1)..<parts.clauseEnd(from: k + 1, in: sentence))
        }
        guard ["the", "these", "those", "such"].contains(layer.tokens[k + 1].lower) else { return nil }
        let clause = clauseTokens(around: k, in: sentence, parts: parts)
        var end = k + 2
        while end < clause.upperBound, layer.tokens[end].kind != .punctuation, !Self.objectEnds.contains(layer.tokens[end].lower) { end += 1 }
        guard end - (k + 1) <= 8 else { return nil }
        return phraser.denialQuestion(claim: (k + 1)..<end, clause: clause)
    }

    /// The outcome after the last "that" of a clause: "he refused to concede that critics had a
    /// point in warning that businesses might hire fewer workers" → "businesses might hire fewer
    /// workers".
    private func afterComplementizer(_ clause: Range<Int>) -> Range<Int> {
        guard let that = clause.last(where: { layer.tokens[$0].lower == "that" }), clause.upperBound - that > 3 else { return clause }
        return (that + 1)..<clause.upperBound
    }

    /// The clause holding token `k`: back to the last comma, semicolon or colon, on to the clause end.
    private func clauseTokens(around k: Int, in sentence: Sentence, parts: ClauseParts) -> Range<Int> {
        var start = k
        func backToComma() {
            while start > sentence.tokens.lowerBound, !layer.tokens[start - 1].isMark(","), !layer.tokens[start - 1].isMark(";"),
                  !layer.tokens[start - 1].isMark(":") {
                start -= 1
            }
        }
        backToComma()
        // "One of them, UnitedHealth Group, has threatened …": take in the subject before the comma
        if start > sentence.tokens.lowerBound + 1, start < k || layer.tokens[start].kind == .word,
           layer.tokens[start].kind == .word, !layer.tokens[start].isCapitalized, SubjectFinder.adverbs.contains(layer.tokens[start])
            || layer.tokens[start].lower.hasSuffix("ed") {
            start -= 1
            backToComma()
            if start > sentence.tokens.lowerBound + 1 { start -= 1; backToComma() }
        }
        return start..<max(k + 1, parts.clauseEnd(from: k, in: sentence))
    }

    /// The sentence without its final full stop.
    private func evidenceRange(_ sentence: Sentence) -> Range<Int> {
        var end = sentence.tokens.upperBound - 1
        while end > sentence.tokens.lowerBound, layer.tokens[end].isMark(".") { end -= 1 }
        return sentence.range.lowerBound..<layer.tokens[end].range.upperBound
    }
}
