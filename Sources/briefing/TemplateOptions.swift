import ArgumentParser
import BriefingKit
import Foundation

/// Where templates come from: `--templates DIR`, else `./Templates` when it exists, else the
/// copy built into briefing. A user folder may hold only the files it changes.
struct TemplateOptions: ParsableArguments {
    @Option(help: "A folder of Mustache templates overriding the built-in ones (default: ./Templates if present).")
    var templates: String?

    func templateSet() throws -> TemplateSet {
        if let templates {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--templates \(templates): no such folder")
            }
            return try TemplateSet(userDirectory: URL(fileURLWithPath: templates))
        }
        let local = URL(fileURLWithPath: "Templates")
        return try TemplateSet(userDirectory: FileManager.default.fileExists(atPath: local.path) ? local : nil)
    }
}
