import Testing

/// Expects two score vectors to agree element-wise within `tolerance` (absolute), reporting the first
/// few differences with their index.
public func expectClose(
  _ actual: [Double], _ expected: [Double], tolerance: Double,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.count == expected.count, "length \(actual.count) ≠ \(expected.count)", sourceLocation: sourceLocation)
  var reported = 0
  for i in 0..<min(actual.count, expected.count) where abs(actual[i] - expected[i]) > tolerance {
    if reported < 5 {
      Issue.record("index \(i): \(actual[i]) vs expected \(expected[i]) (tolerance \(tolerance))", sourceLocation: sourceLocation)
    }
    reported += 1
  }
}
