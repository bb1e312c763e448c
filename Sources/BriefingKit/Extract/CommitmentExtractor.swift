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
/// One commitment per actor, stance and sentence: a sentence listing several acts is one item.
struct CommitmentExtractor {
    let layer: TextLayer
    let lexicons: Lexicons

    struct Found {
        var subject: Subject
        var cue: Range<Int>
        var modality: String
        var polarity: Polarity
        /// Words that open the action before its text ("propose" for "proposed a ban"): the
        /// action reads after "will" / "will not".
        var lead: String?
        var action: Range<Int>
        var evidence: Range<Int>
        var limits: [Range<Int>]
        var condition: Range<Int>?
        var timeframe: Range<Int>?
    }

    private static let unboundSubjects: Set<String> = ["it", "this", "that", "there", "which", "what", "you", "who", "they"]
    static let personPronouns: Set<String> = ["he", "she"]
    /// Modalities whose phrase is itself the act ("ruled out X", "stayed neutral", "is headed
    /// to Philadelphia", "proposed X"), not followed by a verb.
    private static let phraseModalities: Set<String> = ["ruled out", "neutral", "running", "headed", "proposed", "called for",
                                                        "ending", "staying", "ordered", "proposal for", "call for", "announced", "seeks",
                                                        Self.scheduledModality, Self.rebuffedModality, Self.declaredSupportModality,
                                                        Self.declaredCommitmentModality, Self.promisedObjectModality]
    /// Noun cues that bind only a possessor ("Bush's proposal for …", "Trump's call to ban …", "his
    /// unwillingness to campaign with …"; not "a call to action").
    private static let possessedModalities: Set<String> = ["proposal", "proposal for", "call for", "unwilling", "refusal"]
    /// Noun cues whose possessor must be named, not a pronoun: read on train articles, "his call
    /// for …" and "his refusal to …" as often belonged to someone the pronoun resolution missed.
    /// ("plan for" is no cue: its object is as often a topic, a place or a period as a measure,
    /// "Bell's plans for the border", "Trump's plan for the first 100 days".)
    static let namedPossessorModalities: Set<String> = ["call for", "unwilling", "refusal"]
    /// Modalities that bind only a speaker's own words ("I support a $12 minimum wage").
    private static let firstPersonOnly: Set<String> = ["supports"]
    /// Modalities that are a bare future and so may be a prediction rather than a pledge.
    private static let futures: Set<String> = ["will", "would", "going"]
    /// A stated aim ("Clinton aims to build on the Affordable Care Act", "the campaign hopes to
    /// register voters", "is seeking to"): like a future it binds only a named actor, and only in
    /// narration or the actor's own words, never in someone else's report of what the actor seeks.
    /// ("wants to" is no aim: read on train articles it was as often a wish or a critic's charge.)
    /// A sought object is an aim too: "Obama is seeking congressional approval of the TPP",
    /// "Sanders now seeks the ouster of the party chair".
    private static let aims: Set<String> = ["aims", "seeks"]
    /// Modalities that bind only when the actor says so of itself, in a report or in its own
    /// words: a declared inability ("the bank says it cannot repay"; not "Ohio Republicans cannot
    /// win without …" nor a quoted "I can't take this") and a threat ("the Saudis have warned they could sell off …").
    private static let selfDeclared: Set<String> = ["cannot", "could"]
    /// Verbs of support that a declared "could not" refuses: "said he could not support the movement".
    private static let supportVerbs: Set<String> = ["support", "back", "endorse", "vote"]
    /// Words before a subject that make its clause a question about a commitment.
    private static let questionWords: Set<String> = ["what", "whether", "if", "how", "why", "when", "unless"]

