/// Decides which "people" the name rules made are no person at all, by the shape of the name
/// and how the text uses it:
/// - a description without a name: only party, title, place and ordinary words ("Democrat",
///   "the Florida Republican", "Pennsylvania Gov.", "Texas Congressman"), no actor; in the
///   plural ("Senate Dems", "Southern Dems") a group;
/// - an adjective compound: a name ending in a participle or adjective after a hyphen ("New
///   York City-based activist", "Pulitzer Prize-winning author", "Right-wing parties"), or
///   such a compound before a description ("the Donald Trump-led Republican field"), no actor;
/// - a place: a name the text writes every time after a preposition of place ("in Puerto
///   Rico") or before a comma and a state or country ("Newtown, Connecticut"), no actor;
/// - a thing or an event: a name without a first name or a role that qualifies the noun
///   after it in every mention, once after an article ("the Cadillac tax", "the Quartet
///   statement", "a Reagan appointee"), with no title before it and no institution after it
///   ("the Obama administration"), no actor; before "poll" ("a Des Moines Register poll",
///   "the Post-SurveyMonkey poll") it names the pollster, an organization;
/// - an ordinary word capitalized only as the first of its sentence ("Moreover", "Everybody"), no actor.
/// A person who speaks or commits anywhere is kept: the text makes them act.
struct NamelessPersons {
    let layer: TextLayer
    let lexicons: Lexicons

    /// What such a "person" is instead.
    enum Verdict { case noActor, group, organization }

    /// What `entry`, a person that never acts, is instead of a person, if it is one of the kinds above.
    func verdict(on entry: ActorRegistry.Entry) -> Verdict? {
        guard entry.kind == .person, entry.acts == 0 else { return nil }
        let words = NameWords.split(entry.name.lowercased())
        if isDescription(words[...]) {
            return Self.partyPlurals.contains(words.last ?? "") ? .group : .noActor
        }
        // a capital after the hyphen is a name's ("Abdul El-Sayed"), not an adjective's
        let written = NameWords.split(entry.name)
        if let compound = words.indices.first(where: { isAdjectiveCompound(words[$0]) && !hasCapitalAfterHyphen(written[$0]) }),
           compound == words.count - 1 || isDescription(words[(compound + 1)...]) { return .noActor }
        // a person's name starts with a first name ("interest in Bernie Sanders", "the Tom Hanks movie")
        guard !lexicons.firstNames.contains(words.first ?? "") else { return nil }
        let named = entry.mentions.filter { isName($0) }
        guard !named.isEmpty else { return nil }
        if isCapitalizedWord(words, named: named) { return .noActor }
        if words.count == 1, let verdict = wordShapeVerdict(NameWords.split(entry.name)[0]) { return verdict }
        if named.allSatisfy(isPlace) { return .noActor }
        // "the Obama administration", "the Kirkpatrick for Senate campaign": an institution's name
        guard entry.role == nil, let nouns = nounsQualified(by: named),
              !nouns.contains(where: { lexicons.organizationWords.contains($0) || Self.ruleNouns.contains($0) }) else { return nil }
        return nouns.contains(where: lexicons.pollWords.contains) ? .organization : .noActor
    }

    /// Nouns of a person's rule besides the organization words: "the Assad regime".
    private static let ruleNouns: WordSet = ["regime", "government", "administration"]

    // MARK: Things and events

    private static let articles: WordSet = ["the", "a", "an"]
    /// Lower-case words after a name that are no noun it qualifies.
    private static let functionWords: WordSet = ["and", "or", "but", "nor", "of", "as", "than", "that", "which", "who",
                                                 "whom", "whose", "if", "when", "where", "while", "because", "so", "not",
                                                 "by", "like", "since", "until", "against", "among", "per", "via", "amid",
                                                 "then", "there", "here", "now", "also", "too", "even", "still", "just",
                                                 "himself", "herself", "itself", "themselves", "de", "la", "van", "von"]

