extension ActorExtractor {
    /// "Wasserman Schultz" in an article that also writes "Debbie Wasserman Schultz": the person
    /// key of a surname of two or more words, mapped to the key and name of the one full name
    /// of at most four words the text writes outside headlines that ends in it and starts with
    /// a known first name. A surname that two
    /// full names end in ("Van Buren" of "Ann Van Buren" and "Tom Van Buren"), or that starts
    /// with a first name itself, keeps its own key.
    func fullNamesOfSurnames(in chunks: [NameChunk]) -> [String: (key: String, name: String)] {
        var fullNames: [String: String] = [:]
        // a headline's capitalized words are no full name ("George Lane Meets Tom Van Buren")
        for chunk in chunks where !chunk.inDisplayText {
            let name = NameWords.singleSpaced(chunk.text)
            let words = NameWords.split(name.lowercased())
            guard words.count >= 3, words.count <= 4, lexicons.firstNames.contains(words[0]) else { continue }
            fullNames[name.lowercased()] = name
        }
        var found: [String: (key: String, name: String)] = [:], ambiguous = Set<String>()
        for chunk in chunks {
            let short = NameWords.singleSpaced(chunk.lower)
            let words = NameWords.split(short)
            guard words.count >= 2, !lexicons.firstNames.contains(words[0]), found["person:" + short] == nil,
                  !ambiguous.contains(short) else { continue }
            let fits = fullNames.filter { $0.key.hasSuffix(" " + short) }
            if fits.count == 1, let (lower, name) = fits.first {
                found["person:" + short] = ("person:" + lower, name)
            } else if fits.count > 1 {
                ambiguous.insert(short)
            }
        }
        return found
    }
}