    func extract(subjects: inout SubjectFinder) -> [Found] {
        let parts = ClauseParts(layer: layer)
        let authorName = opEdAuthorName()
        var found: [Found] = []
        for sentence in layer.sentences where layer.paragraphs[sentence.paragraph].role != .headline {
            guard !isPollOrQuestion(sentence) else { continue }
            let share = sentence.tokens.first { [tokens = layer.tokens] in Lexicons.shareWords.contains(tokens[$0]) }
            var previousSubject: Subject?
            // the stances each actor has committed to in this sentence: a second act of the same
            // stance is part of a list ("will cut taxes and will repeal the law"), of the opposite
            // stance a commitment of its own ("won't represent him but plans to watch the case")
            var committed: [String: Set<Polarity>] = [:]
            let condition = parts.condition(in: sentence)
            var k = sentence.tokens.lowerBound
            while k < sentence.tokens.upperBound {
                guard let (length, modality, polarity) = declaredSupport(at: k, in: sentence) ?? cue(at: k, in: sentence) ?? splitCue(at: k, in: sentence)
                    ?? scheduledAct(at: k, in: sentence) ?? rebuffedRequest(at: k, in: sentence)
                    ?? promisedObject(at: k, in: sentence) else {
                    k += 1
                    continue
                }
                defer { k += length }
                // "67 percent of voters say they will …": a share before the cue is a poll's; after it,
                // a bare future is a forecast of figures ("the Fed will raise its target by a quarter
                // of a percent"), a declared intention a pledge ("vowed to impose a 35 percent tariff")
                if let share, share < k || Self.futures.contains(modality) || Self.selfDeclared.contains(modality) { continue }
                let actionStart = k + length
                guard actionStart < sentence.tokens.upperBound else { continue }
                // "ruled out X", "stayed neutral": the cue is part of the action
                // "pledged to remain neutral": a declared neutrality binds its state verb, whatever the cue
                let neutrality = Self.phraseModalities.contains(modality) ? nil : declaredNeutrality(from: actionStart, in: sentence)
                let verb = Self.phraseModalities.contains(modality) || Self.firstPersonOnly.contains(modality)
                    ? k : neutrality?.verb ?? bindingVerb(after: modality, actionStart, in: sentence)
                guard var verb, !isDemandOnOthers(modality: modality, from: actionStart, in: sentence, registry: subjects.registry),
                      modality != "announced" || announcesPlan(from: actionStart, in: sentence),
                      admitsSuggestion(cueEnd: k + length - 1, in: sentence), !isGerundNoun(cueAt: k, in: sentence) else { continue }
                var stance = polarity
                // "would absolutely not support": the negation after an adverb turns the cue
                if verb > k, ["not", "never"].contains(layer.tokens[verb].lower), stance == .positive {
                    guard let negated = bindingVerb(verb + 1, in: sentence) else { continue }
                    verb = negated
                    stance = .negative
                }
                // "promised to refrain from using the phrase": a pledge to abstain is negative, its act the gerund
                var abstains = false
                if stance == .positive, Self.abstentionVerbs.contains(layer.tokens[verb].lower), verb + 2 < sentence.tokens.upperBound,
                   layer.tokens[verb + 1].lower == "from", layer.tokens[verb + 2].lower.hasSuffix("ing") {
                    verb += 2
                    stance = .negative
                    abstains = true
                }
                // "plans to skip the convention", "vowed to boycott the speech": staying away is not taking part
                let staysAway = !abstains && verb > k && Self.absenceVerbs.contains(layer.tokens[verb].lower)
                    && verb + 1 < sentence.tokens.upperBound
                // "will suspend their campaigns": quitting is not going on
                let withdraws = !abstains && !staysAway && verb > k && quitsCampaign(verb: verb, in: sentence)
                if staysAway || withdraws || neutrality != nil { stance = stance == .positive ? .negative : .positive }
                // "the divisions that Obama promised to bridge have only grown": the action's object
                // stands before it in a relative clause, and what follows is another clause's verb
                if verb + 1 < sentence.tokens.upperBound, ClauseParts.auxiliaries.contains(layer.tokens[verb + 1].lower) { continue }
                // "the party he now aims to lead yawned": an aim's verb right before a past verb is in a relative clause
                if Self.aims.contains(modality), verb + 1 < sentence.tokens.upperBound, VerbBase.isPastForm(layer.tokens[verb + 1]) { continue }
                if let condition, condition.contains(layer.tokens[k].range.lowerBound) { continue }
                // "…, but will not deploy them": already a limit of the commitment before it
                if let last = found.last, last.limits.contains(where: { $0.contains(layer.tokens[k + length - 1].range.lowerBound) }) { continue }
                let anchor = subjectAnchor(before: k, modality: modality, in: sentence)
                // "The candidates who are willing to …": a relative on a plural common noun names no one
                if isRelativeOnPlural(anchor, in: sentence) { continue }
                if isHedged(between: anchor, and: k) || isPastIntention(cueAt: k, modality: modality, in: sentence)
                    || isNarratedPluperfect(cueAt: k, modality: modality, in: sentence) { continue }
                // "Trump's call to ban …", "Jeb Bush's proposal for …": the possessor proposes
                let modal = Self.futures.contains(modality) || Self.selfDeclared.contains(modality) || Self.aims.contains(modality)
                let possessor = modal ? nil : nominalOwner(ofCueAt: k, modality: modality, in: sentence, subjects: &subjects)
                if Self.possessedModalities.contains(modality), possessor == nil { continue }
                var isFirstPerson = possessor == nil && anchor > sentence.tokens.lowerBound
                    && firstPersonIndex(before: anchor, in: sentence, author: authorName) != nil
                if Self.firstPersonOnly.contains(modality), !isFirstPerson,
                   !hasReportedStanceShape(anchor: anchor, cueAt: k, objectStart: actionStart, in: sentence) { continue }
                var subject = possessor ?? (isFirstPerson ? firstPersonSubject(before: anchor, in: sentence, author: authorName, subjects: &subjects)
                                                          : subjects.subject(before: anchor, in: sentence))
                // "mad at Sanders for agreeing to …": an object, yet the one who agrees
                var blamed = false
                if subject == nil, anchor > sentence.tokens.lowerBound {
                    let previous = layer.tokens[anchor - 1]
                    if previous.isMark(","), !Self.participleCues.contains(layer.tokens[k].lower), !isScheduledParticiple(k) {
                        subject = appositive(comma: anchor - 1, in: sentence, subjects: subjects)
                            ?? relative(comma: anchor - 1, in: sentence, subjects: &subjects)
                            ?? relativeClauseHead(comma: anchor - 1, in: sentence, subjects: subjects)
                    } else if Self.dashes.contains(previous.text) {
                        subject = dashedAsideHead(closing: anchor - 1, in: sentence, subjects: subjects)
                    } else if ["and", "but", ","].contains(previous.lower)
                                || Self.gerundPrepositions.contains(previous.lower) && Self.participleCues.contains(layer.tokens[k].lower) {
                        subject = previousSubject ?? clauseSubject(before: anchor - 1, in: sentence, subjects: &subjects)
                            ?? openingPhraseSubject(cueAt: k, in: sentence, subjects: &subjects)
                        // '"We have never expressed interest …, and have no plans to …"': the speaker's own "we"
                        if let found = subject, found.tokens.count == 1, firstPersonIndex(before: found.tokens.upperBound, in: sentence, author: authorName) != nil {
                            subject = firstPersonSubject(before: found.tokens.upperBound, in: sentence, author: authorName, subjects: &subjects)
                            isFirstPerson = true
                        }
                    } else if previous.lower == "for" {
                        subject = blamedSubject(cueAt: k, in: sentence, registry: subjects.registry)
                        blamed = subject != nil
                    } else if previous.lower == "who" {
                        subject = relativeSubject(who: anchor - 1, in: sentence, subjects: subjects)
                    } else {
                        subject = ofPhraseHead(before: anchor, in: sentence, subjects: subjects)
                    }
                }
                // "Hill is a serial liar and birther who has pledged to …": the copula's subject
                if subject?.entry == nil, anchor - 1 > sentence.tokens.lowerBound, layer.tokens[anchor - 1].lower == "who" {
                    subject = copularAntecedent(who: anchor - 1, in: sentence, subjects: &subjects) ?? subject
                }
                // "Neither Lee nor Ray will drop out": the cue's positive words are denied for both,
                // and the item would read as Ray's pledge to drop out
                if let found = subject, isNorConjunct(found, in: sentence) { continue }
                var conjuncts: Conjuncts?
                if let found = subject, !isFirstPerson {
                    conjuncts = self.conjuncts(endingWith: found, in: sentence, subjects: &subjects)
                    if conjuncts?.endsList == true { continue }
                    subject = conjuncts?.first ?? found
                }
                // "I support a $12 minimum wage"; in a report, the reporter's own stance ("Lee said he supports …")
                if let found = subject, Self.firstPersonOnly.contains(modality), found.entry == nil || (isFirstPerson
                    ? layer.tokens[k].lower != "support"
                    : !isReportedOwnStance(found, in: sentence, subjects: &subjects)) { continue }
                if let found = subject { subject = headOfOfPhrase(found, in: sentence, subjects: subjects) }
                if let found = subject { subject = campaign(found, in: sentence, subjects: &subjects) }
                if let found = subject, found.entry == nil { subject = unnamedOrganization(found, subjects: &subjects) }
                // a group binds itself by a declared intention, not by a bare future nor by "called for" (a demand)
                if let found = subject, found.entry == nil, !modal, !Self.phraseModalities.contains(modality) {
                    subject = unnamedGroup(found, in: sentence, subjects: &subjects) ?? found
                }
                if let found = subject, !isFirstPerson, possessor == nil,
                   let reporter = reporterItself(found, in: sentence, subjects: &subjects) { subject = reporter }
                if let found = subject, [Self.scheduledModality, "announced"].contains(modality),
                   !ownsScheduledAct(found, subjects: subjects, firstPerson: isFirstPerson) { continue }
                // "He promised to defeat Randolph": a pronoun never refers to one its own clause names after it
                if let found = subject, !isFirstPerson, possessor == nil,
                   isNamed(found, inClauseOf: k, in: sentence, parts: parts, registry: subjects.registry) { continue }
                // "Lee and Ray announced they will …": the "they" is each of the pair
                if let found = subject, !isFirstPerson, conjuncts == nil, possessor == nil,
                   let pair = reportedConjuncts(of: found, in: sentence, subjects: &subjects) {
                    subject = pronoun(found, standingFor: pair)
                    conjuncts = pair
                } else if let found = subject, !isFirstPerson {
                    subject = reportedPronounSubject(found, in: sentence, subjects: &subjects)
                }
                guard let subject, isBindable(subject, firstPerson: isFirstPerson, in: sentence)
                        || Self.declaredIntentions.contains(modality) && (isOrganizationOpeningPronoun(subject, in: sentence, registry: subjects.registry)
                            || continuesGroupSubject(subject, in: sentence, registry: subjects.registry))
                else { continue }
                previousSubject = subject
                // "Lee denied he supports the levy", "Lee never said he will …": a report denied binds no one
                if isDeniedReport(before: subject.tokens.lowerBound, in: sentence) { continue }
                // a possessor inside a phrase still proposes: "opposed Trump's call to ban …"
                if possessor == nil, !blamed, isEmbedded(subject, in: sentence) { continue }
                // "Some Democrats say Perez would help Clinton": others' claim about the actor
                if !isFirstPerson, isReportedByOthers(before: subject.tokens.lowerBound, in: sentence),
                   isReportedByAnother(than: subject, in: sentence, subjects: &subjects) { continue }
                // "Sanders said Clinton is bent on starting a war": someone else's charge, not her resolve
                if modality == Self.resolvedModality, !isFirstPerson, isChargeOfResolve(on: subject, in: sentence, subjects: &subjects) { continue }
                // "Police are seeking the suspect": the daily work of an investigation, not an aim
                if modality == "seeks", isManhunt(subject, objectAt: k + 1, in: sentence) { continue }
                if modal {
                    let reported = isReportedSpeech(before: subject.tokens.lowerBound, in: sentence)
                    let reporter = reported ? self.reporter(before: subject.tokens.lowerBound, in: sentence, subjects: &subjects) : nil
                    let selfReported = reporter != nil && reporter?.entry == subject.entry || isReportedByPair(reporter, conjuncts: conjuncts)
                    // "Le Pen said Clinton would bring war": one person's "would" about another is a
                    // claim, no pledge (a spokesperson or an aide reports their principal's; a plain
                    // "Bell said Lake will sign the bill" stays Lake's reported commitment)
                    if modality == "would", let reporter, !selfReported,
                       isClaimAboutAnother(subject, by: reporter, in: sentence, subjects: subjects) { continue }
                    // "Perhaps Russia will oppose any move": a hedge before the subject makes a guess
                    if isHedgedSubject(subject, in: sentence) { continue }
                    if modality == "would", !reported, !isFirstPerson,
                       !isNarratedProposal(subject, wouldAt: k, verb: verb, condition: condition, in: sentence, registry: subjects.registry) { continue }
                    // a speaker's own "I would choose Trump" is a hypothetical, not a pledge
                    if modality == "would", isFirstPerson, stance == .positive, !isOwnReport(before: subject.tokens.lowerBound, in: sentence) { continue }
                    // only reported: a speaker's own "I can't take this" voices a feeling
                    if modality == "cannot", isFirstPerson || !selfReported || isNegatedReport(before: subject.tokens.lowerBound, in: sentence) { continue }
                    // a threat ("have warned they could sell off …"), or a refusal of support ("said she could not
                    // support the deal")
                    if modality == "could", !selfReported || !isThreat(before: subject.tokens.lowerBound, in: sentence)
                        && !(stance == .negative && Self.supportVerbs.contains(layer.tokens[verb].lower)) { continue }
                    if !isFirstPerson, isSomeoneElsesClaim(subject, subjects: subjects) { continue }
                    // "I think she will …", "a concern that the central bank will …": a belief about someone else
                    if !selfReported, !isFirstPerson, isBeliefReport(before: subject.tokens.lowerBound, in: sentence) { continue }
                    // "I think that's what we'll hear from the president": a speaker's own belief about a future
                    if isFirstPerson, isOwnBelief(before: subject.tokens.lowerBound, in: sentence) { continue }
                    // "a federal judge wouldn't treat him fairly": someone unidentified, a forecast (but "a
                    // still-struggling HP announced it would …" names its actor)
                    if ["a", "an"].contains(layer.tokens[subject.tokens.lowerBound].lower),
                       !layer.tokens[subject.tokens.upperBound - 1].isCapitalized { continue }
                    // "Paul Ryan, who will play a pivotal role": a description, not a pledge
                    if anchor > sentence.tokens.lowerBound, layer.tokens[anchor - 1].lower == "who" { continue }
                    if modality == "going", !isFirstPerson, !selfReported { continue }
                    // "The group seeks to prevent …": a word for any organization, resolved by guess
                    if Self.aims.contains(modality), reported && !selfReported && !isFirstPerson || subject.tokens.last.map({
                        Self.genericHeads.contains(layer.tokens[$0].lower) }) == true { continue }
                    if let entry = subject.entry, subjects.registry.entries[entry].kind == .group, !selfReported, !isFirstPerson { continue }
                    // someone else's hypothetical: "Cruz said if Trump wins, he would …"
                    if condition != nil, let reporter, !selfReported, !isFirstPerson, reporter.entry != nil { continue }
                }
                let key = committerKey(subject)
                guard committed[key]?.contains(stance) != true else { continue }
                // the second stance's evidence starts at its own cue, not at the subject of the first;
                // it must be declared ("plans to", "has no plans to"): read on train articles, a second
                // bare future was as often rhetoric ("we are not going to … and we are going to …")
                let secondStance = committed[key] != nil
                if secondStance, Self.futures.contains(modality) { continue }
                if secondStance { endFirstStance(of: key, before: k, in: &found) }
                committed[key, default: []].insert(stance)
                var end = coordinatedClause(from: verb, before: firstComma(from: verb, before: parts.clauseEnd(from: verb, in: sentence)))
                if let quote = layer.quotation(containing: layer.tokens[verb].range.lowerBound) {
                    end = min(end, layer.tokenIndex(atOrAfter: quote.inner.upperBound))
                }
                // "Trump's proposal to pay down the debt would trigger …", "Bell's plan to tax carbon drew
                // praise": the proposal is the sentence's subject, and its verb ends the action
                if possessor != nil, let matrix = matrixVerb(after: verb, before: end) {
                    end = matrix
                }
                let limits = parts.limits(in: actionStart..<sentence.tokens.upperBound, sentence: sentence)
                var actionEnd = limits.first.map { limit in
                    min(end, layer.tokenIndex(atOrAfter: limit.lowerBound) - 1)
                } ?? end
                let (phraseStart, lead) = abstains ? (verb, Self.abstentionLead)
                    : staysAway ? (verb + 1, Self.absenceLead)
                    : withdraws ? (verb + 1, Self.withdrawalLead)
                    : neutrality.map { ($0.objectStart, Self.neutralityLead) } ?? actionPhrase(modality: modality, verb: verb, after: actionStart)
                // a declared neutrality may end the clause ("planned to stay neutral."): its action is the lead alone
                let floor = neutrality == nil ? phraseStart + 1 : phraseStart
                while actionEnd > floor, layer.tokens[actionEnd - 1].kind == .punctuation
                        || Self.danglingWords.contains(layer.tokens[actionEnd - 1].lower) { actionEnd -= 1 }
                guard actionEnd > phraseStart || neutrality != nil else { continue }
                let action = actionEnd > phraseStart ? layer.tokens[phraseStart].range.lowerBound..<layer.tokens[actionEnd - 1].range.upperBound
                    : layer.tokens[phraseStart - 1].range.upperBound..<layer.tokens[phraseStart - 1].range.upperBound
                let evidenceStart = secondStance ? layer.tokens[k].range.lowerBound
                    : min(subject.mention.lowerBound, layer.tokens[k].range.lowerBound)
                let evidenceEnd = max(action.upperBound, limits.last?.upperBound ?? 0)
                let clauseEnd = parts.clauseEnd(from: actionStart, in: sentence)
                let item = Found(subject: subject, cue: layer.tokens[k].range.lowerBound..<layer.tokens[k + length - 1].range.upperBound,
                                 modality: modality, polarity: stance, lead: lead, action: action,
                                 evidence: evidenceStart..<evidenceEnd, limits: limits,
                                 condition: condition,
                                 timeframe: parts.timeframe(in: subject.tokens.upperBound..<max(clauseEnd, subject.tokens.upperBound)))
                found.append(item)
                found += sharedItems(item, conjuncts: conjuncts)
            }
        }
        return found
    }

