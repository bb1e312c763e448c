import Foundation

/// Measures how long each stage of a command takes (`--timings`).
struct StageClock {
    private var last = Date()
    private var laps: [(stage: String, seconds: Double)] = []

    /// Ends the current stage, naming it.
    mutating func lap(_ stage: String) {
        let now = Date()
        laps.append((stage, now.timeIntervalSince(last)))
        last = now
    }

    /// One line: each stage's time and share of the total.
    var report: String {
        let total = laps.reduce(0) { $0 + $1.seconds }
        let parts = laps.map { lap in
            String(format: "%@ %.3f s (%.0f%%)", lap.stage, lap.seconds, total > 0 ? lap.seconds / total * 100 : 0)
        }
        return "timings: " + parts.joined(separator: ", ") + String(format: "; total %.3f s", total)
    }
}
