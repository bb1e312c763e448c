/// Conjunctions that may open a sentence before its subject or main clause ("But he said",
/// "And maybe …", "Yet according to …"); several rules step over them to find what opens the
/// sentence. A rule that also steps over other words adds them itself.
enum SentenceConjunctions {
    static let words: WordSet = ["and", "but", "so", "yet", "still"]
}
