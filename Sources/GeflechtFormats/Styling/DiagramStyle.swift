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
  var options: DiagramOptions
  var engine: LayoutEngine

  var title: String? { options.title }

  /// Pastel fills for communities, repeated beyond twelve.
  static let communityFills = [
    "#cfe3f7", "#fde0c5", "#d4f0d4", "#f7d4d8", "#e4dbf3", "#f3e6cf", "#d3f1f0", "#f4d9ec",
    "#e9f1c9", "#dfe3e8", "#f9efb8", "#d9e4ff",
  ]

  /// Above this many nodes the force-directed engines draw edges as straight lines (dot always routes
  /// its own splines, cheaply).
  static let splineLimit = 100

  /// Engines that draw `cluster_` subgraphs as boxes.
  static let clusterEngines: Set<LayoutEngine> = [.dot, .fdp, .osage]

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
      ("charset", "UTF-8"), ("rankdir", "LR"), ("overlap", engine == .sfdp ? "prism" : "false"),
      // Obstacle-avoiding splines cost minutes on thousands of nodes; large layouts draw straight lines.
      ("splines", engine == .dot || graph.nodeCount <= Self.splineLimit ? "true" : "line"),
      ("outputorder", "edgesfirst"), ("fontname", "Helvetica"), ("nodesep", "0.3"),
    ]
    if let title {
      doc.graphAttributes += [("label", title), ("labelloc", "t"), ("fontsize", "18")]
    }
    doc.nodeDefaults = [("fontname", "Helvetica"), ("fontsize", "11")]
    doc.edgeDefaults = [("fontname", "Helvetica"), ("fontsize", "9")]
    let sizes = Self.normalised(options.nodeSizes, count: graph.nodeCount)
    let community = options.partition.flatMap { $0.community.count == graph.nodeCount ? $0.community : nil }
    for id in graph.nodeIDs {
      var attributes = nodeAttributes(graph.node(id), id: id)
      switch options.colorBy {
      case .kind: break
      case .community:
        if let c = community?[id.index] {
          Self.replace("fillcolor", with: Self.communityFills[c % Self.communityFills.count], in: &attributes)
          if !attributes.contains(where: { $0.0 == "style" }) { attributes.append(("style", "filled")) }
          Self.replace("class", with: (attributes.first { $0.0 == "class" }?.1 ?? "") + " community-\(c + 1)", in: &attributes)
        }
      case .relation:
        Self.replace("fillcolor", with: "#ffffff", in: &attributes)
      }
      if let sizes {
        let s = sizes[id.index]
        attributes += [
          ("width", format2(0.75 + 1.25 * s)),
          ("height", format2(0.5 + 0.6 * s)), ("fontsize", format2(10 + 10 * s)),
        ]
      }
      doc.nodes.append(.init(name: Self.nodeName(id), attributes: attributes))
    }
    if options.colorBy == .community, let community, Self.clusterEngines.contains(engine) {
      let count = (community.max() ?? -1) + 1
      for c in 0..<count {
        let members = graph.nodeIDs.filter { community[$0.index] == c }.map(Self.nodeName)
        guard members.count > 1 else { continue }
        doc.clusters.append(
          (name: "cluster_community_\(c + 1)",
           attributes: [("label", "community \(c + 1)"), ("style", "rounded,dashed"), ("color", "#9aa5b1"), ("fontcolor", "#6b7280")],
           members: members))
      }
    }
    if options.showsLegend && graph.nodeCount > 0 {
      doc.htmlLabel = legend(for: graph, communityCount: community.map { ($0.max() ?? -1) + 1 })
      doc.graphAttributes.removeAll { $0.0 == "label" }
      doc.graphAttributes += [("labelloc", "b"), ("labeljust", "l")]
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

  private static func replace(_ name: String, with value: String, in attributes: inout [(String, String)]) {
    if let i = attributes.firstIndex(where: { $0.0 == name }) { attributes[i].1 = value } else { attributes.append((name, value)) }
  }

  /// Scores scaled to 0…1 (all 0.5 when they are equal); `nil` when there are none for every node.
  static func normalised(_ values: [Double]?, count: Int) -> [Double]? {
    guard let values, values.count == count, let low = values.min(), let high = values.max() else { return nil }
    guard high > low else { return values.map { _ in 0.5 } }
    return values.map { (($0 - low) / (high - low)).squareRoot() }
  }

  private func format2(_ value: Double) -> String { GraphvizDocument.format((value * 100).rounded() / 100) }

  /// The legend, as the body of an HTML-like label: kinds, relations and statuses present, the size
  /// measure and the community count. Every text in it comes from the ontology or is a number.
  private func legend(for graph: Multigraph, communityCount: Int?) -> String {
    func esc(_ s: String) -> String { XMLEscaping.escape(s) }
    var rows: [String] = []
    if let title { rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(esc(title))</B></TD></TR>") }
    let kinds = Set(graph.nodes.compactMap(\.kind))
    for kind in NodeKind.allCases where kinds.contains(kind) {
      let look = Self.kindShapes[kind]!
      let fill = options.colorBy == .kind ? look.fill : "#ffffff"
      rows.append("<TR><TD BGCOLOR=\"\(fill)\" ALIGN=\"LEFT\"><FONT COLOR=\"\(look.line)\">\(kind.rawValue)</FONT></TD><TD ALIGN=\"LEFT\">\(look.shape)</TD></TR>")
    }
    let relations = Set(graph.edges.compactMap(\.relation))
    for relation in Relation.allCases where relations.contains(relation) {
      let color = Self.relationColors[relation] ?? "#555555"
      rows.append("<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(color)\">\(relation.rawValue.replacingOccurrences(of: "_", with: " "))</FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(color)\">———</FONT></TD></TR>")
    }
    let statuses = Set(graph.edges.map(\.status))
    let styles: [(Status, String)] = [(.planned, "dashed"), (.reported, "dotted"), (.speculative, "dotted"), (.negated, "dotted")]
    for (status, style) in styles where statuses.contains(status) {
      rows.append("<TR><TD ALIGN=\"LEFT\">\(status.rawValue)</TD><TD ALIGN=\"LEFT\">\(style) line</TD></TR>")
    }
    if options.nodeSizes != nil, let measure = options.sizeMeasure {
      rows.append("<TR><TD ALIGN=\"LEFT\">node size</TD><TD ALIGN=\"LEFT\">\(esc(measure))</TD></TR>")
    }
    rows.append("<TR><TD ALIGN=\"LEFT\">edge width</TD><TD ALIGN=\"LEFT\">weight</TD></TR>")
    if options.colorBy == .community, let communityCount {
      rows.append("<TR><TD ALIGN=\"LEFT\">fill</TD><TD ALIGN=\"LEFT\">\(communityCount) communities</TD></TR>")
    }
    return "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\" COLOR=\"#c0c6cf\">" + rows.joined() + "</TABLE>"
  }

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
      if relation != .coOccurs {
        var label = relation.rawValue.replacingOccurrences(of: "_", with: " ")
        if let amount = edge.amount { label += "\n" + (amount.text ?? "\(amount.value) \(amount.currency)") }
        if let date = edge.date { label += "\n" + date }
        attributes.append(("label", label))
      }
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
