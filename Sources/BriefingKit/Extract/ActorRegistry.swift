/// The actors of one article while extraction runs: each with its mentions, and a look-up
/// from a mention's position to its actor so that speakers and committers resolve to ids.
struct ActorRegistry {
    struct Entry {
        var id: String
        var name: String
        var kind: ActorKind
        var role: String?
        var affiliation: String?
        /// "republican" or "democrat", when the text gives a person's party ("Sen. Rand Paul
        /// (R-Ky.)", "an Ohio Republican"): "the Kentucky Republican" then finds them.
        var party: String?
        /// The US state a politician represents, when the text gives it ("(R-Ky.)", "an Ohio
        /// Republican"): "the Kentucky Republican" must be from Kentucky.
        var home: String?
        /// Lower-case words of every role, title and description the text gives the actor
        /// ("vermont", "senator", "republican", "front-runner"): "the Vermont senator" must fit them.
        var descriptors: Set<String> = []
        var mentions: [Range<Int>] = []
        /// Names in the headline that the name rules missed (a Title Case headline reads as one
        /// run of capitals: "Ryan Backs Cruz Over Trump Plan"): they count for how central the
        /// actor is, but the look-ups by offset do not see them (the words around them are no
        /// sentence to find speakers or subjects in), and an actor named only in passing in the
        /// body is not kept for them.
        var headlineMentions: [Range<Int>] = []
        /// Times the actor speaks or commits.
        var acts = 0
        /// Whether a group is named by a singular collective noun ("the Republican
        /// establishment"): like an organization, it is no first choice for "they".
        var isCollective = false

        /// Whether the actor is a candidate's campaign ("Clinton campaign"), which acts for its candidate.
        var isCampaign: Bool { name.hasSuffix(" campaign") }
    }

    private(set) var entries: [Entry] = []
    private var idsByKey: [String: Int] = [:]
    /// The mentions by end offset (one per end: the last recorded there), each with its start
    /// and entry index.
    private var byEnd = MentionIndex()
    /// The mentions by start offset, likewise.
    private var byStart = MentionIndex()
    /// The ids in use.
    private var ids: Set<String> = []

    /// The entry index for a normalized key, creating the actor when it is new.
    mutating func actor(key: String, name: String, kind: ActorKind) -> Int {
        if let index = idsByKey[key] { return index }
        var id = Self.slug(name)
        if ids.contains(id) { id += "-\(entries.count + 1)" }
        ids.insert(id)
        entries.append(Entry(id: id, name: name, kind: kind))
        idsByKey[key] = entries.count - 1
        return entries.count - 1
    }

    /// The entry index already known under `key`.
    func index(key: String) -> Int? { idsByKey[key] }

    /// Registers another key under which an existing actor is found.
    mutating func alias(_ key: String, to index: Int) {
        if idsByKey[key] == nil { idsByKey[key] = index }
    }

    /// Records a mention, unless the same range is already a mention of some actor.
    mutating func addMention(_ range: Range<Int>, to index: Int) {
        let k = byEnd.first(atLeast: range.upperBound)
        let known = byEnd[k].flatMap { $0.key == range.upperBound ? $0 : nil }
        if let known, known.other == range.lowerBound { return }
        entries[index].mentions.append(range)
        let byEndItem = MentionIndex.Item(key: range.upperBound, other: range.lowerBound, entry: index)
        if known != nil { byEnd.replace(at: k, with: byEndItem) } else { byEnd.insert(byEndItem, at: k) }
        let s = byStart.first(atLeast: range.lowerBound)
        let byStartItem = MentionIndex.Item(key: range.lowerBound, other: range.upperBound, entry: index)
        if byStart[s]?.key == range.lowerBound { byStart.replace(at: s, with: byStartItem) } else { byStart.insert(byStartItem, at: s) }
    }

    /// Records a name in the headline (see `Entry.headlineMentions`).
    mutating func addHeadlineMention(_ range: Range<Int>, to index: Int) {
        entries[index].headlineMentions.append(range)
    }

    /// Makes `source` a name of `target`: its mentions, keys and acts move to `target`, and
    /// `source` is left without mentions (no actor of the briefing).
    mutating func merge(_ source: Int, into target: Int) {
        for range in entries[source].mentions {
            byEnd.reassign(key: range.upperBound, from: source, to: target)
            byStart.reassign(key: range.lowerBound, from: source, to: target)
        }
        entries[target].mentions += entries[source].mentions
        entries[target].headlineMentions += entries[source].headlineMentions
        entries[target].acts += entries[source].acts
        entries[source].mentions = []
        entries[source].headlineMentions = []
        entries[source].acts = 0
        for (key, index) in idsByKey where index == source { idsByKey[key] = target }
    }

