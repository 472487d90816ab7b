/// Which way to follow edges from a node.
public enum Direction: String, Sendable, CaseIterable {
  case outgoing, incoming, both
}

/// An immutable weighted multigraph in compressed sparse row (CSR) form.
///
/// Each edge is stored once, by `EdgeID`, with its source, target and weight in flat arrays and its
/// other fields in `EdgeColumns` (present only where some edge has them); two offset tables list the
/// outgoing and incoming edges of every node. `edge(_:)` and `edges` build `Edge` values on access. Parallel edges and self-loops are kept.
/// Built by `MultigraphBuilder`. An undirected graph stores each edge once in the direction it was
/// added; `incidentEdges(of:)` and `neighbors(of:direction:)` then ignore direction.
///
/// Only `Multigraph*.swift` touches the raw arrays; everything else reads them through
/// `outgoingEdges(of:)`, `incomingEdges(of:)`, `source(of:)`, `target(of:)` and `weight(of:)`.
public struct Multigraph: Sendable {
  public let isDirected: Bool
  /// Graph-level attributes, such as a name or the corpus it was extracted from.
  public let attributes: [String: AttributeValue]
  let nodeData: [Node]
  let edgeColumns: EdgeColumns
  let edgeSources: [UInt32]
  let edgeTargets: [UInt32]
  let edgeWeights: [Double]
  /// `outOffsets[v] ..< outOffsets[v + 1]` indexes `outEdgeIDs` for node v; likewise for `in`.
  let outOffsets: [Int]
  let outEdgeIDs: [EdgeID]
  let inOffsets: [Int]
  let inEdgeIDs: [EdgeID]
  let keyIndex: [EntityKey: NodeID]
  /// True when the graph has no self-loop and no two edges join the same pair (the same ordered
  /// pair in a directed graph), so that its incidence lists are already simple-graph adjacency.
  /// Computed once by `MultigraphBuilder.build()`.
  public let isSimple: Bool

  public var nodeCount: Int { nodeData.count }
  public var edgeCount: Int { edgeSources.count }
  public var nodeIDs: [NodeID] { (0..<nodeData.count).map { NodeID($0) } }
  public var edgeIDs: [EdgeID] { (0..<edgeSources.count).map { EdgeID($0) } }
  public var nodes: [Node] { nodeData }
  /// Every edge, indexed by `EdgeID.index`, built from the columns as it is read.
  public var edges: Edges { Edges(graph: self) }

  public func node(_ id: NodeID) -> Node {
    precondition(id.index < nodeData.count, "NodeID \(id) is not in this graph of \(nodeCount) nodes")
    return nodeData[id.index]
  }

  public func edge(_ id: EdgeID) -> Edge {
    precondition(id.index < edgeCount, "EdgeID \(id) is not in this graph of \(edgeCount) edges")
    return edgeValue(at: id.index)
  }

  @inline(__always) public func source(of edge: EdgeID) -> NodeID { NodeID(edgeSources[edge.index]) }
  @inline(__always) public func target(of edge: EdgeID) -> NodeID { NodeID(edgeTargets[edge.index]) }
  @inline(__always) public func weight(of edge: EdgeID) -> Double { edgeWeights[edge.index] }

  /// The other end of `edge` seen from `node` (the node itself for a self-loop).
  @inline(__always) public func opposite(of node: NodeID, along edge: EdgeID) -> NodeID {
    let s = edgeSources[edge.index]
    return NodeID(s == node.rawValue ? edgeTargets[edge.index] : s)
  }

  /// Edges whose source is `node`, in insertion order.
  @inline(__always) public func outgoingEdges(of node: NodeID) -> ArraySlice<EdgeID> {
    outEdgeIDs[outOffsets[node.index]..<outOffsets[node.index + 1]]
  }

  /// Edges whose target is `node`, in insertion order.
  @inline(__always) public func incomingEdges(of node: NodeID) -> ArraySlice<EdgeID> {
    inEdgeIDs[inOffsets[node.index]..<inOffsets[node.index + 1]]
  }

  public func outDegree(of node: NodeID) -> Int { outOffsets[node.index + 1] - outOffsets[node.index] }
  public func inDegree(of node: NodeID) -> Int { inOffsets[node.index + 1] - inOffsets[node.index] }

  /// Outgoing then incoming edges; a self-loop appears twice, as in NetworkX's degree.
  public func incidentEdges(of node: NodeID) -> [EdgeID] {
    Array(outgoingEdges(of: node)) + Array(incomingEdges(of: node))
  }

  /// Edges to follow from `node` in `direction`. In an undirected graph every direction is `.both`.
  public func edges(of node: NodeID, direction: Direction) -> [EdgeID] {
    switch isDirected ? direction : .both {
    case .outgoing: Array(outgoingEdges(of: node))
    case .incoming: Array(incomingEdges(of: node))
    case .both: incidentEdges(of: node)
    }
  }

  /// The distinct nodes one edge away from `node` in `direction`, in ascending `NodeID` order.
  public func neighbors(of node: NodeID, direction: Direction = .both) -> [NodeID] {
    var seen = Set<NodeID>()
    for e in edges(of: node, direction: direction) {
      seen.insert(opposite(of: node, along: e))
    }
    return seen.sorted()
  }

  /// The node with this stable key.
  public func nodeID(for key: EntityKey) -> NodeID? { keyIndex[key] }

  /// Finds a node by key, then by exact label, then by a case-insensitive label or alias.
  public func findNode(named name: String) -> NodeID? {
    if let id = keyIndex[EntityKey(name)] { return id }
    if let i = nodeData.firstIndex(where: { $0.label == name }) { return NodeID(i) }
    let folded = name.lowercased()
    if let i = nodeData.firstIndex(where: { $0.names.contains { $0.lowercased() == folded } }) {
      return NodeID(i)
    }
    return nil
  }

  /// The same nodes with only the edges that `isIncluded` keeps.
  public func filteringEdges(_ isIncluded: (Edge) -> Bool) -> Multigraph {
    var builder = MultigraphBuilder(directed: isDirected, attributes: attributes)
    for node in nodeData { builder.addNode(node) }
    for edge in edges where isIncluded(edge) { builder.addEdge(edge) }
    return builder.build()
  }

  /// The subgraph induced by `nodes` (in the given order), keeping every edge between them.
  public func inducedSubgraph(on nodes: [NodeID]) -> Multigraph {
    var builder = MultigraphBuilder(directed: isDirected, attributes: attributes)
    var map = [NodeID: NodeID]()
    for id in nodes where map[id] == nil { map[id] = builder.addNode(nodeData[id.index]) }
    for edge in edges {
      if let s = map[edge.source], let t = map[edge.target] {
        var copy = edge
        copy.source = s
        copy.target = t
        builder.addEdge(copy)
      }
    }
    return builder.build()
  }
}
