extension Multigraph {
  /// Checks offsets, counts and endpoint ranges. Runs in debug and test builds only.
  func assertInvariants() {
    #if DEBUG
      let n = nodeData.count
      let m = edgeSources.count
      precondition(outOffsets.count == n + 1 && inOffsets.count == n + 1, "offset tables size")
      precondition(outOffsets[n] == m && inOffsets[n] == m, "offset tables do not end at m")
      precondition(edgeTargets.count == m && edgeWeights.count == m && edgeColumns.count == m)
      for v in 0..<n {
        precondition(outOffsets[v] <= outOffsets[v + 1] && inOffsets[v] <= inOffsets[v + 1])
        for e in outEdgeIDs[outOffsets[v]..<outOffsets[v + 1]] {
          precondition(Int(edgeSources[e.index]) == v, "out-edge \(e) not from node \(v)")
        }
        for e in inEdgeIDs[inOffsets[v]..<inOffsets[v + 1]] {
          precondition(Int(edgeTargets[e.index]) == v, "in-edge \(e) not to node \(v)")
        }
      }
      precondition(keyIndex.count == n, "duplicate node keys")
    #endif
  }
}
