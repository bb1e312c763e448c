import Testing
@testable import BriefingKit

/// The encoder's byte buffer keeps every byte across the growth of its storage.
@Suite struct ByteBufferTests {
    @Test func bytesSurviveGrowth() {
        var buffer = ByteBuffer(capacity: 3)
        var expected: [UInt8] = []
        for round in 0..<40 {
            buffer.append("ab")
            buffer.append(UInt8(round))
            buffer.append(UInt8(ascii: " "), times: round % 7)
            [UInt8](repeating: 9, count: round).withUnsafeBufferPointer { buffer.append($0) }
            expected += Array("ab".utf8) + [UInt8(round)] + Array(repeating: UInt8(ascii: " "), count: round % 7)
                + Array(repeating: 9, count: round)
            #expect(buffer.count == expected.count)
        }
        #expect(buffer.bytes == expected)
        var empty = ByteBuffer(capacity: 0)
        empty.append(UInt8(ascii: " "), times: 0)
        #expect(empty.bytes.isEmpty)
    }
}
