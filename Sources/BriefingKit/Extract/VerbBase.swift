/// The base form of a finite verb, for a question that fronts "do", "does", "did" or "will":
/// "loses" → "lose", "carries" → "carry", "believed" → "believe", "stopped" → "stop", "won" →
/// "win". A regular form's candidate bases are checked against the common-words list ("voted"
/// → "vote", not "vot"; "visited" → "visit", not "visite"); nil when no candidate is a known
/// word, so the caller keeps the words as they are rather than guess.
struct VerbBase {
    /// A finite verb's tense, as far as its form shows it.
    enum Tense { case present, past }

    let lexicons: Lexicons

    /// Irregular past forms of verbs news reports use, to their base.
    static let irregularPast: [String: String] = [
        "lost": "lose", "won": "win", "said": "say", "made": "make", "took": "take", "gave": "give", "held": "hold",
        "became": "become", "came": "come", "kept": "keep", "brought": "bring", "thought": "think", "told": "tell",
        "found": "find", "paid": "pay", "got": "get", "left": "leave", "heard": "hear", "wrote": "write",
        "spoke": "speak", "felt": "feel", "met": "meet", "went": "go", "knew": "know", "saw": "see", "ran": "run",
        "sent": "send", "spent": "spend", "meant": "mean", "sought": "seek", "bought": "buy", "chose": "choose",
        "drew": "draw", "grew": "grow", "began": "begin", "led": "lead", "broke": "break", "fell": "fall",
        "understood": "understand", "stood": "stand", "taught": "teach", "caught": "catch", "fought": "fight",
        "built": "build", "sold": "sell", "struck": "strike", "threw": "throw", "withdrew": "withdraw", "rose": "rise",
        "forgot": "forget", "overcame": "overcome", "swore": "swear", "sat": "sit", "shot": "shoot", "ate": "eat",
    ]

    /// Whether a token is a lower-case past form: "yawned", "said".
    static func isPastForm(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && (token.lower.hasSuffix("ed") && token.lower.count > 4
            || irregularPast[token.lower] != nil)
    }

    /// Present forms in "-s" whose base is not the word without it.
    private static let irregularPresent: [String: String] = ["goes": "go"]

    /// Words in "-s" or "-ed" that are no finite verb.
    private static let notVerbs: Set<String> = ["news", "its", "this", "thus", "yes", "as", "was", "is", "his", "hers",
                                                "ours", "theirs", "does", "has", "always", "perhaps", "less", "unless", "various",
                                                "hundred", "indeed", "united", "red", "bed", "sometimes", "nevertheless"]

    /// Whether `word` has the form of a regular finite verb ("reconvenes", "mishandled"), known
    /// or not; not a possessive ("party's"), a group noun ("voters") nor "business", "focus".
    func hasRegularForm(_ word: String) -> Bool {
        word.count > 2 && !Self.notVerbs.contains(word) && !lexicons.groupNouns.contains(word) && word.allSatisfy({ $0.isLetter })
            && (word.hasSuffix("ed") || word.hasSuffix("s") && !["ss", "us", "is"].contains(where: { word.hasSuffix($0) }))
    }

    /// The base form and tense of `word`, or nil.
    func base(of word: String) -> (base: String, tense: Tense)? {
        if let base = Self.irregularPast[word] { return (base, .past) }
        if let base = Self.irregularPresent[word] { return (base, .present) }
        guard hasRegularForm(word) else { return nil }
        return word.hasSuffix("ed") ? pastBase(word).map { ($0, .past) } : presentBase(word).map { ($0, .present) }
    }

    private func known(_ word: String) -> Bool { lexicons.commonWords.contains(word) }

    /// "carries" → "carry", "pushes" → "push", "loses" → "lose", "wants" → "want".
    private func presentBase(_ word: String) -> String? {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if ["ches", "shes", "sses", "xes", "zzes"].contains(where: { word.hasSuffix($0) }) {
            return String(word.dropLast(2))
        }
        let base = String(word.dropLast())
        return known(base) ? base : nil
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// "carried" → "carry", "agreed" → "agree", "stopped" → "stop", "called" → "call", "voted"
    /// → "vote", "hoped" → "hope" (both "hop" and "hope" are words: one vowel before the last
    /// consonant asks for the "e"), "wanted" → "want".
    private func pastBase(_ word: String) -> String? {
        if word.hasSuffix("ied"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        return stemBase(String(word.dropLast(2)))
    }

    /// The base of a gerund: "sabotaging" → "sabotage", "covering" → "cover", "plotting" →
    /// "plot", "trying" → "try", "lying" → "lie"; nil when no candidate is a known word.
    func gerundBase(_ word: String) -> String? {
        guard word.hasSuffix("ing"), word.count >= 5, word.allSatisfy({ $0.isLetter }) else { return nil }
        // "lying" → "lie", "dying" → "die", "tying" → "tie" (not "lye", "dye")
        if word.count == 5, word.hasSuffix("ying") { return String(word.prefix(1)) + "ie" }
        return stemBase(String(word.dropLast(3)))
    }

    /// The base of a regular stem without its ending ("stopp" → "stop", "vot" → "vote").
    private func stemBase(_ stem: String) -> String? {
        let chars = Array(stem)
        guard chars.count >= 2, let last = chars.last else { return nil }
        let before = chars[chars.count - 2]
        // "stopped", "planned" — not "called", "passed"
        if last == before, !Self.vowels.contains(last), known(String(stem.dropLast())), !known(stem) {
            return String(stem.dropLast())
        }
        switch (known(stem), known(stem + "e")) {
        case (true, false): return stem
        case (false, true): return stem + "e"
        case (true, true):
            let single = Self.vowels.contains(before) && !Self.vowels.contains(last)
                && (chars.count == 2 || !Self.vowels.contains(chars[chars.count - 3]))
            return single ? stem + "e" : stem
        case (false, false): return nil
        }
    }
}
