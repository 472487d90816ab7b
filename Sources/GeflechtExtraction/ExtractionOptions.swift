/// Settings of an extractor.
public struct ExtractionOptions: Sendable, Hashable {
  /// Keep negated and speculative statements as edges, marked by their `status`. Off by default, so that
  /// the graph holds only what the articles assert, plan or report.
  public var includesUncertain: Bool

  public init(includesUncertain: Bool = false) {
    self.includesUncertain = includesUncertain
  }
}
