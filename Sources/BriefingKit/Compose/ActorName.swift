import Foundation

/// An actor's name as the merge compares it: titles and a trailing "of PLACE" removed, countries and
/// known organizations mapped to their canonical names ("Britain" → "United Kingdom"), and the
/// title words kept aside as evidence of who a bare surname means ("President Obama").
struct ActorName: Hashable, Sendable {
    /// The name without titles, in its original spelling ("Barack Obama").
    var display: String
    /// `display` lower-cased, words single-spaced: the merge key. Middle initials stay, since
    /// they tell people apart ("George W. Bush", "George H. W. Bush").
    var key: String
    /// The key's words.
    var words: [String]
    /// Lower-case words of the titles that stood before the name, and of their roles.
    var titleWords: Set<String>

    init(_ name: String, kind: ActorKind, lexicons: Lexicons) {
        let original = name.split(whereSeparator: \.isWhitespace).map(String.init)
        let lowered = original.map { $0.lowercased() }
        let whole = lowered.joined(separator: " ")
        if kind == .country || kind == .organization || kind == .group,
           let canonical = lexicons.countries[whole] ?? lexicons.organizations[whole] {
            self.init(display: canonical, titleWords: [])
            return
        }
        // Drop everything up to the last title word that still leaves a name after it.
        var start = 0
        var titleWords: Set<String> = []
        if kind == .person {
            for (index, word) in lowered.enumerated() where index < lowered.count - 1 {
                if let role = lexicons.titles[word] {
                    start = index + 1
                    titleWords.insert(word.trimmingCharacters(in: .punctuationCharacters))
                    role.split(separator: " ").forEach { titleWords.insert(String($0)) }
                }
            }
        }
        var kept = Array(original[start...])
        // "Bernie Sanders of Vermont" is Bernie Sanders.
        if kind == .person, let of = kept.firstIndex(of: "of"), of >= 2 { kept = Array(kept[..<of]) }
        if let last = kept.last, last.hasSuffix("'s") || last.hasSuffix("’s") {
            kept[kept.count - 1] = String(last.dropLast(2))
        }
        self.init(display: kept.joined(separator: " "), titleWords: titleWords)
    }

    private init(display: String, titleWords: Set<String>) {
        self.display = display
        self.words = display.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        self.key = words.joined(separator: " ")
        self.titleWords = titleWords
    }

    /// Words that begin names of movements and bodies ("New Democrats", "Young Republicans"),
    /// never a given name: such a name has no surname.
    static let nonGivenWords: Set<String> = ["new", "old", "young", "former", "the", "united", "democratic",
                                             "republican", "national", "american", "british", "first", "great",
                                             "north", "south", "east", "west", "black", "white"]

    /// The last word of a person's name of several words (the surname), else nil.
    var surname: String? {
        guard words.count > 1, let first = words.first, !Self.nonGivenWords.contains(first) else { return nil }
        return words.last
    }

    /// The key without middle initials ("donald j. trump" → "donald trump"), or nil when the
    /// name has none.
    var keyWithoutInitials: String? {
        guard words.count >= 3 else { return nil }
        let middle = words.dropFirst().dropLast()
        let kept = middle.filter { word in
            !(word.count <= 2 && word.first?.isLetter == true && (word.count == 1 || word.hasSuffix(".")))
        }
        guard kept.count < middle.count else { return nil }
        return ([words[0]] + kept + [words[words.count - 1]]).joined(separator: " ")
    }

    /// Party and movement words a noisy extraction may tag as a person: never a surname.
    static let partyWords: Set<String> = ["republican", "republicans", "democrat", "democrats", "conservative",
                                          "conservatives", "liberal", "liberals", "independent", "independents"]

    /// Whether a one-word name may be a surname: not a party word, group noun or demonym.
    func maySurname(_ lexicons: Lexicons) -> Bool {
        words.count == 1 && !Self.partyWords.contains(key) && !lexicons.groupNouns.contains(key)
            && lexicons.countries[key] == nil
    }
}
