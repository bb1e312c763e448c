/// Turns the clause that raises an open question into a question in plain words, by moving
/// its first auxiliary to the front ("the US will provide guarantees" → "Will the US
/// provide guarantees?").
struct QuestionPhraser {
    let layer: TextLayer

    private static let auxiliaries: WordSet = ["will", "would", "can", "could", "is", "are", "was", "were", "has", "have",
                                                   "had", "should", "may", "might", "must", "does", "do", "did"]
    private static let quoteMarks: WordSet = ["'", "\"", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}"]
    private static let leadIns: WordSet = ["whether", "if", "unless", "once", "should", "that", "but", "and", "so", "only",
                                               "or", "yet", "maybe", "perhaps"]

    /// Words after "is", "has" that make the clause ask about the future: "Rubio has yet to win
    /// a primary" → "Will Rubio win a primary?", "the panel is expected to rule" → "Will the panel
    /// rule?".
    private static let expectations: Set<String> = ["yet", "expected", "scheduled", "due", "set", "likely", "poised", "slated"]

    /// A question from the clause `tokens`; `fallbackPrefix` opens it when no auxiliary is found.
    func question(from tokens: Range<Int>, fallbackPrefix: String) -> String {
        var words = tokens.map { layer.tokens[$0] }
        while let first = words.first, first.kind == .punctuation || Self.leadIns.contains(first.lower) {
            words.removeFirst()
            // "whether or not people want …"
            if first.lower == "or", words.first?.lower == "not" { words.removeFirst() }
        }
        dropAttribution(&words)
        while let last = words.last, last.kind == .punctuation && !["'", "\u{2019}", "\"", "\u{201D}", ")"].contains(last.text) {
            words.removeLast()
        }
        guard !words.isEmpty else { return fallbackPrefix + "?" }
        let text: String
        var aux = words.prefix(8).firstIndex { Self.auxiliaries.contains($0.lower) }
        // "in what could ultimately stall …", "which is expected to come …": a relative pronoun
        // subject reads as "it" ("Could it ultimately stall …?")
        if let found = aux, found == 1 || found == 2 && words[0].lower == "in", Self.relatives.contains(words[found - 1].lower) {
            let relative = words[found - 1]
            words.replaceSubrange(0..<found, with: [Token(range: relative.range, kind: relative.kind, text: "it")])
            aux = 1
        }
        if words.first?.lower == "should", words.count > 2 {
            // "should a peace deal be signed" → "Will a peace deal be signed?"
            text = "Will " + join(Array(words.dropFirst()))
        } else if let aux, aux > 0, !["which", "who", "that"].contains(words[0].lower),
                  ["is", "are", "was", "were", "has", "have"].contains(words[aux].lower),
                  let to = expectationTo(after: aux, in: words) {
            text = "Will " + lowered(Array(words[..<aux])) + " " + join(Array(words[(to + 1)...]))
        } else if let aux, aux > 0 {
            // the full word of a contraction: "they'll bother to vote" → "Will they bother to vote?"
            let auxWord = words[aux].lower.prefix(1).uppercased() + words[aux].lower.dropFirst()
            text = auxWord + " " + lowered(Array(words[..<aux])) + " " + join(Array(words[(aux + 1)...]))
        } else {
            if let first = words.first, first.isCapitalized, !isName(first) {
                words[0] = Token(range: first.range, kind: first.kind, text: first.lower)
            }
            text = fallbackPrefix + " " + join(words)
        }
        return text.trimmingCharacters(in: .whitespaces) + "?"
    }

    private static let relatives: Set<String> = ["which", "what"]

    /// The "to" of an expectation after the auxiliary at `aux`, past one adverb: "is expected
    /// to", "is widely expected to", "has yet to".
    private func expectationTo(after aux: Int, in words: [Token]) -> Int? {
        var i = aux + 1
        if i < words.count, words[i].lower.hasSuffix("ly") || ["also", "still", "now"].contains(words[i].lower) { i += 1 }
        guard i + 1 < words.count, Self.expectations.contains(words[i].lower), words[i + 1].lower == "to" else { return nil }
        return i + 1
    }

    /// The subject words with a sentence-opening capital lowered ("The council" → "the
    /// council", "Rubio" kept).
    private func lowered(_ subject: [Token]) -> String {
        var subject = subject
        if let first = subject.first, first.isCapitalized, !isName(first) {
            subject[0] = Token(range: first.range, kind: first.kind, text: first.lower)
        }
        return subject.isEmpty ? "" : join(subject)
    }

