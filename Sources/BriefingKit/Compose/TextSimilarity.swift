import Foundation

/// Word-level comparison of short texts (quotes, actions, questions): lower-case words without
/// punctuation, with function words and negations set apart, and numbers collected, so that
/// "will send 2,000 troops" and "will not send 5,000 troops" compare as the same action with
/// another polarity and other numbers.
struct WordProfile: Hashable, Sendable {
    /// Content words (no function words, no negations, no numbers).
    var words: Set<String>
    /// Numbers, normalized ("2,000" → "2000"; number words as digits).
    var numbers: Set<String>
    /// Whether the text negates ("not", "no", "never", "won't", …).
    var isNegated: Bool

    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
        "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "will",
        "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "has", "have",
        "had", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them",
        "us", "me", "who", "what", "which", "when", "where", "whether", "if", "than", "then", "so", "s", "t",
        "said", "says", "about", "into", "over", "also", "just", "very", "there", "here", "up", "out",
    ]
    static let negations: Set<String> = ["not", "no", "never", "nor", "neither", "none", "cannot"]
    static let numberWords: [String: String] = [
        "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
        "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "fifty": "50", "hundred": "100",
        "thousand": "1000", "million": "1000000", "billion": "1000000000",
    ]

    init(words: Set<String>, numbers: Set<String>, isNegated: Bool = false) {
        self.words = words
        self.numbers = numbers
        self.isNegated = isNegated
    }

    init(_ text: String) {
        var words: Set<String> = []
        var numbers: Set<String> = []
        var negated = false
        for token in Self.tokens(text) {
            if token.first?.isNumber == true {
                numbers.insert(token)
            } else if let number = Self.numberWords[token] {
                numbers.insert(number)
            } else if Self.negations.contains(token) {
                negated = true
            } else if !Self.functionWords.contains(token) {
                words.insert(token)
            }
        }
        self.words = words
        self.numbers = numbers
        self.isNegated = negated
    }

    /// Lower-case runs of letters and digits; numbers keep an inner "." and drop ","; "n't" reads "not".
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        let characters = Array(text.lowercased())
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "\u{2019}", current.last == "n",
                      index + 1 < characters.count, characters[index + 1] == "t" {
                // "don't" → "do", "not"
                current.removeLast()
                if !current.isEmpty { tokens.append(current) }
                current = "no"
            } else if (character == "," || character == "."), current.first?.isNumber == true,
                      index + 1 < characters.count, characters[index + 1].isNumber {
                if character == "." { current.append(character) }
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
            index += 1
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// Jaccard similarity of the content words, 0…1 (0 when both are empty).
    func similarity(to other: WordProfile) -> Double {
        let union = words.union(other.words).count
        guard union > 0 else { return 0 }
        return Double(words.intersection(other.words).count) / Double(union)
    }

    /// The share of the smaller word set found in the larger one, 0…1.
    func containment(in other: WordProfile) -> Double {
        let smaller = min(words.count, other.words.count)
        guard smaller > 0 else { return 0 }
        return Double(words.intersection(other.words).count) / Double(smaller)
    }

    /// Whether two texts say the same thing in nearly the same words: same polarity, same
    /// numbers, and most content words shared (or the shorter one, of at least `minimumWords`
    /// words, inside the longer).
    func isNearDuplicate(of other: WordProfile, threshold: Double = 0.6, minimumWords: Int = 5) -> Bool {
        guard isNegated == other.isNegated, numbers == other.numbers else { return false }
        if words == other.words { return true }
        if similarity(to: other) >= threshold { return true }
        return min(words.count, other.words.count) >= minimumWords && containment(in: other) >= 0.9
    }
}
