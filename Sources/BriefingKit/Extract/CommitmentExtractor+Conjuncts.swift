/// Coordinated committers: "Donald Trump and House Speaker Paul Ryan pledged to work together",
/// "President Barack Obama and Vice President Joe Biden will campaign for Hillary Clinton". The
/// first conjunct binds through the sentence's usual checks; the other, the subject right
/// before the cue, is bound by the same words, so it gets an item of its own with the same
/// evidence (one item per actor, as the blind dev gold lists them). A list of three or more
/// ("Donald Trump, Mike Pence and Paul Ryan pledged …") gives no item at all: one for the
/// last name alone, or for the last two, reads as if the first had not pledged. The first may
/// carry a description between commas ("Jeb Bush, the former Florida governor, and Senator Marco
/// Rubio would …").
extension CommitmentExtractor {
    /// Two coordinated subjects: `first` binds through the sentence's checks, `second` shares its
    /// item when it names an actor of its own.
    struct Conjuncts {
        var first: Subject
        var second: Subject?
        /// Whether the pair ends a longer list, whose members get no item.
        var endsList = false
    }

    /// "She and her aides have vowed to …", "Ryan and Trump agreed to meet": the conjuncts that
    /// end with `subject`, when a resolved actor opening the clause (its sentence, or after a
    /// comma or a subordinator: "…, while Collins and Gohmert suggested …") stands before "and", marked
    /// when the pair ends a longer list ("Trump, Pence and Ryan"); nil when there is none.
    func conjuncts(endingWith subject: Subject, in sentence: Sentence, subjects: inout SubjectFinder) -> Conjuncts? {
        let and = descriptionStart(before: subject.tokens.lowerBound, in: sentence) - 1
        guard and > sentence.tokens.lowerBound, layer.tokens[and].lower == "and" else { return nil }
        let firstEnd = appositionStart(closingAt: and - 1, in: sentence) ?? and
        guard let first = subjects.subject(before: firstEnd, in: sentence), first.entry != nil,
              first.tokens.upperBound == firstEnd else { return nil }
        let opening = descriptionStart(before: first.tokens.lowerBound, in: sentence)
        guard opensClauseOrSubordinate(at: opening, in: sentence) || isMembersPhrase(before: opening, in: sentence) else { return nil }
        return Conjuncts(first: first, second: secondConjunct(subject, after: first, registry: subjects.registry),
                         endsList: isListed(before: opening, in: sentence, subjects: &subjects))
    }

    /// Whether a plural noun for people, opening the clause, stands right before the pair it names
    /// ("Trailing contenders Ted Cruz and John Kasich have agreed …", "presidential candidates
    /// like Donald Trump and Bernie Sanders are vowing …"): each of the two is the subject.
    private func isMembersPhrase(before opening: Int, in sentence: Sentence) -> Bool {
        var noun = opening - 1
        if noun > sentence.tokens.lowerBound, layer.tokens[noun].lower == "like" { noun -= 1 }
        guard noun >= sentence.tokens.lowerBound, case let word = layer.tokens[noun], word.kind == .word, !word.isCapitalized,
              word.lower.hasSuffix("s"), lexicons.groupNouns.contains(word) || SubjectFinder.isHeadNoun(String(word.lower.dropLast()))
        else { return false }
        return opensClauseOrSubordinate(at: descriptionStart(before: noun, in: sentence), in: sentence)
    }

    /// Whether a subject starting at `i` opens its clause: its sentence's, one after a comma, or
    /// one after a subordinator ("…,” while Maine Sen. Susan Collins and …").
    private func opensClauseOrSubordinate(at i: Int, in sentence: Sentence) -> Bool {
        opensClause(at: i, in: sentence) || i > sentence.tokens.lowerBound && Self.subordinators.contains(layer.tokens[i - 1].lower)
    }

    /// "Jeb Bush, the former Florida governor, and Senator Marco Rubio": the comma opening the
    /// description set off between commas after the first conjunct, when `comma` closes one that
    /// opens with an article ("the", "a", "an"), so that it describes rather than lists a third
    /// name; nil otherwise.
    private func appositionStart(closingAt comma: Int, in sentence: Sentence) -> Int? {
        guard comma > sentence.tokens.lowerBound, layer.tokens[comma].isMark(",") else { return nil }
        let floor = max(sentence.tokens.lowerBound, comma - 8)
        guard let opening = (floor..<comma).last(where: { layer.tokens[$0].isMark(",") }), opening + 2 < comma,
              ["the", "a", "an"].contains(layer.tokens[opening + 1].lower),
              !((opening + 1)..<comma).contains(where: { layer.tokens[$0].kind == .punctuation }) else { return nil }
        return opening
    }

    /// Whether the subject is the second of "neither … nor …" ("Neither Lee nor Ray Dunn will …").
    func isNorConjunct(_ subject: Subject, in sentence: Sentence) -> Bool {
        var before = subject.tokens.lowerBound - 1
        // over a title ("nor Sen. Ray Dunn")
        while before > sentence.tokens.lowerBound, subject.tokens.lowerBound - before <= 3, layer.tokens[before].isCapitalized {
            before -= 1
        }
        return before >= sentence.tokens.lowerBound && layer.tokens[before].lower == "nor"
    }

    /// The items the conjuncts share: the first's `item` copied for the second, when the item
    /// still belongs to the first (a later check may have replaced its subject).
    func sharedItems(_ item: Found, conjuncts: Conjuncts?) -> [Found] {
        guard let conjuncts, let second = conjuncts.second, item.subject.entry == conjuncts.first.entry else { return [] }
        var shared = item
        shared.subject = second
        return [shared]
    }

    /// Whether a comma after a resolved actor stands right before `i`: the pair ends a list
    /// ("Donald Trump, Mike Pence and …"; not "On Monday, Trump and Ryan …").
    private func isListed(before i: Int, in sentence: Sentence, subjects: inout SubjectFinder) -> Bool {
        guard i - 2 >= sentence.tokens.lowerBound, layer.tokens[i - 1].isMark(","),
              let listed = subjects.subject(before: i - 1, in: sentence) else { return false }
        return listed.entry != nil && listed.tokens.upperBound == i - 1
    }

    /// The second of two coordinated subjects, when it names an actor of its own: a person or an
    /// organization the registry resolved, other than the first ("She and her aides have vowed
    /// to …" has no second actor; a group in the pair is left to the first's item), and not by a
    /// lone first name ("Dunn and John agreed": which John is a guess).
    private func secondConjunct(_ second: Subject, after first: Subject, registry: ActorRegistry) -> Subject? {
        guard let entry = second.entry, entry != first.entry, registry.entries[entry].kind != .group,
              !lexicons.firstNames.contains(layer.string(second.mention).lowercased()) else { return nil }
        return second
    }
}
