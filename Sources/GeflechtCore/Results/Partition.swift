/// A partition of a graph's nodes into communities: `community[v]` is node v's community number,
/// numbered 0, 1, … in order of each community's first node.
public struct Partition: Sendable, Equatable {
  public let algorithm: String
  public let community: [Int]

  public init(algorithm: String, community: [Int]) {
    self.algorithm = algorithm
    self.community = community
  }

  public var communityCount: Int { (community.max() ?? -1) + 1 }

  /// The members of each community, in ascending `NodeID` order.
  public var communities: [[NodeID]] {
    var groups = [[NodeID]](repeating: [], count: communityCount)
    for (v, c) in community.enumerated() { groups[c].append(NodeID(v)) }
    return groups
  }
}
