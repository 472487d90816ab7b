/// Settings of an extractor.
public struct ExtractionOptions: Sendable, Hashable {
  /// Keep negated and speculative statements as edges, marked by their `status`. Off by default, so that
  /// the graph holds only what the articles assert, plan or report.
  public var includesUncertain: Bool
  /// Keep `located_in` from an organisation: its seat ("Waterloo-based OpenText", "mit Sitz in Walldorf", "der
  /// Münchener Konzern") or where it "is located". Off by default: ONTOLOGY.md gives `located_in` to projects
  /// (a project's stays), and a place is a node where something is built or located, so the default graph
  /// keeps these out.
  public var includesSeats: Bool

  public init(includesUncertain: Bool = false, includesSeats: Bool = false) {
    self.includesUncertain = includesUncertain
    self.includesSeats = includesSeats
  }
}
