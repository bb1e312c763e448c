extension ActorExtractor {
    /// "Wasserman Schultz" in an article that also writes "Debbie Wasserman Schultz": the person
    /// key of a surname of two or more words, mapped to the key and name of the one full name
    /// of at most four words the text writes outside headlines that ends in it and starts with
    /// a known first name. A surname that two full names end in ("Van Buren" of "Ann Van Buren"
    /// and "Tom Van Buren"), or that starts with a first name itself, keeps its own key.
    func fullNamesOfSurnames(in chunks: [NameChunk]) -> [String: (key: String, name: String)] {
        // every ending of two or more words of each full name, with the one full name it ends
        // (nil once two do): "wasserman schultz" → "Debbie Wasserman Schultz"
        var byEnding: [String: (lower: String, name: String)?] = [:]
        // a headline's capitalized words are no full name ("George Lane Meets Tom Van Buren")
        for chunk in chunks where !chunk.inDisplayText {
            let name = NameWords.singleSpaced(chunk.text)
            // fewer than two spaces make fewer than three words: most names, ruled out before
            // they are lower-cased and split
            guard NameWords.spaceCount(name) >= 2 else { continue }
            let lower = name.lowercased()
            let words = NameWords.split(lower)
            guard words.count >= 3, words.count <= 4, lexicons.firstNames.contains(words[0]) else { continue }
            for space in lower.indices where lower[space] == " " {
                let ending = String(lower[lower.index(after: space)...])
                switch byEnding[ending] {
                case .none: byEnding[ending] = (lower, name)
                case .some(.some(let known)) where known.lower == lower: byEnding[ending] = (lower, name)
                default: byEnding[ending] = .some(nil)
                }
            }
        }
        var found: [String: (key: String, name: String)] = [:]
        // most articles write no full name of three or four words: no surname to map then
        guard !byEnding.isEmpty else { return found }
        for chunk in chunks {
            let short = NameWords.singleSpaced(chunk.lower)
            guard found["person:" + short] == nil, let fit = byEnding[short], let (lower, name) = fit,
                  case let words = NameWords.split(short), words.count >= 2, !lexicons.firstNames.contains(words[0]) else { continue }
            found["person:" + short] = ("person:" + lower, name)
        }
        return found
    }
}
