import GeflechtCore

/// Maps cgraph's view of a DOT graph onto a `Multigraph`.
enum DOTImport {
  /// Attributes Geflecht's own styling writes; they carry no data and are not imported.
  static let presentationAttributes: Set<String> = [
    "shape", "style", "fillcolor", "color", "fontcolor", "fontname", "fontsize", "penwidth", "class",
    "id", "tooltip", "dir", "width", "height", "pos", "lp", "bb", "_draw_", "_ldraw_",
  ]

  static func graph(from parsed: GraphvizBridge.ParsedDOT, file: String) -> Multigraph {
    var graphAttributes: [String: AttributeValue] = [:]
    for (name, value) in parsed.graphAttributes where name == "name" || name == "corpus" {
      graphAttributes[name] = .string(value)
    }
    var builder = MultigraphBuilder(directed: parsed.isDirected, attributes: graphAttributes)
    var idsByName: [String: NodeID] = [:]
    for item in parsed.nodes {
      var node = Node(key: EntityKey(item.name), label: item.name)
      for (name, value) in item.attributes {
        switch name {
        case "key": node.key = EntityKey(value)
        case "label": if value != "\\N" { node.label = value }
        case "kind":
          if let kind = NodeKind(rawValue: value) { node.kind = kind } else { node.attributes[name] = .string(value) }
        default:
          if !presentationAttributes.contains(name) { node.attributes[name] = .string(value) }
        }
      }
      // Two DOT nodes never merge. A key that is taken (by another node's key attribute or name) falls
      // back to the node's name, and if that is taken too, to the name with a number: `a-2`, `a-3`, ….
      if builder.nodeID(for: node.key) != nil {
        var candidate = item.name
        var n = 2
        while builder.nodeID(for: EntityKey(candidate)) != nil {
          candidate = "\(item.name)-\(n)"
          n += 1
        }
        node.key = EntityKey(candidate)
      }
      idsByName[item.name] = builder.addNode(node)
    }
    for connection in parsed.edges {
      guard let source = idsByName[connection.tail], let target = idsByName[connection.head] else { continue }
      var edge = Edge(source: source, target: target, key: connection.key)
      for (name, value) in connection.attributes {
        switch name {
        case "key": edge.key = value
        case "relation":
          if let relation = Relation(rawValue: value) { edge.relation = relation } else { edge.attributes[name] = .string(value) }
        case "status": edge.status = Status(rawValue: value) ?? .asserted
        case "weight": edge.weight = Double(value) ?? 1
        case "label": if edge.relation == nil { edge.attributes[name] = .string(value) }
        default:
          if !presentationAttributes.contains(name) { edge.attributes[name] = .string(value) }
        }
      }
      builder.addEdge(edge)
    }
    return builder.build()
  }
}
