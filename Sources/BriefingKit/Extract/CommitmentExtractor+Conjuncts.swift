/// Coordinated committers: "Donald Trump and House Speaker Paul Ryan pledged to work together",
/// "President Barack Obama and Vice President Joe Biden will campaign for Hillary Clinton". The
/// first conjunct binds through the sentence's usual checks (`firstConjunct`); the second,
/// the subject right before the cue, is bound by the same words, so it gets an item of its own
/// with the same evidence (one item per actor, as the blind dev gold lists them).
extension CommitmentExtractor {
    /// The second of two coordinated subjects, when it names an actor of its own: a person or an
    /// organization the registry resolved, other than the first ("She and her aides have vowed
    /// to …" has no second actor; a group in the pair is left to the first's item).
    func secondConjunct(_ second: Subject, after first: Subject, registry: ActorRegistry) -> Subject? {
        guard let entry = second.entry, entry != first.entry, registry.entries[entry].kind != .group else { return nil }
        return second
    }
}