    /// Words after which a past form is no finite verb but an adjective or a participle of the
    /// action, "to be elected", "newly created", "11 million undocumented people"), or the
    /// verb of a clause with its own subject ("after it came to light").
    private static let participleOpeners: Set<String> = ["a", "an", "the", "to", "be", "been", "being", "and", "or", "of", "for",
                                                         "in", "on", "by", "with", "not", "newly", "recently", "million",
                                                         "billion", "thousand", "hundred", "more", "most", "many", "some",
                                                         "few", "other", "it", "he", "she", "they", "we", "i", "you"]
    /// Words that open a relative clause, whose verbs are its own ("a man who many believe betrayed …").
    private static let relativeOpeners: Set<String> = ["who", "whom", "which", "that", "whose"]

    /// Prepositions after a past form that make it a participle modifying the action's object
    /// ("fortunes amassed by the richest families", "students enrolled in public universities").
    private static let participlePrepositions: Set<String> = ["by", "in", "at", "for", "from", "under"]

    /// The sentence's own verb after the action verb at `verb` of a possessed noun cue, before
    /// `end`: the first auxiliary outside a relative clause ("the minimum wage paid by large employers would cost"), else the
    /// first past form that no preposition follows ("fortunes amassed by the richest families
    /// drew praise"), else the last past form followed by one other than "by" ("the plan to tax
    /// carbon failed in the Senate"); nil when there is none.
    private func matrixVerb(after verb: Int, before end: Int) -> Int? {
        let span = (verb + 1)..<max(verb + 1, end)
        // an auxiliary of a relative clause is that clause's ("praise from groups that would …")
        let relative = span.first { Self.relativeOpeners.contains(layer.tokens[$0].lower) } ?? span.upperBound
        if let auxiliary = span.first(where: { $0 < relative && ClauseParts.auxiliaries.contains(layer.tokens[$0].lower) }) {
            return auxiliary
        }
        let pasts = span.filter { isMatrixVerb(at: $0, after: verb) }
        let preposition = { (i: Int) in i + 1 < end ? layer.tokens[i + 1].lower : nil }
        return pasts.first { preposition($0).map { !Self.participlePrepositions.contains($0) } ?? true }
            ?? pasts.last { preposition($0) != "by" }
    }

    /// Whether the word at `i`, after the action verb at `verb` of a possessed noun cue, is the
    /// sentence's own finite verb: an auxiliary ("would trigger", "has drawn"), or a past form
    /// after the action's object ("drew praise", "failed"), not one that opens or modifies that
    /// object ("provide paid leave", "a newly created fund") nor stands in a relative clause.
    private func isMatrixVerb(at i: Int, after verb: Int) -> Bool {
        let token = layer.tokens[i]
        if ClauseParts.auxiliaries.contains(token.lower) { return true }
        guard i >= verb + 2, VerbBase.isPastForm(token),
              !((verb + 1)..<i).contains(where: { Self.relativeOpeners.contains(layer.tokens[$0].lower) }) else { return false }
        let previous = layer.tokens[i - 1]
        return previous.kind == .word && !Self.participleOpeners.contains(previous.lower) && !previous.lower.hasSuffix("ly")
    }

    /// Who commits, as one commitment per sentence and stance counts them: the actor, or the
    /// words of an unresolved subject.
    private func committerKey(_ subject: Subject) -> String {
        subject.entry.map(String.init) ?? layer.string(subject.mention).lowercased()
    }

    /// "won't be representing him but plans to watch the case": the actor's earlier commitment
    /// in the sentence ends before the connective of the second stance's cue at `k`.
    private func endFirstStance(of key: String, before k: Int, in found: inout [Found]) {
        let cue = layer.tokens[k].range.lowerBound
        guard let i = found.lastIndex(where: { committerKey($0.subject) == key && $0.evidence.contains(cue) }) else { return }
        var end = k - 1
        while end > 0, layer.tokens[end].kind == .punctuation || ["but", "and", "yet"].contains(layer.tokens[end].lower) { end -= 1 }
        let cut = layer.tokens[end].range.upperBound
        guard cut > found[i].action.lowerBound else { return }
        found[i].action = found[i].action.lowerBound..<min(found[i].action.upperBound, cut)
        found[i].evidence = found[i].evidence.lowerBound..<cut
        found[i].limits.removeAll { $0.lowerBound >= cut }
    }

    /// Verbs that say, after "will" / "will not", what a phrase cue commits to: "proposed a
    /// ban" → "propose a ban", "is not running for reelection" → "run for reelection", "stayed
    /// neutral in the contest" → "take sides in the contest".
    private static let leads: [String: String] = ["proposed": "propose", "called for": "call for", "running": "run",
                                                  "headed": "go to", "ruled out": "consider", "neutral": "take sides",
                                                  "ending": "continue", "staying": "stay", "ordered": "order",
                                                  "proposal for": "propose", "call for": "propose", "announced": "go ahead with",
                                                  "aims": "seek to", "seeks": "seek", Self.rebuffedModality: Self.rebuffedLead,
                                                  Self.declaredSupportModality: Self.declaredSupportLead,
                                                  Self.declaredCommitmentModality: Self.declaredCommitmentLead,
                                                  Self.promisedObjectModality: Self.promisedObjectLead]

    /// Verbs of abstaining: "vowed to refrain from attacking him" commits not to attack.
    private static let abstentionVerbs: Set<String> = ["refrain", "abstain"]
    /// What leads an abstention's gerund after "will not": "will not go on using the phrase".
    private static let abstentionLead = "go on"

    /// Verbs of staying away: "plans to skip the convention" commits not to take part in it.
    private static let absenceVerbs: Set<String> = ["skip", "boycott", "shun"]
    /// What leads the object of a verb of staying away after "will not": "will not take part in the convention".
    private static let absenceLead = "take part in"

    /// Where the action's text starts and the words that lead it, so that it reads after "will":
    /// a phrase cue's object with its verb ("proposed to set limits" → "set limits"), a
    /// progressive with its "be" ("be releasing new policies").
    private func actionPhrase(modality: String, verb: Int, after cueEnd: Int) -> (start: Int, lead: String?) {
        if modality == Self.scheduledModality { return (cueEnd, scheduledBase(cueEnd: cueEnd)) }
        if let lead = Self.leads[modality] {
            if modality == "proposed", cueEnd + 1 < layer.tokens.count, layer.tokens[cueEnd].lower == "to" { return (cueEnd + 1, nil) }
            // "is running for", "is not running for": the lead takes the "for" with it
            if modality == "running", cueEnd < layer.tokens.count, layer.tokens[cueEnd - 1].lower == "for" { return (cueEnd, "run for") }
            if modality == "running", layer.tokens[cueEnd - 1].lower == "seeking" { return (cueEnd, "seek") }
            // "is ending his campaign for …" → "continue his campaign for …"; "is staying in the race" → "stay in the race"
            if modality == "ending", layer.tokens[cueEnd - 1].lower == "campaign" { return (cueEnd - 2, lead) }
            if modality == "staying" { return (cueEnd - 3, lead) }
            return (cueEnd, lead)
        }
        // "said he supports the trade deal" → "support the trade deal"
        if modality == "supports", layer.tokens[verb].lower != "support" { return (cueEnd, "support") }
        if verb > cueEnd, layer.tokens[verb - 1].lower == "be" { return (verb - 1, nil) }
        // "committed to keeping our border safe" → "stay committed to keeping our border safe"
        if verb == cueEnd, layer.tokens[verb].lower.hasSuffix("ing"), let lead = Self.gerundLeads[modality] { return (verb, lead) }
        return (verb, nil)
    }

    /// Leads for a gerund after its cue, so that it reads after "will" / "will not": "no
    /// intention of resigning" → "will not consider resigning", "balked at accepting any" →
    /// "will not consider accepting any", "decided against revisiting the rule" → "will not go
    /// ahead with revisiting the rule".
    private static let gerundLeads: [String: String] = ["committed": "stay committed to", "open": "stay open to", "plans": "consider",
                                                        "balked": "consider", "decided": "go ahead with",
                                                        Self.resolvedModality: Self.resolvedLead]

    private static let reflexives: Set<String> = ["itself", "himself", "herself", "themselves", "myself", "ourselves"]

    /// Words between a subject and a participle cue: a perfect auxiliary and time adverbs
    /// ("who has repeatedly pledged", "who had previously pledged", "but now plans to").
    private static let perfectAndTime: Set<String> = ["has", "have", "had", "now", "already", "previously", "also", "still",
                                                      "just", "once", "again", "since", "long"]

    private static let timeDeterminers: Set<String> = ["last", "this", "next", "earlier", "later"]
    private static let timeUnits: Set<String> = ["year", "week", "month", "spring", "summer", "fall", "autumn", "winter"]

