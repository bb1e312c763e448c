/// Merges the actors of a day's articles into one entry per real-world actor.
///
/// Two actors are one when their names are equal after `ActorName` normalization (titles,
/// country and organization aliases), or when one adds middle initials that no other name of
/// the day has in their place ("Donald J. Trump", "Donald Trump"). A person named by a surname
/// alone ("Clinton", "Mr. Trump") joins a fuller name of the day ending in that surname only
/// when that is unambiguous: it is the only such person of the day, or the only one in the same
/// article, or the only one whose title or role matches the bare name's ("President Obama" →
/// "US President Barack Obama", not "Michelle Obama"), or — with no title and none of them in
/// the same article — the one the day's coverage is about (`resolve`). Otherwise the surname
/// stays its own entry, as does a one-word name the articles only use to start a sentence
/// ("Politics is a tough game.": any capitalized word may stand there) unless its own article
/// names the person in full.
struct ActorMerger: Sendable {
    let lexicons: Lexicons

    /// An actor in one article: the article's number in the composed order and the actor's id there.
    struct Key: Hashable, Sendable {
        var article: Int
        var id: String
    }

    /// A merged actor before ranking.
    struct Merged: Sendable {
        var id: String
        var name: String
        var kind: ActorKind
        var role: String?
        var affiliation: String?
        var salienceSum: Double
        var articleIds: [String]
        var mentionCount: Int
        var aliases: [String]
        var keys: [Key]
        /// Lower-case merge keys of the entry (its names without titles).
        var nameKeys: [String]
    }

    /// The merged actors (in order of first appearance) and, for each per-article actor, its entry.
    ///
    /// `texts` are the texts the records' spans index (by record; nil or missing when unknown).
    func merge(_ records: [ArticleRecord], texts: [String?] = []) -> (actors: [Merged], index: [Key: Int]) {
        struct Occurrence { var key: Key; var actor: ActorRecord; var articleId: String; var name: ActorName }
        let occurrences: [Occurrence] = records.enumerated().flatMap { number, record in
            record.actors.map { actor in
                var name = ActorName(actor.name, kind: actor.kind, lexicons: lexicons)
                if actor.kind == .person, let role = actor.role {
                    name.titleWords.formUnion(WordProfile(role).words)
                }
                return Occurrence(key: Key(article: number, id: actor.id), actor: actor, articleId: record.id,
                                  name: name)
            }
        }

        // Groups of equal names, in order of first appearance.
        var groups: [[Int]] = []
        var groupByKey: [String: Int] = [:]
        for (index, occurrence) in occurrences.enumerated() where !occurrence.name.key.isEmpty {
            if let group = groupByKey[occurrence.name.key] {
                groups[group].append(index)
            } else {
                groupByKey[occurrence.name.key] = groups.count
                groups.append([index])
            }
        }
        func isPersons(_ group: Int) -> Bool { groups[group].allSatisfy { occurrences[$0].actor.kind == .person } }
        func name(_ group: Int) -> ActorName { occurrences[groups[group][0]].name }

        // A name with middle initials ("Donald J. Trump") joins the same name without them when
        // no other name of the day drops to it ("George W. Bush" and "George H. W. Bush": neither).
        var target = Array(groups.indices)
        var byPlainKey: [String: [Int]] = [:]
        for group in groups.indices where isPersons(group) {
            if let plain = name(group).keyWithoutInitials { byPlainKey[plain, default: []].append(group) }
        }
        for (plain, variants) in byPlainKey where variants.count == 1 {
            if let full = groupByKey[plain], isPersons(full) { target[variants[0]] = full }
        }

        // Full person names by surname, each with the occurrences of its variants.
        var fullNamesBySurname: [String: [Int]] = [:]
        var variantOccurrences: [Int: [Int]] = [:]
        for group in groups.indices where isPersons(group) {
            variantOccurrences[target[group], default: []] += groups[group]
            if target[group] == group, let surname = name(group).surname {
                fullNamesBySurname[surname, default: []].append(group)
            }
        }

        // A bare surname joins the one fuller name the evidence points to.
        let places: [(article: Int, name: ActorName)] = occurrences.map { ($0.key.article, $0.name) }
        var sentences = SentenceStarts(texts: texts)
        for group in groups.indices where isPersons(group) && name(group).maySurname(lexicons) {
            let candidates = fullNamesBySurname[name(group).key] ?? []
            guard !candidates.isEmpty else { continue }
            let atSentenceStarts = sentences.onlyStartsSentences(groups[group].map { (occurrences[$0].key.article, occurrences[$0].actor) })
            if let chosen = Self.resolve(surnameGroup: groups[group], candidates: candidates, occurrences: places,
                                         candidateOccurrences: candidates.map { variantOccurrences[$0] ?? [] },
                                         onlyAtSentenceStarts: atSentenceStarts) {
                target[group] = chosen
            }
        }

        var merged: [Merged] = []
        var index: [Key: Int] = [:]
        var groupsByRoot: [Int: [Int]] = [:]
        for group in groups.indices { groupsByRoot[target[group], default: []].append(group) }
        for root in groups.indices where target[root] == root {
            let members = (groupsByRoot[root] ?? []).flatMap { groups[$0] }.sorted()
            let actors = members.map { occurrences[$0].actor }
            let names = members.map { occurrences[$0].name }
            // The display name: the fullest title-free form (middle initials not counted), then
            // the one without initials, then the earliest.
            func rank(_ i: Int) -> (Int, Int, Int) {
                let plain = names[i].keyWithoutInitials.map { $0.split(separator: " ").count } ?? names[i].words.count
                return (plain, -names[i].words.count, -i)
            }
            let best = members.indices.max { rank($0) < rank($1) } ?? 0
            let aliases = Set(actors.map(\.name)).subtracting([names[best].display]).sorted()
            for member in members { index[occurrences[member].key] = merged.count }
            merged.append(Merged(
                id: actors[best].id, name: names[best].display, kind: actors[0].kind,
                role: actors.lazy.compactMap { Self.nonEmpty($0.role) }.first,
                affiliation: actors.lazy.compactMap { Self.nonEmpty($0.affiliation) }.first,
                salienceSum: actors.reduce(0) { $0 + $1.salience },
                articleIds: Self.unique(members.map { occurrences[$0].articleId }),
                mentionCount: actors.reduce(0) { $0 + $1.mentions.count },
                aliases: aliases, keys: members.map { occurrences[$0].key },
                nameKeys: Self.unique(names.map(\.key))))
        }
        return (merged, index)
    }

