import Foundation
import GeflechtCore

/// Reads and writes the node-link JSON that `networkx.node_link_graph(data, edges="edges")` loads as a
/// `MultiDiGraph`, with the field names of `ONTOLOGY.md`. See `docs/node-link-json.md`.
public enum NodeLinkJSON {
  static let nodeFields: Set<String> = ["id", "label", "kind", "aliases", "documents"]
  static let edgeFields: Set<String> = [
    "source", "target", "key", "relation", "status", "weight", "weight_components", "evidence",
    "amount", "date", "role",
  ]

  // MARK: Writing

  /// The graph as node-link JSON text. Deterministic: nodes and edges in graph order, attribute keys sorted.
  ///
  /// Streams the text without building a `JSONValue` tree first; the bytes are those of
  /// `JSONWriter.string(value(from: graph))`.
  ///
  /// - Complexity: O(size of the text).
  public static func string(from graph: Multigraph) throws -> String {
    try streamedText(from: graph)
  }

  /// `string(from:)` as UTF-8 bytes, for writing to a file or a pipe without a `String` in between.
  ///
  /// - Complexity: O(size of the text).
  public static func bytes(from graph: Multigraph) throws -> [UInt8] {
    try streamedBytes(from: graph)
  }

  public static func value(from graph: Multigraph) throws -> JSONValue {
    var nodes: [JSONValue] = []
    nodes.reserveCapacity(graph.nodeCount)
    for node in graph.nodes {
      var members: [(String, JSONValue)] = [
        ("id", .string(node.key.rawValue)), ("label", .string(node.label)),
      ]
      if let kind = node.kind { members.append(("kind", .string(kind.rawValue))) }
      members.append(("aliases", .array(node.aliases.map { .string($0) })))
      members.append(("documents", .array(node.documents.map { .string($0) })))
      try appendAttributes(node.attributes, reserved: nodeFields, to: &members)
      nodes.append(.object(members))
    }
    var edges: [JSONValue] = []
    edges.reserveCapacity(graph.edgeCount)
    for edge in graph.edges {
      var members: [(String, JSONValue)] = [
        ("source", .string(graph.node(edge.source).key.rawValue)),
        ("target", .string(graph.node(edge.target).key.rawValue)),
        ("key", .string(edge.key)),
      ]
      if let relation = edge.relation { members.append(("relation", .string(relation.rawValue))) }
      members.append(("status", .string(edge.status.rawValue)))
      members.append(("weight", try .double(edge.weight)))
      if !edge.weightComponents.isEmpty {
        members.append(
          ("weight_components",
           .object(try edge.weightComponents.sorted { $0.key < $1.key }.map { ($0.key, try .double($0.value)) })))
      }
      members.append(("evidence", .array(edge.evidence.map(value(from:)))))
      if let amount = edge.amount { members.append(("amount", value(from: amount))) }
      if let date = edge.date { members.append(("date", .string(date))) }
      if let role = edge.role { members.append(("role", .string(role))) }
      try appendAttributes(edge.attributes, reserved: edgeFields, to: &members)
      edges.append(.object(members))
    }
    var graphMembers: [(String, JSONValue)] = []
    try appendAttributes(graph.attributes, reserved: [], to: &graphMembers)
    return .object([
      ("directed", .bool(graph.isDirected)), ("multigraph", .bool(true)),
      ("graph", .object(graphMembers)), ("nodes", .array(nodes)), ("edges", .array(edges)),
    ])
  }

  static func value(from evidence: Evidence) -> JSONValue {
    .object([
      ("doc", .string(evidence.doc)), ("sentence", .int(evidence.sentence)),
      ("start", .int(evidence.start)), ("end", .int(evidence.end)), ("text", .string(evidence.text)),
    ])
  }

