import GeflechtCore

/// The formats `geflecht export` writes. Some are one file, some a folder of tables.
public enum ExportFormat: String, CaseIterable, Sendable {
  case json, graphml, gexf, cytoscape, dot, cypher, csv
  case neo4jCSV = "neo4j-csv"
  case graphframes

  /// Whether `-o` names a folder (several tables) rather than a file.
  public var writesFolder: Bool { self == .csv || self == .neo4jCSV || self == .graphframes }

  /// The file name the main job uses in its output folder (a folder name for table formats).
  public var defaultName: String {
    switch self {
    case .json: "geflecht.json"
    case .graphml: "geflecht.graphml"
    case .gexf: "geflecht.gexf"
    case .cytoscape: "geflecht.cytoscape.json"
    case .dot: "geflecht.dot"
    case .cypher: "geflecht.cypher"
    case .csv: "csv"
    case .neo4jCSV: "neo4j"
    case .graphframes: "graphframes"
    }
  }
}

/// Produces the bytes of an export: one unnamed file, or named files inside a folder.
public enum Exporter {
  public struct File: Sendable {
    /// `nil` for a single-file format; the file name inside the folder otherwise.
    public let name: String?
    public let bytes: [UInt8]
  }

  /// - Parameter nodeSizes: a score per node that GEXF turns into `viz:size` (e.g. PageRank).
  public static func files(for graph: Multigraph, format: ExportFormat, nodeSizes: [Double]? = nil) throws -> [File] {
    func one(_ text: String) -> [File] { [File(name: nil, bytes: Array(text.utf8))] }
    func named(_ pairs: [(String, String)]) -> [File] { pairs.map { File(name: $0.0, bytes: Array($0.1.utf8)) } }
    switch format {
    case .json: return [File(name: nil, bytes: try NodeLinkJSON.bytes(from: graph))]
    case .graphml: return one(GraphMLWriter.string(from: graph))
    case .gexf: return one(GEXFWriter.string(from: graph, sizes: nodeSizes))
    case .cytoscape: return one(try CytoscapeJSON.string(from: graph))
    case .dot: return one(try Graphviz.dot(for: graph))
    case .cypher: return one(CypherWriter.string(from: graph))
    case .csv: return named([("nodes.csv", GephiTables.nodes(of: graph)), ("edges.csv", GephiTables.edges(of: graph))])
    case .neo4jCSV:
      return named([
        ("nodes.csv", Neo4jImportTables.nodes(of: graph)), ("relationships.csv", Neo4jImportTables.relationships(of: graph)),
      ])
    case .graphframes:
      return named([("vertices.csv", GraphFramesTables.vertices(of: graph)), ("edges.csv", GraphFramesTables.edges(of: graph))])
    }
  }
}
