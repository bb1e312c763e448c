import Foundation

/// The word lists the cleaner and the extractors read, loaded from the data files in
/// `Resources/Lexicons` (one entry a line, `#` comments, tab-separated fields).
///
/// A class, immutable like a value: every extractor holds the lexicons, and copying the
/// extractors (a closure capturing one, an extractor made per article) then costs one
/// reference count instead of one for each of the many tables.
public final class Lexicons: Sendable {
    /// Regular expressions for boilerplate lines.
    public let boilerplatePatterns: [String]
    /// Lower-case words written with a final dot that does not end a sentence.
    public let abbreviations: Set<String>
    /// Lower-case title phrases before a name, to the role they give ("" for honorifics).
    public let titles: StringTable<String>
    /// The first word of each title phrase: a token that is none of them starts no title.
    let titleFirstWords: WordSet
    /// Lower-case alias or canonical name of a country, to its canonical name.
    public let countries: StringTable<String>
    /// Lower-case alias or canonical name of a known organization, to its canonical name.
    public let organizations: StringTable<String>
    /// Lower-case canonical names of the known organizations that are news outlets ("cnn",
    /// "the new york times"): one cited as a source is an actor even when named once.
    public let newsOutlets: StringSet
    /// Lower-case words that make a name an organization ("committee", "party").
    public let organizationWords: WordSet
    /// Lower-case nouns for collective participants ("officials").
    public let groupNouns: WordSet
    /// Lower-case singular nouns for a follower of a faith or a member of a people ("muslim",
    /// "methodist", "hispanic"): a group in the plural, never a person by name.
    public let adherentNouns: WordSet
    /// Lower-case capitalized words that never name an actor alone (days, months).
    public let nonActors: WordSet
    /// Lower-case names of places that are settings, not actors.
    public let places: StringSet
    /// Lower-case names of world cities (GeoNames), settings when a whole name is one: unlike
    /// `places`, never read as the last word of a person's name ("Kellyanne Conway").
    public let cities: StringSet
    /// US states by lower-case name, AP-style abbreviation and postal code ("ky." → "Kentucky").
    public let usStates: StringTable<String>
    /// Lower-case words that make a name a thing, event or place ("act", "hotel", "convention").
    public let thingWords: StringSet
    /// Common first names (US Census 1990 lists), lower case: "saul", "lucy".
    let firstNames: SortedWords
    /// Common English words (SCOWL's small list, lower-case entries): "team", "little", "rock".
    let commonWords: SortedWords
    /// Lower-case pronouns to what they refer to: "person", "people" or "thing".
    public let pronouns: [String: String]
    /// Speech and belief verb forms; the value is true when the verb takes only a clause.
    public let speechVerbs: WordMap<Bool>
    /// Verbs attributing an attitude, judgement or finding ("called", "wants", "found").
    public let attitudeVerbs: WordSet
    /// Commitment phrases (lower-case words) with modality and polarity.
    public let commitmentCues: [(words: [String], modality: String, polarity: Polarity)]
    /// The commitment phrases indexed for matching ("*" stands for any one word).
    let commitmentCueTable: PhraseTable
    /// The verbs of the two-word infinitive commitment phrases ("promised to", "refused to"),
    /// each to its phrase's index in `commitmentCues`.
    let commitmentInfinitiveVerbs: WordMap<Int>
    /// Open-question phrases (lower-case words) with their kind.
    public let questionCues: [(words: [String], kind: OpenQuestionKind)]
    /// The open-question phrases indexed for matching.
    let questionCueTable: PhraseTable
    /// Verbs after a commitment phrase that name an outcome, a state or mere speech, not a
    /// bindable act ("will lose", "declined to comment").
    public let nonBindingVerbs: WordSet
    /// Words that mark a sentence as a poll report ("percent", "survey").
    public let pollWords: WordSet
    /// The poll words that name a share ("percent", "%"): a poll's mark only as a share of
    /// respondents, not in a tax rate or a budget ("vowed to impose a 35 percent tariff").
    static let shareWords: WordSet = ["percent", "%"]
    /// Nouns that make "called for …" a demand on others ("resignation", "apology").
    public let demandNouns: Set<String>
    /// Present participles of scheduled acts ("holding", "airing"), with their base form and
    /// what must follow them.
    let scheduledActs: WordMap<ScheduledAct>
    /// Nouns an actor holds or announces, to their kind: "event" ("rally") or "plan" ("proposal").
    let scheduledThings: WordMap<String>
    /// First names, titles and role nouns that tell a person's gender ("hillary", "mrs.",
    /// "congressman"), for resolving "he" and "she".
    public let genderedWords: [String: Gender]
    /// First names a census gives to one sex ("barry", "lois"), read only as the first word of a
    /// full name, never from a surname alone.
    public let firstNameGenders: [String: Gender]

    /// The lexicons bundled with BriefingKit.
    public static let bundled: Lexicons = {
        do { return try Lexicons(directory: Bundle.module.url(forResource: "Lexicons", withExtension: nil)) } catch {
            fatalError("BriefingKit's bundled lexicons are missing or broken: \(error)")
        }
    }()

