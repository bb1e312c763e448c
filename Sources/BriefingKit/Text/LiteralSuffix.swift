extension String {
    /// `hasSuffix(suffix)`, for a suffix whose characters each have one form only (no combining
    /// marks, no canonical equivalents: "'s", "’"). A string ends with such characters only if
    /// it ends with their UTF-8 bytes, so most strings are answered by comparing a few bytes
    /// instead of walking characters.
    func hasLiteralSuffix(_ suffix: String) -> Bool {
        let bytes = utf8, ending = suffix.utf8
        guard bytes.count >= ending.count, bytes.suffix(ending.count).elementsEqual(ending) else { return false }
        return hasSuffix(suffix)
    }
}
