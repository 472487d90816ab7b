import ArgumentParser
import GeflechtAnalytics
import GeflechtCore
import GeflechtFormats

/// How a diagram is drawn; shared by `render`, `run` and `report`.
struct DiagramFlags: ParsableArguments {
  enum SizeMeasure: String, CaseIterable, ExpressibleByArgument {
    case none, degree, strength, pagerank, betweenness
  }

  @Option(help: "Layout engine (default: dot up to 120 nodes and 400 edges, sfdp beyond).")
  var layout: LayoutEngine?

  @Option(help: "What node fill says: kind, community (Leiden; clusters with dot/fdp/osage) or relation.")
  var colorBy: DiagramOptions.ColorBy = .kind

  @Option(help: "The centrality that scales node size.")
  var sizeBy: SizeMeasure = .pagerank

  @Option(help: "Draw only the N nodes ranked highest by --size-by (PageRank when --size-by none).")
  var maxNodes: Int?

  @Flag(help: "Leave the legend out.")
  var noLegend = false

  func validate() throws {
    if let maxNodes, maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1 (got \(maxNodes)).") }
  }

  /// The graph to draw (the top `maxNodes` when set) and the options to draw it with.
  func prepare(_ graph: Multigraph, title: String? = nil) throws -> (Multigraph, DiagramOptions) {
    var graph = graph
    if let maxNodes, graph.nodeCount > maxNodes {
      let ranking = try scores(for: sizeBy == .none ? .pagerank : sizeBy, in: graph)!
      graph = graph.inducedSubgraph(on: Array(ranking.ranked().prefix(maxNodes)).sorted())
    }
    var options = DiagramOptions(engine: layout, title: title, colorBy: colorBy, showsLegend: !noLegend)
    if let sizes = try scores(for: sizeBy, in: graph) {
      options.nodeSizes = sizes.values
      options.sizeMeasure = sizes.measure
    }
    if colorBy == .community, graph.nodeCount > 0 {
      options.partition = try Community.leiden(in: graph.analysisView(), seed: Summary.communitySeed, weighting: .strength)
    }
    return (graph, options)
  }

  private func scores(for measure: SizeMeasure, in graph: Multigraph) throws -> NodeScores? {
    guard graph.nodeCount > 0 else { return nil }
    let view = graph.analysisView()
    switch measure {
    case .none: return nil
    case .degree: return Centrality.degree(in: view, direction: .both)
    case .strength: return Centrality.strength(in: view, direction: .both)
    case .pagerank: return try Centrality.pageRank(in: view, weighting: .strength, tolerance: 1e-10, maxIterations: 1000)
    case .betweenness: return try DiagramFlags.betweenness(view)
    }
  }
}

extension DiagramOptions.ColorBy: ExpressibleByArgument {}
