/// Names a party the text calls only by an acronym and its members' plural ("the GOP",
/// "Republicans"), never by its own name ("Republican Party", "the party"), as its members are:
/// "Republicans". Readers know the actor by the text's words, and annotators list such a party
/// as its members, a group. Done once speakers and commitments are found, which look for a
/// party's descriptions ("the party") among the words of its name; left alone when a group of
/// the same name is an actor of its own ("some Republicans"), so that no two actors share a name.
struct PartyMembersName {
    let layer: TextLayer
    let lexicons: Lexicons

    /// Renames each such party in `registry` to the plural the text writes most ("Republicans").
    func rename(in registry: inout ActorRegistry) {
        let names = Set(registry.entries.filter { !$0.mentions.isEmpty }.map(\.name))
        for index in registry.entries.indices where registry.entries[index].kind == .organization {
            let entry = registry.entries[index]
            let lowerName = entry.name.lowercased()
            guard lexicons.organizations[lowerName] == entry.name else { continue }
            var plurals: [String: Int] = [:]
            var namesItself = false
            for mention in entry.mentions {
                var written = NameWords.singleSpaced(layer.string(mention))
                if written.lowercased().hasPrefix("the ") { written = String(written.dropFirst(4)) }
                let lower = written.lowercased()
                if lower == lowerName || NameWords.split(lower).last == "party" { namesItself = true }
                if lexicons.organizations[lower] == entry.name, ActorExtractor.isMemberPlural(lower, of: lowerName),
                   let initial = written.unicodeScalars.first, ScalarClass.isUppercase(initial) {
                    plurals[written, default: 0] += 1
                }
            }
            guard !namesItself, let plural = plurals.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key,
                  !names.contains(plural) else { continue }
            registry.rename(index, to: plural)
        }
    }
}