    /// The actor mention that starts exactly at `start`, if any.
    func mention(startingAt start: Int) -> (range: Range<Int>, entry: Int)? {
        guard let m = byStart[byStart.first(atLeast: start)], m.key == start else { return nil }
        return (start..<m.other, m.entry)
    }

    /// The actor mention that ends exactly at `end`, if any.
    func mention(endingAt end: Int) -> (range: Range<Int>, entry: Int)? {
        guard let m = byEnd[byEnd.first(atLeast: end)], m.key == end else { return nil }
        return (m.other..<end, m.entry)
    }

    /// The actor mention that covers `offset`, if any.
    func mention(covering offset: Int, within limit: Int = 60) -> (range: Range<Int>, entry: Int)? {
        var k = byEnd.first(atLeast: offset)
        while let m = byEnd[k], m.key <= offset + limit {
            if m.other <= offset { return (m.other..<m.key, m.entry) }
            k = byEnd.after(k)
        }
        return nil
    }

    /// Names the actor anew (its id stays).
    mutating func rename(_ index: Int, to name: String) { entries[index].name = name }

    /// Gives the actor its role, unless it has one; the words of every role given count among
    /// its descriptors.
    mutating func setRole(_ role: String, of index: Int) {
        if entries[index].role == nil { entries[index].role = role }
        addDescriptors(role.lowercased().split(separator: " ").map(String.init), of: index)
    }

    mutating func setAffiliation(_ affiliation: String, of index: Int) {
        if entries[index].affiliation == nil, entries[index].name != affiliation { entries[index].affiliation = affiliation }
    }

    mutating func setParty(_ party: String, home: String?, of index: Int) {
        if entries[index].party == nil { entries[index].party = party }
        if entries[index].home == nil { entries[index].home = home }
    }

    /// Adds the words of a role or title the text gives an actor to its descriptors.
    mutating func addDescriptors<Words: Sequence>(_ words: Words, of index: Int) where Words.Element == String {
        entries[index].descriptors.formUnion(words)
    }

    mutating func recordAct(of index: Int) { entries[index].acts += 1 }

    /// Marks a group as named by a singular collective noun (see `Entry.isCollective`).
    mutating func markCollective(_ index: Int) { entries[index].isCollective = true }

    /// The last actor of one of `kinds` mentioned before `offset`, preferring the nearest.
    func nearest(before offset: Int, kinds: Set<ActorKind>, notBefore floor: Int,
                 where accepts: (Entry) -> Bool = { _ in true },
                 skipping skips: (_ entry: Int, _ mentionStart: Int) -> Bool = { _, _ in false }) -> Int? {
        // mentions ending in [floor, offset], latest first: the cost grows with the mentions in
        // that window (a paragraph or two), not with the article's length
        var k = byEnd.before(byEnd.first(atLeast: offset + 1))
        var walked = 0
        while let at = k, let m = byEnd[at], m.key >= floor {
            if m.other >= floor, kinds.contains(entries[m.entry].kind), accepts(entries[m.entry]), !skips(m.entry, m.other) {
                return m.entry
            }
            k = byEnd.before(at)
            walked += 1
            // a long window (floor 0: the whole article so far) and no fit yet: when no actor
            // fits at all, none of the remaining mentions can, and the walk need not go on, so
            // that a description with no antecedent costs the actors, not every mention
            if walked == Self.shortWalk, !entries.contains(where: { kinds.contains($0.kind) && accepts($0) }) { return nil }
        }
        return nil
    }

    /// Mentions walked back before `nearest` asks whether any actor fits at all.
    private static let shortWalk = 32

    /// `slug(name)` read from the bytes of an ASCII name (its letters lower-cased one by one);
    /// nil for any other name.
    private static func asciiSlug(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingHyphen = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if pendingHyphen && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                bytes.append(lower)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return bytes.isEmpty ? "actor" : String(decoding: bytes, as: UTF8.self)
    }

    /// A lower-case id from a name: letters and digits joined by hyphens.
    static func slug(_ name: String) -> String {
        if let ascii = asciiSlug(name) { return ascii }
        var result = ""
        var pendingHyphen = false
        for c in name.lowercased().unicodeScalars {
            if ScalarClass.isAlphabetic(c) || ScalarClass.isNumeric(c) {
                if pendingHyphen && !result.isEmpty { result += "-" }
                result.unicodeScalars.append(c)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "actor" : result
    }
}
