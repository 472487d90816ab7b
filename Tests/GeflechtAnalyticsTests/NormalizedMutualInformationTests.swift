import GeflechtAnalytics
import GeflechtCore
import Testing

@Suite struct NormalizedMutualInformationTests {
  @Test func handExample() {
    let a = Partition(algorithm: "a", community: [0, 0, 1, 1])
    let b = Partition(algorithm: "b", community: [0, 0, 0, 1])
    // I = 0.2158, H(a) = ln 2, H(b) = 0.5623 (sklearn: 0.34371101848545077).
    #expect(abs(Community.normalizedMutualInformation(a, b) - 0.34371101848545077) < 1e-12)
  }

  @Test func identicalUpToNumberingIsOneAndIndependentIsZero() {
    let a = Partition(algorithm: "a", community: [0, 0, 1, 1, 2, 2])
    #expect(abs(Community.normalizedMutualInformation(a, a) - 1) < 1e-12)
    let x = Partition(algorithm: "x", community: [0, 0, 1, 1])
    let y = Partition(algorithm: "y", community: [0, 1, 0, 1])
    #expect(abs(Community.normalizedMutualInformation(x, y)) < 1e-12)
  }
}
