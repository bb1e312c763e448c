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

    /// A question from the clause `tokens`; `fallbackPrefix` opens it when no auxiliary is found.
    func question(from tokens: Range<Int>, fallbackPrefix: String) -> String {
        var words = tokens.map { layer.tokens[$0] }
        while let first = words.first, first.kind == .punctuation || Self.leadIns.contains(first) { words.removeFirst() }
        while let last = words.last, last.kind == .punctuation && !["'", "\u{2019}", "\"", "\u{201D}", ")"].contains(last.text) {
            words.removeLast()
        }
        guard !words.isEmpty else { return fallbackPrefix + "?" }
        let text: String
        if words.first?.lower == "should", words.count > 2 {
            // "should a peace deal be signed" → "Will a peace deal be signed?"
            text = "Will " + join(Array(words.dropFirst()))
        } else if let aux = words.prefix(8).firstIndex(where: { Self.auxiliaries.contains($0) }), aux > 0 {
            let auxWord = words[aux].text.prefix(1).uppercased() + words[aux].text.dropFirst()
            var subject = words[..<aux].map { $0 }
            if let first = subject.first, first.isCapitalized, !isName(first) {
                subject[0] = Token(range: first.range, kind: first.kind, text: first.lower)
            }
            text = auxWord + " " + join(subject) + " " + join(Array(words[(aux + 1)...]))
        } else {
            if let first = words.first, first.isCapitalized, !isName(first) {
                words[0] = Token(range: first.range, kind: first.kind, text: first.lower)
            }
            text = fallbackPrefix + " " + join(words)
        }
        return text.trimmingCharacters(in: .whitespaces) + "?"
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
        guard let first = words.first else { return "Is it true?" }
        if first.isCapitalized, !isName(first) { words[0] = Token(range: first.range, kind: first.kind, text: first.lower) }
        return "Is it true that " + join(words) + "?"
    }

    private func isName(_ token: Token) -> Bool {
        !SentenceStarters.words.contains(token)
    }

    /// The words with the article's own spacing, on one line.
    private func join(_ words: [Token]) -> String {
        guard let first = words.first, let last = words.last else { return "" }
        var text = layer.string(first.range.lowerBound..<last.range.upperBound)
        if first.text != layer.string(first.range) { text = first.text + String(text.dropFirst(first.text.count)) }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}

import Foundation
