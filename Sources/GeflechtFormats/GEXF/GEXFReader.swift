import GeflechtCore

/// Reads GEXF 1.2/1.3 (https://gexf.net) as Gephi writes it.
///
/// `<attributes class="node|edge">` declare attribute ids, titles and types; `<attvalue for value>`
/// fill them. Node `label`, edge `weight`, `label` and `id` map to their fields; attributes titled
/// `kind`, `relation` or `status` fill the matching fields. `viz` elements are ignored.
public enum GEXFReader {
  public static func graph(from bytes: [UInt8], file: String = "<input>") throws -> Multigraph {
    let root = try XMLDocumentReader.parse(bytes, file: file)
    func invalid(_ element: XMLElementNode, _ message: String) -> FormatError {
      .syntax(file: file, line: element.line, column: element.column, message: message)
    }
    guard root.localName == "gexf" else { throw invalid(root, "expected a <gexf> root element, found <\(root.name)>") }
    guard let graphElement = root.child(named: "graph") else { throw invalid(root, "no <graph> element") }
    let directed = (graphElement.attributes["defaultedgetype"] ?? "undirected") != "undirected"
    var declared: [String: [String: (title: String, type: String)]] = ["node": [:], "edge": [:]]
    for block in graphElement.children(named: "attributes") {
      let domain = block.attributes["class"] ?? "node"
      for attribute in block.children(named: "attribute") {
        guard let id = attribute.attributes["id"] else { throw invalid(attribute, "<attribute> without an id") }
        declared[domain, default: [:]][id] = (attribute.attributes["title"] ?? id, (attribute.attributes["type"] ?? "string").lowercased())
      }
    }
    func values(of element: XMLElementNode, domain: String) throws -> [String: AttributeValue] {
      var result: [String: AttributeValue] = [:]
      for value in element.child(named: "attvalues")?.children(named: "attvalue") ?? [] {
        guard let id = value.attributes["for"] ?? value.attributes["id"], let text = value.attributes["value"] else {
          throw invalid(value, "<attvalue> needs for and value")
        }
        let (title, type) = declared[domain]?[id] ?? (id, "string")
        switch type {
        case "integer", "long", "float", "double", "short", "byte":
          guard let d = Double(text) else { throw invalid(value, "value \"\(text)\" of \"\(title)\" is not a number (\(type))") }
          result[title] = .number(d)
        case "boolean":
          guard let b = Bool(text.lowercased()) else { throw invalid(value, "value \"\(text)\" of \"\(title)\" is not a boolean") }
          result[title] = .bool(b)
        default:
          result[title] = .string(text)
        }
      }
      return result
    }
    var builder = MultigraphBuilder(directed: directed)
    for element in graphElement.child(named: "nodes")?.children(named: "node") ?? [] {
      guard let id = element.attributes["id"] else { throw invalid(element, "<node> without an id") }
      if builder.nodeID(for: EntityKey(id)) != nil { throw invalid(element, "node id \"\(id)\" appears twice") }
      var attributes = try values(of: element, domain: "node")
      var node = Node(key: EntityKey(id), label: element.attributes["label"] ?? id)
      if case .string(let k)? = attributes["kind"], let kind = NodeKind(rawValue: k) {
        node.kind = kind
        attributes["kind"] = nil
      }
      if case .string(let a)? = attributes.removeValue(forKey: "aliases") { node.aliases = GraphMLReader.splitList(a) }
      if case .string(let d)? = attributes.removeValue(forKey: "documents") { node.documents = GraphMLReader.splitList(d) }
      node.attributes = attributes
      builder.addNode(node)
    }
    for element in graphElement.child(named: "edges")?.children(named: "edge") ?? [] {
      guard let s = element.attributes["source"], let t = element.attributes["target"] else {
        throw invalid(element, "<edge> needs source and target")
      }
      guard let source = builder.nodeID(for: EntityKey(s)) else { throw invalid(element, "edge source \"\(s)\" is not a node") }
      guard let target = builder.nodeID(for: EntityKey(t)) else { throw invalid(element, "edge target \"\(t)\" is not a node") }
      var attributes = try values(of: element, domain: "edge")
      var edge = Edge(source: source, target: target, key: element.attributes["id"] ?? "")
      if let w = element.attributes["weight"] {
        guard let d = Double(w), d.isFinite else { throw invalid(element, "edge weight \"\(w)\" is not a finite number") }
        edge.weight = d
      }
      if case .string(let k)? = attributes.removeValue(forKey: "networkx_key") ?? attributes.removeValue(forKey: "key") {
        edge.key = k
      }
      if case .string(let r)? = attributes["relation"], let relation = Relation(rawValue: r) {
        edge.relation = relation
        attributes["relation"] = nil
      } else if let label = element.attributes["label"], let relation = Relation(rawValue: label) {
        edge.relation = relation
      }
      if case .string(let st)? = attributes["status"], let status = Status(rawValue: st) {
        edge.status = status
        attributes["status"] = nil
      }
      edge.attributes = attributes
      builder.addEdge(edge)
    }
    return builder.build()
  }
}
