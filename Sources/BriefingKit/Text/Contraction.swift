/// A personal pronoun's contracted verb ("he'll", "I'm", "they're", "she'd", "it's"): the
/// tokenizer splits it into the pronoun and the verb, and the verb's lower-case form is the
/// full word ("will", "am", "are", "would", "is"), so that every lexicon look-up reads
/// "he'll attend" as "he will attend". The written text is kept for display.
enum Contraction {
    private static let pronouns: Set<String> = ["i", "you", "he", "she", "it", "we", "they"]
    private static let verbs: [String: String] = ["ll": "will", "re": "are", "m": "am", "ve": "have", "s": "is", "d": "would"]
    /// The reading of an ambiguous "'s" and "'d" before a past participle: "he's been", "she'd said".
    private static let perfect: [String: String] = ["s": "has", "d": "had"]
    /// Past participles that do not end in "-ed" ("seen", "won"); not "run", which after "'d"
    /// is the base form ("he'd never run a negative ad").
    static let irregularParticiples: Set<String> = ["been", "done", "gone", "won", "lost", "made", "had", "seen", "known",
                                                    "taken", "given", "held", "become", "come", "kept", "brought",
                                                    "thought", "told", "found", "paid", "got", "gotten", "said", "left",
                                                    "heard", "written", "spoken", "felt", "met"]
    private static let skipped: Set<String> = ["not", "never", "already", "just", "also", "long", "ever", "since", "still"]

    /// Where the contracted verb of `word` starts (at its apostrophe), or nil when `word` is no
    /// pronoun contraction ("don't", "Ukraine's", "'90s" keep one token).
    static func split(_ s: [Unicode.Scalar], _ word: Range<Int>) -> Int? {
        guard word.count >= 3, word.count <= 7 else { return nil }
        // the first apostrophe, after the word's first scalar (most words have none)
        var found: Int?
        for i in word where s[i] == "'" || s[i] == "\u{2019}" { found = i; break }
        guard let mark = found, mark > word.lowerBound,
              pronouns.contains(lowered(s[word.lowerBound..<mark])),
              verbs[lowered(s[(mark + 1)..<word.upperBound])] != nil else { return nil }
        return mark
    }

    /// The full verb a contraction stands for, reading "'s" and "'d" by the words after it:
    /// "has" / "had" before a past participle ("he's won", "she'd never seen"), unless the
    /// participle takes "to" or "by" ("it's expected to", "he's committed to": "is"). Adverbs
    /// between do not count ("he'd barely campaigned").
    static func fullVerb(_ contracted: String, next s: [Unicode.Scalar], from start: Int, end: Int) -> String {
        let key = String(Substring(contracted.unicodeScalars.dropFirst())).lowercased()
        guard let full = verbs[key] else { return contracted.lowercased() }
        guard let perfect = perfect[key] else { return full }
        var words = nextWords(s, from: start, end: end, count: 4)
        while let first = words.first, skipped.contains(first) || first.count > 4 && first.hasSuffix("ly") { words.removeFirst() }
        guard let verb = words.first else { return full }
        let participle = irregularParticiples.contains(verb) || verb.count > 3 && verb.hasSuffix("ed")
        let takesObjectPhrase = words.count > 1 && ["to", "by"].contains(words[1]) && verb != "been"
        return participle && !takesObjectPhrase ? perfect : full
    }

    private static func lowered(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        ScalarText.string(scalars).lowercased()
    }

    /// Up to `count` lower-case words after `start`, across spaces only.
    private static func nextWords(_ s: [Unicode.Scalar], from start: Int, end: Int, count: Int) -> [String] {
        var words: [String] = []
        var i = start
        while words.count < count, i < end {
            guard s[i] == " " else { break }
            while i < end, s[i] == " " { i += 1 }
            var j = i
            while j < end, ScalarClass.isAlphabetic(s[j]) { j += 1 }
            guard j > i else { break }
            words.append(lowered(s[i..<j]))
            i = j
        }
        return words
    }
}
