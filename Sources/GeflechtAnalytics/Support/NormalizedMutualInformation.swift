import Foundation
import GeflechtCore

extension Community {
  /// Computes the normalized mutual information between two partitions of the same nodes.
  ///
  /// With p(i, j) the fraction of nodes in community i of `a` and j of `b`, and H the entropy,
  ///
  ///     NMI = 2 · I(a; b) / (H(a) + H(b)),   I = Σ p(i,j) · log(p(i,j) / (p(i)·p(j)))
  ///
  /// (the arithmetic-mean normalisation). Two partitions that are both a single community give 1.
  ///
  /// - Parameters:
  ///   - a: A partition.
  ///   - b: A partition of the same number of nodes.
  /// - Returns: A value in 0...1; 1 when the partitions agree up to numbering.
  /// - Complexity: O(n + ka·kb) time and space, for ka and kb communities.
  ///
  /// Matches `sklearn.metrics.normalized_mutual_info_score(a, b)` (average_method="arithmetic").
  /// For a = [0,0,1,1] and b = [0,0,0,1], NMI = 2·0.2158/(0.6931 + 0.5623) ≈ 0.3437.
  ///
  /// ## References
  /// - L. Danon, A. Díaz-Guilera, J. Duch, A. Arenas, "Comparing community structure
  ///   identification", J. Stat. Mech. P09008, 2005. doi:10.1088/1742-5468/2005/09/P09008
  public static func normalizedMutualInformation(_ a: Partition, _ b: Partition) -> Double {
    precondition(
      a.community.count == b.community.count,
      "partitions cover \(a.community.count) and \(b.community.count) nodes")
    let n = Double(a.community.count)
    guard n > 0 else { return 1 }
    let ka = a.communityCount
    let kb = b.communityCount
    var joint = [Double](repeating: 0, count: ka * kb)
    var pa = [Double](repeating: 0, count: ka)
    var pb = [Double](repeating: 0, count: kb)
    for (x, y) in zip(a.community, b.community) {
      joint[x * kb + y] += 1
      pa[x] += 1
      pb[y] += 1
    }
    func entropy(_ counts: [Double]) -> Double {
      counts.reduce(0) { $1 > 0 ? $0 - ($1 / n) * log($1 / n) : $0 }
    }
    let ha = entropy(pa)
    let hb = entropy(pb)
    if ha == 0 && hb == 0 { return 1 }
    var mutual = 0.0
    for i in 0..<ka {
      for j in 0..<kb where joint[i * kb + j] > 0 {
        let p = joint[i * kb + j] / n
        mutual += p * log(p * n * n / (pa[i] * pb[j]))
      }
    }
    return max(0, min(1, 2 * mutual / (ha + hb)))
  }
}