    /// The lower-case nouns the name mentions qualify, when every one qualifies the noun after
    /// it, one of them after an article, and none follows a title. A word in "-s" after a name
    /// may be its verb ("the Ayatollah Khomeini wants") and shows nothing.
    private func nounsQualified(by named: [Range<Int>]) -> [Token]? {
        var articled = false, nouns: [Token] = []
        for mention in named {
            let first = layer.tokenIndex(atOrAfter: mention.lowerBound)
            let last = layer.tokenIndex(atOrAfter: mention.upperBound) - 1
            let next = last + 1
            // a possessive runs on past the name ("Trump's")
            guard last >= 0, layer.tokens[last].range.upperBound <= mention.upperBound, next < layer.tokens.count,
                  first == 0 || lexicons.titles[layer.tokens[first - 1].lower] == nil else { return nil }
            let word = layer.tokens[next]
            guard word.kind == .word, !word.isCapitalized, !word.lower.hasSuffix("s"), !word.lower.hasSuffix("ly"),
                  !isVerb(word), !Self.functionWords.contains(word), !PositionExtractor.prepositions.contains(word),
                  lexicons.pronouns[word.lower] == nil else { return nil }
            if first > 0, Self.articles.contains(layer.tokens[first - 1]) { articled = true }
            nouns.append(word)
        }
        return articled ? nouns : nil
    }

    /// Whether a word after a name is its verb: an auxiliary, a past form, a verb of saying, a negation.
    private func isVerb(_ word: Token) -> Bool {
        ClauseParts.auxiliaries.contains(word) || VerbBase.isPastForm(word) || lexicons.speechVerbs[word] != nil
            || word.isNegativeContraction
    }

    // MARK: Capitalized words

    /// Whether the name is one ordinary word capitalized only because it opens its sentence
    /// every time ("Moreover, …", "Everybody knows", "Look, …"): a surname that is also a word
    /// ("Trump", "Bush") is named inside sentences too.
    private func isCapitalizedWord(_ words: [String], named: [Range<Int>]) -> Bool {
        guard words.count == 1, lexicons.commonWords.contains(words[0]) else { return false }
        return named.allSatisfy { mention in
            var first = layer.tokenIndex(atOrAfter: mention.lowerBound)
            guard let s = layer.sentenceIndex(ofToken: first) else { return false }
            let start = layer.sentences[s].tokens.lowerBound
            // an opening quotation mark or parenthesis before it
            while first > start, layer.tokens[first - 1].kind == .punctuation { first -= 1 }
            return first == start
        }
    }

    /// Endings of a word that is an idea, a fear or a quality, never a person ("Communism",
    /// "Islamophobia", "Islamophobic", "Jewish").
    private static let abstractEndings = ["ism", "phobia", "phobic", "ish"]
    /// Endings of a plural that names people as a kind ("Millennials", "Floridians", "Islamists").
    private static let pluralPeopleEndings = ["ians", "ists", "als", "ans"]

    /// What a one-word "person" is by the shape of its word: an idea or quality, or an ethnic
    /// adjective ("African-American vote"), no actor; a kind of people in the plural, or an
    /// acronym in the plural ("super PACs"), a group.
    private func wordShapeVerdict(_ word: String) -> Verdict? {
        let lower = word.lowercased()
        if Self.abstractEndings.contains(where: { lower.hasSuffix($0) }) || lower.hasSuffix("-american") { return .noActor }
        if Self.pluralPeopleEndings.contains(where: { lower.hasSuffix($0) }) && lower.count > 6 { return .group }
        let stem = word.dropLast()
        if word.hasSuffix("s"), stem.count >= 2, stem.allSatisfy({ $0.isUppercase }) { return .group }
        return nil
    }

    // MARK: Descriptions

    /// A party's members in the plural.
    private static let partyPlurals: Set<String> = ["democrats", "dems", "republicans"]
    /// Words of standing that open a description ("Presumptive Democratic nominee", "Longtime
    /// Clinton foe"), besides the ordinary words of the common-word list.
    private static let standingWords: Set<String> = ["presumptive", "longtime", "then", "ex", "outgoing", "incoming"]

