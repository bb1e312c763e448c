import Foundation

/// Reads a byte stream (standard input, a pipe, a file) one `\n`-terminated line at a time,
/// holding at most one line and one read buffer in memory. A line longer than the limit is
/// skipped up to its end and reported as too long rather than buffered.
struct ByteLineReader {
    /// One line of input, without its line break, or the length of a line that was too long.
    enum Line {
        case text(Data, number: Int)
        case tooLong(bytes: Int, number: Int)
    }

    private let read: () -> Data
    private let maxLineBytes: Int
    private var buffer = Data()
    private var lineStart = 0      // offset in `buffer` of the line being read
    private var scanned = 0        // offset in `buffer` up to which no line break was found
    private var lineNumber = 0
    private var skipped = 0        // bytes of an over-long line dropped so far
    private var finished = false

    /// - Parameters:
    ///   - maxLineBytes: the longest line returned as text.
    ///   - read: returns the next chunk of bytes, empty at the end of input.
    init(maxLineBytes: Int = InputLimits.maxLineBytes, read: @escaping () -> Data) {
        self.read = read
        self.maxLineBytes = maxLineBytes
    }

    /// Reads from a file handle whatever is available, up to 64 KiB at a time: on a pipe a read
    /// returns as soon as some bytes arrive, so lines are handed over without waiting for more.
    init(handle: FileHandle, maxLineBytes: Int = InputLimits.maxLineBytes) {
        let descriptor = handle.fileDescriptor
        self.init(maxLineBytes: maxLineBytes) {
            var chunk = Data(count: 1 << 16)
            while true {
                let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                if count >= 0 { return chunk.prefix(count) }
                if errno != EINTR { return Data() }
            }
        }
    }

    /// Reads lines from bytes already in memory.
    init(data: Data, maxLineBytes: Int = InputLimits.maxLineBytes) {
        self.init(maxLineBytes: maxLineBytes) { Data() }
        buffer = data
    }

    /// Whether a whole line is already in memory, so `next()` returns without reading.
    var hasBufferedLine: Bool {
        let base = buffer.startIndex
        return buffer[(base + scanned)...].contains(0x0A) || (finished && (lineStart < buffer.count || skipped > 0))
    }

    /// The next line, or nil at the end of input. A last line without a line break counts.
    mutating func next() -> Line? {
        while true {
            let base = buffer.startIndex
            if let newline = buffer[(base + scanned)...].firstIndex(of: 0x0A) {
                let line = buffer[(base + lineStart)..<newline]
                lineStart = newline - base + 1
                scanned = lineStart
                return finish(line)
            }
            scanned = buffer.count
            if buffer.count - lineStart > maxLineBytes {
                skipped += buffer.count - lineStart
                buffer.removeAll(keepingCapacity: true)
                (lineStart, scanned) = (0, 0)
            }
            if finished {
                guard lineStart < buffer.count || skipped > 0 else { return nil }
                defer { buffer.removeAll(); (lineStart, scanned) = (0, 0) }
                return finish(buffer[(base + lineStart)...])
            }
            if lineStart > 0 {   // drop the lines already returned
                buffer = Data(buffer[(base + lineStart)...])
                scanned -= lineStart
                lineStart = 0
            }
            let chunk = read()
            if chunk.isEmpty { finished = true } else { buffer.append(chunk) }
        }
    }

    private mutating func finish(_ line: Data) -> Line {
        lineNumber += 1
        let bytes = skipped + line.count
        skipped = 0
        if bytes > maxLineBytes { return .tooLong(bytes: bytes, number: lineNumber) }
        let text = line.last == 0x0D ? Data(line.dropLast()) : Data(line)
        return .text(text, number: lineNumber)
    }
}
