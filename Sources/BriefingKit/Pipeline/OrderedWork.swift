import Foundation

/// Hands out the indices `0..<count` in order to concurrent workers and gives their results
/// back to one consumer in the same order. Workers run at most `window` indices ahead of the
/// consumer, so the results held at once stay bounded however many items there are.
final class OrderedWork<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var results: [Int: Value] = [:]
    private var nextIndex = 0
    private var consumed = 0
    private var cancelled = false

    init(count: Int, window: Int) {
        self.count = count
        self.window = max(1, window)
    }

    /// The next index to work on, waiting while the consumer lags `window` behind; nil when
    /// all are handed out or the work was cancelled.
    func next() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled, nextIndex < count, nextIndex >= consumed + window { condition.wait() }
        guard !cancelled, nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    /// Stores the result of `index`.
    func finish(_ index: Int, _ value: Value) {
        condition.lock()
        results[index] = value
        condition.broadcast()
        condition.unlock()
    }

    /// The result of `index`, waiting until it is done; the consumer takes 0, 1, 2, … in order.
    func take(_ index: Int) -> Value {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        consumed = index + 1
        condition.broadcast()
        return results.removeValue(forKey: index)!
    }

    /// Stops handing out indices.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
