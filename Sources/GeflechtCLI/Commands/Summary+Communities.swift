import Foundation
import GeflechtAnalytics
import GeflechtCore

extension Summary {
  /// The seed of the summary's Leiden run, fixed so that the main job's report is reproducible.
  static let communitySeed: UInt64 = 42

  /// The communities Leiden finds on the analysis view (weighted, γ = 1, seed 42), biggest first,
  /// with the labels of up to `shown` members each; singletons are counted, not listed.
  func communitiesText(_ view: Multigraph, shown: Int = 8) throws -> String {
    guard view.edgeCount > 0 else { return "" }
    let partition = try Community.leiden(
      in: view, resolution: 1, seed: Self.communitySeed, weighting: .strength)
    let modularity = try Community.modularity(of: partition, in: view, resolution: 1, weighting: .strength)
    let groups = Communities.biggestFirst(partition)
    let listed = groups.filter { $0.count > 1 }
    var out = "communities: \(groups.count) (Leiden, weighted, seed \(Self.communitySeed); "
    out += "modularity \(String(format: "%.6f", modularity)))\n"
    for (i, members) in listed.enumerated() {
      let labels = members.prefix(shown).map { graph.node($0).label }
      let more = members.count > shown ? ", … (+\(members.count - shown))" : ""
      out += "  \(String(i + 1).leftPadded(to: 2)). [\(members.count)] \(labels.joined(separator: ", "))\(more)\n"
    }
    let singletons = groups.count - listed.count
    if singletons > 0 { out += "  and \(singletons) single nodes\n" }
    return out
  }
}
