/// Node centrality measures. Each returns a `NodeScores` with one value per node, indexed by `NodeID`.
///
/// See `Guides/Degree.md`, `Guides/PageRank.md`, `Guides/Betweenness.md`, `Guides/Closeness.md`,
/// `Guides/Eigenvector.md` and `Guides/KCore.md` for conventions and comparisons with NetworkX,
/// igraph and NetworKit. Edge betweenness returns `EdgeScores` instead.
public enum Centrality {}
