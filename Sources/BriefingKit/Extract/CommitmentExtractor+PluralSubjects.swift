/// Plural committers named before a "they": "Former Maryland Gov. Martin O'Malley and former
/// Arkansas Gov. Mike Huckabee announced they will suspend their campaigns" binds each of the
/// two, as their coordination before the report says; "Sanders supporters are crying fraud
/// over delegate selection. They have promised to press their case to the convention floor"
/// binds the group that opened the sentence before. A "they" is never bound to one member of a
/// coordination, nor to a group the text did not just name as its subject.
extension CommitmentExtractor {
    /// The coordinated reporters of a "they" right after their report ("Lee and Ray said they
    /// would …"): the pair the pronoun refers to, each named as an actor of its own; nil when
    /// the subject is no such "they", the reporter is no coordination of two actors, or ends a
    /// longer list.
    func reportedConjuncts(of subject: Subject, in sentence: Sentence, subjects: inout SubjectFinder) -> Conjuncts? {
        guard subject.tokens.count == 1, layer.tokens[subject.tokens.lowerBound].lower == "they",
              let report = pronounReport(before: subject, in: sentence),
              let reporter = subjects.subject(before: reportingClauseVerb(report, in: sentence), in: sentence),
              reporter.entry != nil,
              let pair = conjuncts(endingWith: reporter, in: sentence, subjects: &subjects),
              pair.second != nil, !pair.endsList else { return nil }
        return pair
    }

    /// The pronoun subject standing for the first of `pair`: its mention and place stay the
    /// pronoun's, so the report before it still reads as the pair's own.
    func pronoun(_ subject: Subject, standingFor pair: Conjuncts) -> Subject {
        Subject(mention: subject.mention, entry: pair.first.entry, tokens: subject.tokens)
    }

    /// Whether the report before `subject` is given by the pair it stands for ("Lee and Ray
    /// said they …"): the reporter is the pair's second, and the report is the pair's own.
    func isReportedByPair(_ reporter: Subject?, conjuncts: Conjuncts?) -> Bool {
        guard let reporter, let second = conjuncts?.second else { return false }
        return reporter.entry == second.entry
    }

    /// Whether a sentence-opening "They" resolved to a group continues that group as the
    /// subject opening the sentence before it, in the same paragraph ("Sanders supporters are
    /// crying fraud … They have promised …"); a group named anywhere else, or coordinated with
    /// another ("Sanders supporters and party leaders met"), is a guess.
    func continuesGroupSubject(_ subject: Subject, in sentence: Sentence, registry: ActorRegistry) -> Bool {
        guard let entry = subject.entry, registry.entries[entry].kind == .group,
              subject.tokens.lowerBound == sentence.tokens.lowerBound,
              layer.tokens[subject.tokens.lowerBound].lower == "they",
              let s = layer.sentenceIndex(ofToken: sentence.tokens.lowerBound), s > 0,
              case let previous = layer.sentences[s - 1], previous.paragraph == sentence.paragraph,
              let m = registry.mention(startingAt: layer.tokens[previous.tokens.lowerBound].range.lowerBound),
              m.entry == entry else { return false }
        let next = layer.tokenIndex(atOrAfter: m.range.upperBound)
        return next < previous.tokens.upperBound && layer.tokens[next].kind == .word
            && !["and", "or"].contains(layer.tokens[next].lower) && !layer.tokens[next].isApostrophe
    }
}
