/// Merges the actors of a day's articles into one entry per real-world actor.
///
/// Two actors are one when their names are equal after `ActorName` normalization (titles,
/// country and organization aliases). A person named by a surname alone
/// ("Clinton", "Mr. Trump") joins a fuller name of the day ending in that surname only when
/// that is unambiguous: it is the only such person of the day, or the only one in the same
/// article, or the only one whose title or role matches the bare name's ("President Obama" →
/// "US President Barack Obama", not "Michelle Obama"). Otherwise the surname stays its own entry.
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
    func merge(_ records: [ArticleRecord]) -> (actors: [Merged], index: [Key: Int]) {
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

        // Full person names by surname.
        var fullNamesBySurname: [String: [Int]] = [:]
        for group in groups.indices where isPersons(group) {
            if let surname = name(group).surname { fullNamesBySurname[surname, default: []].append(group) }
        }

        // A bare surname joins the one fuller name the evidence points to.
        var target = Array(groups.indices)
        for group in groups.indices where isPersons(group) && name(group).maySurname(lexicons) {
            let candidates = fullNamesBySurname[name(group).key] ?? []
            if let chosen = Self.resolve(surnameGroup: groups[group], candidates: candidates,
                                         occurrences: occurrences.map { ($0.key.article, $0.name) },
                                         groups: groups) {
                target[group] = chosen
            }
        }

        var merged: [Merged] = []
        var index: [Key: Int] = [:]
        for root in groups.indices where target[root] == root {
            let members = groups.indices.filter { target[$0] == root }.flatMap { groups[$0] }.sorted()
            let actors = members.map { occurrences[$0].actor }
            let names = members.map { occurrences[$0].name }
            // The display name: the fullest title-free form, the earliest on a tie.
            let best = members.indices.max { a, b in
                names[a].words.count != names[b].words.count ? names[a].words.count < names[b].words.count : a > b
            } ?? 0
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

    /// The group a bare surname stands for, or nil when the evidence does not single one out.
    private static func resolve(surnameGroup: [Int], candidates: [Int], occurrences: [(article: Int, name: ActorName)],
                                groups: [[Int]]) -> Int? {
        if candidates.count == 1 { return candidates[0] }
        guard candidates.count > 1 else { return nil }
        // The only candidate in the articles that use the bare surname.
        let articles = Set(surnameGroup.map { occurrences[$0].article })
        let local = candidates.filter { candidate in groups[candidate].contains { articles.contains(occurrences[$0].article) } }
        if local.count == 1 { return local[0] }
        // The only candidate whose titles match the bare name's ("President Obama").
        let titles = surnameGroup.reduce(into: Set<String>()) { $0.formUnion(occurrences[$1].name.titleWords) }
        guard !titles.isEmpty else { return nil }
        let matching = candidates.filter { candidate in
            groups[candidate].contains { !occurrences[$0].name.titleWords.isDisjoint(with: titles) }
        }
        return matching.count == 1 ? matching[0] : nil
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
