extension ActorExtractor {
    /// Nouns that a company's name modifies ("a Carrier executive", "Tinder users") or owns in
    /// the possessive ("Carrier's parent company", "Compaq's shareholders"): a business, not a
    /// person. Not "campaign", "supporters", "spokesman", "brand" or "company" alone, which a
    /// person's name takes as readily ("the Trump campaign", "Sanders spokesman", "Oprah's brand").
    private static let companyNouns: WordSet = ["executive", "executives", "employee", "employees", "worker", "workers",
                                                "factory", "factories", "plant", "plants", "headquarters", "shareholders",
                                                "shares", "stock", "subsidiary", "customers", "users", "products",
                                                "parent", "app", "stores"]

    /// Words after "executive" that make it a president's or governor's ("Obama's executive order").
    private static let executivePowers: WordSet = ["order", "orders", "action", "actions", "branch", "privilege", "power",
                                                   "powers", "authority", "experience"]

    /// Words after a company noun that make it a verb ("Kasich shares the stage", "plants trees").
    private static let objectOpeners: WordSet = ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "some"]

    /// One-word names the text uses as a company's at least once ("a Carrier factory",
    /// "Carrier's parent company") and never with a title nor as a first name: such a name, when
    /// it is no known person's surname (those link first), is an organization, never a person
    /// whom "he" or "she" could mean.
    func namesUsedAsCompanies(in chunks: [NameChunk]) -> Set<String> {
        var companies = Set<String>(), titled = Set<String>()
        for chunk in chunks where !chunk.inDisplayText && !chunk.lower.containsMark(" ") {
            if chunk.title != nil { titled.insert(chunk.lower) }
            let next = chunk.tokens.upperBound
            guard next < layer.tokens.count, layer.sentences[chunk.sentence].tokens.contains(next),
                  !layer.tokens[next].isCapitalized, Self.companyNouns.contains(layer.tokens[next]),
                  !lexicons.firstNames.contains(chunk.lower) else { continue }
            if next + 1 < layer.tokens.count, case let after = layer.tokens[next + 1],
               Self.objectOpeners.contains(after) || layer.tokens[next].lower == "executive" && Self.executivePowers.contains(after) {
                continue
            }
            companies.insert(chunk.lower)
        }
        return companies.subtracting(titled)
    }
}
