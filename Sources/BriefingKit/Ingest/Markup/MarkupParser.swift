internal import CLibXML2
import Foundation

/// The one place that talks to libxml2: parses HTML (its forgiving HTML parser) or XML (its
/// XML parser in recovery mode) and copies the result into a `MarkupTree`, so that no C
/// pointer outlives a call.
enum MarkupParser {
    /// An XML parse: the tree, and whether the input was well-formed.
    struct XMLResult {
        var tree: MarkupTree
        var wellFormed: Bool
    }

    /// Parses an HTML page.
    /// - Parameter encoding: the character set to decode with (an IANA name libxml2 knows),
    ///   or nil to let libxml2 detect it from a byte-order mark or a `<meta>` declaration.
    static func html(_ data: Data, encoding: String?) -> MarkupTree? {
        initialize
        briefing_xml_silence()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
            | (encoding == nil ? 0 : Int32(HTML_PARSE_IGNORE_ENC.rawValue))
        guard let context = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(context) }
        let document = data.withUnsafeBytes { buffer -> htmlDocPtr? in
            guard let base = buffer.baseAddress, buffer.count <= Int(Int32.max) else { return nil }
            return htmlCtxtReadMemory(context, base.assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                                      nil, encoding, options)
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return tree(of: document, lowercaseNames: true)
    }

    /// Parses an XML document (a feed), recovering what it can from malformed input. External
    /// entities and DTDs are never loaded.
    static func xml(_ data: Data) -> XMLResult? {
        initialize
        briefing_xml_silence()
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        guard let context = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(context) }
        let document = data.withUnsafeBytes { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress, buffer.count <= Int(Int32.max) else { return nil }
            return xmlCtxtReadMemory(context, base.assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                                     nil, nil, options)
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return XMLResult(tree: tree(of: document, lowercaseNames: false), wellFormed: context.pointee.wellFormed != 0)
    }

    /// libxml2 must be initialised once, before threads use it; its error output is per thread.
    private static let initialize: Void = xmlInitParser()

    /// Copies the document's elements and text into a flat tree, walking the sibling and parent
    /// links instead of recursing.
    private static func tree(of document: xmlDocPtr, lowercaseNames: Bool) -> MarkupTree {
        var nodes: [MarkupTree.Node] = []
        var open: [Int] = []
        var current = document.pointee.children
        walk: while let node = current {
            let parent = open.last ?? -1
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = string(node.pointee.name)
                nodes.append(MarkupTree.Node(
                    name: lowercaseNames ? name.lowercased() : name,
                    namespace: node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
                    attributes: attributes(of: node, document: document),
                    text: "", parent: parent, end: nodes.count + 1))
                if let child = node.pointee.children {
                    open.append(nodes.count - 1)
                    current = child
                    continue walk
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                nodes.append(MarkupTree.Node(name: "", namespace: nil, attributes: [],
                                             text: string(node.pointee.content), parent: parent, end: nodes.count + 1))
            case XML_ENTITY_REF_NODE:
                // An entity declared in the document's own DTD ("AT&T"); external ones stay empty.
                if let content = xmlNodeGetContent(node) {
                    nodes.append(MarkupTree.Node(name: "", namespace: nil, attributes: [], text: String(cString: content),
                                                 parent: parent, end: nodes.count + 1))
                    briefing_xml_free(content)
                }
            default:
                break
            }
            var step = node
            while step.pointee.next == nil {
                guard let up = step.pointee.parent, up.pointee.type == XML_ELEMENT_NODE, let index = open.popLast() else {
                    break walk
                }
                nodes[index].end = nodes.count
                step = up
            }
            current = step.pointee.next
        }
        for index in open { nodes[index].end = nodes.count }
        return MarkupTree(nodes: nodes)
    }

    private static func attributes(of node: xmlNodePtr, document: xmlDocPtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var name = string(current.pointee.name).lowercased()
            if let prefix = current.pointee.ns?.pointee.prefix { name = String(cString: prefix) + ":" + name }
            var value = ""
            if let only = current.pointee.children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE {
                value = string(only.pointee.content)   // the usual case, without a copy in C
            } else if let raw = xmlNodeListGetString(document, current.pointee.children, 1) {
                value = String(cString: raw)
                briefing_xml_free(raw)
            }
            result.append((name, value))
            attribute = current.pointee.next
        }
        return result
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