    /// Loads the lexicons from a folder holding the data files.
    public init(directory: URL?) throws {
        guard let directory else { throw CocoaError(.fileNoSuchFile) }
        func rows(_ name: String) throws -> [[String]] {
            LexiconRows.parse(try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
        }
        func words(_ name: String) throws -> Set<String> { Set(try rows(name).map { $0[0].lowercased() }) }
        func wordSet(_ name: String) throws -> WordSet { WordSet(try words(name)) }
        func aliasTable(_ name: String) throws -> StringTable<String> {
            var table: [String: String] = [:]
            for row in try rows(name) {
                for alias in row where !alias.isEmpty { table[alias.lowercased()] = row[0] }
            }
            return StringTable(table)
        }
        boilerplatePatterns = try rows("boilerplate.txt").map { $0.joined(separator: "\t") }
        abbreviations = try words("abbreviations.txt")
        titles = StringTable(Dictionary(try rows("titles.txt").map { ($0[0], $0.count > 1 ? $0[1] : "") }, uniquingKeysWith: { a, _ in a }))
        titleFirstWords = WordSet(titles.entries.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        countries = try aliasTable("countries.tsv")
        organizations = try aliasTable("organizations.tsv")
        newsOutlets = StringSet(try words("news_outlets.txt"))
        organizationWords = try wordSet("organization_words.txt")
        groupNouns = try wordSet("groups.txt")
        adherentNouns = try wordSet("adherents.txt")
        nonActors = try wordSet("nonactors.txt")
        places = StringSet(try words("places.txt"))
        cities = StringSet(try words("cities.txt"))
        usStates = try aliasTable("us_states.tsv")
        thingWords = StringSet(try words("thing_words.txt"))
        func sortedWords(_ name: String) throws -> SortedWords {
            guard let words = SortedWords(text: try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
            else { throw CocoaError(.fileReadCorruptFile) }
            return words
        }
        firstNames = try sortedWords("first_names.txt")
        commonWords = try sortedWords("common_words.txt")
        pronouns = Dictionary(try rows("pronouns.tsv").map { ($0[0], $0.count > 1 ? $0[1] : "thing") }, uniquingKeysWith: { a, _ in a })
        speechVerbs = WordMap(Dictionary(try rows("speech_verbs.txt").map { ($0[0], $0.count > 1 && $0[1] == "that") },
                                         uniquingKeysWith: { a, _ in a }))
        attitudeVerbs = try wordSet("attitude_verbs.txt")
        commitmentCues = try rows("commitment_cues.tsv").map {
            ($0[0].split(separator: " ").map(String.init), $0[1], Polarity(rawValue: $0[2]) ?? .positive)
        }.sorted { $0.words.count > $1.words.count }
        commitmentCueTable = PhraseTable(commitmentCues.map(\.words), wildcard: "*")
        commitmentInfinitiveVerbs = WordMap(Dictionary(commitmentCues.map(\.words).enumerated().compactMap { index, words in
            words.count == 2 && words[1] == "to" ? (words[0], index) : nil
        }, uniquingKeysWith: { a, _ in a }))
        questionCues = try rows("question_cues.tsv").map {
            ($0[0].split(separator: " ").map(String.init), OpenQuestionKind(rawValue: $0[1]) ?? .uncertain)
        }.sorted { $0.words.count > $1.words.count }
        questionCueTable = PhraseTable(questionCues.map(\.words), wildcard: "*")
        nonBindingVerbs = try wordSet("commitment_nonbinding_verbs.txt")
        pollWords = try wordSet("poll_words.txt")
        demandNouns = try words("demand_nouns.txt")
        scheduledActs = WordMap(Dictionary(try rows("scheduled_acts.tsv").filter { $0.count > 2 }.map {
            ($0[0], ScheduledAct(base: $0[1], object: $0[2]))
        }, uniquingKeysWith: { a, _ in a }))
        scheduledThings = WordMap(Dictionary(try rows("scheduled_things.tsv").filter { $0.count > 1 }.map { ($0[0], $0[1]) },
                                             uniquingKeysWith: { a, _ in a }))
        let genders = { (file: String) in
            Dictionary(try rows(file).compactMap { row in
                row.count > 1 ? Gender(rawValue: row[1]).map { (row[0], $0) } : nil
            }, uniquingKeysWith: { a, _ in a })
        }
        genderedWords = try genders("gendered_words.tsv")
        firstNameGenders = try genders("first_name_genders.tsv")
    }
}

extension Lexicons {
    /// Whether an organization's name, as the lexicon writes it or as an article does ("BuzzFeed
    /// News" for BuzzFeed), is a known news outlet's.
    func isNewsOutlet(named name: String) -> Bool {
        let lower = name.lowercased()
        return newsOutlets.contains(lower) || organizations[lower].map { newsOutlets.contains($0.lowercased()) } ?? false
    }

    /// The US state a capitalized word names in full ("Ohio" in "an Ohio Republican"; never a
    /// postal code such as "IN" or "OK").
    func usState(namedBy token: Token) -> String? {
        guard token.isCapitalized, let state = usStates[token.lower], state.lowercased() == token.lower else { return nil }
        return state
    }
}
