import ArgumentParser
import BriefingKit
import Foundation

/// Where templates come from: `--templates DIR`, else `./Templates` when it exists, else the
/// copy built into briefing. A user folder may hold only the files it changes.
struct TemplateOptions: ParsableArguments {
    @Option(help: "A folder of Mustache templates overriding the built-in ones (default: ./Templates if present).")
    var templates: String?

    /// The user's templates folder in effect, or nil for the built-in templates alone.
    func userDirectory() throws -> URL? {
        if let templates {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--templates \(templates): no such folder")
            }
            return URL(fileURLWithPath: templates)
        }
        var isFolder: ObjCBool = false
        let local = URL(fileURLWithPath: "Templates")
        return FileManager.default.fileExists(atPath: local.path, isDirectory: &isFolder) && isFolder.boolValue ? local : nil
    }

    func templateSet() throws -> TemplateSet {
        try TemplateSet(userDirectory: userDirectory())
    }
}
