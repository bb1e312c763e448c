/// Where a position's content starts and ends, by the convention of attribution annotation
/// (PolNeAR): reported speech opens with its complementizer, not with a preposition its verb
/// takes nor the day it was said, and a quotation the content ends in is kept whole, with the
/// marks inside its closing quote.
extension PositionExtractor {
    /// The content of a position (after its cue or before it) with the conventional boundaries.
    func conventionalBounds(_ content: Range<Int>, cue: Range<Int>) -> Range<Int> {
        let start = withComplementizer(withoutDay(withoutParticle(withoutFeeling(content, cue: cue), cue: cue), cue: cue), cue: cue)
        return throughClosingMark(withoutClosingApposition(fromRelativePronoun(fromGapPronoun(start, cue: cue), cue: cue), cue: cue))
    }

    private static let gapPronouns: WordSet = ["what", "which", "who", "that"]

    /// "policies which he said had harmed the economy", "a finish that he said defied
    /// expectations": when the words after the verb lack their subject, the pronoun before the
    /// speaker is it, and the content runs from the pronoun, speaker and verb included.
    private func fromGapPronoun(_ content: Range<Int>, cue: Range<Int>) -> Range<Int> {
        let k = layer.tokenIndex(atOrAfter: cue.lowerBound)
        let first = layer.tokenIndex(atOrAfter: content.lowerBound)
        guard content.lowerBound >= cue.upperBound, first == k + 1, first < layer.tokens.count, opensPredicate(layer.tokens[first])
        else { return content }
        var i = k - 1
        while i >= 0, k - i <= 5, layer.tokens[i].kind == .word {
            if Self.gapPronouns.contains(layer.tokens[i]) { return i < k - 1 ? layer.tokens[i].range.lowerBound..<content.upperBound : content }
            i -= 1
        }
        return content
    }

    /// A finite verb that opens a predicate: an auxiliary, a past form or a present form in "-s".
    private func opensPredicate(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isCapitalized else { return false }
        let word = token.lower
        return ClauseParts.auxiliaries.contains(token) || VerbBase.isPastForm(token)
            || word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
    }

    private static let relativePronouns: WordSet = ["what", "which", "who", "whom"]

    /// "what he calls “the cartel”", "which she described as a hoax": a name or a description
    /// given in a relative clause is annotated from its pronoun, with the speaker and the verb.
    private func fromRelativePronoun(_ content: Range<Int>, cue: Range<Int>) -> Range<Int> {
        let k = layer.tokenIndex(atOrAfter: cue.lowerBound)
        guard content.lowerBound >= cue.upperBound, k < layer.tokens.count,
              Self.namingVerbs.contains(layer.tokens[k]) || layer.tokens[k].lower.hasPrefix("describ") else { return content }
        var i = k - 1
        while i >= 0, k - i <= 8, layer.tokens[i].kind == .word {
            // (a speaker between the pronoun and the verb: not "a group which called for …")
            if Self.relativePronouns.contains(layer.tokens[i]) { return i < k - 1 ? layer.tokens[i].range.lowerBound..<content.upperBound : content }
            i -= 1
        }
        return content
    }

    /// "… would cost $2 million — a high sum", "…, a policy that could …": a noun phrase set off
    /// by a comma or a dash at the end of reported speech is the writer's comment on it.
    private func withoutClosingApposition(_ content: Range<Int>, cue: Range<Int>) -> Range<Int> {
        guard content.lowerBound >= cue.upperBound else { return content }
        let first = layer.tokenIndex(atOrAfter: content.lowerBound)
        var i = layer.tokenIndex(atOrAfter: content.upperBound) - 1
        while i > first + 2 {
            let t = layer.tokens[i]
            if t.kind == .punctuation {
                guard [",", "\u{2014}", "\u{2013}", "--"].contains(t.text), !isInsideQuotation(t.range.lowerBound),
                      i + 2 < layer.tokens.count, ["a", "an"].contains(layer.tokens[i + 1].lower),
                      layer.tokens[i + 2].range.upperBound <= content.upperBound else { return content }
                // not a name's apposition ("Barack Obama, a Democrat"), a list ("a speech, a
                // push or a resolution") nor a clause ("…, a recount could not be done"; a
                // relative clause of the phrase may have a verb, "a policy that could …")
                let rest = (i + 1)..<layer.tokenIndex(atOrAfter: content.upperBound)
                let head = rest.prefix { !["that", "which", "who"].contains(layer.tokens[$0].lower) }
                guard !layer.tokens[i - 1].isCapitalized, !rest.contains(where: { ["and", "or"].contains(layer.tokens[$0].lower) }),
                      !head.contains(where: { ClauseParts.auxiliaries.contains(layer.tokens[$0]) }) else { return content }
                return content.lowerBound..<layer.tokens[i - 1].range.upperBound
            }
            i -= 1
        }
        return content
    }

