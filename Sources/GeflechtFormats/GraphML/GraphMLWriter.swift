import GeflechtCore

/// Writes GraphML with typed keys, for yEd, Gephi, NetworkX (`read_graphml`) and igraph.
///
/// Node ids are the stable entity keys; each edge carries its key as `id`, which NetworkX reads back as
/// the multigraph edge key. Columns are those of `FlatTable`. Deterministic; all text XML-escaped.
public enum GraphMLWriter {
  public static func string(from graph: Multigraph) -> String {
    let nodes = FlatTable.nodes(of: graph)
    let edges = FlatTable.edges(of: graph)
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

      """
    for (i, column) in nodes.columns.enumerated() {
      out += "  <key id=\"n\(i)\" for=\"node\" attr.name=\"\(XMLEscaping.escape(column.name))\" attr.type=\"\(column.type.rawValue)\"/>\n"
    }
    for (i, column) in edges.columns.enumerated() {
      out += "  <key id=\"e\(i)\" for=\"edge\" attr.name=\"\(XMLEscaping.escape(column.name))\" attr.type=\"\(column.type.rawValue)\"/>\n"
    }
    out += "  <graph id=\"G\" edgedefault=\"\(graph.isDirected ? "directed" : "undirected")\">\n"
    for (index, node) in graph.nodes.enumerated() {
      out += "    <node id=\"\(XMLEscaping.escape(node.key.rawValue))\">\n"
      for (i, value) in nodes.rows[index].enumerated() {
        guard let value else { continue }
        out += "      <data key=\"n\(i)\">\(XMLEscaping.escape(value.exportText))</data>\n"
      }
      out += "    </node>\n"
    }
    for (index, edge) in graph.edges.enumerated() {
      let source = XMLEscaping.escape(graph.node(edge.source).key.rawValue)
      let target = XMLEscaping.escape(graph.node(edge.target).key.rawValue)
      out += "    <edge id=\"\(XMLEscaping.escape(edge.key))\" source=\"\(source)\" target=\"\(target)\">\n"
      for (i, value) in edges.rows[index].enumerated() {
        guard let value else { continue }
        out += "      <data key=\"e\(i)\">\(XMLEscaping.escape(value.exportText))</data>\n"
      }
      out += "    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }
}
