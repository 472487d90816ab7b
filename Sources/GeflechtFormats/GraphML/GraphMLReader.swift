import GeflechtCore

/// Reads GraphML (http://graphml.graphdrawing.org/) as yEd, Gephi, NetworkX and igraph write it.
///
/// `<key>` declarations give attribute names and types (boolean, int, long, float, double, string)
/// and defaults; `<data>` values are typed accordingly. Attributes named `label`, `kind`, `aliases`,
/// `documents` (on nodes) and `relation`, `status`, `weight`, `key` (on edges) fill the matching fields;
/// the rest stay attributes. Only the first `<graph>` is read; nested graphs are rejected.
public enum GraphMLReader {
  struct Key {
    var name: String
    var type: String
    var defaultValue: String?
  }

  public static func graph(from bytes: [UInt8], file: String = "<input>") throws -> Multigraph {
    let root = try XMLDocumentReader.parse(bytes, file: file)
    func invalid(_ element: XMLElementNode, _ message: String) -> FormatError {
      .syntax(file: file, line: element.line, column: element.column, message: message)
    }
    guard root.localName == "graphml" else { throw invalid(root, "expected a <graphml> root element, found <\(root.name)>") }
    var keys: [String: Key] = [:]
    for key in root.children(named: "key") {
      guard let id = key.attributes["id"] else { throw invalid(key, "<key> without an id") }
      let name = key.attributes["attr.name"] ?? id
      let type = (key.attributes["attr.type"] ?? "string").lowercased()
      guard ["boolean", "int", "long", "float", "double", "string"].contains(type) else {
        throw invalid(key, "unknown attr.type \"\(type)\" for key \"\(id)\"; expected boolean, int, long, float, double or string")
      }
      keys[id] = Key(name: name, type: type, defaultValue: key.child(named: "default")?.text)
    }
    guard let graphElement = root.child(named: "graph") else { throw invalid(root, "no <graph> element") }
    let directed = (graphElement.attributes["edgedefault"] ?? "directed") == "directed"
    var builder = MultigraphBuilder(directed: directed)

    func values(of element: XMLElementNode, domain: String) throws -> [String: AttributeValue] {
      var result: [String: AttributeValue] = [:]
      let declared = root.children(named: "key").filter { ($0.attributes["for"] ?? "all") == domain || $0.attributes["for"] == "all" }
      for key in declared {
        if let id = key.attributes["id"], let k = keys[id], let d = k.defaultValue {
          result[k.name] = try typed(d, k, element)
        }
      }
      for data in element.children(named: "data") {
        guard let id = data.attributes["key"], let k = keys[id] else {
          throw invalid(data, "<data> refers to undeclared key \"\(data.attributes["key"] ?? "")\"")
        }
        result[k.name] = try typed(data.text, k, data)
      }
      return result
    }

    func typed(_ text: String, _ key: Key, _ element: XMLElementNode) throws -> AttributeValue {
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      switch key.type {
      case "boolean":
        switch trimmed.lowercased() {
        case "true", "1": return .bool(true)
        case "false", "0": return .bool(false)
        default: throw invalid(element, "value \"\(trimmed)\" of \"\(key.name)\" is not a boolean")
        }
      case "int", "long", "float", "double":
        guard let d = Double(trimmed) else {
          throw invalid(element, "value \"\(trimmed)\" of \"\(key.name)\" is not a number (\(key.type))")
        }
        return .number(d)
      default:
        return .string(text)
      }
    }

    for element in graphElement.children(named: "node") {
      guard let id = element.attributes["id"] else { throw invalid(element, "<node> without an id") }
      if element.child(named: "graph") != nil { throw invalid(element, "nested graphs are not supported") }
      if builder.nodeID(for: EntityKey(id)) != nil { throw invalid(element, "node id \"\(id)\" appears twice") }
      var attributes = try values(of: element, domain: "node")
      var node = Node(key: EntityKey(id), label: id)
      if case .string(let label)? = attributes.removeValue(forKey: "label") { node.label = label }
      if case .string(let k)? = attributes["kind"], let kind = NodeKind(rawValue: k) {
        node.kind = kind
        attributes["kind"] = nil
      }
      if case .string(let a)? = attributes.removeValue(forKey: "aliases") { node.aliases = splitList(a) }
      if case .string(let d)? = attributes.removeValue(forKey: "documents") { node.documents = splitList(d) }
      node.attributes = attributes
      builder.addNode(node)
    }
    for element in graphElement.children(named: "edge") {
      guard let s = element.attributes["source"], let t = element.attributes["target"] else {
        throw invalid(element, "<edge> needs source and target")
      }
      guard let source = builder.nodeID(for: EntityKey(s)) else { throw invalid(element, "edge source \"\(s)\" is not a node") }
      guard let target = builder.nodeID(for: EntityKey(t)) else { throw invalid(element, "edge target \"\(t)\" is not a node") }
      var attributes = try values(of: element, domain: "edge")
      var edge = Edge(source: source, target: target, key: element.attributes["id"] ?? "")
      if case .string(let k)? = attributes.removeValue(forKey: "key") { edge.key = k }
      if case .string(let r)? = attributes["relation"], let relation = Relation(rawValue: r) {
        edge.relation = relation
        attributes["relation"] = nil
      }
      if case .string(let st)? = attributes["status"], let status = Status(rawValue: st) {
        edge.status = status
        attributes["status"] = nil
      }
      if let w = attributes.removeValue(forKey: "weight") {
        guard let d = w.doubleValue, d.isFinite else { throw invalid(element, "edge weight \"\(w)\" is not a finite number") }
        edge.weight = d
      }
      edge.attributes = attributes
      builder.addEdge(edge)
    }
    return builder.build()
  }

  /// Lists are written as `a|b|c` by Geflecht's writers.
  static func splitList(_ text: String) -> [String] {
    text.split(separator: "|").map(String.init).filter { !$0.isEmpty }
  }
}
