extension ActorExtractor {
    /// Nouns that a company's name modifies ("a Carrier executive", "Tinder users") or owns in
    /// the possessive ("Carrier's parent company", "Compaq's shareholders"): a business, not a
    /// person. Not "campaign", "supporters", "spokesman" or "company" alone, which a person's
    /// surname takes as readily ("the Trump campaign", "Sanders spokesman", "Trump's company").
    private static let companyNouns: WordSet = ["executive", "executives", "employee", "employees", "worker", "workers",
                                                "factory", "factories", "plant", "plants", "headquarters", "shareholders",
                                                "shares", "stock", "subsidiary", "customers", "users", "products",
                                                "parent", "app", "brand", "stores", "franchise"]

    /// One-word names the text uses as a company's at least once ("a Carrier factory",
    /// "Carrier's parent company") and never with a title: when such a name is not a known
    /// person's surname, it is an organization, never a person whom "he" or "she" could mean.
    func namesUsedAsCompanies(in chunks: [NameChunk]) -> Set<String> {
        var companies = Set<String>(), titled = Set<String>()
        for chunk in chunks where !chunk.inDisplayText && !chunk.lower.containsMark(" ") {
            if chunk.title != nil { titled.insert(chunk.lower) }
            let next = chunk.tokens.upperBound
            guard next < layer.tokens.count, layer.sentences[chunk.sentence].tokens.contains(next),
                  !layer.tokens[next].isCapitalized, Self.companyNouns.contains(layer.tokens[next]),
                  !lexicons.firstNames.contains(chunk.lower) else { continue }
            companies.insert(chunk.lower)
        }
        return companies.subtracting(titled)
    }
}
