import Foundation

/// What "What changed" needs of an earlier briefing, read from its `briefing.json`. Only the
/// fields every version of the file has are read, so older briefings still load.
public struct PreviousBriefing: Decodable, Sendable {
    public var date: String
    public var actors: [Actor]
    public var commitments: [Commitment]
    public var openQuestions: [Question]

    public struct Actor: Decodable, Sendable {
        public var name: String
        public var aliases: [String]?
    }

    public struct Commitment: Decodable, Sendable {
        public var actor: String?
        public var action: String
        public var polarity: Polarity
    }

    public struct Question: Decodable, Sendable {
        public var question: String
        public var actors: [String]
    }

    /// Why a previous briefing could not be read.
    public enum LoadError: LocalizedError {
        case unreadable(path: String, reason: String)

        public var errorDescription: String? {
            switch self {
            case .unreadable(let path, let reason): return "Cannot read the previous briefing \(path): \(reason)"
            }
        }
    }

    private struct Document: Decodable { var briefing: PreviousBriefing }

    /// Reads the `briefing` of a `briefing.json` file.
    public static func load(from url: URL) throws -> PreviousBriefing {
        do {
            return try JSONDecoder().decode(Document.self, from: Data(contentsOf: url)).briefing
        } catch {
            throw LoadError.unreadable(path: url.path, reason: error.localizedDescription)
        }
    }

    /// The `briefing.json` of the newest `YYYY-MM-DD` folder beside `outputFolder` whose day is
    /// before `date` (or on or before `since`, when given), if there is one. Without `since`,
    /// only the last `lookbackDays` days count: a briefing from months ago is no "yesterday".
    public static func locate(beside outputFolder: URL, before date: String, since: String? = nil,
                              lookbackDays: Int = 7) -> URL? {
        let parent = outputFolder.standardizedFileURL.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        let earliest = Timestamp.endOfDay(date).map { Timestamp.dayString($0.addingTimeInterval(-Double(lookbackDays) * 86_400)) }
        let days = names.filter { Timestamp.endOfDay($0) != nil && $0.count == 10 && $0 < date }
            .filter { day in since.map { day <= $0 } ?? earliest.map { day >= $0 } ?? true }
            .sorted()
        for day in days.reversed() {
            let file = parent.appendingPathComponent(day).appendingPathComponent("briefing.json")
            if FileManager.default.fileExists(atPath: file.path) { return file }
        }
        return nil
    }
}
