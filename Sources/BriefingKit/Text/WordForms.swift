/// A word or number token as written ("Trump", "said", "30,000"): what a token of it holds
/// besides its range, which depends on its scalars alone.
struct WordForm {
    let text: String
    let lower: String
    let kind: Token.Kind
    let isCapitalized: Bool
    let wordID: UInt32

    /// The form of `token`.
    init(of token: Token) {
        text = token.text
        lower = token.lower
        kind = token.kind
        isCapitalized = token.isCapitalized
        wordID = token.wordID
    }
}

/// The written forms the tokenizer has met, by their scalars: a form met before (most of an
/// article's words) is handed out with its strings and word id without building a string,
/// lower-casing it or hashing its text again. Part of `WordTable`'s numbering, under its lock.
struct WordForms {
    /// One slot of the open-addressing table: a form's hash, where its scalars are in `keys`,
    /// and its index in `forms` + 1 (0 when the slot is empty).
    private struct Slot {
        var hash: UInt32 = 0
        var start: Int32 = 0
        var count: Int32 = 0
        var formPlusOne: Int32 = 0
    }

    /// At most this many forms are kept, so that odd input cannot grow the table without
    /// bound; a form beyond it is worked out again at each occurrence.
    private static let capacity = 1 << 18
    /// Forms longer than this are not kept: words worth remembering are short, and a feed of
    /// long unbroken runs (base64, minified data) would otherwise hold `capacity` times their
    /// length for the life of the process.
    private static let maxLength = 32

    private var forms: [WordForm] = []
    /// The forms' scalars, one after another.
    private var keys: [Unicode.Scalar] = []
    /// At most half the slots are used.
    private var slots = [Slot](repeating: Slot(), count: 1 << 12)

    /// The token of the scalars in `range` when their form was met before.
    func token(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Token? {
        let slot = slot(s, range, hash: Self.hash(s, range))
        return slots[slot].formPlusOne == 0 ? nil : Token(range: range, form: forms[Int(slots[slot].formPlusOne) - 1])
    }

    /// The lower case of the scalars in `range` when their form was met before.
    func lower(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String? {
        let slot = slot(s, range, hash: Self.hash(s, range))
        return slots[slot].formPlusOne == 0 ? nil : forms[Int(slots[slot].formPlusOne) - 1].lower
    }

    /// Keeps the form of `token`, the token of the scalars in `range` (met for the first time),
    /// when the table has room.
    mutating func keep(_ token: Token, _ s: [Unicode.Scalar], _ range: Range<Int>) {
        guard forms.count < Self.capacity, range.count <= Self.maxLength else { return }
        let hash = Self.hash(s, range)
        let slot = slot(s, range, hash: hash)
        guard slots[slot].formPlusOne == 0 else { return }
        let start = keys.count
        keys.append(contentsOf: s[range])
        forms.append(WordForm(of: token))
        slots[slot] = Slot(hash: hash, start: Int32(start), count: Int32(range.count), formPlusOne: Int32(forms.count))
        if forms.count * 2 > slots.count { grow() }
    }

    /// The slot that holds the form of `range`, or the empty slot where it would go.
    private func slot(_ s: [Unicode.Scalar], _ range: Range<Int>, hash: UInt32) -> Int {
        slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                s.withUnsafeBufferPointer { s in
                    let mask = slots.count - 1
                    var slot = Int(hash) & mask
                    probing: while slots[slot].formPlusOne != 0 {
                        if slots[slot].hash == hash, Int(slots[slot].count) == range.count {
                            var key = Int(slots[slot].start)
                            var matches = true
                            for k in range {
                                if keys[key] != s[k] { matches = false; break }
                                key += 1
                            }
                            if matches { break probing }
                        }
                        slot = (slot + 1) & mask
                    }
                    return slot
                }
            }
        }
    }

    private mutating func grow() {
        slots = OpenAddressing.doubled(slots, empty: Slot(), isUsed: { $0.formPlusOne != 0 }, hash: \.hash)
    }

    /// FNV-1a over the scalar values, its low 32 bits (the table never has more slots).
    private static func hash(_ s: [Unicode.Scalar], _ range: Range<Int>) -> UInt32 {
        s.withUnsafeBufferPointer { s in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for k in range { hash = (hash ^ UInt64(s[k].value)) &* 0x0000_0100_0000_01b3 }
            return UInt32(truncatingIfNeeded: hash ^ hash >> 29)
        }
    }
}