    /// Cuts a closing attribution: "he's tricked himself,” Sexton said" → "he's tricked himself".
    private func dropAttribution(_ words: inout [Token]) {
        guard let close = words.indices.dropFirst().first(where: { i in
            // a closing mark sits right against the comma or stop before it
            Self.quoteMarks.contains(words[i].text) && words[i - 1].kind == .punctuation
                && [",", ".", "!", "?"].contains(words[i - 1].text) && i + 1 < words.count
                && words[i - 1].range.upperBound == words[i].range.lowerBound
        }) else { return }
        words.removeSubrange((close - 1)...)
    }

    /// The outcome clause as a question followed by its condition: "we will see liberals on the
    /// court" + "if Trump becomes president" → "Will we see liberals on the court if Trump
    /// becomes president?".
    func question(from outcome: Range<Int>, condition: Range<Int>) -> String {
        // an outcome inside a relative clause or a report ("which X has said will …", "X said: '…'")
        // does not read as a question: ask about the condition alone
        let first = outcome.lowerBound < layer.tokens.count ? layer.tokens[outcome.lowerBound].lower : ""
        if ["which", "who", "that", "what"].contains(first)
            || outcome.contains(where: { layer.tokens[$0].isMark(":") || Self.quoteMarks.contains(layer.tokens[$0].text) }) {
            return question(from: condition, fallbackPrefix: "Will it turn out that")
        }
        let asked = question(from: outcome, fallbackPrefix: "Will it turn out that")
        var words = condition.map { layer.tokens[$0] }
        while let last = words.last, last.kind == .punctuation { words.removeLast() }
        guard let first = words.first else { return asked }
        if first.isCapitalized { words[0] = Token(range: first.range, kind: first.kind, text: first.lower) }
        return String(asked.dropLast()) + " " + join(words) + "?"
    }

    /// A literal question from the text, on one line, without closing quotation marks.
    func literal(_ tokens: Range<Int>) -> String {
        var words = tokens.map { layer.tokens[$0] }
        while let last = words.last, last.kind == .punctuation, !last.isMark("?") { words.removeLast() }
        return join(words)
    }

    /// "Is it true that …?" for a contested claim.
    func claimQuestion(from tokens: Range<Int>) -> String {
        var words = tokens.map { layer.tokens[$0] }
        while let first = words.first, first.kind == .punctuation || Self.leadIns.contains(first) { words.removeFirst() }
        while let last = words.last, last.kind == .punctuation { words.removeLast() }
        guard !words.isEmpty else { return "Is it true?" }
        return "Is it true that " + lowered(words) + "?"
    }

    /// "Are the accusations true? Trump denied them through a spokeswoman.": the denied claim
    /// `claim`, asked about, then the denial in `clause` with the claim as a pronoun.
    func denialQuestion(claim: Range<Int>, clause: Range<Int>) -> String {
        let head = layer.tokens[claim.upperBound - 1].lower
        let plural = head.hasSuffix("s") && !head.hasSuffix("ss")
        var words = clause.map { layer.tokens[$0] }
        while let first = words.first, first.kind == .punctuation || Self.leadIns.contains(first.lower) { words.removeFirst() }
        while let last = words.last, last.kind == .punctuation { words.removeLast() }
        let before = words.filter { $0.range.upperBound <= layer.tokens[claim.lowerBound].range.lowerBound }
        let after = words.filter { $0.range.lowerBound >= layer.tokens[claim.upperBound - 1].range.upperBound }
        var denial = join(before) + " " + (plural ? "them" : "it") + (after.isEmpty ? "" : " " + join(after))
        denial = denial.prefix(1).uppercased() + denial.dropFirst()
        return (plural ? "Are " : "Is ") + lowered(claim.map { layer.tokens[$0] }) + " true? " + denial + "."
    }

    private func isName(_ token: Token) -> Bool {
        !SentenceStarters.words.contains(token)
    }

    /// The words with the article's own spacing, on one line.
    private func join(_ words: [Token]) -> String {
        guard let first = words.first, let last = words.last else { return "" }
        var text = layer.string(first.range.lowerBound..<last.range.upperBound)
        let written = layer.string(first.range)
        if first.text != written { text = first.text + String(text.dropFirst(written.count)) }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}

import Foundation
