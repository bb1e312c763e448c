/// Finds runs of capitalized words that may name actors, with the title before them.
///
/// A capitalized word that starts a sentence counts only when the article never writes it
/// in lower case, so "But", "Officials" or "Wednesday's" do not start a name.
struct NameChunker {
    let layer: TextLayer
    let lexicons: Lexicons
    /// Every word the article writes in lower case.
    let lowercaseWords: LowercaseWords
    /// Paragraphs set in Title Case or capitals (headlines, section labels), where
    /// capitals do not mark names.
    let displayParagraphs: Set<Int>
    /// Words (lower case) the article capitalizes where no sentence or quotation opens ("said
    /// Aides Inc.", '"We will win," Hale said').
    private let innerCapitalized: ArticleWords

    init(layer: TextLayer, lexicons: Lexicons, lowercaseWords: LowercaseWords) {
        self.layer = layer
        self.lexicons = lexicons
        self.lowercaseWords = lowercaseWords
        var inner = ArticleWords()
        for sentence in layer.sentences {
            for index in sentence.tokens.dropFirst() where layer.tokens[index].kind == .word && layer.tokens[index].isCapitalized {
                // a closing quote after a comma or a stop opens nothing ('"We will win," Hale said')
                if !Self.startsSentence(index, sentence: sentence, in: layer)
                    || index - 2 >= sentence.tokens.lowerBound && Self.isCommaOrStop(layer.tokens[index - 2]) {
                    inner.insert(layer.tokens[index])
                }
            }
        }
        innerCapitalized = inner
        var display = Set<Int>()
        for (index, paragraph) in layer.paragraphs.enumerated() {
            let sentences = paragraph.sentences
            guard !sentences.isEmpty else { continue }
            let tokens = layer.sentences[sentences.lowerBound].tokens.lowerBound..<layer.sentences[sentences.upperBound - 1].tokens.upperBound
            // words of four characters or more, counted up to one past the most a label has
            var long = 0, capitalized = 0
            for index in tokens where layer.tokens[index].kind == .word && Self.hasFourCharacters(layer.tokens[index].text) {
                long += 1
                if layer.tokens[index].isCapitalized { capitalized += 1 }
                if long > 30 { break }
            }
            guard long >= 2, long <= 30 else { continue }
            // "Rick Scott is the Republican governor of Florida.": a sentence, however many names it
            // has; Title Case leaves only its small words in lower case
            if capitalized * 10 >= long * 7, !tokens.contains(where: { Self.isLowerCaseWord(layer.tokens[$0]) }) {
                display.insert(index)
            }
        }
        displayParagraphs = display
    }

