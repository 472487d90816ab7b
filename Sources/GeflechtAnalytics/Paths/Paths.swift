import GeflechtCore

/// Shortest paths and reachability: distances from a source, weakly and strongly connected
/// components. See `Guides/Closeness.md` and `Guides/Components.md`.
public enum Paths {}
