/// Splits a range of text into word, number and punctuation tokens.
///
/// Words keep inner apostrophes and hyphens ("Ukraine's", "article-5", "don't") and
/// abbreviation dots ("U.S.", "Mr."), so that later stages see one token per word.
public struct Tokenizer: Sendable {
    private let abbreviations: Set<String>
    /// The most scalars an abbreviation has (`Int.max` unless they are all ASCII): a longer
    /// word, which lower-cases to at least as many scalars, cannot be one.
    private let longestAbbreviation: Int

    /// - Parameter abbreviations: lower-case words that keep their final dot ("mr", "gen").
    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
        longestAbbreviation = abbreviations.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
            ? abbreviations.map(\.utf8.count).max() ?? 0 : .max
    }

    /// Tokens of `range` in text order.
    public func tokens(of text: ScalarText, in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        appendTokens(of: text, in: range, to: &tokens)
        return tokens
    }

    /// Appends the tokens of `range` to `tokens`, in text order: the text layer gathers an
    /// article's tokens in one array without copying each paragraph's. Each token gets its word
    /// id as it is made; a word written as before (most) takes its strings and id from the word
    /// table's forms, under one lock for the paragraph.
    func appendTokens(of text: ScalarText, in range: Range<Int>, to tokens: inout [Token]) {
        WordTable.shared.withNumbering { numbering in
            appendTokens(of: text, in: range, to: &tokens, numbering: &numbering)
        }
    }

    private func appendTokens(of text: ScalarText, in range: Range<Int>, to tokens: inout [Token],
                              numbering: inout WordTable.Numbering) {
        let s = text.scalars
        var i = range.lowerBound
        let end = range.upperBound
        let asciiMarks = Self.asciiMarks
        while i < end {
            let c = s[i]
            if ScalarClass.isWhitespace(c) { i += 1; continue }
            if ScalarClass.isWordScalar(c) {
                var j = i + 1
                // an apostrophe joins a word only here: a word without one is no contraction
                var hasApostrophe = false
                // where the word's last segment starts, after its last inner hyphen or apostrophe
                // ("N.Y." in "D-N.Y."): a dotted abbreviation is read within that segment
                var segmentStart = i
                while j < end {
                    if ScalarClass.isWordScalar(s[j]) { j += 1; continue }
                    // digit groups and decimals: 30,000 / 12.2
                    if s[j] == "," || s[j] == ".", j + 1 < end, ScalarClass.isNumeric(s[j - 1]),
                       ScalarClass.isNumeric(s[j + 1]) { j += 2; continue }
                    // inner apostrophe or hyphen between word characters
                    if Self.isInnerJoiner(s[j]), j + 1 < end, ScalarClass.isWordScalar(s[j + 1]) {
                        if s[j] == "'" || s[j] == "\u{2019}" { hasApostrophe = true }
                        segmentStart = j + 1
                        j += 2
                        continue
                    }
                    // dotted abbreviation: U.S. / a.m.
                    if s[j] == ".", j + 1 < end, ScalarClass.isAlphabetic(s[j + 1]), j + 2 <= end,
                       j - segmentStart <= 2, j + 2 == end || !ScalarClass.isWordScalar(s[j + 2]) || (j + 2 < end && s[j + 2] == ".") {
                        j += 2
                        continue
                    }
                    break
                }
                // keep the final dot of an abbreviation or an initial
                if j < end, s[j] == ".", isAbbreviation(text, i..<j, forms: numbering.forms) { j += 1 }
                // "he'll", "I'm", "they're": the pronoun and the verb it contracts are two words
                if hasApostrophe, let split = Contraction.split(s, i..<j) {
                    let pronoun = text.string(i, split), verb = text.string(split, j)
                    let pronounLower = Self.lower(pronoun, s[i..<split])
                    let verbLower = Contraction.fullVerb(verb, next: s, from: j, end: end)
                    tokens.append(Token(range: i..<split, kind: .word, text: pronoun, lower: pronounLower,
                                        wordID: numbering.number(pronounLower, capped: true)))
                    tokens.append(Token(range: split..<j, kind: .word, text: verb, lower: verbLower,
                                        wordID: numbering.number(verbLower, capped: true)))
                    i = j
                    continue
                }
                if let known = numbering.forms.token(s, i..<j) {
                    tokens.append(known)
                } else {
                    let isNumber = s[i..<j].allSatisfy { ScalarClass.isNumeric($0) || $0 == "," || $0 == "." }
                    let (word, lower) = Self.word(s, i..<j)
                    let token = Token(range: i..<j, kind: isNumber ? .number : .word, text: word, lower: lower,
                                      wordID: numbering.number(lower, capped: true))
                    // a word the table did not number is asked again: a word list may number it
                    if token.wordID != WordTable.unnumbered { numbering.forms.keep(token, s, i..<j) }
                    tokens.append(token)
                }
                i = j
            } else if c.value < 0x80 {
                // an ASCII mark (most): its string made once per process, and caseless
                let mark = asciiMarks[Int(c.value)]
                tokens.append(Token(range: i..<(i + 1), kind: .punctuation, text: mark, lower: mark,
                                    wordID: numbering.markID(mark, value: Int(c.value))))
                i += 1
            } else {
                let mark = String(Character(c))
                // a mark has no case, as a rule: lower-case it only when it has one
                let lower = c.isASCII || !c.properties.changesWhenLowercased ? mark : mark.lowercased()
                tokens.append(Token(range: i..<(i + 1), kind: .punctuation, text: mark, lower: lower,
                                    wordID: numbering.number(lower, capped: true)))
                i += 1
            }
        }
    }

    /// The string of each ASCII scalar, by its value.
    private static let asciiMarks: [String] = (0..<0x80).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// Whether the word in `range`, followed by a dot, keeps the dot; its lower case is the word
    /// table's form's when `forms` knows it.
    private func isAbbreviation(_ text: ScalarText, _ range: Range<Int>, forms: WordForms) -> Bool {
        // single capital initial ("A." in "William A. Ackman") or dotted forms ("U.S"); a word
        // without a dot scalar holds no dot (most words)
        if range.count == 1, ScalarClass.isUppercase(text.scalars[range.lowerBound]) { return true }
        if text.scalars[range].contains("."), text.string(range).containsMark(".") { return true }
        // a word longer than every abbreviation needs no look-up (most sentence ends)
        return range.count <= longestAbbreviation
            && abbreviations.contains(forms.lower(text.scalars, range) ?? text.string(range).lowercased())
    }

    /// The text of the word in `range` and its lower case (`lower(_:_:)`): for an ASCII word
    /// (most), both written from one pass over its scalars.
    private static func word(_ s: [Unicode.Scalar], _ range: Range<Int>) -> (text: String, lower: String) {
        var hasCapital = false
        for k in range {
            let value = s[k].value
            if value >= 0x80 {
                let word = ScalarText.string(s[range])
                return (word, lower(word, s[range]))
            }
            if (0x41...0x5A).contains(value) { hasCapital = true }
        }
        let word = String(unsafeUninitializedCapacity: range.count) { bytes in
            for k in range { bytes[k - range.lowerBound] = UInt8(truncatingIfNeeded: s[k].value) }
            return range.count
        }
        guard hasCapital else { return (word, word) }
        let lower = String(unsafeUninitializedCapacity: range.count) { bytes in
            for k in range {
                let byte = UInt8(truncatingIfNeeded: s[k].value)
                bytes[k - range.lowerBound] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            }
            return range.count
        }
        return (word, lower)
    }

    /// `word.lowercased()` (which maps each scalar on its own), from its scalars: the word itself
    /// when it has no capital, the ASCII letters mapped directly when its other scalars have no
    /// lower case of their own ("Trump’s": the apostrophe stays as it is).
    private static func lower(_ word: String, _ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var hasCapital = false
        for c in scalars {
            if c.value >= 0x80 {
                if c.properties.changesWhenLowercased { return word.lowercased() }
            } else if (0x41...0x5A).contains(c.value) {
                hasCapital = true
            }
        }
        guard hasCapital else { return word }
        // an upper-case ASCII byte is never part of a longer character's bytes
        return String(unsafeUninitializedCapacity: word.utf8.count) { bytes in
            var n = 0
            for byte in word.utf8 {
                bytes[n] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                n += 1
            }
            return n
        }
    }

    static func isInnerJoiner(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "-" || c == "\u{2010}" || c == "&"
    }
}
