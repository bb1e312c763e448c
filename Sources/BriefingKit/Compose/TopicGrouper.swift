/// Groups each speaker's positions of the day by topic, by a rule a reader can check: a
/// position joins the first topic of its speaker whose leading position (its first, the most
/// corroborated) shares at least `sharedWords` salient words with it, and at least a quarter
/// (`sharedShare`) of the shorter one's — content words of three
/// letters or more that are not generic talk ("people", "think", "going") nor the speaker's own
/// name, compared without a plural "s". Otherwise it leads a topic of its own.
///
/// A topic with several positions is labelled with the words its positions share, the words
/// found in the most positions first (at most `labelWords`), as the leading position spells
/// them. A speaker's labelled topics come first, in the order of their leading positions, each
/// with its positions in the order given; the positions that share a topic with none follow,
/// without a label.
struct TopicGrouper: Sendable {
    /// Salient words a position must share with a topic's leading position.
    static let sharedWords = 2
    /// The share of the smaller position's salient words the two must have in common.
    static let sharedShare = 0.25
    /// Words a topic label holds at most.
    static let labelWords = 3

    /// Words too common in political talk to tell topics apart.
    static let genericWords: Set<String> = [
        "about", "across", "actually", "after", "again", "against", "ago", "all", "already", "also", "always",
        "among", "another", "any", "anyone", "anything", "around", "back", "because", "before", "between", "believe", "better", "big", "bit", "come", "coming", "could", "day", "does", "doing",
        "done", "end", "even", "ever", "every", "everybody", "everyone", "everything", "far", "few", "get",
        "going", "gonna", "good", "got", "great", "how", "know", "last", "let", "like", "lot", "made", "make",
        "many", "more", "most", "much", "need", "new", "next", "now", "off", "old", "one", "only", "other", "own",
        "part", "people", "probably", "put", "real", "really", "right", "said", "same", "saw", "say", "saying", "says", "see", "set",
        "should", "some", "something", "still", "sure", "take", "tell", "than", "that", "them", "there", "they",
        "thing", "things", "think", "this", "through", "time", "under", "until", "today", "told", "too", "try", "two", "use", "very", "want",
        "wants", "way", "well", "went", "were", "what", "when", "where", "which", "while", "why", "will", "with",
        "without", "would", "year", "years", "yes", "yesterday", "yet", "your",
    ]

    /// `positions` (grouped by speaker: each speaker's positions consecutive) with each
    /// speaker's positions ordered by topic and `topic` set to the topic's label.
    /// `speakers[i]` names position `i`'s speaker; nil leaves the position as it is.
    func grouped(_ positions: [BriefingPosition], speakers: [String?]) -> [BriefingPosition] {
        var result: [BriefingPosition] = []
        var start = 0
        while start < positions.count {
            var end = start + 1
            while end < positions.count, speakers[end] == speakers[start] { end += 1 }
            let run = Array(positions[start..<end])
            result += speakers[start] == nil ? run : grouped(run)
            start = end
        }
        return result
    }

    /// One speaker's positions, by topic.
    func grouped(_ positions: [BriefingPosition]) -> [BriefingPosition] {
        // The speaker's own name says nothing of the topic.
        let name = Set(WordProfile.tokens(positions.first?.speaker ?? ""))
        let words = positions.map { Self.salientWords($0.content).filter { !name.contains($0.key) } }
        var topics: [[Int]] = []
        // The topics whose leading position has each word, so only topics sharing one are tried.
        var topicsByWord: [String: [Int]] = [:]
        for index in positions.indices {
            let sharing = Set(words[index].keys.flatMap { topicsByWord[$0] ?? [] }).sorted()
            if let topic = sharing.first(where: { Self.sharesTopic(words[topics[$0][0]], words[index]) }) {
                topics[topic].append(index)
            } else {
                for word in words[index].keys { topicsByWord[word, default: []].append(topics.count) }
                topics.append([index])
            }
        }
        var labelled: [BriefingPosition] = []
        var single: [BriefingPosition] = []
        for topic in topics {
            guard topic.count > 1 else {
                single.append(positions[topic[0]])
                continue
            }
            let label = Self.label(topic.map { words[$0] })
            labelled += topic.map { index in
                var position = positions[index]
                position.topic = label
                return position
            }
        }
        return labelled + single
    }

    /// Whether two positions' salient words hold `sharedWords` in common, and at least
    /// `sharedShare` of the smaller set (two words in common between long texts is chance).
    static func sharesTopic(_ a: [String: Word], _ b: [String: Word]) -> Bool {
        let needed = max(Double(sharedWords), sharedShare * Double(min(a.count, b.count)))
        var shared = 0
        for stem in a.keys where b[stem] != nil {
            shared += 1
            if Double(shared) >= needed { return true }
        }
        return false
    }

    /// A salient word as a text first spells it, and its place among the text's words.
    struct Word: Sendable {
        var surface: String
        var place: Int
    }

    /// The label of a topic: the leading position's words found in at least two positions, the
    /// most widely shared first (then in the leading position's order).
    static func label(_ members: [[String: Word]]) -> String {
        var shared: [(word: Word, count: Int)] = []
        for (stem, word) in members[0] {
            let count = members.filter { $0[stem] != nil }.count
            if count > 1 { shared.append((word, count)) }
        }
        shared.sort { a, b in a.count != b.count ? a.count > b.count : a.word.place < b.word.place }
        return shared.prefix(labelWords).map { $0.word.surface }.joined(separator: ", ")
    }

    /// The salient words of a text by stem (lower case, without a plural "s"), each with its
    /// first spelling and place.
    static func salientWords(_ text: String) -> [String: Word] {
        var words: [String: Word] = [:]
        for (place, token) in WordProfile.tokens(text).enumerated()
        where token.count >= 3 && token.first?.isLetter == true && !genericWords.contains(token)
            && !WordProfile.functionWords.contains(token) && !WordProfile.negations.contains(token) {
            let stem = token.count > 4 && token.hasSuffix("s") && !token.hasSuffix("ss") ? String(token.dropLast()) : token
            if words[stem] == nil { words[stem] = Word(surface: token, place: place) }
        }
        return words
    }
}