    /// How many times as many articles as all the other bearers of a surname together the
    /// day's main bearer must appear in for a bare surname to mean them.
    static let dominance = 5
    /// The fewest articles the main bearer of a surname must appear in.
    static let dominantArticles = 3

    /// The group a bare surname stands for, or nil when the evidence does not single one out:
    /// the only candidate of the day; else the only one in the articles that use the bare
    /// surname; else, for a titled surname, the only one with a matching title ("President
    /// Obama"); else, for an untitled one, the candidate the day's coverage is about — in at
    /// least `dominance` times as many articles as the others together, and in at least
    /// `dominantArticles` ("Sanders" in a week of Bernie Sanders with one article naming
    /// Felicia Sanders).
    private static func resolve(surnameGroup: [Int], candidates: [Int], occurrences: [(article: Int, name: ActorName)],
                                candidateOccurrences: [[Int]], onlyAtSentenceStarts: Bool) -> Int? {
        guard !candidates.isEmpty else { return nil }
        // The only candidate in the articles that use the bare surname.
        let articles = Set(surnameGroup.map { occurrences[$0].article })
        let local = candidates.indices.filter { candidateOccurrences[$0].contains { articles.contains(occurrences[$0].article) } }
        if local.count == 1 { return candidates[local[0]] }
        let titles = surnameGroup.reduce(into: Set<String>()) { $0.formUnion(occurrences[$1].name.titleWords) }
        // A capital at a sentence start is no evidence of a name ("Politics is a tough game."):
        // without a title, such a word joins only a name of its own article.
        if titles.isEmpty && onlyAtSentenceStarts { return nil }
        if candidates.count == 1 { return candidates[0] }
        guard titles.isEmpty else {
            // The only candidate whose titles match the bare name's ("President Obama").
            let matching = candidates.indices.filter { candidate in
                candidateOccurrences[candidate].contains { !occurrences[$0].name.titleWords.isDisjoint(with: titles) }
            }
            return matching.count == 1 ? candidates[matching[0]] : nil
        }
        guard local.isEmpty else { return nil }
        let counts = candidateOccurrences.map { Set($0.map { occurrences[$0].article }).count }
        let total = counts.reduce(0, +)
        guard let main = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[main] >= dominantArticles,
              counts[main] >= dominance * (total - counts[main]) else { return nil }
        return candidates[main]
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }

    /// The elements in order, without repeats.
    static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