    /// Whether the name's words, over any US state or place they spell, are only party words,
    /// places and ordinary words, and a title only last ("Ms. Trump" is a name), at least one
    /// of them a party's or a title.
    private func isDescription(_ words: ArraySlice<String>) -> Bool {
        var i = words.startIndex, hasHead = false
        while i < words.endIndex {
            // "New York", "South Carolina": a two-word state or place first
            if i + 1 < words.endIndex, isPlace(name: words[i] + " " + words[i + 1]) { i += 2; continue }
            let word = words[i]
            if ActorExtractor.partyOfWord[word] != nil || Self.partyPlurals.contains(word) {
                hasHead = true
            } else if lexicons.titles[word] != nil {
                guard i == words.endIndex - 1 else { return false }
                hasHead = true
            } else if !(isPlace(name: word) || word == "of" || Self.standingWords.contains(word)
                        || lexicons.commonWords.contains(word) && !lexicons.firstNames.contains(word)) {
                return false
            }
            i += 1
        }
        return hasHead
    }

    private func isPlace(name: String) -> Bool {
        lexicons.usStates[name] != nil || lexicons.countries[name] != nil || lexicons.places.contains(name)
            || lexicons.cities.contains(name)
    }

    // MARK: Adjective compounds

    /// Words after a hyphen that make a compound an adjective ("-based", "-type", "-wing"),
    /// besides the participles in "-ed" and "-ing" ("-linked", "-winning", "-led").
    private static let adjectiveHeads: Set<String> = ["based", "type", "wing", "style", "like", "born", "minded"]

    /// Whether a word ends in a lower-case participle or adjective after a hyphen ("city-based").
    private func isAdjectiveCompound(_ word: String) -> Bool {
        guard let hyphen = word.lastIndex(of: "-"), hyphen != word.startIndex else { return false }
        let head = String(word[word.index(after: hyphen)...])
        return head.count > 2 && (Self.adjectiveHeads.contains(head) || head.hasSuffix("ed") || head.hasSuffix("ing"))
    }

    /// Whether the part of a word after its last hyphen opens with a capital ("El-Sayed").
    private func hasCapitalAfterHyphen(_ word: String) -> Bool {
        guard let hyphen = word.lastIndex(of: "-") else { return false }
        return word[word.index(after: hyphen)...].first?.isUppercase ?? false
    }

    // MARK: Places

    /// Prepositions after which a name is where something happens.
    private static let placePrepositions: WordSet = ["in", "near", "outside", "across", "throughout", "around"]

    /// Whether a mention is a capitalized name, not a pronoun or a description ("the virus").
    private func isName(_ mention: Range<Int>) -> Bool {
        let first = layer.tokenIndex(atOrAfter: mention.lowerBound)
        guard first < layer.tokens.count else { return false }
        let token = layer.tokens[first]
        return token.isCapitalized && lexicons.pronouns[token.lower] == nil
    }

    /// Whether a mention stands after a preposition of place (over "the"), and owns nothing ("in
    /// Ivanka Trump's den"), or before a comma and a US state or a country ("Newtown, Connecticut").
    private func isPlace(_ mention: Range<Int>) -> Bool {
        // the last word runs on past the name: a possessive ("Trump's")
        let last = layer.tokenIndex(atOrAfter: mention.upperBound) - 1
        if last >= 0, layer.tokens[last].range.upperBound > mention.upperBound { return false }
        var before = layer.tokenIndex(atOrAfter: mention.lowerBound) - 1
        if before >= 0, layer.tokens[before].lower == "the" { before -= 1 }
        if before >= 0, Self.placePrepositions.contains(layer.tokens[before]) { return true }
        let comma = layer.tokenIndex(atOrAfter: mention.upperBound)
        guard comma + 1 < layer.tokens.count, layer.tokens[comma].isMark(","), layer.tokens[comma + 1].isCapitalized else {
            return false
        }
        // the state closes the phrase: "Newtown, Connecticut and", not "Ann Lee, Iowa Democratic chair"
        for length in 1...2 where comma + length < layer.tokens.count {
            let name = layer.tokens[(comma + 1)...(comma + length)].map(\.lower).joined(separator: " ")
            guard lexicons.usStates[name] != nil || lexicons.countries[name] != nil else { continue }
            let after = comma + length + 1
            return after >= layer.tokens.count || layer.tokens[after].kind == .punctuation || !layer.tokens[after].isCapitalized
        }
        return false
    }
}
