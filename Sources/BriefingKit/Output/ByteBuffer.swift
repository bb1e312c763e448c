/// A growable run of bytes written through raw pointers: a capacity test and one copy a
/// write, where `Array.append(contentsOf:)` walks a generic sequence for every short piece
/// (an encoder writes a few bytes at a time, hundreds of thousands of times a run).
struct ByteBuffer {
    /// The bytes written so far, then zeros up to the capacity.
    private var storage: [UInt8]
    /// How many bytes have been written.
    private(set) var count = 0

    /// - Parameter capacity: bytes room is made for at first; the capacity doubles when full.
    init(capacity: Int = 1 << 12) {
        storage = [UInt8](repeating: 0, count: Swift.max(capacity, 1))
    }

    /// The bytes written, as an array.
    var bytes: [UInt8] { Array(storage[..<count]) }

    mutating func append(_ byte: UInt8) {
        if count == storage.count { grow(toHold: count + 1) }
        let at = count
        storage.withUnsafeMutableBufferPointer { $0[at] = byte }
        count += 1
    }

    mutating func append(_ source: UnsafeRawBufferPointer) {
        let n = source.count, at = count
        guard n > 0, let from = source.baseAddress else { return }
        if at + n > storage.count { grow(toHold: at + n) }
        storage.withUnsafeMutableBytes { ($0.baseAddress! + at).copyMemory(from: from, byteCount: n) }
        count += n
    }

    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        append(UnsafeRawBufferPointer(source))
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// `byte` written `times` times over.
    mutating func append(_ byte: UInt8, times: Int) {
        let at = count
        guard times > 0 else { return }
        if at + times > storage.count { grow(toHold: at + times) }
        storage.withUnsafeMutableBufferPointer { ($0.baseAddress! + at).update(repeating: byte, count: times) }
        count += times
    }

    /// Makes room for `needed` bytes at least, doubling the capacity until it does.
    private mutating func grow(toHold needed: Int) {
        var capacity = storage.count
        while capacity < needed { capacity *= 2 }
        storage.append(contentsOf: repeatElement(0, count: capacity - storage.count))
    }
}
