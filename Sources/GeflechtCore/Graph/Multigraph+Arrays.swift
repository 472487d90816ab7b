extension Multigraph {
  /// Every edge's source and target node index and weight, indexed by `EdgeID`: the flat arrays the
  /// graph already holds (no copy), for algorithms that build their own structures in one pass.
  public var edgeArrays: (sources: [UInt32], targets: [UInt32], weights: [Double]) {
    (edgeSources, edgeTargets, edgeWeights)
  }
}
