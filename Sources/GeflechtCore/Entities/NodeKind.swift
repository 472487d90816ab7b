/// The kinds of node named in `ONTOLOGY.md`.
public enum NodeKind: String, CaseIterable, Codable, Sendable, Comparable {
  case organization, person, project, place

  /// The prefix of an `EntityKey` of this kind (`org`, `person`, `project`, `place`).
  public var keyPrefix: String {
    switch self {
    case .organization: "org"
    case .person: "person"
    case .project: "project"
    case .place: "place"
    }
  }

  public static func < (a: NodeKind, b: NodeKind) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
