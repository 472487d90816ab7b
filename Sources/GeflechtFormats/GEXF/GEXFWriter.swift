import GeflechtCore

/// Writes GEXF 1.3 for Gephi, with `viz` colours by kind and sizes from an optional score per node.
///
/// Node ids are the entity keys; edges carry `id`, `label` (the relation) and `weight`. Columns are
/// those of `FlatTable`. No modification date is written, so the same graph gives the same bytes.
public enum GEXFWriter {
  /// Colours per node kind (the diagram's line colours), as RGB.
  static let kindColors: [NodeKind: (Int, Int, Int)] = [
    .organization: (43, 93, 155), .person: (184, 101, 15), .project: (45, 122, 58), .place: (102, 102, 102),
  ]

  /// - Parameter sizes: one value per node (for example PageRank); scaled to 5…50. `nil`: all 10.
  public static func string(from graph: Multigraph, sizes: [Double]? = nil) -> String {
    let nodes = FlatTable.nodes(of: graph)
    var edges = FlatTable.edges(of: graph)
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
        <meta>
          <creator>Geflecht</creator>
        </meta>
        <graph defaultedgetype="\(graph.isDirected ? "directed" : "undirected")" mode="static">

      """
    func declare(_ table: FlatTable, domain: String, skipping: Set<String>) {
      out += "    <attributes class=\"\(domain)\" mode=\"static\">\n"
      for (i, column) in table.columns.enumerated() where !skipping.contains(column.name) {
        let type = column.type == .double ? "double" : column.type == .boolean ? "boolean" : "string"
        out += "      <attribute id=\"\(i)\" title=\"\(XMLEscaping.escape(column.name))\" type=\"\(type)\"/>\n"
      }
      out += "    </attributes>\n"
    }
    // NetworkX's read_gexf takes the multigraph edge key from an attribute titled networkx_key.
    if let key = edges.columns.firstIndex(where: { $0.name == "key" }) { edges.columns[key].name = "networkx_key" }
    declare(nodes, domain: "node", skipping: ["label"])
    declare(edges, domain: "edge", skipping: ["weight"])
    func attvalues(_ table: FlatTable, row: Int, skipping: Set<String>, indent: String) {
      out += "\(indent)<attvalues>\n"
      for (i, value) in table.rows[row].enumerated() where !skipping.contains(table.columns[i].name) {
        guard let value else { continue }
        out += "\(indent)  <attvalue for=\"\(i)\" value=\"\(XMLEscaping.escape(value.exportText))\"/>\n"
      }
      out += "\(indent)</attvalues>\n"
    }
    let scaled = scale(sizes, count: graph.nodeCount)
    out += "    <nodes>\n"
    for (index, node) in graph.nodes.enumerated() {
      out += "      <node id=\"\(XMLEscaping.escape(node.key.rawValue))\" label=\"\(XMLEscaping.escape(node.label))\">\n"
      attvalues(nodes, row: index, skipping: ["label"], indent: "        ")
      let (r, g, b) = node.kind.flatMap { kindColors[$0] } ?? (128, 128, 128)
      out += "        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>\n"
      out += "        <viz:size value=\"\(GraphvizDocument.format(scaled[index]))\"/>\n"
      out += "      </node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for (index, edge) in graph.edges.enumerated() {
      let source = XMLEscaping.escape(graph.node(edge.source).key.rawValue)
      let target = XMLEscaping.escape(graph.node(edge.target).key.rawValue)
      let label = XMLEscaping.escape(edge.relation?.rawValue ?? edge.key)
      out += "      <edge id=\"e\(index)\" source=\"\(source)\" target=\"\(target)\" label=\"\(label)\" weight=\"\(AttributeValue.number(edge.weight).exportText)\">\n"
      attvalues(edges, row: index, skipping: ["weight"], indent: "        ")
      out += "      </edge>\n"
    }
    out += "    </edges>\n  </graph>\n</gexf>\n"
    return out
  }

  private static func scale(_ sizes: [Double]?, count: Int) -> [Double] {
    guard let sizes, sizes.count == count, let low = sizes.min(), let high = sizes.max(), high > low else {
      return [Double](repeating: 10, count: count)
    }
    return sizes.map { ((5 + 45 * ($0 - low) / (high - low)) * 100).rounded() / 100 }
  }
}
