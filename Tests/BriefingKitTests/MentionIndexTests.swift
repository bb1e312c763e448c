import Testing
@testable import BriefingKit

/// The registry's mention look-ups stay exact when mentions arrive out of text order and in
/// numbers that fill many blocks of the index.
@Suite struct MentionIndexTests {
    @Test func lookUpsMatchAPlainListAfterManyOutOfOrderInsertions() {
        var registry = ActorRegistry()
        let people = (0..<3).map { registry.actor(key: "p\($0)", name: "Person \($0)", kind: .person) }
        var byEnd: [Int: (start: Int, entry: Int)] = [:], byStart: [Int: (end: Int, entry: Int)] = [:]
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            let start = next(20_000) * 3, end = start + 1 + next(12), entry = people[next(3)]
            if byEnd[end]?.start == start { continue }
            registry.addMention(start..<end, to: entry)
            byEnd[end] = (start, entry)
            byStart[start] = (end, entry)
        }
        for offset in stride(from: 0, to: 60_020, by: 7) {
            #expect(registry.mention(endingAt: offset).map { [$0.range.lowerBound, $0.entry] }
                    == byEnd[offset].map { [$0.start, $0.entry] })
            #expect(registry.mention(startingAt: offset).map { [$0.range.upperBound, $0.entry] }
                    == byStart[offset].map { [$0.end, $0.entry] })
            let covering = byEnd.filter { $0.key >= offset && $0.key <= offset + 60 && $0.value.start <= offset }
                .min { $0.key < $1.key }
            #expect(registry.mention(covering: offset)?.range.upperBound == covering?.key)
            let nearest = byEnd.filter { $0.key <= offset && $0.key >= offset - 50 && $0.value.start >= offset - 50 }
                .max { $0.key < $1.key }
            #expect(registry.nearest(before: offset, kinds: [.person], notBefore: offset - 50) == nearest?.value.entry)
        }
    }
}
