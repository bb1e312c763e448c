extension String {
    /// `contains(mark)`, Foundation's substring search, for `mark` one ASCII character: asked of
    /// Foundation only when the string holds the mark's byte at all. Most words hold none, and
    /// the search costs thousands of instructions a call.
    func containsMark(_ mark: String) -> Bool {
        utf8.contains(mark.utf8.first!) && contains(mark)
    }

    /// `utf8.contains(where: isWanted)`, reading the bytes in place (a small string's from its
    /// inline storage): the view's iterator costs tens of instructions a byte.
    func containsByte(where isWanted: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: isWanted) } ?? utf8.contains(where: isWanted)
    }
}