    /// Where the subject ends before cue `k`: past the mark of a quotation that opens at the cue,
    /// manner adverbs, reflexives, "so far", a time phrase ("last year"), a perfect auxiliary and time adverbs ("Khan
    /// defiantly offered", "the campaign itself will", "Trump has so far declined", "who has
    /// repeatedly pledged").
    private func subjectAnchor(before k: Int, modality: String, in sentence: Sentence) -> Int {
        var i = k
        // 'said Wednesday that Netanyahu "will meet with any candidate …"': a partial quotation
        // opens at the cue, and its subject stands before the mark
        if ["will", "would"].contains(modality), k - 1 > sentence.tokens.lowerBound, let quote = layer.quotation(containing: layer.tokens[k].range.lowerBound),
           quote.range.lowerBound == layer.tokens[k - 1].range.lowerBound {
            i = k - 1
        }
        while i - 1 > sentence.tokens.lowerBound {
            let word = layer.tokens[i - 1].lower
            // "so far", and a time phrase: "who last year threatened to shut down the government"
            if i - 2 > sentence.tokens.lowerBound,
               word == "far" && ["so", "thus"].contains(layer.tokens[i - 2].lower)
                || Self.timeUnits.contains(word) && Self.timeDeterminers.contains(layer.tokens[i - 2].lower) {
                i -= 2
                continue
            }
            guard Self.reflexives.contains(word) || word.hasSuffix("ly") && word.count > 4 && !layer.tokens[i - 1].isCapitalized
                    || !Self.futures.contains(modality) && Self.perfectAndTime.contains(word) else { break }
            i -= 1
        }
        return i
    }

    /// Cues that open a participial phrase after a comma, whose subject is the clause's
    /// ("…, vowing to compete", "is making its biggest ad buy, with plans to spend $10 million",
    /// "has repudiated free trade, calling for heavy tariffs").
    static let participleCues: Set<String> = ["vowing", "promising", "pledging", "offering", "threatening",
                                              "declining", "refusing", "proposing", "calling", "agreeing", "with"]

    /// Words before a participle cue that make it a gerund noun, not a participial phrase: "even if
    /// videos surfaced of his calling for a halt" names the call, it does not make it.
    private static let gerundOwners: Set<String> = ["his", "her", "their", "its", "my", "our", "your", "of"]

    /// Whether the participle cue at `k` is a gerund noun after a possessive or "of" ("his calling
    /// for", "of vowing to"), or describes the common noun right before it ("met with activists
    /// calling for a higher wage": the activists call, not the clause's subject); the subject's
    /// own participle follows a comma, "and", "but", a preposition ("by promising to"), an
    /// adverb ("publicly calling for", "is also threatening to") or a capitalized word, the
    /// subject's name ("Trump vowing to protect …").
    private func isGerundNoun(cueAt k: Int, in sentence: Sentence) -> Bool {
        guard k > sentence.tokens.lowerBound, Self.participleCues.contains(layer.tokens[k].lower) else { return false }
        let previous = layer.tokens[k - 1]
        if Self.gerundOwners.contains(previous.lower) || previous.lower.hasSuffix("'s") || previous.lower.hasSuffix("\u{2019}s") {
            return true
        }
        // "criticized Snyder for refusing to …": the actor before "for" refuses (`blamedSubject`)
        if previous.lower == "for" { return false }
        return layer.tokens[k].lower.hasSuffix("ing") && previous.kind == .word && !previous.isCapitalized
            && !FiniteVerbQuestion.isAdverb(previous.lower)
            && !["and", "but", "or"].contains(previous.lower) && !Self.gerundPrepositions.contains(previous.lower)
            && !ClauseParts.auxiliaries.contains(previous)
    }

    /// Prepositions before a participle cue whose subject is the clause's: "Trump has rallied
    /// thousands by promising to impose tariffs".
    static let gerundPrepositions: Set<String> = ["by", "while", "after", "before"]

