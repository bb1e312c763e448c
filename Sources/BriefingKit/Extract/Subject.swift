/// Who a cue belongs to: the mention as written and, where resolved, the actor.
struct Subject {
    /// The span naming the subject at this place (a name, a group, a pronoun).
    var mention: Range<Int>
    /// Index of the resolved actor in the registry, if any.
    var entry: Int?
    /// Token indices of the mention.
    var tokens: Range<Int>
    /// The phrase a relative pronoun mention stands for ("voters" in "voters who say"): the
    /// speaker's name when no actor is resolved.
    var described: Range<Int>? = nil
}
