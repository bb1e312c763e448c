/// A person's gender as the text shows it (a first name, a title, a role noun), for matching
/// "he" and "she" to the right person.
public enum Gender: String, Sendable {
    case female, male

    /// The gender a subject pronoun refers to, or nil for other words.
    init?(pronoun: String) {
        switch pronoun {
        case "she": self = .female
        case "he": self = .male
        default: return nil
        }
    }
}