    /// The actor named right before a comma: "One of them, UnitedHealth Group, has threatened".
    func appositive(comma: Int, in sentence: Sentence, subjects: SubjectFinder) -> Subject? {
        guard comma > sentence.tokens.lowerBound,
              let m = subjects.registry.mention(endingAt: layer.tokens[comma - 1].range.upperBound) else { return nil }
        return Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<comma)
    }

    /// The subject of a coordinated or participial commitment ("Khan pulled out his copy and
    /// offered to loan it", "The senator emailed supporters, vowing to compete", "She has
    /// praised his record and offered to …"): the nearest actor before `end` that is followed
    /// by a finite verb and not governed by a preposition, or a pronoun or role ("the
    /// senator") that opens the clause.
    func clauseSubject(before end: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        var i = end - 1
        while i >= sentence.tokens.lowerBound {
            defer { i -= 1 }
            let next = layer.tokens[verbAfterPhrase(i + 1, in: sentence)]
            guard next.kind == .word, !next.isCapitalized, isFiniteVerb(next.lower, opensClause: opensClause(at: i, in: sentence))
            else { continue }
            if let m = subjects.registry.mention(endingAt: layer.tokens[i].range.upperBound) {
                let start = layer.tokenIndex(atOrAfter: m.range.lowerBound)
                let subject = Subject(mention: m.range, entry: m.entry, tokens: start..<(i + 1))
                return isEmbedded(subject, in: sentence) ? nil : subject
            }
            // "Lee claimed the era was over, Obama won the nomination by promising …": a name that
            // is no actor is still the clause's subject, and the actor named before it is another's
            if isUnlistedName(at: i, in: sentence) { return nil }
            // a pronoun or a role that opens the sentence or a clause: "She has …", "The Vermont senator emailed …"
            guard let subject = subjects.subject(before: i + 1, in: sentence), subject.tokens.upperBound == i + 1 else { continue }
            // "Spokeswoman Ann Vell says the candidate has … and will …": the subject of a reported
            // clause, resolved or not, and never the reporter before it
            let start = subject.tokens.lowerBound
            if start > sentence.tokens.lowerBound, isReportingWord(at: start - 1) {
                return subject.entry != nil && !isEmbedded(subject, in: sentence) ? subject : nil
            }
            guard subject.entry != nil, opensClause(at: start, in: sentence), !isEmbedded(subject, in: sentence) else { continue }
            return subject
        }
        return nil
    }

    /// Whether token `i`, where no actor's mention ends, is a capitalized word inside the sentence
    /// and no day, month or "I": a name the registry does not hold, the subject of its own clause.
    private func isUnlistedName(at i: Int, in sentence: Sentence) -> Bool {
        let token = layer.tokens[i]
        return i > sentence.tokens.lowerBound && token.kind == .word && token.isCapitalized
            && !CalendarWords.weekdays.contains(token) && !CalendarWords.months.contains(token)
            && !ClauseParts.firstPersonSubjects.contains(token)
    }

    private static let settingPrepositions: Set<String> = ["in", "at", "during", "on"]

    /// The past verb after a short phrase of time or setting that opens at `i` ("Trump in his
    /// announcement speech called …"), or `i` itself when none does.
    private func verbAfterPhrase(_ i: Int, in sentence: Sentence) -> Int {
        guard Self.settingPrepositions.contains(layer.tokens[i].lower) else { return i }
        for j in (i + 1)..<min(i + 6, sentence.tokens.upperBound) {
            let word = layer.tokens[j]
            guard word.kind == .word else { return i }
            if VerbBase.isPastForm(word) { return j }
        }
        return i
    }

    /// Verb forms after a subject that the past-form table does not hold ("Clinton put …").
    private static let otherFiniteForms: Set<String> = ["put", "is", "was", "are", "were"]

    /// Whether a word can be the finite verb after a subject: a past form, an auxiliary or
    /// adverb, a speech verb, or, right after a clause-opening subject, a present form ("Sanders
    /// says …").
    private func isFiniteVerb(_ word: String, opensClause: Bool) -> Bool {
        word.hasSuffix("ed") || VerbBase.irregularPast[word] != nil || Self.otherFiniteForms.contains(word)
            || SubjectFinder.adverbs.contains(word)
            || word.hasSuffix("ly") && word.count > 4
            || lexicons.speechVerbs[word] != nil && !word.hasSuffix("ing")
            || opensClause && word.hasSuffix("s") && !word.hasSuffix("ss") && !Self.prepositions.contains(word)
    }

    /// Whether token `i` starts its sentence or follows a comma (a subject may stand there).
    func opensClause(at i: Int, in sentence: Sentence) -> Bool {
        var j = i
        // back over the rest of a name ("Hillary Clinton held")
        while j > sentence.tokens.lowerBound, layer.tokens[j - 1].isCapitalized, layer.tokens[j].isCapitalized { j -= 1 }
        return j == sentence.tokens.lowerBound || layer.tokens[j - 1].isMark(",")
            || layer.tokens[j - 1].kind == .punctuation && SentenceSplitter.openers.contains(layer.tokens[j - 1].text)
    }

    /// The actor a relative "who" refers to across a short apposition: "John Kasich, a
    /// Republican who has refused to endorse …".
    private func relativeSubject(who: Int, in sentence: Sentence, subjects: SubjectFinder) -> Subject? {
        var j = who - 1
        while j > sentence.tokens.lowerBound, who - j <= 6 {
            // "Gov. John Kasich of Ohio, a Republican who has refused to endorse …": the person before "of"
            if layer.tokens[j].isMark(",") {
                return appositive(comma: j, in: sentence, subjects: subjects) ?? ofPhraseHead(before: j, in: sentence, subjects: subjects)
            }
            guard layer.tokens[j].kind == .word else { return nil }
            j -= 1
        }
        return nil
    }

    /// "Senator Marco Rubio of Florida proposed": the person before "of" when the place after it
    /// is no actor.
    private func ofPhraseHead(before anchor: Int, in sentence: Sentence, subjects: SubjectFinder) -> Subject? {
        var j = anchor - 1
        while j > sentence.tokens.lowerBound, anchor - j <= 4, layer.tokens[j].isCapitalized { j -= 1 }
        guard j < anchor - 1, j > sentence.tokens.lowerBound, layer.tokens[j].lower == "of",
              let m = subjects.registry.mention(endingAt: layer.tokens[j - 1].range.upperBound),
              subjects.registry.entries[m.entry].kind == .person else { return nil }
        return Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<j)
    }

    /// Whether "who" before `anchor` hangs on a plural common noun ("the candidates who are
    /// willing to …", "delegates who have pledged to …"): a description of a kind of people.
    private func isRelativeOnPlural(_ anchor: Int, in sentence: Sentence) -> Bool {
        guard anchor - 2 >= sentence.tokens.lowerBound, layer.tokens[anchor - 1].lower == "who" else { return false }
        let head = layer.tokens[anchor - 2]
        return head.kind == .word && !head.isCapitalized && head.lower.hasSuffix("s") && !head.lower.hasSuffix("ss")
    }

    private static let describingStops = Set(["and", "or", "but", "that", "who", "which", "whom", "as", "than", "not"])
        .union(subordinators)
    /// Words that open a subordinate clause, whose subject follows them ("…, while Sen. Ann Bell and
    /// Rep. Tom Lake suggested they would …").
    static let subordinators: Set<String> = ["while", "whereas", "although", "though", "because"]

    /// Where the words describing a name before `i` begin ("Democratic front-runner Ann Bell",
    /// "the Republican strategist Tom Reed"): back over at most three plain words that are no verb
    /// ("praised", "says"), preposition or conjunction; `i` itself when none stands there.
    func descriptionStart(before i: Int, in sentence: Sentence) -> Int {
        var j = i
        while j > sentence.tokens.lowerBound, i - j < 3 {
            let word = layer.tokens[j - 1]
            let lower = word.lower
            guard word.kind == .word, word.isCapitalized || !lower.hasSuffix("ed") && !lower.hasSuffix("s") && !lower.hasSuffix("ly"),
                  !Self.prepositions.contains(lower), !Self.describingStops.contains(lower), !Self.otherFiniteForms.contains(lower),
                  lexicons.speechVerbs[lower] == nil else { break }
            j -= 1
        }
        return j
    }

    /// "Senator Marco Rubio of Florida": the person before "of", not the place after it.
    private func headOfOfPhrase(_ subject: Subject, in sentence: Sentence, subjects: SubjectFinder) -> Subject {
        let i = subject.tokens.lowerBound - 1
        guard i > sentence.tokens.lowerBound, layer.tokens[i].lower == "of",
              let m = subjects.registry.mention(endingAt: layer.tokens[i - 1].range.upperBound),
              subjects.registry.entries[m.entry].kind == .person,
              // "Patrick Murray of Christie, who opted to …": a person after "of" is no place
              subject.entry.map({ subjects.registry.entries[$0].kind != .person }) ?? true else { return subject }
        return Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<i)
    }

    private static let prepositions: Set<String> = ["of", "for", "to", "with", "from", "by", "about", "against", "than"]
    /// Prepositions whose object is no subject: "new sanctions on Russia would …", "the war in
    /// Syria will …" (a name after one of these is inside the subject's noun phrase).
    private static let embeddingPrepositions = prepositions.union(["on", "in", "at", "over", "into", "onto", "among",
                                                                  "under", "between", "toward", "towards", "across",
                                                                  "through", "without", "upon", "inside", "near"])

    private static let collectives: Set<String> = ["group", "coalition", "handful", "team", "bloc", "delegation"]
    private static let governments: Set<String> = ["government", "administration"]

    /// Whether the subject sits inside a larger phrase or a question ("the president of the
    /// United States will", "whether the U.S. will", "what the US would be willing to").
    func isEmbedded(_ subject: Subject, in sentence: Sentence) -> Bool {
        var i = subject.tokens.lowerBound - 1
        if i > sentence.tokens.lowerBound, ["the", "a", "an"].contains(layer.tokens[i].lower) { i -= 1 }
        guard i >= sentence.tokens.lowerBound else { return false }
        let before = layer.tokens[i].lower
        // "when Trump in his speech called them rapists and promised …": a past clause of time, no question
        if before == "when", subject.tokens.upperBound < sentence.tokens.upperBound {
            if VerbBase.isPastForm(layer.tokens[verbAfterPhrase(subject.tokens.upperBound, in: sentence)]) { return false }
        }
        // "a group of conservative leaders is calling …": the collective is its members
        // (and so is "all of the candidates")
        let collective = before == "of" && i > sentence.tokens.lowerBound && (Self.collectives.contains(layer.tokens[i - 1].lower)
            || Self.partitiveQuantifiers.contains(layer.tokens[i - 1].lower))
        // "the government of Costa Rica has agreed …": a country's government is the country
        let governed = before == "of" && i > sentence.tokens.lowerBound && Self.governments.contains(layer.tokens[i - 1].lower)
        if Self.questionWords.contains(before)
            || Self.embeddingPrepositions.contains(before) && !collective && !governed { return true }
        // "whether" earlier, unless a report intervenes ("Asked whether he would …, Reid said he would not" binds)
        var j = subject.tokens.lowerBound - 1
        while j >= sentence.tokens.lowerBound, !isReportingWord(at: j) {
            if layer.tokens[j].lower == "whether" { return true }
            j -= 1
        }
        return false
    }

    /// The longest commitment phrase starting at token `k`.
    private func cue(at k: Int, in sentence: Sentence) -> (Int, String, Polarity)? {
        guard let index = lexicons.commitmentCueTable.firstMatch(in: layer.tokens, at: k, end: sentence.tokens.upperBound) else {
            return nil
        }
        let entry = lexicons.commitmentCues[index]
        return (entry.words.count, entry.modality, entry.polarity)
    }

    /// Cue words whose "to" takes a gerund ("committed to building", "open to modifying").
    private static let gerundCues: Set<String> = ["committed", "open"]

    /// Verbs that end like adverbs: "plans to rally voters" binds "rally".
    private static let verbsInLy: Set<String> = ["rally", "apply", "reply", "supply", "comply", "rely", "multiply", "imply",
                                                 "tally", "bully"]

    private static let interveningAdverbs: Set<String> = ["also", "still", "soon", "then", "now", "only", "immediately",
                                                          "quickly", "personally", "officially", "eventually", "again", "either", "ever"]

    private static let presencePrepositions: Set<String> = ["among", "at", "in", "on", "with", "there", "here"]

    /// Speech that a schedule makes an appearance: "is scheduled to speak", "is set to testify".
    private static let scheduledSpeech: Set<String> = ["speak", "address", "testify", "deliver", "debate", "announce", "discuss"]
    /// Cues after which a speech or an appearance is an act: a schedule, a future, an agreement.
    private static let speechSchedulers: Set<String> = ["scheduled", "set", "will", "would", "going", "agreed"]
    private static let appearancePrepositions: Set<String> = ["at", "on", "in", "before", "with", "alongside"]

    /// Index of the verb a cue of `modality` binds to: a schedule binds its "be" ("is scheduled to
    /// be among the speakers"), its speech or appearance ("is scheduled to speak Monday", "will
    /// appear before the committee"), an inability the verb after "hope to" or "afford to" ("cannot hope
    /// to repay").
    private func bindingVerb(after modality: String, _ i: Int, in sentence: Sentence) -> Int? {
        guard i < sentence.tokens.upperBound else { return nil }
        let word = layer.tokens[i].lower
        // "is scheduled to be among the speakers" (a presence), not "slated to be delegates" (a role)
        if modality == "scheduled", word == "be" {
            return i + 1 < sentence.tokens.upperBound && Self.presencePrepositions.contains(layer.tokens[i + 1].lower) ? i : nil
        }
        // "is scheduled to speak Monday", "will also speak at the convention": a scheduled speech is
        // an act (unlike "declined to comment"; "the numbers will speak for themselves" is none)
        // "agreed to testify", "offered to debate": an accepted or offered appearance is an act too
        if Self.speechSchedulers.contains(modality) || Self.declaredIntentions.contains(modality) {
            var j = i
            while j + 1 < sentence.tokens.upperBound, Self.interveningAdverbs.contains(layer.tokens[j].lower) { j += 1 }
            if Self.scheduledSpeech.contains(layer.tokens[j].lower), j + 1 < sentence.tokens.upperBound,
               layer.tokens[j + 1].lower != "for" { return j }
            // "will appear before the committee on Tuesday", not "will appear to be"
            if layer.tokens[j].lower == "appear", j + 1 < sentence.tokens.upperBound,
               Self.appearancePrepositions.contains(layer.tokens[j + 1].lower) { return j }
        }
        if modality == "cannot", ["hope", "afford"].contains(word), i + 2 < sentence.tokens.upperBound,
           layer.tokens[i + 1].lower == "to" {
            return bindingVerb(i + 2, in: sentence)
        }
        let pledged = Self.declaredIntentions.contains(modality) || Self.futures.contains(modality) && isPledgeReport(before: i, in: sentence)
        guard let verb = bindingVerb(i, in: sentence, pledged: pledged) else { return nil }
        if lacksGerund(modality: modality, cueEnd: i, verb: verb) { return nil }
        // "seeks to the minimum wage": an aim needs a verb after its "to"
        return Self.aims.contains(modality) && Self.determiners.contains(layer.tokens[verb].lower) ? nil : verb
    }

    /// Cues that declare the actor's own intention in so many words: what follows them binds
    /// even when it names an outcome or a state ("vowed to win back the public's trust",
    /// "promised to be a vocal champion for statehood", "is willing to be interviewed"), where a
    /// bare "will win" or "will be" is a forecast.
    private static let declaredIntentions: Set<String> = ["pledged", "promised", "vowed", "threatened", "committed", "intends",
                                                          "plans", "offered", "willing"]

    /// Outcome and state verbs that such a declaration makes an aim of the actor's own.
    private static let pledgeableOutcomes: Set<String> = ["be", "become", "remain", "win", "beat", "defeat", "get", "have",
                                                          "clinch", "prevail", "gain", "succeed"]

    /// Index of the verb the commitment binds to (after adverbs and a time phrase: "will also
    /// on Wednesday attend"; the participle of "will be attending"), or nil when it names an
    /// outcome, a state or mere speech (unless `pledged`, the cue declares the intention, and the
    /// verb is a pledgeable outcome).
    private func bindingVerb(_ i: Int, in sentence: Sentence, pledged: Bool = false) -> Int? {
        var j = i
        while j < sentence.tokens.upperBound {
            let word = layer.tokens[j].lower
            if Self.interveningAdverbs.contains(word) || word.hasSuffix("ly") && word.count > 4 && !Self.verbsInLy.contains(word)
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
        // "will be attending", "will not be voting": the progressive binds its participle
        if layer.tokens[j].lower == "be", j + 1 < sentence.tokens.upperBound, layer.tokens[j + 1].lower.hasSuffix("ing"),
           layer.tokens[j + 1].lower.count > 5 {
            j += 1
        }
        let word = layer.tokens[j]
        // "would probably recognize": a hedged forecast, not a pledge
        if (i..<j).contains(where: { Self.hedges.contains(layer.tokens[$0].lower) }) { return nil }
        // "decided not to, following …": an infinitive cue needs a base form after it
        if j == i, layer.tokens[i - 1].lower == "to", word.lower.hasSuffix("ing"), word.lower.count > 5,
           !Self.gerundCues.contains(layer.tokens[i - 2].lower) { return nil }
        // "we will this time as well", "and so will I": an ellipsis binds no act (but "agreed to a
        // moratorium" takes a noun phrase)
        let ellipsis = Self.functionWords.contains(word.lower) && layer.tokens[i - 1].lower != "to"
        let pledgedOutcome = pledged && Self.pledgeableOutcomes.contains(word.lower)
        // "the areas we're going to and the time we have": a conjunction right after the cue ends
        // the phrase, no act follows (unlike "to quickly and decisively bomb")
        guard word.kind == .word, !word.isCapitalized, !ellipsis, j > i || !Self.coordinators.contains(word.lower), pledgedOutcome || !namesAnOutcome(verbAt: j, in: sentence),
              lexicons.speechVerbs[word.lower] == nil || asksSomeone(verbAt: j, in: sentence) else { return nil }
        return j
    }

    private static let coordinators: Set<String> = ["and", "or", "but", "nor"]

    private static let functionWords: Set<String> = ["this", "that", "these", "those", "the", "a", "an", "it", "so", "too", "as",
                                                     "i", "we", "he", "she", "they", "you"]

    /// Where "I" or "we" stands right before `k` (past "currently", "have", "are"): in a
    /// quotation, or an op-ed author's "I" outside one.
    private func firstPersonIndex(before k: Int, in sentence: Sentence, author: Range<Int>?) -> Int? {
        var i = k - 1
        while i > sentence.tokens.lowerBound, SubjectFinder.adverbs.contains(layer.tokens[i].lower)
                || ["am", "currently"].contains(layer.tokens[i].lower) {
            i -= 1
        }
        guard i >= sentence.tokens.lowerBound, ClauseParts.firstPersonSubjects.contains(layer.tokens[i]) else { return nil }
        let quoted = layer.quotation(containing: layer.tokens[i].range.lowerBound) != nil
        return quoted || author != nil && layer.tokens[i].lower == "i" ? i : nil
    }

    /// "I" or "we" in a quotation, bound to the quotation's speaker; an op-ed author's "I".
    private func firstPersonSubject(before k: Int, in sentence: Sentence, author: Range<Int>?,
                                    subjects: inout SubjectFinder) -> Subject? {
        guard let i = firstPersonIndex(before: k, in: sentence, author: author) else { return nil }
        if let author, layer.quotation(containing: layer.tokens[i].range.lowerBound) == nil {
            return Subject(mention: layer.tokens[i].range, entry: self.author(named: author, subjects: &subjects), tokens: i..<(i + 1))
        }
        let offset = layer.tokens[i].range.lowerBound
        guard let speaker = subjects.speaker(ofContentAt: offset) else { return nil }
        let unbound = Subject(mention: layer.tokens[i].range, entry: nil, tokens: i..<(i + 1))
        // "“He said, ‘Trust me, I’ll do good for you.’”": words the speaker quotes are another's
        if let quote = layer.quotation(containing: offset), QuoteScanner().isInNestedSingleQuotation(offset, of: quote, in: layer.text) {
            return unbound
        }
        let entry = subjects.registry.entries[speaker]
        // a person the text names by one word only, with no role or title ("Carrier said", not
        // "President Obama" or "Mr. Trump"), may be a name the rules took for a person
        // ("Carrier", a company; "Believe", a capitalized verb)
        let isNamedPerson = entry.kind == .person && (NameWords.split(entry.name).count >= 2
            || NameWords.split((entry.role ?? "").lowercased()).contains(where: SubjectFinder.isHeadNoun)
            // the first mentions carry the title when there is one ("Mr. Trump"): looking no
            // further keeps this constant per pronoun whatever the article's length
            || entry.mentions.prefix(3).contains { mention in
                let t = layer.tokenIndex(atOrAfter: mention.lowerBound)
                return t > 0 && subjects.isTitle((t - 1)..<t)
            })
        guard ["we", "our", "us"].contains(layer.tokens[i].lower) else {
            // "I" is a person: a speaker resolved to a place or a group is a resolution error
            return isNamedPerson ? Subject(mention: layer.tokens[i].range, entry: speaker, tokens: i..<(i + 1)) : unbound
        }
        // "we" in a spokesperson's words is the body they speak for, and unknown when the text
        // does not name it ("the national party chairwoman": which committee)
        if let body = subjects.bodySpokenFor(by: speaker) {
            return Subject(mention: layer.tokens[i].range, entry: body, tokens: i..<(i + 1))
        }
        guard entry.kind != .person || isNamedPerson && !subjects.isStaff(speaker) else { return unbound }
        return Subject(mention: layer.tokens[i].range, entry: speaker, tokens: i..<(i + 1))
    }

    static let personalPronouns: Set<String> = ["he", "she", "it", "they"]

    /// Whether a pronoun subject's actor is named by name in `tokens`, its own clause after the
    /// cue ("she vows to be even tougher than the president", "He promised to defeat Randolph"),
    /// or in the speech tag closing the quotation it stands in ("“He will never raise taxes,” Hill
    /// said": in Hill's words "he" is not Hill): the pronoun then refers to someone else, and its
    /// resolution is wrong.
    private func isNamed(_ subject: Subject, inClauseOf k: Int, in sentence: Sentence, parts: ClauseParts, registry: ActorRegistry) -> Bool {
        guard let entry = subject.entry, Self.personalPronouns.contains(layer.string(subject.mention).lowercased()) else { return false }
        return (k..<ownClauseEnd(from: k, in: sentence, parts: parts)).contains { i in
            guard layer.tokens[i].isCapitalized, let m = registry.mention(startingAt: layer.tokens[i].range.lowerBound) else { return false }
            return m.entry == entry && !Self.personalPronouns.contains(layer.string(m.range).lowercased())
        }
    }

    private static let clauseOpeners: Set<String> = ["that", "who", "which", "but", "and", "after", "before", "because", "while"]

    /// Where the clause of the cue at `k` ends: at the first comma or word that opens another
    /// clause ("he plans to introduce his own bill … that Sanders said would …").
    private func ownClauseEnd(from k: Int, in sentence: Sentence, parts: ClauseParts) -> Int {
        let end = firstComma(from: k, before: parts.clauseEnd(from: k, in: sentence))
        return ((k + 1)..<max(k + 1, end)).first { Self.clauseOpeners.contains(layer.tokens[$0].lower) } ?? end
    }

    /// Whether the subject can bind itself: a resolved actor or a name, never an unresolved
    /// pronoun; "it" and "they" only right after a speech verb ("the company said it would").
    private func isBindable(_ subject: Subject, firstPerson: Bool, in sentence: Sentence) -> Bool {
        if firstPerson { return subject.entry != nil }
        let text = layer.string(subject.mention).lowercased()
        if Self.unboundSubjects.contains(text) || ClauseParts.firstPersonSubjects.contains(text) {
            return ["it", "they"].contains(text) && subject.entry != nil && pronounReport(before: subject, in: sentence) != nil
        }
        // an unresolved "He" opening a quotation is capitalized, but names no one
        if Self.personPronouns.contains(text) { return subject.entry != nil }
        return subject.entry != nil
            || subject.tokens.contains { $0 > sentence.tokens.lowerBound && layer.tokens[$0].isCapitalized }
    }

    /// "They have promised to block the vote": a sentence-opening "they" or "it" resolved to an
    /// organization or country binds it when the cue declares the intention in so many words (a
    /// group only when it opened the sentence before: `continuesGroupSubject`).
    private func isOrganizationOpeningPronoun(_ subject: Subject, in sentence: Sentence, registry: ActorRegistry) -> Bool {
        guard let entry = subject.entry, subject.tokens.lowerBound == sentence.tokens.lowerBound,
              ["it", "they"].contains(layer.string(subject.mention).lowercased()) else { return false }
        return [.organization, .country].contains(registry.entries[entry].kind)
    }

    private static let reportTimeWords: Set<String> = ["that", "on", "for", "in", "last", "this", "years", "months", "weeks",
                                                       "decades", "days", "week", "month", "year", "repeatedly", "again", "also"]

    /// The reporting word right before a pronoun subject, past "that" and a short time phrase
    /// ("Trump insisted on Tuesday they would not …", "made clear Monday they have no plans",
    /// "The Saudis have said for years that they would …").
    func pronounReport(before subject: Subject, in sentence: Sentence) -> Int? {
        var i = subject.tokens.lowerBound - 1
        while i > sentence.tokens.lowerBound, subject.tokens.lowerBound - i <= 4, Self.reportTimeWords.contains(layer.tokens[i].lower)
                || layer.tokens[i].isCapitalized && (layer.tokens[i - 1].lower == "on" || CalendarWords.weekdays.contains(layer.tokens[i])) {
            i -= 1
        }
        return i >= sentence.tokens.lowerBound && isReportingWord(at: i) ? i : nil
    }

    /// A pronoun subject ("it", "they") after a report, checked against the one reporting: nil
    /// when it is someone else ("The plan was tried in France. Dana Hill said it would work."),
    /// since a pronoun binds in a report only as the reporter's own word about itself or the
    /// organization it speaks for. A "they" is the reporter itself: a group, an organization or
    /// a country ("Officials with the DCCC made clear they …" is the committee); with a
    /// reporter named by no such actor, a person, or a coordination ("Bush and his rivals …
    /// have said they'll …", "about one in five say they would …", "Blackpool and Liverpool
    /// said they") it is unbound; two named actors coordinated bind each (`reportedConjuncts`).
    private func reportedPronounSubject(_ subject: Subject, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        let pronoun = layer.string(subject.mention).lowercased()
        guard ["it", "they"].contains(pronoun), let entry = subject.entry,
              let report = pronounReport(before: subject, in: sentence) else { return subject }
        let reporter = subjects.subject(before: reportingClauseVerb(report, in: sentence), in: sentence)
        guard pronoun == "they" else {
            guard let by = reporter?.entry else { return subject }
            return by == entry || subjects.organization(of: by) == entry ? subject : nil
        }
        // "House Democrats … seized the floor and said they would …": the subject of a
        // coordinated verb is further back, and the pronoun's own antecedent stands
        if reporter == nil, report > sentence.tokens.lowerBound, layer.tokens[report - 1].lower == "and" { return subject }
        // the reporter named, not a pronoun itself ("They said they would call me"): a "they"
        // resolved by nearness twice over is a guess
        guard let reporter, !isCoordinated(reporter, in: sentence),
              !Self.unboundSubjects.contains(layer.string(reporter.mention).lowercased()),
              let by = reporter.entry ?? bodyOfSpokespeople(reporter, registry: subjects.registry) else {
            return Subject(mention: subject.mention, entry: nil, tokens: subject.tokens)
        }
        // a person's "they" is the body they stand for ("Trump insisted they would not …")
        if subjects.registry.entries[by].kind == .person {
            return subjects.organization(of: by) == entry ? subject : Subject(mention: subject.mention, entry: nil, tokens: subject.tokens)
        }
        return Subject(mention: subject.mention, entry: subjects.organization(of: by) == entry ? entry : by, tokens: subject.tokens)
    }

    /// The verb whose subject reports the clause after the reporting word at `report`: the word
    /// itself, or for an adjective the verb before it ("made clear", "made it clear").
    func reportingClauseVerb(_ report: Int, in sentence: Sentence) -> Int {
        guard Self.reportingAdjectives.contains(layer.tokens[report]) else { return report }
        var i = report - 1
        if i > sentence.tokens.lowerBound, layer.tokens[i].lower == "it" { i -= 1 }
        return i >= sentence.tokens.lowerBound && Self.makingVerbs.contains(layer.tokens[i]) ? i : report
    }

    private static let makingVerbs: WordSet = ["made", "make", "makes", "making"]

    /// Whether "and" joins another name or noun to the subject's left ("the cities of
    /// Blackpool and Liverpool").
    private func isCoordinated(_ subject: Subject, in sentence: Sentence) -> Bool {
        let before = subject.tokens.lowerBound - 1
        return before > sentence.tokens.lowerBound && layer.tokens[before].lower == "and"
    }

    /// People who speak for the body after them: their "they" is that body.
    private static let spokespeople: WordSet = ["officials", "spokesmen", "spokeswomen", "spokespeople", "representatives",
                                                "attorneys", "lawyers", "aides", "executives"]

    /// The organization or country after a preposition closing a phrase of spokespeople
    /// ("officials with the Democratic Congressional Campaign Committee", "attorneys for the
    /// department").
    private func bodyOfSpokespeople(_ phrase: Subject, registry: ActorRegistry) -> Int? {
        guard let head = phrase.tokens.first(where: { Self.spokespeople.contains(layer.tokens[$0]) }),
              head + 2 < phrase.tokens.upperBound, ["with", "for", "of", "at", "from"].contains(layer.tokens[head + 1].lower),
              let m = registry.mention(endingAt: layer.tokens[phrase.tokens.upperBound - 1].range.upperBound),
              m.range.lowerBound > layer.tokens[head + 1].range.lowerBound,
              [.organization, .country].contains(registry.entries[m.entry].kind) else { return nil }
        return m.entry
    }

    /// Whether a speech verb (or "confident") stands before `k`: "he said he would …".
    func isReportedSpeech(before k: Int, in sentence: Sentence) -> Bool {
        (sentence.tokens.lowerBound..<k).contains { isReportingWord(at: $0) }
    }

    /// The subject of the nearest speech verb before `k` ("Officials say …", "he said he would").
    /// Whether the reporter before `subject` is not the actor itself (or is unresolved).
    func isReportedByAnother(than subject: Subject, in sentence: Sentence, subjects: inout SubjectFinder) -> Bool {
        reporter(before: subject.tokens.lowerBound, in: sentence, subjects: &subjects)?.entry.map { $0 != subject.entry } ?? true
    }

    private func reporter(before k: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject? {
        guard let i = nearestReportingWord(before: k, in: sentence) else { return nil }
        return subjects.subject(before: i, in: sentence)
    }

    private static let beliefVerbs: Set<String> = ["think", "thinks", "thought", "believe", "believes", "believed", "expect",
                                                   "expects", "expected", "predict", "predicts", "predicted", "bet", "bets",
                                                   "guess", "suspect", "suspects", "suspected", "doubt", "doubts", "hope",
                                                   "hopes", "hoped", "fear", "fears", "feared", "worry", "worries", "assume"]

    /// Nouns and participles that, like the belief verbs, make what follows a belief: "a concern
    /// … that the central bank will raise rates", "the Fed, which entered the year predicting that
    /// it would raise rates".
    private static let beliefWords: Set<String> = ["concern", "concerns", "concerned", "worried", "fearing", "hoping",
                                                   "predicting", "expecting", "expectation", "expectations", "prediction",
                                                   "predictions", "speculation", "belief", "hunch"]

    /// Whether the nearest reporting or belief word before `k` states a belief ("think",
    /// "expect", "a concern that") rather than an announcement.
    private func isBeliefReport(before k: Int, in sentence: Sentence) -> Bool {
        let isBelief = { (word: String) in Self.beliefVerbs.contains(word) || Self.beliefWords.contains(word) }
        guard let i = (sentence.tokens.lowerBound..<k).last(where: {
            let word = layer.tokens[$0].lower
            return isReportingWord(at: $0) || isBelief(word)
        }) else { return false }
        return isBelief(layer.tokens[i].lower)
    }

    /// Whether a speaker's own belief verb ("I think", "we believe that") stands right before the
    /// subject at `k`: what the speaker then says "we will" do is a forecast ("I think we'll do
    /// that", of beating expectations), not a pledge.
    private func isOwnBelief(before k: Int, in sentence: Sentence) -> Bool {
        var i = k - 1
        if i > sentence.tokens.lowerBound, layer.tokens[i].lower == "that" { i -= 1 }
        guard i > sentence.tokens.lowerBound, Self.beliefVerbs.contains(layer.tokens[i].lower) else { return false }
        var j = i - 1
        while j >= sentence.tokens.lowerBound, SubjectFinder.adverbs.contains(layer.tokens[j]) { j -= 1 }
        return j >= sentence.tokens.lowerBound && ClauseParts.firstPersonSubjects.contains(layer.tokens[j])
    }

    /// "he says that doesn't mean he can't take on the Russians": a negation between the report
    /// and the subject turns the inability round.
    private func isNegatedReport(before k: Int, in sentence: Sentence) -> Bool {
        guard let i = nearestReportingWord(before: k, in: sentence) else { return false }
        return ((i + 1)..<k).contains { isNegation(layer.tokens[$0]) }
    }

    /// Reporting words that deny what they report ("denied he supports …").
    private static let denialWords: WordSet = ["deny", "denies", "denied", "denying"]
    /// Words between a report and the clause it reports: its "that" and a pronoun told.
    private static let reportToClauseWords: WordSet = ["that", "him", "her", "them", "us", "me"]

    /// Whether the clause starting at `k` is reported by a denial ("denied he supports …",
    /// "denied that he plans to …") or a negated report ("never said he will …", "did not say
    /// that she would …"): what it says is not the subject's stated stance.
    private func isDeniedReport(before k: Int, in sentence: Sentence) -> Bool {
        // between them only "that", a pronoun told, or after a telling verb the one told ("told the board that")
        guard let i = nearestReportingWord(before: k, in: sentence), k - i <= 4,
              ((i + 1)..<k).allSatisfy({ Self.reportToClauseWords.contains(layer.tokens[$0])
                  || Self.tellingWords.contains(layer.tokens[i]) && layer.tokens[$0].kind == .word }) else { return false }
        if Self.denialWords.contains(layer.tokens[i]) { return true }
        return (max(sentence.tokens.lowerBound, i - 2)..<i).contains {
            // "not only said he supports it, he campaigned for it" affirms the report
            layer.tokens[$0].lower == "not" && layer.tokens[$0 + 1].lower == "only" ? false : isNegation(layer.tokens[$0])
        }
    }

    /// "not", "never" or a negative contraction ("didn't").
    private func isNegation(_ token: Token) -> Bool {
        ["not", "never"].contains(token.lower) || token.isNegativeContraction
    }

    private static let threatWords: Set<String> = ["warned", "warns", "warn", "threatened", "threatens", "threaten"]

    /// Whether the nearest reporting word before `k` is a warning or threat ("have warned they
    /// could sell off …").
    private func isThreat(before k: Int, in sentence: Sentence) -> Bool {
        guard let i = nearestReportingWord(before: k, in: sentence) else { return false }
        return Self.threatWords.contains(layer.tokens[i].lower)
    }

    /// "The council will not raise taxes": an organization the text names only by a common noun
    /// after "the" becomes an actor of its own when no named one precedes it. Not "the campaign"
    /// nor "the chamber": every candidate has a campaign and a legislature two chambers, so an
    /// actor "Campaign" or "Chamber" would tell the reader nothing of whose it is.
    private func unnamedOrganization(_ subject: Subject, subjects: inout SubjectFinder) -> Subject? {
        let words = subject.tokens.map { layer.tokens[$0] }
        guard words.count >= 2, words[0].lower == "the", let head = words.last, SubjectFinder.isOrganizationHead(head.lower),
              !Self.ownedOrganizationHeads.contains(head.lower),
              words.dropFirst().allSatisfy({ $0.kind == .word && !$0.isCapitalized }) else { return subject }
        let phrase = words.dropFirst().map(\.text).joined(separator: " ")
        let name = phrase.prefix(1).uppercased() + phrase.dropFirst()
        let entry = subjects.registry.actor(key: "org:" + phrase, name: name, kind: .organization)
        subjects.registry.addMention(subject.mention, to: entry)
        return Subject(mention: subject.mention, entry: entry, tokens: subject.tokens)
    }

    /// Heads of an organization that is always someone's: unresolved, they name no actor.
    private static let ownedOrganizationHeads: Set<String> = ["campaign", "chamber"]

    /// "Sanders's top advisers said that the campaign would not accept …": "the campaign" is the
    /// campaign of the person named with a possessive before it, not the organization the text
    /// named last ("Clinton said at Mission College"); "her campaign" is the campaign of the
    /// person "her" refers to.
    private func campaign(_ subject: Subject, in sentence: Sentence, subjects: inout SubjectFinder) -> Subject {
        let text = layer.string(subject.mention).lowercased()
        guard subject.entry.map({ !subjects.registry.entries[$0].name.lowercased().hasSuffix("campaign") }) ?? true else { return subject }
        let owner = text == "the campaign" ? possessivePerson(before: subject.tokens.lowerBound, in: sentence, registry: subjects.registry)
            ?? previousSentenceOwner(of: sentence, registry: subjects.registry)
            // "Her campaign is planning to reprint …": the person the pronoun refers to
            : ["his campaign", "her campaign"].contains(text) && subject.tokens.count == 2
                ? possessivePronoun(before: subject.tokens.lowerBound + 1, in: sentence, registry: subjects.registry)?.entry
                // "Sanders’ campaign reiterated plans to …": the apostrophe stands alone after a name in "s"
                : text == "campaign" ? personBeforeApostrophe(subject.tokens.lowerBound, in: sentence, registry: subjects.registry) : nil
        guard let owner else { return subject }
        let surname = subjects.registry.entries[owner].name.split(separator: " ").last.map(String.init) ?? ""
        let name = surname + " campaign"
        let entry = subjects.registry.actor(key: "org:" + name.lowercased(), name: name, kind: .organization)
        subjects.registry.addMention(subject.mention, to: entry)
        return Subject(mention: subject.mention, entry: entry, tokens: subject.tokens)
    }

    /// The owner of a campaign that its own sentence does not name: the first person the sentence
    /// before it in the paragraph names with a possessive ("her campaign has begun to analyze the
    /// map. And the campaign will begin polling …", "Clinton's allies began spending money. The
    /// campaign itself will …"), not the organization the text named last.
    private func previousSentenceOwner(of sentence: Sentence, registry: ActorRegistry) -> Int? {
        guard let index = layer.sentenceIndex(ofToken: sentence.tokens.lowerBound), index > 0,
              layer.sentences[index - 1].paragraph == sentence.paragraph else { return nil }
        let previous = layer.sentences[index - 1]
        for i in previous.tokens {
            let word = layer.tokens[i]
            // "her campaign", not "Trump attacked her."
            if ["his", "her"].contains(word.lower), i + 1 < previous.tokens.upperBound,
               layer.tokens[i + 1].kind == .word, !layer.tokens[i + 1].isCapitalized,
               !["that", "to", "and", "or", "the", "a", "an", "in", "on", "for", "with", "of", "at", "by", "as"].contains(layer.tokens[i + 1].lower) {
                if let owner = possessivePronoun(before: i + 1, in: previous, registry: registry) { return owner.entry }
            } else if let owner = possessive(before: i + 1, in: previous, registry: registry)?.entry,
                      registry.entries[owner].kind == .person {
                return owner
            }
        }
        return nil
    }

    /// The actor named with a possessive right before `k`, or before the modifiers of a noun cue
    /// there ("Jeb Bush's proposal", "the Census' vow", "Trump's repeated calls").
    func possessive(before k: Int, in sentence: Sentence, registry: ActorRegistry) -> Subject? {
        guard k > sentence.tokens.lowerBound else { return nil }
        let owned = possessorEnd(before: k, in: sentence)
        let word = layer.tokens[owned - 1]
        let mark = word.lower.hasSuffix("'s") || word.lower.hasSuffix("\u{2019}s") ? 2
            : word.lower.hasSuffix("'") || word.lower.hasSuffix("\u{2019}") ? 1 : 0
        guard mark > 0, let m = registry.mention(endingAt: word.range.upperBound - mark) else { return nil }
        return Subject(mention: m.range, entry: m.entry, tokens: layer.tokenIndex(atOrAfter: m.range.lowerBound)..<k)
    }

    /// The actor a possessive pronoun right before `k` refers to, the nearest of its kind (and
    /// gender) since the previous paragraph: "the deal-breaker on Trump was his proposal to ban …";
    /// never one the rest of the sentence names ("his promise to repeal Obama's actions").
    func possessivePronoun(before k: Int, in sentence: Sentence, registry: ActorRegistry) -> Subject? {
        guard k > sentence.tokens.lowerBound else { return nil }
        let token = layer.tokens[k - 1]
        let kinds: Set<ActorKind>
        switch token.lower {
        case "his", "her": kinds = [.person]
        case "its": kinds = [.organization, .country]
        case "their": kinds = [.organization, .country, .group]
        default: return nil
        }
        let gender = token.lower == "his" ? Gender(pronoun: "he") : token.lower == "her" ? Gender(pronoun: "she") : nil
        let floor = layer.paragraphs[max(0, sentence.paragraph - 1)].range.lowerBound
        let lexicons = self.lexicons, text = layer.text
        let named = Set((k..<sentence.tokens.upperBound).compactMap { registry.mention(covering: layer.tokens[$0].range.lowerBound)?.entry })
        guard let entry = registry.nearest(before: token.range.lowerBound, kinds: kinds, notBefore: floor, where: { candidate in
            gender == nil || SubjectFinder.gender(of: candidate, lexicons: lexicons, text: text).map { $0 == gender } ?? true
        }), !named.contains(entry) else { return nil }
        return Subject(mention: token.range, entry: entry, tokens: (k - 1)..<k)
    }

    /// The person named right before a lone apostrophe before `k` ("Sanders’ campaign").
    private func personBeforeApostrophe(_ k: Int, in sentence: Sentence, registry: ActorRegistry) -> Int? {
        guard k - 2 >= sentence.tokens.lowerBound, layer.tokens[k - 1].isApostrophe,
              let m = registry.mention(endingAt: layer.tokens[k - 2].range.upperBound),
              registry.entries[m.entry].kind == .person else { return nil }
        return m.entry
    }

    /// The nearest person named with a possessive before `k` ("Senator Ann Bell's advisers").
    private func possessivePerson(before k: Int, in sentence: Sentence, registry: ActorRegistry) -> Int? {
        for i in (sentence.tokens.lowerBound..<k).reversed() {
            let word = layer.tokens[i]
            guard word.lower.hasSuffix("'s") || word.lower.hasSuffix("\u{2019}s"),
                  let m = registry.mention(endingAt: word.range.upperBound - 2), registry.entries[m.entry].kind == .person
            else { continue }
            return m.entry
        }
        return nil
    }

    /// Whether the word at `i` reports speech: a speech verb, "confident" ("is confident the
    /// president would campaign …"), "clear" ("she has made it very clear that she would follow
    /// the schedule") or a verb of pledging, past or -ing, that reports a clause ("he pledged
    /// that he would …"; not the cue of "vowed to block …").
    func isReportingWord(at i: Int) -> Bool {
        if Self.pledgeWords.contains(layer.tokens[i]) { return i + 1 < layer.tokens.count && layer.tokens[i + 1].lower != "to" }
        return lexicons.speechVerbs[layer.tokens[i]] != nil || Self.reportingAdjectives.contains(layer.tokens[i])
    }

    /// Adjectives that report a clause after a copula ("is confident that", "made it clear that").
    private static let reportingAdjectives: WordSet = ["confident", "clear"]

    /// The reporting word nearest before `k` in the sentence ("said", "is confident", "pledged").
    func nearestReportingWord(before k: Int, in sentence: Sentence) -> Int? {
        (sentence.tokens.lowerBound..<k).last(where: isReportingWord(at:))
    }

    /// Verbs of pledging (past and -ing forms) that report a future as a pledge: "she promised
    /// that she would be a friend to farmers" binds even a state, which a bare "will be" would not.
    static let pledgeWords: WordSet = ["pledged", "pledging", "promised", "promising", "vowed", "vowing", "swore", "swearing"]

    /// Whether the nearest reporting word before `k` is a verb of pledging.
    private func isPledgeReport(before k: Int, in sentence: Sentence) -> Bool {
        guard let i = nearestReportingWord(before: k, in: sentence) else { return false }
        return Self.pledgeWords.contains(layer.tokens[i])
    }

    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that",
                                           "these", "those", "all", "any", "some"]

    private static let danglingWords: Set<String> = ["in", "of", "to", "and", "or", "the", "a", "for", "on", "at", "with", "by"]

    /// "called for all candidates to lay out specifics", "called for her resignation": a
    /// demand on someone else, not the caller's own programme; but "is calling for the United
    /// States to step up military efforts" is a candidate's policy for a country.
    private func isDemandOnOthers(modality: String, from start: Int, in sentence: Sentence, registry: ActorRegistry) -> Bool {
        guard ["called for", "call for"].contains(modality), start < sentence.tokens.upperBound else { return false }
        // "called for denying entry to travelers": a gerund is the caller's own programme
        let first = layer.tokens[start].lower
        if first.hasSuffix("ing"), first.count > 5 { return false }
        let end = min(sentence.tokens.upperBound, start + 8)
        for i in start..<end {
            // "calls for credit score reform, ''to make the banking …'': a purpose after the comma
            if layer.tokens[i].kind == .punctuation { return false }
            let word = layer.tokens[i].lower
            if lexicons.demandNouns.contains(word) { return true }
            // "called for her to resign", not "a ban on admitting Muslims to the USA"
            if word == "to", i + 1 < end, layer.tokens[i + 1].kind == .word, !layer.tokens[i + 1].isCapitalized,
               !Self.determiners.contains(layer.tokens[i + 1].lower) {
                return !(start..<i).contains { j in
                    registry.mention(covering: layer.tokens[j].range.lowerBound).map { registry.entries[$0.entry].kind == .country } ?? false
                }
            }
        }
        return false
    }

    /// A poll report or a question: what follows "would" there is no pledge. A share
    /// ("percent") alone is no poll: the extraction loop drops only the cues after one.
    private func isPollOrQuestion(_ sentence: Sentence) -> Bool {
        if layer.tokens[sentence.tokens.upperBound - 1].isMark("?") { return true }
        return sentence.tokens.contains {
            !Lexicons.shareWords.contains(layer.tokens[$0]) && lexicons.pollWords.contains(layer.tokens[$0])
        }
    }

    private static let clauseSubjects: Set<String> = ["he", "she", "they", "we", "i", "it"]

    /// Where a second clause joined by "and" begins, which ends the action: "are reviewing all
    /// visas and are considering a moratorium", "will cut taxes and he will …"; `end` if none.
    private func coordinatedClause(from start: Int, before end: Int) -> Int {
        guard start + 1 < end else { return end }
        return ((start + 1)..<(end - 1)).first {
            layer.tokens[$0].lower == "and" && (ClauseParts.auxiliaries.contains(layer.tokens[$0 + 1].lower)
                || Self.clauseSubjects.contains(layer.tokens[$0 + 1].lower))
        } ?? end
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
