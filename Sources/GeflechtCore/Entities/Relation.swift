/// The relation types named in `ONTOLOGY.md`. Direction is source → target; symmetric types may be
/// stored either way and match either way.
public enum Relation: String, CaseIterable, Codable, Sendable, Comparable {
  case investsIn = "invests_in"
  case acquires
  case hires
  case owns
  case founded
  case leads
  case worksFor = "works_for"
  case memberOf = "member_of"
  case partnersWith = "partners_with"
  case competesWith = "competes_with"
  case supplies
  case participatesIn = "participates_in"
  case develops
  case uses
  case supports
  case regulates
  case locatedIn = "located_in"
  case buildsIn = "builds_in"
  case associatedWith = "associated_with"
  case coOccurs = "co_occurs"

  /// Whether A→B says the same as B→A.
  public var isSymmetric: Bool {
    switch self {
    case .partnersWith, .competesWith, .associatedWith, .coOccurs: true
    default: false
    }
  }

  public static func < (a: Relation, b: Relation) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// How certain a statement is (`ONTOLOGY.md`). Negated and speculative statements stay out of the default
/// graph.
public enum Status: String, CaseIterable, Codable, Sendable, Comparable {
  case asserted, planned, reported, speculative, negated

  /// Whether edges with this status belong in the default graph that analytics and diagrams read.
  public var isIncludedByDefault: Bool { self != .speculative && self != .negated }

  public static func < (a: Status, b: Status) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
