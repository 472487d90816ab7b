extension Multigraph {
  /// Every edge's source and target node index and weight, indexed by `EdgeID`: the flat arrays the
  /// graph already holds (no copy), for algorithms that build their own structures in one pass.
  public var edgeArrays: (sources: [UInt32], targets: [UInt32], weights: [Double]) {
    (edgeSources, edgeTargets, edgeWeights)
  }

  /// The incidence tables (no copy): `outOffsets[v] ..< outOffsets[v + 1]` indexes `outEdges`, the
  /// edges leaving v in insertion order, and likewise `in…` for the edges entering v. Read together
  /// with `edgeArrays` by algorithms whose hot loops must not go through `ArraySlice`s.
  public var incidenceArrays:
    (outOffsets: [Int], outEdges: [EdgeID], inOffsets: [Int], inEdges: [EdgeID])
  {
    (outOffsets, outEdgeIDs, inOffsets, inEdgeIDs)
  }
}
