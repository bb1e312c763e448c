/// Follows the tags of templates through sections, partials, parents and blocks, keeping the
/// stack of context shapes Mustache would have, and records every name that does not resolve.
struct TemplateWalker {
    /// A block's replacement given in a parent call, with the template it is written in.
    struct Override {
        var nodes: [TemplateNode]
        var source: TemplateSource
    }

    let sources: [String: TemplateSource]
    /// Every template file in effect, including those that failed to parse.
    let names: Set<String>
    private(set) var used: Set<String> = []
    private(set) var problems: [TemplateProblem] = []
    private var active: Set<String> = []

    init(sources: [String: TemplateSource], names: Set<String>) {
        self.sources = sources
        self.names = names
    }

    /// Walks the template `name` with `stack` (innermost context last).
    mutating func walk(template name: String, stack: [ContextShape], overrides: [String: Override] = [:]) {
        guard let source = sources[name] else { return }
        used.insert(name)
        // A partial may include itself; walk each (template, context) pair once at a time.
        let key = name + "|" + stack.map(\.summary).joined(separator: "/") + "|" + overrides.keys.sorted().joined(separator: ",")
        guard active.count < 64, active.insert(key).inserted else { return }
        defer { active.remove(key) }
        walk(source.nodes, in: source, stack: stack, overrides: overrides)
    }

    private mutating func walk(_ nodes: [TemplateNode], in source: TemplateSource, stack: [ContextShape],
                               overrides: [String: Override]) {
        for node in nodes {
            switch node {
            case .tag(let tag):
                switch tag.kind {
                case .variable:
                    _ = resolve(tag, in: source, stack: stack)
                case .unescaped:
                    _ = resolve(tag, in: source, stack: stack)
                    checkUnescaped(tag, in: source, stack: stack)
                case .partial where tag.name.hasPrefix("*"):
                    var dynamic = tag
                    dynamic.name = String(tag.name.dropFirst())
                    _ = resolve(dynamic, in: source, stack: stack)
                case .partial:
                    if includes(tag, in: source) { walk(template: tag.name, stack: stack) }
                default:
                    break
                }
            case .group(let tag, let children):
                switch tag.kind {
                case .section:
                    // An unresolved name pushes `.unknown` (its contents cannot be checked); a flag
                    // pushes nothing.
                    let shape = resolve(tag, in: source, stack: stack)
                    let inner = shape.map { $0.sectionContext } ?? .unknown
                    walk(children, in: source, stack: inner.map { stack + [$0] } ?? stack, overrides: overrides)
                case .inverted:
                    _ = resolve(tag, in: source, stack: stack)
                    walk(children, in: source, stack: stack, overrides: overrides)
                case .parent:
                    guard includes(tag, in: source), let parent = sources[tag.name] else { continue }
                    var blocks: [String: Override] = [:]
                    for case .group(let block, let body) in children where block.kind == .block {
                        if !parent.blocks.contains(block.name) {
                            report(block, in: source, "\(tag.name) has no block \"\(block.name)\""
                                + Self.hint(block.name, parent.blocks.sorted(), known: "its blocks"))
                        }
                        blocks[block.name] = Override(nodes: body, source: source)
                    }
                    // Outer overrides win over inner ones, as in Mustache.
                    walk(template: tag.name, stack: stack, overrides: blocks.merging(overrides) { _, outer in outer })
                case .block:
                    if let override = overrides[tag.name] {
                        walk(override.nodes, in: override.source, stack: stack, overrides: overrides)
                    } else {
                        walk(children, in: source, stack: stack, overrides: overrides)
                    }
                default:
                    break
                }
            }
        }
    }

    /// Whether the partial or parent `tag` names was parsed; reports it when there is no such file.
    private mutating func includes(_ tag: MustacheTag, in source: TemplateSource) -> Bool {
        if sources[tag.name] != nil { return true }
        if names.contains(tag.name) { return false }  // its syntax error is reported already
        report(tag, in: source, "no template named \"\(tag.name)\"" + Self.hint(tag.name, sources.keys.sorted(), known: "templates"))
        return false
    }

    /// The shape `tag`'s name resolves to in `stack`, as Mustache looks it up: the first part
    /// in the innermost context that has it, the other parts inside that. Nil (and a problem
    /// recorded) when it does not resolve; `.unknown` when it cannot be told.
    private mutating func resolve(_ tag: MustacheTag, in source: TemplateSource, stack: [ContextShape]) -> ContextShape? {
        for transform in tag.transforms where !TemplateChecker.knownTransforms.contains(transform) {
            report(tag, in: source, "unknown transform \"\(transform)\""
                + Self.hint(transform, TemplateChecker.knownTransforms.sorted(), known: "transforms"))
        }
        if tag.name.isEmpty { return .unknown }
        if tag.name == "." { return stack.last ?? .unknown }
        let parts = tag.name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return .unknown }
        let searched = tag.name.hasPrefix(".") ? Array(stack.suffix(1)) : stack
        guard var shape = searched.reversed().lazy.compactMap({ $0.key(first) }).first else {
            if searched.contains(where: { $0 == .unknown }) { return .unknown }
            var names: [String] = []
            for context in searched.reversed() { names += context.keyNames.filter { !names.contains($0) } }
            report(tag, in: source, "unknown variable \"\(first)\"" + Self.hint(first, names, known: "variables here"))
            return nil
        }
        var path = first
        for part in parts.dropFirst() {
            if shape.unwrapped == .unknown { return .unknown }
            guard let next = shape.key(part) else {
                report(tag, in: source, "\"\(path)\" (\(shape.summary)) has no variable \"\(part)\""
                    + Self.hint(part, shape.keyNames, known: "its variables"))
                return nil
            }
            shape = next
            path += "." + part
        }
        return shape
    }

    /// Warns when article text is inserted without escaping: only the page's HTML values may be.
    private mutating func checkUnescaped(_ tag: MustacheTag, in source: TemplateSource, stack: [ContextShape]) {
        if case .object("PageContext", _) = stack.first, PageContext.htmlVariables.contains(tag.name) { return }
        report(tag, in: source, "\"\(tag.name)\" is inserted without escaping, so text from an article could "
            + "become markup; write {{\(tag.name)}}", severity: .warning)
    }

    private mutating func report(_ tag: MustacheTag, in source: TemplateSource, _ message: String,
                                 severity: TemplateProblem.Severity = .error) {
        let line = tag.line - 1 < source.lines.count ? source.lines[tag.line - 1] : ""
        problems.append(TemplateProblem(severity: severity, file: source.file.displayPath, line: tag.line,
                                        column: tag.column, source: line, message: message))
    }

    /// " — did you mean "name"?", or the names known there when none is close.
    static func hint(_ name: String, _ candidates: [String], known: String) -> String {
        if let near = NameSuggester.closest(to: name, among: candidates) { return " — did you mean \"\(near)\"?" }
        guard !candidates.isEmpty else { return "" }
        let shown = candidates.prefix(12).joined(separator: ", ")
        return " (\(known): \(shown)\(candidates.count > 12 ? ", …" : ""))"
    }
}
