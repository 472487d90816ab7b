import ArgumentParser
import Foundation
import GeflechtAnalytics
import GeflechtCore
import GeflechtFormats

/// Ranks the nodes of a graph file by a centrality measure.
struct Rank: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Rank the nodes of a graph by a centrality measure.",
    discussion: """
      Ranks on the analysis view of the graph: negated and speculative edges are dropped \
      (unless --include-uncertain) and symmetric relations count both ways, as in the run \
      summary. Ties are broken by node order, so the output is deterministic.

      Default weighting per measure: pagerank, eigenvector, katz, hubs and authorities read \
      weights as strengths; betweenness, closeness and harmonic read weight w as length 1/w \
      (distance); degree, strength and coreness need none.

      Examples:
        geflecht rank graphs/geflecht.json --by pagerank --top 5
        geflecht rank graphs/geflecht.json --by betweenness --format csv > b.csv
        geflecht rank graph.dot --by closeness --weight ignore --format json
        cat graph.json | geflecht rank --by coreness
      """)

  enum Measure: String, ExpressibleByArgument, CaseIterable {
    case pagerank, betweenness, closeness, harmonic, eigenvector, katz, hubs, authorities, degree,
      strength, coreness

    /// The weighting used when --weight is not given.
    var defaultWeighting: EdgeWeighting {
      switch self {
      case .pagerank, .eigenvector, .katz, .hubs, .authorities, .strength: .strength
      case .betweenness, .closeness, .harmonic: .distance
      case .degree, .coreness: .ignore
      }
    }

    /// Whether the measure reads a weighting at all.
    var readsWeights: Bool { self != .degree && self != .strength && self != .coreness }
  }

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
  }

  @OptionGroup var input: GraphInputOptions

  @Option(help: "The measure to rank by.")
  var by: Measure = .pagerank

  @Option(help: "How many nodes to list (at least 1).")
  var top = 10

  @Option(
    help:
      "Output format: table (rank, score, label, kind), csv, or json (array of {id, label, score})."
  )
  var format: Format = .table

  @Option(help: "How to read edge weights: ignore, strength, distance (length 1/w) or length (w).")
  var weight: EdgeWeighting?

  @Option(
    help:
      "Katz attenuation factor (default: the smaller of 0.1 and 0.9 / the largest weight entering a node, which always converges)."
  )
  var alpha: Double?

  @Flag(help: "Keep negated and speculative edges when ranking.")
  var includeUncertain = false

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1 (got \(top)).") }
    if alpha != nil, by != .katz { throw ValidationError("--alpha only applies to --by katz.") }
    if let alpha, !(alpha > 0 && alpha.isFinite) {
      throw ValidationError("--alpha must be a positive number, such as 0.05 (got \(alpha)).")
    }
    if weight != nil, !by.readsWeights {
      throw ValidationError("--weight has no effect on --by \(by.rawValue); leave it out.")
    }
  }

  func run() throws {
    let graph = try input.load()
    let view = graph.analysisView(includesUncertain: includeUncertain)
    let scores = try AnalyticsErrorContext.naming(
      input.displayName, graph: view, hint: "fix the weight or pass --weight ignore"
    ) {
      try Self.scores(of: view, by: by, weighting: weight ?? by.defaultWeighting, alpha: alpha)
    }
    let ranked = Array(scores.ranked().prefix(top))
    let text: String
    switch format {
    case .table: text = table(ranked, scores: scores, graph: view)
    case .csv: text = csv(ranked, scores: scores, graph: view)
    case .json: text = try json(ranked, scores: scores, graph: view)
    }
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Computes `measure` on `graph` with the library defaults, iterative methods at a tight tolerance.
  static func scores(
    of graph: Multigraph, by measure: Measure, weighting: EdgeWeighting, alpha: Double? = nil
  ) throws -> NodeScores {
    if graph.nodeCount == 0 { return NodeScores(measure: measure.rawValue, values: []) }
    switch measure {
    case .pagerank:
      return try Centrality.pageRank(
        in: graph, weighting: weighting, tolerance: 1e-10, maxIterations: 1000)
    case .betweenness: return try Centrality.betweenness(in: graph, weighting: weighting)
    case .closeness: return try Centrality.closeness(in: graph, weighting: weighting)
    case .harmonic: return try Centrality.harmonic(in: graph, weighting: weighting)
    case .eigenvector:
      return try Centrality.eigenvector(
        in: graph, weighting: weighting, tolerance: 1e-10, maxIterations: 10_000)
    case .katz:
      return try Centrality.katz(
        in: graph, alpha: alpha ?? safeKatzAlpha(graph, weighting: weighting), weighting: weighting,
        tolerance: 1e-10, maxIterations: 10_000)
    case .hubs, .authorities:
      let result = try Centrality.hits(
        in: graph, weighting: weighting, tolerance: 1e-10, maxIterations: 10_000)
      return measure == .hubs ? result.hubs : result.authorities
    case .degree: return Centrality.degree(in: graph)
    case .strength: return Centrality.strength(in: graph)
    case .coreness: return Centrality.coreNumber(in: graph)
    }
  }

  /// min(0.1, 0.9 / Δ), Δ the largest total weight entering a node: Δ bounds the spectral radius,
  /// so the Katz iteration converges.
  static func safeKatzAlpha(_ graph: Multigraph, weighting: EdgeWeighting) -> Double {
    var largest = 0.0
    for v in graph.nodeIDs {
      let edges = graph.isDirected ? Array(graph.incomingEdges(of: v)) : graph.incidentEdges(of: v)
      let total = edges.reduce(0.0) { $0 + (weighting == .ignore ? 1 : graph.weight(of: $1)) }
      largest = max(largest, total)
    }
    return largest > 0 ? min(0.1, 0.9 / largest) : 0.1
  }

  private func table(_ ranked: [NodeID], scores: NodeScores, graph: Multigraph) -> String {
    let rows = ranked.enumerated().map { rank, id in
      [
        String(rank + 1), Self.formatted(scores[id]), graph.node(id).label,
        graph.node(id).kind?.rawValue ?? "-",
      ]
    }
    let header = ["rank", "score", "label", "kind"]
    var widths = header.map(\.count)
    for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
    func line(_ cells: [String]) -> String {
      let padded = cells.enumerated().map { i, cell in
        // Numbers align right, text left; the last column is not padded.
        i < 2
          ? cell.leftPadded(to: widths[i])
          : (i == cells.count - 1
            ? cell : cell + String(repeating: " ", count: widths[i] - cell.count))
      }
      return padded.joined(separator: "  ") + "\n"
    }
    return "\(scores.measure) (\(graph.nodeCount) nodes)\n" + line(header) + rows.map(line).joined()
  }

  private func csv(_ ranked: [NodeID], scores: NodeScores, graph: Multigraph) -> String {
    var out = "rank,id,label,kind,score\n"
    for (rank, id) in ranked.enumerated() {
      let node = graph.node(id)
      let cells = [
        String(rank + 1), node.key.rawValue, node.label, node.kind?.rawValue ?? "", "\(scores[id])",
      ]
      out += cells.map(CSVWriter.quote).joined(separator: ",") + "\n"
    }
    return out
  }

  private func json(_ ranked: [NodeID], scores: NodeScores, graph: Multigraph) throws -> String {
    let items = try ranked.map { id -> JSONValue in
      let node = graph.node(id)
      let score = scores[id]
      return .object([
        ("id", .string(node.key.rawValue)), ("label", .string(node.label)),
        ("score", score.isFinite ? try JSONValue.double(score) : .null),
      ])
    }
    let text = JSONWriter.string(.array(items))
    return text.hasSuffix("\n") ? text : text + "\n"
  }

  /// Six decimals for small scores, fewer for large ones, so the column stays readable.
  static func formatted(_ value: Double) -> String {
    guard value.isFinite else { return "\(value)" }
    return String(format: abs(value) >= 1e6 ? "%.1f" : "%.6f", value)
  }
}

extension EdgeWeighting: ExpressibleByArgument {}
