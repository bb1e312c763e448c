import Foundation

/// Article metadata from a `metadata.tsv` file in an input folder: a tab-separated table whose
/// header names a `filename` column (the article's file name, with or without extension) and
/// any of `publisher`/`source`/`outlet` and `publication_date`/`published`/`date`. It supplies
/// the outlet of articles that do not state one, and the date of articles whose date was only
/// guessed (from the run date or the file time).
public struct MetadataSidecar: Sendable {
    /// The file name the sidecar must have.
    public static let fileName = "metadata.tsv"

    private var rows: [String: (outlet: String?, date: String?)] = [:]

    public init() {}

    /// The sidecars of the given input folders (files are skipped), merged; the first folder wins.
    public static func load(from paths: [String]) -> MetadataSidecar {
        var sidecar = MetadataSidecar()
        for path in paths {
            let file = URL(fileURLWithPath: path).appendingPathComponent(fileName)
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            sidecar.add(String(decoding: data, as: UTF8.self))
        }
        return sidecar
    }

    /// Adds the rows of a sidecar's text; rows already known are kept.
    public mutating func add(_ text: String) {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first?.map({ $0.lowercased() }),
              let nameColumn = header.firstIndex(of: "filename") else { return }
        let outletColumn = ["publisher", "source", "outlet"].lazy.compactMap { header.firstIndex(of: $0) }.first
        let dateColumn = ["publication_date", "published", "date"].lazy.compactMap { header.firstIndex(of: $0) }.first
        func cell(_ row: [String], _ column: Int?) -> String? {
            guard let column, column < row.count else { return nil }
            let value = row[column].trimmingCharacters(in: .whitespaces)
            return value.isEmpty || value == "None" ? nil : value
        }
        for row in lines.dropFirst() {
            guard let name = cell(row, nameColumn) else { continue }
            let key = (name as NSString).deletingPathExtension
            if rows[key] == nil { rows[key] = (cell(row, outletColumn), cell(row, dateColumn).flatMap(Self.day)) }
        }
    }

    /// The record with the sidecar's outlet and date filled in where the record lacks them.
    public func apply(to record: ArticleRecord) -> ArticleRecord {
        let key = ((record.path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let row = rows[key] ?? rows[record.id] else { return record }
        var record = record
        if record.source == nil { record.source = row.outlet }
        let guessed = record.publishedBasis == nil || record.publishedBasis == .runDate || record.publishedBasis == .fileTime
        if let date = row.date, record.published == nil || guessed {
            record.published = date
        }
        return record
    }

    /// `YYYY-MM-DD` when the value is such a day.
    private static func day(_ value: String) -> String? {
        let prefix = String(value.prefix(10))
        return Timestamp.endOfDay(prefix) != nil ? prefix : nil
    }
}
