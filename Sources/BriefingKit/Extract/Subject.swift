/// Who a cue belongs to: the mention as written and, where resolved, the actor.
struct Subject {
    /// The span naming the subject at this place (a name, a group, a pronoun).
    var mention: Range<Int>
    /// Index of the resolved actor in the registry, if any.
    var entry: Int?
    /// Token indices of the mention.
    var tokens: Range<Int>
}
