/// Turns documents into an evidenced multigraph. Implementations are deterministic: the same documents
/// give the same graph, node and edge order included.
public protocol GraphExtractor: Sendable {
  func extract(_ documents: [Document]) -> ExtractionResult
}
