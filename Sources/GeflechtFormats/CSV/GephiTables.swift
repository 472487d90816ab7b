import GeflechtCore

/// Node and edge tables with Gephi's column names (`Id`, `Label`; `Source`, `Target`, `Type`, `Id`,
/// `Label`, `Weight`), as Gephi's "Import spreadsheet" expects, followed by Geflecht's columns.
public enum GephiTables {
  public static func nodes(of graph: Multigraph) -> String {
    let table = FlatTable.nodes(of: graph)
    var csv = CSVWriter()
    csv.row(["Id", "Label"] + table.columns.dropFirst().map(\.name))
    for (index, node) in graph.nodes.enumerated() {
      csv.row([node.key.rawValue, node.label] + table.rows[index].dropFirst().map { $0?.exportText ?? "" })
    }
    return csv.text
  }

  public static func edges(of graph: Multigraph) -> String {
    let table = FlatTable.edges(of: graph)
    let weightColumn = table.columns.firstIndex { $0.name == "weight" }!
    var csv = CSVWriter()
    let rest = table.columns.indices.filter { $0 != weightColumn }
    csv.row(["Source", "Target", "Type", "Id", "Label", "Weight"] + rest.map { table.columns[$0].name })
    let type = graph.isDirected ? "Directed" : "Undirected"
    for (index, edge) in graph.edges.enumerated() {
      let row = table.rows[index]
      csv.row(
        [
          graph.node(edge.source).key.rawValue, graph.node(edge.target).key.rawValue, type, "e\(index)",
          edge.relation?.rawValue ?? edge.key, AttributeValue.number(edge.weight).exportText,
        ] + rest.map { row[$0]?.exportText ?? "" })
    }
    return csv.text
  }
}

/// Vertex and edge tables in the layout Apache Spark GraphFrames reads: `id` first in the vertices,
/// `src` and `dst` first in the edges (see docs/formats/graphframes.md).
public enum GraphFramesTables {
  public static func vertices(of graph: Multigraph) -> String {
    let table = FlatTable.nodes(of: graph)
    var csv = CSVWriter()
    csv.row(["id"] + table.columns.map(\.name))
    for (index, node) in graph.nodes.enumerated() {
      csv.row([node.key.rawValue] + table.rows[index].map { $0?.exportText ?? "" })
    }
    return csv.text
  }

  public static func edges(of graph: Multigraph) -> String {
    let table = FlatTable.edges(of: graph)
    var csv = CSVWriter()
    csv.row(["src", "dst"] + table.columns.map(\.name))
    for (index, edge) in graph.edges.enumerated() {
      csv.row(
        [graph.node(edge.source).key.rawValue, graph.node(edge.target).key.rawValue]
          + table.rows[index].map { $0?.exportText ?? "" })
    }
    return csv.text
  }
}
