import GeflechtCore

/// Cytoscape.js JSON (`{"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}`), which
/// Cytoscape desktop imports and `networkx.cytoscape_graph` reads. Node `data` holds `id`, `name`
/// (the label, Cytoscape's display column), `value` (the id again, as NetworkX expects), `label`, `kind`, `aliases`, `documents` and free attributes;
/// edge `data` holds `id`, `source`, `target`, `key`, `interaction` (the relation, Cytoscape's edge type
/// column) and the node-link fields.
public enum CytoscapeJSON {
  public static func string(from graph: Multigraph) throws -> String {
    let nodeLink = try NodeLinkJSON.value(from: graph)
    let nodeObjects = nodeLink["nodes"]?.arrayValue ?? []
    let edgeObjects = nodeLink["edges"]?.arrayValue ?? []
    let nodes: [JSONValue] = nodeObjects.enumerated().map { index, value in
      var members = value.objectValue ?? []
      members.insert(("name", .string(graph.nodes[index].label)), at: 1)
      members.insert(("value", .string(graph.nodes[index].key.rawValue)), at: 2)
      return .object([("data", .object(members))])
    }
    let edges: [JSONValue] = edgeObjects.enumerated().map { index, value in
      var members: [(String, JSONValue)] = [("id", .string("e\(index)"))]
      members += value.objectValue ?? []
      if let relation = graph.edges[index].relation { members.append(("interaction", .string(relation.rawValue))) }
      return .object([("data", .object(members))])
    }
    return JSONWriter.string(
      .object([
        ("data", .object([])), ("directed", .bool(graph.isDirected)), ("multigraph", .bool(true)),
        ("elements", .object([("nodes", .array(nodes)), ("edges", .array(edges))])),
      ]))
  }
}
