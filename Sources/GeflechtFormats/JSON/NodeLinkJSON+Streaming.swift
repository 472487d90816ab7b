import Foundation
import GeflechtCore

extension NodeLinkJSON {
  /// Writes node-link JSON straight into a byte buffer, member by member in the order of
  /// `value(from:)`, so that large extracted graphs (hundreds of thousands of evidence entries) need no
  /// intermediate `JSONValue` tree.
  ///
  /// - Complexity: O(size of the text).
  static func streamedText(from graph: Multigraph) throws -> String {
    String(decoding: try streamedBytes(from: graph), as: UTF8.self)
  }

  /// The UTF-8 bytes of `streamedText(from:)`, without building (and validating) a `String`.
  static func streamedBytes(from graph: Multigraph) throws -> [UInt8] {
    var out = JSONOutput(reservingCapacity: 256 * (graph.nodeCount + 4 * graph.edgeCount))
    out.open(UInt8(ascii: "{"))
    out.key(literal: "directed")
    out.raw(graph.isDirected ? "true" : "false")
    out.key(literal: "multigraph")
    out.raw("true")
    out.key(literal: "graph")
    out.open(UInt8(ascii: "{"))
    try writeAttributes(graph.attributes, reserved: [], into: &out)
    out.close(UInt8(ascii: "}"))

    out.key(literal: "nodes")
    if graph.nodeCount == 0 {
      out.raw("[]")
    } else {
      out.open(UInt8(ascii: "["))
      for node in graph.nodes {
        out.item()
        try writeNode(node, into: &out)
      }
      out.close(UInt8(ascii: "]"))
    }

    out.key(literal: "edges")
    if graph.edgeCount == 0 {
      out.raw("[]")
    } else {
      // Each node's key, quoted once rather than once per edge end.
      let quotedKeys: [[UInt8]] = graph.nodes.map { node in
        var key = JSONOutput()
        key.appendQuoted(node.key.rawValue)
        return key.bytes
      }
      out.open(UInt8(ascii: "["))
      // By index, so that each edge is read in place rather than copied (with a retain per field) first.
      let edges = graph.edges
      var components = SortedComponentsCache()
      for i in edges.indices {
        out.item()
        try writeEdge(edges[i], quotedKeys: quotedKeys, components: &components, into: &out)
      }
      out.close(UInt8(ascii: "]"))
    }
    out.close(UInt8(ascii: "}"))
    out.raw("\n")
    return out.bytes
  }

  private static func writeNode(_ node: Node, into out: inout JSONOutput) throws {
    out.open(UInt8(ascii: "{"))
    out.key(literal: "id")
    out.appendQuoted(node.key.rawValue)
    out.key(literal: "label")
    out.appendQuoted(node.label)
    if let kind = node.kind {
      out.key(literal: "kind")
      out.appendQuoted(kind.rawValue)
    }
    out.key(literal: "aliases")
    out.inlineArray(node.aliases)
    out.key(literal: "documents")
    out.inlineArray(node.documents)
    try writeAttributes(node.attributes, reserved: nodeFields, into: &out)
    out.close(UInt8(ascii: "}"))
  }

  private static func writeEdge(
    _ edge: Edge, quotedKeys: [[UInt8]], components cache: inout SortedComponentsCache, into out: inout JSONOutput
  ) throws {
    out.open(UInt8(ascii: "{"))
    out.key(literal: "source")
    out.raw(quotedKeys[edge.source.index])
    out.key(literal: "target")
    out.raw(quotedKeys[edge.target.index])
    out.key(literal: "key")
    out.appendQuoted(edge.key)
    if let relation = edge.relation {
      out.key(literal: "relation")
      out.appendQuoted(relation.rawValue)
    }
    out.key(literal: "status")
    out.appendQuoted(edge.status.rawValue)
    out.key(literal: "weight")
    try out.appendNumber(edge.weight)
    let components = edge.weightComponents
    if !components.isEmpty {
      out.key(literal: "weight_components")
      out.open(UInt8(ascii: "{"))
      for (name, value) in cache.sorted(components) {
        out.key(name)
        try out.appendNumber(value)
      }
      out.close(UInt8(ascii: "}"))
    }
    out.key(literal: "evidence")
    let evidence = edge.evidence
    if evidence.isEmpty {
      out.raw("[]")
    } else {
      out.open(UInt8(ascii: "["))
      for e in evidence {
        out.item()
        out.open(UInt8(ascii: "{"))
        out.key(literal: "doc")
        out.appendQuoted(e.doc)
        out.key(literal: "sentence")
        out.appendInt(e.sentence)
        out.key(literal: "start")
        out.appendInt(e.start)
        out.key(literal: "end")
        out.appendInt(e.end)
        out.key(literal: "text")
        out.appendQuoted(e.text)
        out.close(UInt8(ascii: "}"))
      }
      out.close(UInt8(ascii: "]"))
    }
    if let amount = edge.amount {
      out.key(literal: "amount")
      out.open(UInt8(ascii: "{"))
      out.key(literal: "value")
      out.appendDecimal(amount.value)
      out.key(literal: "currency")
      out.appendQuoted(amount.currency)
      if let q = amount.qualifier {
        out.key(literal: "qualifier")
        out.appendQuoted(q)
      }
      if let t = amount.text {
        out.key(literal: "text")
        out.appendQuoted(t)
      }
      out.close(UInt8(ascii: "}"))
    }
    if let date = edge.date {
      out.key(literal: "date")
      out.appendQuoted(date)
    }
    if let role = edge.role {
      out.key(literal: "role")
      out.appendQuoted(role)
    }
    try writeAttributes(edge.attributes, reserved: edgeFields, into: &out)
    out.close(UInt8(ascii: "}"))
  }

  private static func writeAttributes(
    _ attributes: [String: AttributeValue], reserved: Set<String>, into out: inout JSONOutput
  ) throws {
    guard !attributes.isEmpty else { return }
    for (key, value) in attributes.sorted(by: { $0.key < $1.key }) where !reserved.contains(key) {
      out.key(key)
      switch value {
      case .string(let s): out.appendQuoted(s)
      case .number(let d): try out.appendNumber(d)
      case .bool(let b): out.raw(b ? "true" : "false")
      }
    }
  }
}
