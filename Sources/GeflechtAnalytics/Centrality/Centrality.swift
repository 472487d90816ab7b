/// Node centrality measures. Each returns a `NodeScores` with one value per node, indexed by `NodeID`.
///
/// See `Guides/Degree.md` and `Guides/PageRank.md` for conventions and comparisons with NetworkX,
/// igraph and NetworKit.
public enum Centrality {}
