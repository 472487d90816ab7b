import GeflechtCore

/// The graph read from a set of documents, and what went wrong on the way.
public struct ExtractionResult: Sendable {
  public let graph: Multigraph
  public let diagnostics: [Diagnostic]

  public init(graph: Multigraph, diagnostics: [Diagnostic]) {
    self.graph = graph
    self.diagnostics = diagnostics
  }
}
