/// The growth the word tables share: open addressing by a 32-bit hash, probing the next slot
/// on a collision, at most half the slots used.
enum OpenAddressing {
    /// `slots` laid out again in twice as many, each used one in the first free slot from its
    /// hash's.
    static func doubled<Slot>(_ slots: [Slot], empty: Slot, isUsed: (Slot) -> Bool, hash: (Slot) -> UInt32) -> [Slot] {
        var doubled = [Slot](repeating: empty, count: slots.count * 2)
        let mask = doubled.count - 1
        for entry in slots where isUsed(entry) {
            var slot = Int(hash(entry)) & mask
            while isUsed(doubled[slot]) { slot = (slot + 1) & mask }
            doubled[slot] = entry
        }
        return doubled
    }
}
