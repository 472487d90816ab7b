import ArgumentParser
import Foundation
import GeflechtAnalytics
import GeflechtCore
import GeflechtFormats

/// Prints structural statistics of a graph file.
struct Stats: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print nodes, edges, density, components and the degree distribution of a graph.",
    discussion: """
      Counts the graph as stored: every parallel edge and every status. Density is \
      networkx.density: m / (n(n−1)) for directed graphs, 2m / (n(n−1)) for undirected ones, \
      counting parallel edges and self-loops. Degrees count edge ends (a self-loop counts twice).

      Examples:
        geflecht stats graphs/geflecht.json
        geflecht stats graph.dot --format json
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json
  }

  @OptionGroup var input: GraphInputOptions

  @Option(help: "Output format: table or json.")
  var format: Format = .table

  func run() throws {
    let report = GraphStatistics(try input.load())
    let text = format == .json ? try report.json() : report.table()
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}

/// The numbers `geflecht stats` prints.
struct GraphStatistics {
  struct Components {
    var count: Int
    var largest: Int
  }

  struct Distribution {
    var minimum: Int
    var median: Double
    var maximum: Int
    var mean: Double
    /// (label, count) for degree ranges 0, 1, 2–3, 4–7, … up to the maximum.
    var histogram: [(String, Int)]
  }

  let nodeCount: Int
  let edgeCount: Int
  let isDirected: Bool
  let density: Double
  let selfLoops: Int
  let parallelEdges: Int
  let weak: Components
  let strong: Components
  let degrees: Distribution?
  let kinds: [(String, Int)]
  let relations: [(String, Int)]

  init(_ graph: Multigraph) {
    nodeCount = graph.nodeCount
    edgeCount = graph.edgeCount
    isDirected = graph.isDirected
    let n = Double(graph.nodeCount)
    let m = Double(graph.edgeCount)
    density = graph.nodeCount > 1 ? (graph.isDirected ? 1 : 2) * m / (n * (n - 1)) : 0
    var loops = 0
    var pairs = Set<[UInt32]>()
    var parallel = 0
    for e in graph.edgeIDs {
      let s = graph.source(of: e).rawValue
      let t = graph.target(of: e).rawValue
      if s == t { loops += 1 }
      let pair = graph.isDirected || s <= t ? [s, t] : [t, s]
      if !pairs.insert(pair).inserted { parallel += 1 }
    }
    selfLoops = loops
    parallelEdges = parallel
    weak = Self.summary(Paths.weaklyConnectedComponents(in: graph))
    strong = Self.summary(Paths.stronglyConnectedComponents(in: graph))
    degrees = Self.distribution(Centrality.degree(in: graph).values.map { Int($0) })
    let byKind = Dictionary(grouping: graph.nodes.compactMap(\.kind), by: { $0 })
    kinds = NodeKind.allCases.compactMap { kind in byKind[kind].map { (kind.rawValue, $0.count) } }
    let byRelation = Dictionary(grouping: graph.edges.compactMap(\.relation), by: { $0 })
    relations = byRelation.map { ($0.key, $0.value.count) }
      .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
      .map { ($0.0.rawValue, $0.1) }
  }

  static func summary(_ partition: Partition) -> Components {
    var sizes = [Int](repeating: 0, count: partition.communityCount)
    for c in partition.community { sizes[c] += 1 }
    return Components(count: partition.communityCount, largest: sizes.max() ?? 0)
  }

  static func distribution(_ values: [Int]) -> Distribution? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    let median =
      sorted.count % 2 == 1
      ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    var histogram: [(String, Int)] = []
    var low = 0
    var high = 0
    while low <= sorted.last! {
      let count = sorted.filter { $0 >= low && $0 <= high }.count
      histogram.append((low == high ? "\(low)" : "\(low)-\(high)", count))
      low = high + 1
      high = 2 * low - 1
    }
    return Distribution(
      minimum: sorted.first!, median: median, maximum: sorted.last!,
      mean: Double(values.reduce(0, +)) / Double(values.count), histogram: histogram)
  }

  func table() -> String {
    var out = ""
    out += "nodes: \(nodeCount)\n"
    out += "edges: \(edgeCount) (\(selfLoops) self-loops, \(parallelEdges) parallel)\n"
    out += "directed: \(isDirected ? "yes" : "no")\n"
    out += "density: \(String(format: "%.6f", density))\n"
    out += "weak components: \(weak.count) (largest \(weak.largest))\n"
    out += "strong components: \(strong.count) (largest \(strong.largest))\n"
    if let degrees {
      out +=
        "degree: min \(degrees.minimum), median \(Self.short(degrees.median)), "
        + "max \(degrees.maximum), mean \(String(format: "%.3f", degrees.mean))\n"
      let widest = degrees.histogram.map(\.0.count).max() ?? 1
      let largest = degrees.histogram.map(\.1).max() ?? 1
      for (label, count) in degrees.histogram {
        let bar = String(
          repeating: "#",
          count: largest > 0 ? Int((40.0 * Double(count) / Double(largest)).rounded(.up)) : 0)
        out += "  \(label.leftPadded(to: widest))  \(String(count).leftPadded(to: 6))  \(bar)\n"
      }
    }
    if !kinds.isEmpty {
      out += "nodes by kind: " + kinds.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + "\n"
    }
    if !relations.isEmpty {
      out +=
        "edges by relation: " + relations.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + "\n"
    }
    return out
  }

  func json() throws -> String {
    func int(_ v: Int) -> JSONValue { .number(String(v)) }
    func components(_ c: Components) -> JSONValue {
      .object([("count", int(c.count)), ("largest", int(c.largest))])
    }
    var fields: [(String, JSONValue)] = [
      ("nodes", int(nodeCount)), ("edges", int(edgeCount)), ("directed", .bool(isDirected)),
      ("density", try JSONValue.double(density)), ("selfLoops", int(selfLoops)),
      ("parallelEdges", int(parallelEdges)),
      ("weakComponents", components(weak)), ("strongComponents", components(strong)),
    ]
    if let degrees {
      fields.append(
        (
          "degree",
          .object([
            ("min", int(degrees.minimum)), ("median", try JSONValue.double(degrees.median)),
            ("max", int(degrees.maximum)), ("mean", try JSONValue.double(degrees.mean)),
            (
              "histogram",
              .array(
                degrees.histogram.map {
                  .object([("degrees", .string($0.0)), ("nodes", int($0.1))])
                })
            ),
          ])
        ))
    }
    if !kinds.isEmpty { fields.append(("nodesByKind", .object(kinds.map { ($0.0, int($0.1)) }))) }
    if !relations.isEmpty {
      fields.append(("edgesByRelation", .object(relations.map { ($0.0, int($0.1)) })))
    }
    let text = JSONWriter.string(.object(fields))
    return text.hasSuffix("\n") ? text : text + "\n"
  }

  private static func short(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}
