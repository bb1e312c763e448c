/// What the actor rules read from a name's lower-case text alone (without a leading "the "), once
/// it names no known organization or country exactly: the lexicon look-ups and the word split
/// that `classify` makes, worked out once for each distinct name of an article instead of at
/// each of its mentions.
struct NameFacts {
    /// The known organization the text after a space names, the first such ("the Obama White
    /// House": "White House"), when that text has several words.
    let suffixOrganization: String?
    /// Whether the name is a place, a city or a title.
    let isPlace: Bool, isCity: Bool, isTitle: Bool
    /// The name's words.
    let words: [String]
    /// Whether the last word makes the name a thing ("act", "hotel").
    let endsInThingWord: Bool
    /// Whether some word makes the name an organization ("committee").
    let hasOrganizationWord: Bool
    /// For a name of two words, whether its second word is a follower of a faith or a member of
    /// a people in the plural (true) or the singular (false); nil for any other name.
    let adherentPlurality: Bool?
    /// The words without connectors ("of", "van").
    let nameWords: [String]
    /// Whether one of the words is "the".
    let hasArticle: Bool
}

extension ActorExtractor {
    /// The facts of a name's lower-case text (see `NameFacts`).
    func nameFacts(of lower: String) -> NameFacts {
        // the look-up first: it rules out most suffixes, Foundation's substring search is dear
        let suffixOrganization = NameWords.firstSuffixAfterSpace(lower) { suffix in
            lexicons.organizations[suffix].flatMap { suffix.contains(" ") ? $0 : nil }
        }
        let words = NameWords.split(lower)
        return NameFacts(suffixOrganization: suffixOrganization, isPlace: lexicons.places.contains(lower),
                         isCity: lexicons.cities.contains(lower), isTitle: lexicons.titles[lower] != nil, words: words,
                         endsInThingWord: words.last.map { lexicons.thingWords.contains($0) } ?? false,
                         hasOrganizationWord: words.contains(where: { lexicons.organizationWords.contains($0) }),
                         adherentPlurality: words.count == 2 ? adherentPlurality(words[1]) : nil,
                         nameWords: words.filter { !NameChunker.connectors.contains($0) }, hasArticle: words.contains("the"))
    }
}
