import Foundation

/// The target `FUZZ_TARGET` names (text, html, feed, jsonl, extract), read once.
let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("briefing-fuzz: set FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(2)
    }
    return target
}()

#if FUZZING
/// libFuzzer's driver (linked by `-sanitize=fuzzer`): runs `callback` on generated inputs,
/// taking libFuzzer's usual command-line flags.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// Built with `-sanitize=fuzzer,address -DFUZZING`: hands control to libFuzzer.
@main
enum FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            selectedTarget.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
            return 0
        })
    }
}
#else
/// Without libFuzzer: replays the inputs in the files or folders given (a corpus, a crash
/// file), so a finding can be reproduced with an ordinary build.
@main
enum FuzzReplay {
    static func main() {
        let target = selectedTarget
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            let files = isFolder.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                target.run(data)
                count += 1
            }
        }
        print("briefing-fuzz: \(target.rawValue): \(count) input(s) replayed, no failure")
    }
}
#endif
