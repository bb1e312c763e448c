/// A MinHash sketch of a text: for each of `size` hash functions, the smallest hash of the
/// text's 5-word shingles. The share of equal slots in two sketches estimates the Jaccard
/// similarity of the texts' shingle sets, in constant memory per text. Words are compared
/// ignoring case and punctuation; hashing is FNV-1a, so sketches are the same on every run.
struct TextSketch: Equatable {
    static let size = 64
    static let shingleWords = 5

    /// The minimum hashes, `size` of them.
    let slots: [UInt64]

    /// The sketch of `text`, or nil when it has fewer than `minimumWords` words.
    init?(_ text: Substring.UnicodeScalarView, minimumWords: Int = 20) {
        let words = Self.wordHashes(text)
        guard words.count >= max(minimumWords, Self.shingleWords) else { return nil }
        var slots = [UInt64](repeating: .max, count: Self.size)
        for start in 0...(words.count - Self.shingleWords) {
            var shingle: UInt64 = 0xcbf2_9ce4_8422_2325
            for word in words[start..<(start + Self.shingleWords)] { shingle = (shingle ^ word) &* 0x100_0000_01b3 }
            for slot in 0..<Self.size {
                let hashed = Self.mix(shingle ^ Self.seeds[slot])
                if hashed < slots[slot] { slots[slot] = hashed }
            }
        }
        self.slots = slots
    }

    /// The estimated Jaccard similarity of the two texts' shingles, 0...1.
    func similarity(to other: TextSketch) -> Double {
        Double(zip(slots, other.slots).filter { $0 == $1 }.count) / Double(Self.size)
    }

    /// The sketch cut into `bands` keys: texts with a similarity near 1 share at least one.
    func bandKeys(bands: Int) -> [UInt64] {
        let width = Self.size / bands
        return (0..<bands).map { band in
            var key = UInt64(band) &* 0x9e37_79b9_7f4a_7c15
            for value in slots[(band * width)..<((band + 1) * width)] { key = Self.mix(key ^ value) }
            return key
        }
    }

    /// FNV-1a hashes of the lowercased alphanumeric words.
    private static func wordHashes(_ text: Substring.UnicodeScalarView) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for scalar in text {
            let value = scalar.value
            if value < 0x80 {
                let isUpper = value >= 0x41 && value <= 0x5A
                if isUpper || (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                    hash = (hash ^ UInt64(isUpper ? value + 0x20 : value)) &* 0x100_0000_01b3
                    inWord = true
                    continue
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    hash = (hash ^ UInt64(lower.value)) &* 0x100_0000_01b3
                }
                inWord = true
                continue
            }
            if inWord {
                hashes.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
        return hashes
    }

    /// A 64-bit finaliser (splitmix64), spreading the bits of `value`.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    private static let seeds: [UInt64] = (0..<UInt64(size)).map { mix($0 &* 0x2545_f491_4f6c_dd1d) }
}
