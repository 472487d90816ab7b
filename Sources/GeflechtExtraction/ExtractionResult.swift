import GeflechtCore

/// The graph read from a set of documents, and what went wrong on the way.
public struct ExtractionResult: Sendable {
  public let graph: Multigraph
  public let diagnostics: [Diagnostic]
  /// The detected language of each document, by name (also in the graph attributes "language:<name>").
  public let languages: [String: Language]

  public init(graph: Multigraph, diagnostics: [Diagnostic], languages: [String: Language] = [:]) {
    self.graph = graph
    self.diagnostics = diagnostics
    self.languages = languages
  }
}
