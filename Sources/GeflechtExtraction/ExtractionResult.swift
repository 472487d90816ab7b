import GeflechtCore

/// The graph read from a set of documents, and what went wrong on the way.
public struct ExtractionResult: Sendable {
  public let graph: Multigraph
  public let diagnostics: [Diagnostic]
  /// The detected language of each document, by name (also in the graph attributes "language:<name>").
  public let languages: [String: Language]
  /// How many documents were read (including empty ones); unreadable and duplicate ones are not counted.
  public let documentCount: Int

  public init(
    graph: Multigraph, diagnostics: [Diagnostic], languages: [String: Language] = [:], documentCount: Int = 0
  ) {
    self.graph = graph
    self.diagnostics = diagnostics
    self.languages = languages
    self.documentCount = documentCount
  }

  /// The diagnostics of documents that could not be read at all.
  public var failures: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
