import GeflechtAnalytics
import GeflechtCore

/// The short report the main job prints: documents, nodes by kind, edges by relation, top 10 by PageRank
/// and by betweenness.
struct Summary {
  let graph: Multigraph
  let documentCount: Int
  var top = 10

  /// The first lines of the summary (documents, nodes by kind, edges by relation), for the report;
  /// counts only, no analytics.
  func headline() -> [String] {
    counts().split(separator: "\n").map(String.init)
  }

  func text() throws -> String {
    var out = counts()
    guard graph.nodeCount > 0 else { return out }
    try rankings(into: &out)
    return out
  }

  private func counts() -> String {
    var out = "documents: \(documentCount)\n"
    out += "nodes: \(graph.nodeCount)"
    let kinds = Dictionary(grouping: graph.nodes, by: { $0.kind })
    let kindParts = NodeKind.allCases.compactMap { kind in kinds[kind].map { "\(kind.rawValue) \($0.count)" } }
    out += kindParts.isEmpty ? "\n" : " (" + kindParts.joined(separator: ", ") + ")\n"
    out += "edges: \(graph.edgeCount)"
    let relations = Dictionary(grouping: graph.edges, by: { $0.relation })
    let relationParts = relations.compactMap { relation, edges in relation.map { ($0, edges.count) } }
      .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
      .map { "\($0.0.rawValue) \($0.1)" }
    out += relationParts.isEmpty ? "\n" : " (" + relationParts.joined(separator: ", ") + ")\n"
    return out
  }

  private func rankings(into out: inout String) throws {
    let view = graph.analysisView()
    let scores = try Centrality.pageRank(in: view, weighting: .strength, tolerance: 1e-10, maxIterations: 1000)
    out += "top \(min(top, graph.nodeCount)) by PageRank (weighted; symmetric relations count both ways):\n"
    for (rank, id) in scores.ranked().prefix(top).enumerated() {
      let node = graph.node(id)
      let kind = node.kind.map { " (\($0.rawValue))" } ?? ""
      out += "  \(String(rank + 1).leftPadded(to: 2)). \(String(format6(scores[id])))  \(node.label)\(kind)\n"
    }
    out += betweennessSection(view)
    out += try communitiesText(view)
  }

  /// The top nodes by normalized betweenness on the analysis view, reading weight w as length 1/w.
  /// A graph whose weights cannot be lengths (0 or negative) gets a note instead of failing the run.
  private func betweennessSection(_ view: Multigraph) -> String {
    let scores: NodeScores
    do {
      scores = try Centrality.betweenness(in: view, weighting: .distance)
    } catch {
      return "betweenness not computed: \(error)\n"
    }
    var out = "top \(min(top, graph.nodeCount)) by betweenness (length 1/weight, normalized; symmetric relations count both ways):\n"
    for (rank, id) in scores.ranked().prefix(top).enumerated() {
      let node = graph.node(id)
      let kind = node.kind.map { " (\($0.rawValue))" } ?? ""
      out += "  \(String(rank + 1).leftPadded(to: 2)). \(format6(scores[id]))  \(node.label)\(kind)\n"
    }
    return out
  }

  private func format6(_ value: Double) -> String {
    let scaled = (value * 1_000_000).rounded() / 1_000_000
    var text = String(scaled)
    if let dot = text.firstIndex(of: ".") {
      let decimals = text.distance(from: dot, to: text.endIndex) - 1
      if decimals < 6 { text += String(repeating: "0", count: 6 - decimals) }
    }
    return text
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
