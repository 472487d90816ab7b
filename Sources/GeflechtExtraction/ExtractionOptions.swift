/// Settings of an extractor.
public struct ExtractionOptions: Sendable, Hashable {
  /// Keep negated and speculative statements as edges, marked by their `status`. Off by default, so that
  /// the graph holds only what the articles assert, plan or report.
  public var includesUncertain: Bool
  /// Keep a company's seat as `located_in` from the organisation ("Waterloo-based OpenText", "mit Sitz in
  /// Walldorf", "der Münchener Konzern"). Off by default: ONTOLOGY.md gives `located_in` to projects, and a
  /// place is a node where something is built or located, so the default graph keeps seats out.
  public var includesSeats: Bool

  public init(includesUncertain: Bool = false, includesSeats: Bool = false) {
    self.includesUncertain = includesUncertain
    self.includesSeats = includesSeats
  }
}
