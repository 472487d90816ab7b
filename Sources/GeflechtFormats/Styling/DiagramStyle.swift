import GeflechtCore

/// Layout engines of Graphviz that Geflecht can call.
public enum LayoutEngine: String, CaseIterable, Sendable {
  case dot, neato, fdp, sfdp, circo, twopi, osage

  /// dot draws small graphs best but grows super-linearly on dense graphs (GRAPHVIZ_NOTES.md, section 9);
  /// beyond 120 nodes or 400 edges sfdp takes over.
  public static func automatic(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
    nodeCount <= 120 && edgeCount <= 400 ? .dot : .sfdp
  }
}

/// How a `Multigraph` is drawn: shape and colour by kind, colour and label by relation, evidence as
/// tooltips. Produces the `GraphvizDocument` the bridge writes; holds no C types.
struct DiagramStyle {
  var title: String?

  static let kindShapes: [NodeKind: (shape: String, style: String, fill: String, line: String)] = [
    .organization: ("box", "rounded,filled", "#dbe8f7", "#2b5d9b"),
    .person: ("ellipse", "filled", "#fde3c8", "#b8650f"),
    .project: ("hexagon", "filled", "#daf1dc", "#2d7a3a"),
    .place: ("house", "filled", "#ececec", "#666666"),
  ]

  static let relationColors: [Relation: String] = [
    .investsIn: "#1f77b4", .acquires: "#d62728", .hires: "#9467bd", .owns: "#8c564b",
    .founded: "#e377c2", .leads: "#ff7f0e", .worksFor: "#bcbd22", .memberOf: "#17becf",
    .partnersWith: "#2ca02c", .competesWith: "#d62728", .supplies: "#7f7f7f",
    .participatesIn: "#17becf", .develops: "#2d7a3a", .uses: "#8c6d31", .supports: "#6b6ecf",
    .regulates: "#843c39", .locatedIn: "#666666", .buildsIn: "#666666",
    .associatedWith: "#9c9ede", .coOccurs: "#b0b0b0",
  ]

  static let maxTooltipSentences = 5
  static let maxSentenceLength = 400

  func document(for graph: Multigraph) -> GraphvizDocument {
    var doc = GraphvizDocument()
    doc.isDirected = graph.isDirected
    doc.graphAttributes = [
      ("charset", "UTF-8"), ("rankdir", "LR"), ("overlap", "false"), ("splines", "true"),
      ("outputorder", "edgesfirst"), ("fontname", "Helvetica"), ("nodesep", "0.3"),
    ]
    if let title {
      doc.graphAttributes += [("label", title), ("labelloc", "t"), ("fontsize", "18")]
    }
    doc.nodeDefaults = [("fontname", "Helvetica"), ("fontsize", "11")]
    doc.edgeDefaults = [("fontname", "Helvetica"), ("fontsize", "9")]
    for id in graph.nodeIDs {
      doc.nodes.append(.init(name: Self.nodeName(id), attributes: nodeAttributes(graph.node(id), id: id)))
    }
    for eid in graph.edgeIDs {
      let edge = graph.edge(eid)
      doc.edges.append(
        .init(
          tail: Self.nodeName(edge.source), head: Self.nodeName(edge.target), key: edge.key,
          attributes: edgeAttributes(edge, id: eid, in: graph)))
    }
    return doc
  }

  static func nodeName(_ id: NodeID) -> String { "n\(id.rawValue)" }

  private func nodeAttributes(_ node: Node, id: NodeID) -> [(String, String)] {
    var attributes: [(String, String)] = [("key", node.key.rawValue), ("label", node.label)]
    if let kind = node.kind {
      let look = Self.kindShapes[kind]!
      attributes += [
        ("kind", kind.rawValue), ("shape", look.shape), ("style", look.style),
        ("fillcolor", look.fill), ("color", look.line), ("class", "kind-\(kind.rawValue)"),
      ]
    }
    attributes.append(("id", "node-\(id.rawValue)"))
    var tooltip = node.label
    if let kind = node.kind { tooltip += " (\(kind.rawValue))" }
    if !node.aliases.isEmpty { tooltip += "\nalso: " + node.aliases.joined(separator: ", ") }
    if !node.documents.isEmpty { tooltip += "\nin: " + node.documents.joined(separator: ", ") }
    attributes.append(("tooltip", tooltip))
    return attributes
  }

  private func edgeAttributes(_ edge: Edge, id: EdgeID, in graph: Multigraph) -> [(String, String)] {
    var attributes: [(String, String)] = []
    let color = edge.relation.flatMap { Self.relationColors[$0] } ?? "#555555"
    if let relation = edge.relation {
      attributes.append(("relation", relation.rawValue))
      if relation != .coOccurs { attributes.append(("label", relation.rawValue.replacingOccurrences(of: "_", with: " "))) }
      if relation.isSymmetric { attributes.append(("dir", "none")) }
      attributes.append(("class", "relation-\(relation.rawValue) status-\(edge.status.rawValue)"))
    }
    attributes.append(("status", edge.status.rawValue))
    switch edge.status {
    case .planned: attributes.append(("style", "dashed"))
    case .reported: attributes.append(("style", "dotted"))
    case .speculative, .negated: attributes.append(("style", "dotted"))
    case .asserted: break
    }
    attributes += [
      ("weight", GraphvizDocument.format(edge.weight)), ("color", color), ("fontcolor", color),
      ("penwidth", GraphvizDocument.format(min(1 + edge.weight.squareRoot() * 0.6, 5))),
      ("id", "edge-\(id.rawValue)"),
    ]
    let source = graph.node(edge.source).label
    let target = graph.node(edge.target).label
    var tooltip = "\(source) → \(target): \(edge.relation?.rawValue ?? "edge")"
    if edge.status != .asserted { tooltip += " (\(edge.status.rawValue))" }
    if let amount = edge.amount { tooltip += "\namount: " + (amount.text ?? "\(amount.value) \(amount.currency)") }
    if let date = edge.date { tooltip += "\ndate: \(date)" }
    if let role = edge.role { tooltip += "\nrole: \(role)" }
    for evidence in edge.evidence.prefix(Self.maxTooltipSentences) {
      var sentence = evidence.text
      if sentence.count > Self.maxSentenceLength { sentence = String(sentence.prefix(Self.maxSentenceLength)) + "…" }
      tooltip += "\n[\(evidence.doc)] \(sentence)"
    }
    if edge.evidence.count > Self.maxTooltipSentences {
      tooltip += "\n… and \(edge.evidence.count - Self.maxTooltipSentences) more"
    }
    attributes.append(("tooltip", tooltip))
    return attributes
  }
}

extension GraphvizDocument {
  /// Shortest decimal text of a number ("2", "0.5").
  static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }
}
