import GeflechtCore

/// A typed relation read from one sentence, before status and merging.
struct Statement: Sendable, Hashable {
  let source: EntityRef
  let target: EntityRef
  let relation: Relation
  let role: String?
  /// The tokens from the first argument or cue word to the last: the part of the sentence that says it.
  var span: ClosedRange<Int> = 0...0
  /// Stated as a definite nominalised event ("Die Übernahme von X durch Y"), which modal words after it
  /// do not make uncertain.
  var isPresupposed = false
  /// The token index of the cue word, when a cue word stated it.
  var cue: Int? = nil
}

extension Relation {
  /// The node kinds a relation may join (source kinds, target kinds), following ONTOLOGY.md.
  var argumentKinds: (source: NodeKinds, target: NodeKinds) {
    let (org, person, project, place) = (NodeKinds.organization, NodeKinds.person, NodeKinds.project, NodeKinds.place)
    switch self {
    case .investsIn: return (org.union(person), org.union(project))
    case .acquires, .supplies: return (org, org)
    // A person may own or control a company ("controlled by billionaire Kjell Inge Røkke").
    case .owns: return (org.union(person), org)
    // The regulated party may be a product or platform ("Brussels opened investigations into AWS").
    case .regulates: return (org, org.union(project))
    case .hires: return (org, person)
    case .founded: return (org.union(person), org)
    case .leads: return (person, org.union(project))
    case .worksFor: return (person, org)
    case .memberOf: return (org, org)
    case .partnersWith, .competesWith: return (org, org)
    case .participatesIn, .develops, .uses: return (org, project)
    case .supports: return (org.union(person), project.union(org))
    case .locatedIn: return (project.union(org), place)
    case .buildsIn: return (org, place)
    case .associatedWith, .coOccurs: return (org.union(person).union(project), org.union(person).union(project))
    }
  }
}

/// A set of node kinds as bits, so that testing an argument's kind allocates nothing.
struct NodeKinds: OptionSet, Sendable {
  let rawValue: UInt8

  static let organization = NodeKinds(rawValue: 1)
  static let person = NodeKinds(rawValue: 2)
  static let project = NodeKinds(rawValue: 4)
  static let place = NodeKinds(rawValue: 8)

  init(rawValue: UInt8) { self.rawValue = rawValue }

  init(_ kind: NodeKind) {
    switch kind {
    case .organization: self = .organization
    case .person: self = .person
    case .project: self = .project
    case .place: self = .place
    }
  }

  func contains(_ kind: NodeKind) -> Bool { contains(NodeKinds(kind)) }
}