  static func value(from amount: Amount) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("value", .number(NSDecimalNumber(decimal: amount.value).stringValue)),
      ("currency", .string(amount.currency)),
    ]
    if let q = amount.qualifier { members.append(("qualifier", .string(q))) }
    if let t = amount.text { members.append(("text", .string(t))) }
    return .object(members)
  }

  static func appendAttributes(
    _ attributes: [String: AttributeValue], reserved: Set<String>, to members: inout [(String, JSONValue)]
  ) throws {
    for (key, value) in attributes.sorted(by: { $0.key < $1.key }) where !reserved.contains(key) {
      switch value {
      case .string(let s): members.append((key, .string(s)))
      case .number(let d): members.append((key, try .double(d)))
      case .bool(let b): members.append((key, .bool(b)))
      }
    }
  }

  // MARK: Reading

  /// Reads node-link JSON bytes; `file` names the input in error messages.
  public static func graph(from bytes: [UInt8], file: String = "<input>") throws -> Multigraph {
    let root = try JSONParser.parse(bytes, file: file)
    return try graph(from: root, file: file)
  }

  public static func graph(from root: JSONValue, file: String) throws -> Multigraph {
    func invalid(_ message: String) -> FormatError { .invalidGraph(file: file, message: message) }
    guard case .object = root else {
      throw invalid("expected a node-link object at the top level, found \(root.typeName)")
    }
    var directed = false
    if let d = root["directed"] {
      guard case .bool(let b) = d else { throw invalid("\"directed\" must be true or false, found \(d.typeName)") }
      directed = b
    }
    var builder = MultigraphBuilder(directed: directed)
    if let g = root["graph"], let members = g.objectValue {
      builder.attributes = try attributes(of: members, reserved: [], context: "graph", file: file)
    }
    guard let nodeValues = root["nodes"]?.arrayValue else {
      throw invalid(root["nodes"].map { "\"nodes\" must be an array, found \($0.typeName)" } ?? "missing \"nodes\" array")
    }
    for (i, nodeValue) in nodeValues.enumerated() {
      guard let members = nodeValue.objectValue else {
        throw invalid("node \(i) must be an object, found \(nodeValue.typeName)")
      }
      guard let idValue = nodeValue["id"], let id = scalarText(idValue) else {
        throw invalid("node \(i) has no \"id\" (a string or number)")
      }
      var node = Node(key: EntityKey(id), label: id)
      if let label = nodeValue["label"] {
        guard let l = scalarText(label) else { throw invalid("node \"\(id)\": \"label\" must be a string") }
        node.label = l
      }
      var attributes = try attributes(of: members, reserved: nodeFields, context: "node \"\(id)\"", file: file)
      if let kindValue = nodeValue["kind"] {
        guard let k = kindValue.stringValue else { throw invalid("node \"\(id)\": \"kind\" must be a string") }
        if let kind = NodeKind(rawValue: k) { node.kind = kind } else { attributes["kind"] = .string(k) }
      }
      node.aliases = try stringList(nodeValue["aliases"], field: "aliases", context: "node \"\(id)\"", file: file)
      node.documents = try stringList(nodeValue["documents"], field: "documents", context: "node \"\(id)\"", file: file)
      node.attributes = attributes
      if builder.nodeID(for: node.key) != nil { throw invalid("node id \"\(id)\" appears twice") }
      builder.addNode(node)
    }
    let edgeMember = root["edges"] != nil ? "edges" : "links"
    var edgeValues: [JSONValue] = []
    if let value = root[edgeMember] {
      guard let list = value.arrayValue else { throw invalid("\"\(edgeMember)\" must be an array, found \(value.typeName)") }
      edgeValues = list
    }
    for (i, edgeValue) in edgeValues.enumerated() {
      guard let members = edgeValue.objectValue else {
        throw invalid("edge \(i) must be an object, found \(edgeValue.typeName)")
      }
      func endpoint(_ field: String) throws -> NodeID {
        guard let v = edgeValue[field], let name = scalarText(v) else {
          throw invalid("edge \(i) has no \"\(field)\"")
        }
        guard let id = builder.nodeID(for: EntityKey(name)) else {
          throw invalid("edge \(i): \(field) \"\(name)\" is not a node")
        }
        return id
      }
      let context = "edge \(i)"
      var edge = Edge(source: try endpoint("source"), target: try endpoint("target"))
      var attributes = try attributes(of: members, reserved: edgeFields, context: context, file: file)
      if let k = edgeValue["key"] { edge.key = scalarText(k) ?? "" }
      if let r = edgeValue["relation"] {
        guard let s = r.stringValue else { throw invalid("\(context): \"relation\" must be a string") }
        if let relation = Relation(rawValue: s) { edge.relation = relation } else { attributes["relation"] = .string(s) }
      }
      if let s = edgeValue["status"] {
        guard let text = s.stringValue, let status = Status(rawValue: text) else {
          throw invalid("\(context): \"status\" must be one of \(Status.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        edge.status = status
      }
      if let w = edgeValue["weight"] {
        guard let d = w.doubleValue, d.isFinite else {
          throw invalid("\(context): \"weight\" must be a finite number, found \(w.typeName)")
        }
        edge.weight = d
      }
      if let comps = edgeValue["weight_components"]?.objectValue {
        for (name, v) in comps {
          guard let d = v.doubleValue else { throw invalid("\(context): weight component \"\(name)\" must be a number") }
          edge.weightComponents[name] = d
        }
      }
      if let ev = edgeValue["evidence"] {
        guard let items = ev.arrayValue else { throw invalid("\(context): \"evidence\" must be an array") }
        edge.evidence = try items.enumerated().map { j, item in
          guard let doc = item["doc"]?.stringValue, let start = item["start"]?.intValue,
            let end = item["end"]?.intValue, let text = item["text"]?.stringValue
          else { throw invalid("\(context), evidence \(j): needs doc, start, end and text") }
          return Evidence(doc: doc, sentence: item["sentence"]?.intValue ?? 0, start: start, end: end, text: text)
        }
      }
      if let a = edgeValue["amount"], case .object = a {
        guard let valueText = a["value"].flatMap(scalarText), let value = Decimal(string: valueText, locale: Locale(identifier: "en_US_POSIX")),
          let currency = a["currency"]?.stringValue
        else { throw invalid("\(context): \"amount\" needs a numeric value and a currency") }
        edge.amount = Amount(value: value, currency: currency, qualifier: a["qualifier"]?.stringValue, text: a["text"]?.stringValue)
      }
      edge.date = edgeValue["date"].flatMap(scalarText)
      edge.role = edgeValue["role"]?.stringValue
      edge.attributes = attributes
      builder.addEdge(edge)
    }
    return builder.build()
  }

  static func scalarText(_ value: JSONValue) -> String? {
    switch value {
    case .string(let s): s
    case .number(let n): n
    case .bool(let b): b ? "true" : "false"
    default: nil
    }
  }

  static func stringList(_ value: JSONValue?, field: String, context: String, file: String) throws -> [String] {
    guard let value else { return [] }
    guard let items = value.arrayValue else {
      throw FormatError.invalidGraph(file: file, message: "\(context): \"\(field)\" must be an array of strings")
    }
    return try items.map {
      guard let s = $0.stringValue else {
        throw FormatError.invalidGraph(file: file, message: "\(context): \"\(field)\" must hold strings only")
      }
      return s
    }
  }

  static func attributes(of members: [(String, JSONValue)], reserved: Set<String>, context: String, file: String)
    throws -> [String: AttributeValue]
  {
    var result: [String: AttributeValue] = [:]
    for (key, value) in members where !reserved.contains(key) {
      switch value {
      case .string(let s): result[key] = .string(s)
      case .number(let n): result[key] = .number(Double(n) ?? .nan)
      case .bool(let b): result[key] = .bool(b)
      case .null: continue
      case .array, .object:
        // Nested values are kept as their JSON text so nothing is lost.
        result[key] = .string(JSONWriter.string(value).trimmingCharacters(in: .whitespacesAndNewlines))
      }
    }
    return result
  }
}
