/// What a template may find under a name: the shape of a context value, read with `Mirror`
/// from a real context (the same reflection Mustache uses to look names up).
public indirect enum ContextShape: Sendable, Equatable {
    /// Text, a number or a flag.
    case scalar(ScalarKind)
    /// A struct: its type name and its variables in declaration order.
    case object(type: String, keys: [Key])
    /// A list, `{{#name}}…{{/name}}` repeats for each element.
    case list(ContextShape)
    /// A value that may be absent.
    case optional(ContextShape)
    /// Not known: an absent optional or an empty list in the value the shape was read from.
    case unknown

    /// The kind of a scalar value.
    public enum ScalarKind: String, Sendable {
        case text, number, flag
    }

    /// A variable of an object.
    public struct Key: Sendable, Equatable {
        public var name: String
        public var shape: ContextShape
    }

    /// The shape of `value`, read recursively with `Mirror`.
    public init(of value: Any) {
        switch value {
        case is String, is Substring: self = .scalar(.text)
        case is Bool: self = .scalar(.flag)
        case is Int, is Double, is Float: self = .scalar(.number)
        default:
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional:
                self = .optional(mirror.children.first.map { ContextShape(of: $0.value) } ?? .unknown)
            case .collection, .set:
                self = .list(mirror.children.first.map { ContextShape(of: $0.value) } ?? .unknown)
            case .struct, .class:
                let keys = mirror.children.compactMap { child in
                    child.label.map { Key(name: $0, shape: ContextShape(of: child.value)) }
                }
                self = .object(type: String(describing: mirror.subjectType), keys: keys)
            default:
                self = .scalar(.text)
            }
        }
    }

    /// The shape without optional wrapping.
    public var unwrapped: ContextShape {
        if case .optional(let wrapped) = self { return wrapped.unwrapped }
        return self
    }

    /// The object's variable called `name`, if this is an object that has one.
    public func key(_ name: String) -> ContextShape? {
        guard case .object(_, let keys) = unwrapped else { return nil }
        return keys.first { $0.name == name }?.shape
    }

    /// The names of the object's variables (empty for other shapes).
    public var keyNames: [String] {
        guard case .object(_, let keys) = unwrapped else { return [] }
        return keys.map(\.name)
    }

    /// What a section `{{#name}}` on a value of this shape pushes on the context stack: a list's
    /// element, an optional's value, an object; nil for a flag (the context stays as it is).
    public var sectionContext: ContextShape? {
        switch unwrapped {
        case .list(let element): return element.unwrapped
        case .scalar(.flag): return nil
        case let other: return other
        }
    }

    /// Every object type reachable from this shape, by type name, in first-seen order.
    public var objectTypes: [(type: String, keys: [Key])] {
        var seen: Set<String> = []
        var result: [(type: String, keys: [Key])] = []
        func visit(_ shape: ContextShape) {
            switch shape {
            case .object(let type, let keys):
                guard seen.insert(type).inserted else { return }
                result.append((type, keys))
                keys.forEach { visit($0.shape) }
            case .list(let inner), .optional(let inner): visit(inner)
            case .scalar, .unknown: break
            }
        }
        visit(self)
        return result
    }

    /// A short description for messages and documentation: `text`, `list of Actor`, …
    public var summary: String {
        switch self {
        case .scalar(let kind): return kind.rawValue
        case .object(let type, _): return type
        case .list(let element): return "list of \(element.summary)"
        case .optional(let wrapped): return "\(wrapped.summary), optional"
        case .unknown: return "unknown"
        }
    }
}