    private static let feelingLinks: WordSet = ["that", "to", "about", "at", "over"]

    /// "expressed concern that the plan would fail", "expressed doubts about the deal": the
    /// feeling expressed goes with the verb; what it is about is the content ("that" and "to"
    /// kept, as after any verb; "about", "at" and "over" left with the feeling).
    private func withoutFeeling(_ content: Range<Int>, cue: Range<Int>) -> Range<Int> {
        let k = layer.tokenIndex(atOrAfter: cue.lowerBound)
        guard content.lowerBound >= cue.upperBound, k < layer.tokens.count, layer.tokens[k].lower.hasPrefix("express") else { return content }
        let first = layer.tokenIndex(atOrAfter: content.lowerBound)
        var i = first + 1
        while i < layer.tokens.count, i - first <= 3, layer.tokens[i].kind == .word, layer.tokens[i].range.upperBound < content.upperBound {
            if Self.feelingLinks.contains(layer.tokens[i]) {
                let start = ["that", "to"].contains(layer.tokens[i].lower) ? i : i + 1
                return layer.tokens[start].range.lowerBound..<content.upperBound
            }
            i += 1
        }
        return content
    }

    private static let particles: WordSet = ["about", "of", "for", "on", "out", "against"]

    /// "warned of a recession", "called for a ban", "spoke about the plan": the preposition
    /// that opens the content after its verb belongs with the verb (at least a word follows).
    private func withoutParticle(_ content: Range<Int>, cue: Range<Int>) -> Range<Int> {
        let first = layer.tokenIndex(atOrAfter: content.lowerBound)
        guard content.lowerBound >= cue.upperBound, first + 1 < layer.tokens.count, Self.particles.contains(layer.tokens[first]),
              layer.tokens[first + 1].range.upperBound <= content.upperBound else { return content }
        return layer.tokens[first + 1].range.lowerBound..<content.upperBound
    }

    private static let days = WordSet(CalendarWords.weekdays.words.union(["yesterday", "today"]))

    /// "announced Monday she will run", "vowed Tuesday to remain", "said Tuesday night the deal
    /// …": the day the words were said, right after the verb, is no part of them.
    private func withoutDay(_ content: Range<Int>, cue: Range<Int>) -> Range<Int> {
        var i = layer.tokenIndex(atOrAfter: content.lowerBound)
        guard content.lowerBound >= cue.upperBound, i < layer.tokens.count else { return content }
        if ["on", "last", "this"].contains(layer.tokens[i].lower) { i += 1 }
        guard i + 2 < layer.tokens.count, Self.days.contains(layer.tokens[i]) else { return content }
        let partOfDay = Self.partsOfDay.contains(layer.tokens[i + 1])
        if partOfDay { i += 1 }
        guard i + 2 < layer.tokens.count, partOfDay || layer.tokens[i + 1].kind == .word,
              layer.tokens[i + 2].range.upperBound <= content.upperBound else { return content }
        // "said Tuesday night was a turning point": the day is the clause's subject
        let next = layer.tokens[i + 1]
        if ClauseParts.auxiliaries.contains(next) || VerbBase.isPastForm(next) || layer.tokens[i].endsPossessive { return content }
        return layer.tokens[i + 1].range.lowerBound..<content.upperBound
    }