    /// `text.count >= 4`, without walking grapheme clusters for an ASCII word.
    private static func hasFourCharacters(_ text: String) -> Bool {
        let utf8 = text.utf8
        // never more characters than bytes; in ASCII other than CR LF, one character a byte
        if utf8.count < 4 { return false }
        if utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) { return true }
        return text.count >= 4
    }

    /// A word in lower case that Title Case would have capitalized ("is", "governor").
    private static func isLowerCaseWord(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && !titleCaseSmallWords.contains(token)
            && token.text.unicodeScalars.first.map(ScalarClass.isAlphabetic) == true
    }

    /// Words Title Case leaves in lower case ("Trump Wins in Ohio").
    static let titleCaseSmallWords: WordSet = ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
                                                       "but", "by", "with", "from", "as", "vs", "vs.", "nor", "via", "per"]

    private static let pronouns: WordSet = ["i", "we", "you", "they", "he", "she", "it", "that", "there", "let", "what", "who"]

    private static let partyWords: WordSet = ["democrat", "democratic", "republican", "gop", "independent", "libertarian"]

    static let connectors: WordSet = ["of", "de", "da", "del", "van", "von", "bin", "al", "la", "le", "du", "for", "the"]

    func chunks() -> [NameChunk] {
        var result: [NameChunk] = []
        for (sentenceIndex, sentence) in layer.sentences.enumerated() {
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                guard isNameWord(i, sentence: sentence) else { i += 1; continue }
                var j = i + 1
                while j < sentence.tokens.upperBound {
                    if layer.tokens[j - 1].endsPossessive { break }
                    if isNameWord(j, sentence: sentence) { j += 1; continue }
                    // "Department of Defense", "Bank of England": a connector between two names
                    // (the text in lower case is a connector: its word id, then the text as written)
                    if Self.connectors.contains(layer.tokens[j]), layer.tokens[j].text == layer.tokens[j].lower,
                       j + 1 < sentence.tokens.upperBound,
                       isNameWord(j + 1, sentence: sentence), layer.tokens[j - 1].kind == .word {
                        j += 2
                        continue
                    }
                    break
                }
                // "Follow Dara Quell", "Wherever Mor Tesk goes": a sentence-opening dictionary word before
                // a first name and surname is no part of the name
                if j - i >= 3, isOpenerBeforeName(i, sentence: sentence) { i += 1 }
                // "Korean-born Dana Morel": a birthplace before a name describes the person, it is no part of the name
                if let born = (i..<(j - 1)).last(where: { layer.tokens[$0].lower.hasLiteralSuffix("-born") }) { i = born + 1 }
                // "In August Trump met …": a month after a word of time is a date, not a first name
                if j - i >= 2, isDateMonth(i, sentence: sentence) { i += 1 }
                // "Super Tuesday", "Black Friday": common words before a weekday name a day
                if j < sentence.tokens.upperBound, isWeekday(layer.tokens[j]), layer.tokens[j].isCapitalized,
                   (i..<j).allSatisfy({ lexicons.commonWords.contains(layer.tokens[$0].lower) }) {
                    i = j + 1
                    continue
                }
                if var chunk = makeChunk(i..<j, sentence: sentenceIndex) {
                    chunk.inDisplayText = displayParagraphs.contains(sentence.paragraph)
                    result.append(chunk)
                }
                i = j
            }
        }
        return result
    }

    private func isNameWord(_ index: Int, sentence: Sentence) -> Bool {
        // most tokens are not capitalized: answered before the token is copied
        guard layer.tokens[index].isCapitalized else { return false }
        let token = layer.tokens[index]
        guard !isWeekday(token) else { return false }
        // a dateline in capitals ("TALLAHASSEE, Fla. —")
        if index == sentence.tokens.lowerBound, index + 1 < layer.tokens.count,
           [0x2C, 0x2D, 0x2014, 0x28].contains(SentenceSplitter.markValue(layer.tokens[index + 1].text)),
           Self.hasFourCharacters(token.text), token.text == token.text.uppercased() {
            return false
        }
        // "Let's", "That’s": a pronoun with a contraction (the tokenizer splits personal pronouns' own)
        // (a cheap byte test first: ' is 0x27, ’ starts with 0xE2)
        if token.lower.containsByte(where: { $0 == 0x27 || $0 == 0xE2 }),
           let apostrophe = token.lower.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
           Self.pronouns.contains(String(token.lower[..<apostrophe])) {
            return false
        }
        if startsSentence(index, sentence: sentence) {
            var bare = stripPossessive(token.lower)
            if bare.hasLiteralSuffix(".") { bare.removeLast() }
            // most words have neither ending: look the token up by its id then
            let isToken = bare == token.lower
            if (isToken ? lowercaseWords.contains(token) : lowercaseWords.contains(bare))
                && lexicons.countries[bare] == nil && lexicons.organizations[bare] == nil
                && !opensTitledName(index, sentence: sentence) {
                return false
            }
            if isToken ? SentenceStarters.words.contains(token) : SentenceStarters.words.contains(bare) { return false }
            // "Shortly after …", "Separately, …": an adverb, unless a name follows ("Holly Smith")
            if bare.hasLiteralSuffix("ly"), lexicons.commonWords.contains(bare),
               index + 1 >= sentence.tokens.upperBound || !layer.tokens[index + 1].isCapitalized {
                return false
            }
            if isOpeningParticiple(bare, at: index, sentence: sentence) { return false }
            // "Aides said …", "Analysts say …", "Whenever …": a dictionary word opening the
            // sentence alone before a lower-case word, capitalized nowhere but where a sentence
            // opens, is no name (after a quotation, '," Hale said', it may well be one)
            // (an organization word names a body: "Police said"; a connector continues the
            // name: "Secretary of State John Kerry", "Meet the Press")
            // (a single name that speaks keeps its chance: "Brown said", not "Analysts say")
            if index == sentence.tokens.lowerBound, index + 1 < sentence.tokens.upperBound, case let next = layer.tokens[index + 1],
               next.kind == .word, !next.isCapitalized, !Self.connectors.contains(next),
               bare.hasLiteralSuffix("s") || lexicons.speechVerbs[next.lower] == nil,
               lexicons.commonWords.contains(bare), !innerCapitalized.contains(bare), !lexicons.firstNames.contains(bare),
               !lexicons.organizationWords.contains(bare), lexicons.countries[bare] == nil, lexicons.organizations[bare] == nil {
                return false
            }
        }
        return true
    }

    /// Whether token `index` is capitalized only by its position: it opens the sentence, or follows
    /// an opening or closing quote, a colon or the end of a markup tag ("<tweet …>While I respect …").
    private func startsSentence(_ index: Int, sentence: Sentence) -> Bool {
        Self.startsSentence(index, sentence: sentence, in: layer)
    }

    /// `startsSentence(_:sentence:)` for a given layer (the initializer's look at the text).
    private static func startsSentence(_ index: Int, sentence: Sentence, in layer: TextLayer) -> Bool {
        guard index > sentence.tokens.lowerBound else { return true }
        guard layer.tokens[index - 1].kind == .punctuation else { return false }
        // the mark read from its bytes, in place
        let mark = SentenceSplitter.markValue(layer.tokens[index - 1].text)
        return SentenceSplitter.isOpener(mark) || mark == 0x3A || mark == 0x3E
    }

    /// Whether the token is a comma, a full stop, a question or an exclamation mark.
    private static func isCommaOrStop(_ token: Token) -> Bool {
        switch SentenceSplitter.markValue(token.text) {
        case 0x2C, 0x2E, 0x3F, 0x21: return true
        default: return false
        }
    }

    /// Whether token `index` opens the sentence with a dictionary word that is no first name, title,
    /// country or organization, before a first name that names no place and does not continue one
    /// with it ("Wherever Dara Quell", but "North Carolina Democrats", "Make America Great", "Mitt Romney").
    private func isOpenerBeforeName(_ index: Int, sentence: Sentence) -> Bool {
        guard index + 2 < sentence.tokens.upperBound, startsSentence(index, sentence: sentence) else { return false }
        let opener = layer.tokens[index], next = layer.tokens[index + 1]
        guard opener.kind == .word, lexicons.commonWords.contains(opener.lower), !lexicons.firstNames.contains(opener.lower),
              !lexicons.titleFirstWords.contains(opener), lexicons.countries[opener.lower] == nil,
              lexicons.organizations[opener.lower] == nil,
              next.kind == .word, next.isCapitalized, lexicons.firstNames.contains(next.lower),
              lexicons.countries[next.lower] == nil, lexicons.usStates[next.lower] == nil, !lexicons.places.contains(next.lower),
              layer.tokens[index + 2].isCapitalized else { return false }
        let pair = Self.phrase(layer.tokens[index...(index + 1)])
        return !lexicons.places.contains(pair) && lexicons.countries[pair] == nil && lexicons.organizations[pair] == nil
            && lexicons.usStates[pair] == nil
    }

    /// Whether a title opens a name at token `index` ("Secretary of State John Kerry", "Pastor
    /// Ann Vell"): a sentence-opening title word the text also writes in lower case ("the press
    /// secretary") still starts the name when a capitalized word follows the title.
    private func opensTitledName(_ index: Int, sentence: Sentence) -> Bool {
        guard lexicons.titleFirstWords.contains(layer.tokens[index]) else { return false }
        for length in stride(from: min(3, sentence.tokens.upperBound - index - 1), through: 1, by: -1)
        where lexicons.titles[Self.phrase(layer.tokens[index..<(index + length)])] != nil {
            let next = layer.tokens[index + length]
            return next.kind == .word && next.isCapitalized
        }
        return false
    }

    /// "Entering the debate, …", "Joining Rubio in …": a participle opening the sentence, before
    /// an article, a pronoun, a preposition or its object's name, is no part of a name
    /// ("Manning said" keeps its surname, "Downing Street said" its street); nor is a participle
    /// in "-ed" describing the name after it ("Understated Perez raises his profile", "Embattled
    /// Trump"; "United States", "Armed Forces" go on with a dictionary word).
    private func isOpeningParticiple(_ bare: String, at index: Int, sentence: Sentence) -> Bool {
        guard bare.hasLiteralSuffix("ing") || bare.hasLiteralSuffix("ed") && bare.count > 5,
              lexicons.commonWords.contains(bare), !lexicons.firstNames.contains(bare),
              index + 1 < sentence.tokens.upperBound else { return false }
        // a line in capitals ("UNDERSTANDING THE CRISIS") is a heading, read as before
        let next = layer.tokens[index + 1]
        guard next.kind == .word, layer.tokens[index].text != layer.tokens[index].text.uppercased() else { return false }
        // an object's name: a first name or a word of no dictionary ("Joining Rubio"), not "Downing Street"
        guard next.isCapitalized else { return Self.participleObjectStarts.contains(next) }
        return lexicons.firstNames.contains(next.lower) || !lexicons.commonWords.contains(next.lower)
    }

    /// Whether the token is a month written after a preposition or word of time ("in August",
    /// "since May", "last June").
    private func isDateMonth(_ index: Int, sentence: Sentence) -> Bool {
        index > sentence.tokens.lowerBound && CalendarWords.months.contains(layer.tokens[index])
            && Self.timeWordsBeforeMonths.contains(layer.tokens[index - 1])
    }

    private static let timeWordsBeforeMonths: WordSet = ["in", "since", "until", "till", "by", "through", "during", "from",
                                                         "before", "after", "last", "next", "this", "early", "late", "mid"]

    /// Words that open a participle's object or complement ("Entering the race", "Running for office").
    private static let participleObjectStarts: WordSet = ["the", "a", "an", "his", "her", "their", "its", "this", "that",
                                                          "these", "those", "our", "my", "your", "him", "them", "it",
                                                          "in", "into", "on", "onto", "to", "for", "with", "at", "from",
                                                          "up", "out", "off", "back", "through", "over", "down"]

    /// Whether the token, without a possessive ending, is a weekday.
    private func isWeekday(_ token: Token) -> Bool {
        let bare = stripPossessive(token.lower)
        return bare == token.lower ? CalendarWords.weekdays.contains(token) : CalendarWords.weekdays.contains(bare)
    }

    private func stripPossessive(_ word: String) -> String {
        // the last byte read in place (asked of every capitalized word)
        guard (word.utf8.withContiguousStorageIfAvailable { $0.last } ?? word.utf8.last) == UInt8(ascii: "s") else { return word }
        for suffix in Self.possessiveEndings where word.hasLiteralSuffix(suffix) { return String(word.dropLast(2)) }
        return word
    }

    /// The possessive endings, straight and curly.
    private static let possessiveEndings = ["'s", "\u{2019}s"]

    /// `String(text.prefix { $0 != " " })`, found from the bytes when the first space byte is a character
    /// on its own (ASCII on both sides: no mark joins it, no prefixed character takes it in).
    private static func firstWord(of text: String) -> String {
        var text = text
        // the bytes read in place; nil when the space may be part of a larger character
        let word: String?? = text.withUTF8 { utf8 in
            guard let space = utf8.firstIndex(of: UInt8(ascii: " ")) else { return .some(nil) }
            guard space == 0 || utf8[space - 1] < 0x80, space + 1 == utf8.count || utf8[space + 1] < 0x80 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[..<space]), as: UTF8.self)
        }
        guard let found = word else { return String(text.prefix { $0 != " " }) }
        return found ?? text
    }

    /// The tokens' lower-case forms joined by spaces.
    private static func phrase(_ tokens: ArraySlice<Token>) -> String {
        var phrase = ""
        for index in tokens.indices {
            if index > tokens.startIndex { phrase += " " }
            phrase += tokens[index].lower
        }
        return phrase
    }

    /// Whether the words, which run across `of`, name a known organization in full, as its short
    /// name or as the full name its short name stands for ("U.S. Chamber of Commerce" is the full
    /// name of "Chamber of Commerce"): the "of" is the organization's own. Another modifier before
    /// the short name ("Hollywood Chamber of Commerce") names some other body.
    private func namesKnownOrganization(_ tokens: Range<Int>, spanning of: Int) -> Bool {
        let whole = Self.phrase(layer.tokens[tokens])
        return (tokens.lowerBound..<of).contains { start in
            guard let organization = lexicons.organizations[Self.phrase(layer.tokens[start..<tokens.upperBound])] else { return false }
            return start == tokens.lowerBound || organization.lowercased() == whole
        }
    }

    private func makeChunk(_ tokens: Range<Int>, sentence: Int) -> NameChunk? {
        var first = tokens.lowerBound
        var last = tokens.upperBound
        // strip connectors at the ends
        while first < last, Self.connectors.contains(layer.tokens[first]) { first += 1 }
        while last > first, Self.connectors.contains(layer.tokens[last - 1]) { last -= 1 }
        guard first < last else { return nil }
        var qualifiedRole: String?
        // a title, possibly after up to three words of place, party or body ("Texas Senator Ted Cruz",
        // "Ohio Gov. John Kasich", "House Judiciary Committee Chairman Bob Goodlatte")
        var title: String?
        var nameStart = first
        search: for position in first..<min(last, first + 4) where lexicons.titleFirstWords.contains(layer.tokens[position]) {
            for length in stride(from: min(3, last - position - 1), through: 1, by: -1) {
                let phrase = Self.phrase(layer.tokens[position..<(position + length)])
                guard lexicons.titles[phrase] != nil else { continue }
                // "Justice Department", "General Motors": a known organization opens with no title
                if lexicons.organizations[Self.phrase(layer.tokens[first..<last])] != nil { break search }
                title = position == first ? phrase : nil
                if position > first, let role = lexicons.titles[phrase], !role.isEmpty {
                    qualifiedRole = layer.tokens[first..<position].map(\.text).joined(separator: " ") + " " + role
                }
                nameStart = position + length
                break search
            }
        }
        // "Mayor of Koszalin Piotr Jedlinski": the title's place is no part of the name
        if let found = title, layer.tokens[nameStart].lower == "of" {
            var place = nameStart + (layer.tokens[nameStart + 1].lower == "the" ? 2 : 1)
            // "Director of Public Affairs Lee Marsh": the place runs up to a first name and surname
            if last - 2 > place, lexicons.firstNames.contains(layer.tokens[last - 2].lower) { place = last - 3 }
            if place + 3 <= last {
                let role = lexicons.titles[found].flatMap { $0.isEmpty ? nil : $0 } ?? found
                qualifiedRole = role + " " + layer.string(layer.tokens[nameStart].range.lowerBound..<layer.tokens[place].range.upperBound)
                nameStart = place + 1
            }
        }
        // "Secretary of State", "CEO of Hewlett-Packard", "Director of Government Affairs Phil
        // Smith": a title's own "of" phrase names no one; a first name and surname after it do
        if title != nil || qualifiedRole != nil, nameStart < last, !layer.tokens[nameStart].isCapitalized {
            guard last - nameStart >= 3, lexicons.firstNames.contains(layer.tokens[last - 2].lower) else { return nil }
            nameStart = last - 2
        }
        // "Democrat Hillary Clinton", "North Dakota Republican Bette Grande", "Senate Intelligence
        // Ranking Democrat Dianne Feinstein": a party word before a first name and surname ends
        // a description; the name starts after it
        if nameStart == first, last - first >= 3,
           let party = (first..<(last - 2)).first(where: {
               Self.partyWords.contains(layer.tokens[$0]) && lexicons.firstNames.contains(layer.tokens[$0 + 1].lower)
           }) {
            nameStart = party + 1
        }
        // "Cleveland Police Chief Calvin Williams": a description with no known title before a
        // first name and surname is the person's role (never in a headline: "Court Will Decide")
        if nameStart == first, title == nil, !displayParagraphs.contains(layer.sentences[sentence].paragraph),
           let start = describedRunNameStart(first..<last) {
            qualifiedRole = layer.string(layer.tokens[first].range.lowerBound..<layer.tokens[start - 1].range.upperBound)
            nameStart = start
        }
        // "Joel Pollak of Breitbart California": a person's name ends at "of"
        if let of = (nameStart..<last).first(where: { layer.tokens[$0].lower == "of" }), of - nameStart >= 2,
           !(nameStart..<of).contains(where: { lexicons.organizationWords.contains(layer.tokens[$0]) }),
           lexicons.organizations[layer.tokens[nameStart..<of].map(\.lower).joined(separator: " ")] == nil,
           !namesKnownOrganization(nameStart..<last, spanning: of) {
            last = of
        }
        // "the" inside a name start ("The Washington Post") is kept only for organizations
        guard nameStart < last else { return nil }
        let lastToken = layer.tokens[last - 1]
        var end = lastToken.range.upperBound
        var text = layer.string(layer.tokens[nameStart].range.lowerBound..<end)
        for suffix in Self.possessiveEndings where text.hasLiteralSuffix(suffix) {
            end -= 2
            text = String(text.dropLast(2))
        }
        if text.hasLiteralSuffix("'") || text.hasLiteralSuffix("\u{2019}") { end -= 1; text = String(text.dropLast()) }
        // lower case maps each character on its own, spaces to spaces: the words of `lower` are the
        // words of `text` in lower case
        let lower = text.lowercased()
        // every word a non-actor: test the first word before splitting them all
        if lexicons.nonActors.contains(Self.firstWord(of: lower)) {
            let words = lower.split(separator: " ")
            if words.allSatisfy({ lexicons.nonActors.contains(String($0)) }) { return nil }
        }
        guard !text.isEmpty else { return nil }
        return NameChunk(tokens: nameStart..<last, range: layer.tokens[nameStart].range.lowerBound..<end, text: text,
                         lower: lower, title: title, qualifiedRole: qualifiedRole, sentence: sentence)
    }
}

/// Capitalized words that start sentences and never begin a name.
enum SentenceStarters {
    static let words: WordSet = [
        "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "with", "as", "if", "when",
        "while", "after", "before", "since", "although", "though", "because", "this", "that", "these", "those",
        "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
        "your", "one", "some", "many", "most", "all", "no", "not", "another", "other", "others", "what", "who",
        "why", "how", "where", "which", "still", "even", "also", "now", "then", "both", "each", "every", "more",
        "officials", "critics", "experts", "sources", "asked", "meanwhile", "however", "instead", "yes", "well",
        "last", "next", "first", "later", "earlier", "today", "yesterday", "tomorrow", "according", "despite",
        "during", "under", "over", "about", "from", "by", "to", "of", "up", "out", "do", "does", "did", "is",
        "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
        "may", "might", "must", "let", "just", "only", "such", "like", "unlike", "without", "within", "among",
        "several", "few", "any", "much", "very", "whether", "though", "thus", "hence", "perhaps", "maybe",
        "neither", "either", "nor", "whereas", "once", "plus", "certainly", "imagine", "following", "addressing",
        "unless", "given", "besides", "whatever", "alas",
    ]
}