    /// "Trump said that the wall would be built", "told reporters Tuesday that, if elected, …":
    /// the "that" between the cue and the reported clause opens the content.
    private func withComplementizer(_ content: Range<Int>, cue: Range<Int>) -> Range<Int> {
        guard content.lowerBound >= cue.upperBound else { return content }
        var i = layer.tokenIndex(atOrAfter: content.lowerBound) - 1
        while i >= 0, layer.tokens[i].isMark(",") { i -= 1 }
        guard i >= 0, layer.tokens[i].lower == "that", layer.tokens[i].range.lowerBound >= cue.upperBound else { return content }
        return layer.tokens[i].range.lowerBound..<content.upperBound
    }

    /// "called him a “loser.”": content that stops inside a quotation, before nothing but the
    /// marks that close it, runs to the closing quotation mark; so does content that stops
    /// inside a quotation it opened, however much of it is left ("said the plan “would not
    /// work. Nobody wants it.”": the quotation goes on past the sentence's end).
    private func throughClosingMark(_ content: Range<Int>) -> Range<Int> {
        guard !content.isEmpty, let quote = layer.quotation(containing: content.upperBound - 1),
              quote.inner.contains(content.upperBound - 1), quote.range.upperBound > content.upperBound else { return content }
        let rest = layer.text.scalars[content.upperBound..<quote.range.upperBound]
        guard quote.range.lowerBound > content.lowerBound
                || !rest.contains(where: { ScalarClass.isWordScalar($0) || ScalarClass.isWhitespace($0) }) else { return content }
        return content.lowerBound..<quote.range.upperBound
    }
}

extension PositionExtractor {
    private static let leadInAdverbs: WordSet = ["earlier", "later", "again", "repeatedly", "also", "afterwards", "recently",
                                                 "publicly", "privately", "previously", "yesterday", "today", "often", "once"]

    /// "(said) during a news conference that", "(said) earlier on Friday at a rally that": a word
    /// that opens a phrase of where, when or how something was said, which may run long before
    /// the "that" of the reported clause.
    func opensLeadIn(_ token: Token) -> Bool {
        Self.prepositions.contains(token) || Self.timeWords.contains(token) || Self.leadInAdverbs.contains(token)
    }
}

extension PositionExtractor {
    /// Words that open a noun phrase: articles, possessives and demonstratives.
    static let determiners: WordSet = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
                                       "those", "such"]
    /// Verbs that take the person addressed before their "that": "assured the voters that".
    private static let addresseeVerbs: WordSet = ["assured", "assures", "reassured", "promised", "promises", "informed",
                                                  "convinced", "persuaded", "advised", "notified", "briefed"]

    /// "said the plan that Hill drafted will fail": after a verb with no object, a "that" that
    /// follows a noun phrase (not one of time, "said this week that", nor a clause with a verb of
    /// its own, "said his family assumed that") opens a relative clause of the content's subject,
    /// not the reported clause.
    func isRelativeThat(_ that: Int, leadIn start: Int, cue k: Int) -> Bool {
        let cue = layer.tokens[k]
        guard !Self.objectVerbs.contains(cue), !Self.addresseeVerbs.contains(cue), start < that,
              Self.determiners.contains(layer.tokens[start]) else { return false }
        return !(start..<that).contains {
            let t = layer.tokens[$0]
            return Self.timeWords.contains(t) || t.lower == "day" || !t.isCapitalized && t.lower.hasSuffix("ed")
        }
    }
}

extension PositionExtractor {
    /// The body paragraph after paragraph `index` when token `i` opens it with a quotation that
    /// ends its sentence with a full stop: by the open-quote-per-paragraph convention the
    /// speaker's words go on there (one closed by a comma or a question mark, "“Q2,” …",
    /// "“Q2?” …", waits for an attribution of its own).
    func nextParagraph(after index: Int, at i: Int) -> Range<Int>? {
        guard index + 1 < layer.paragraphs.count, i < layer.tokens.count, isQuotationStart(i),
              let quote = layer.quotation(containing: layer.tokens[i].range.lowerBound),
              closesSentence(quote.range) else { return nil }
        let next = layer.paragraphs[index + 1]
        guard next.role == .body, layer.tokens[i].range.lowerBound == next.range.lowerBound else { return nil }
        return next.range
    }
}
