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
  var argumentKinds: (source: Set<NodeKind>, target: Set<NodeKind>) {
    switch self {
    case .investsIn: ([.organization, .person], [.organization, .project])
    case .acquires, .owns, .regulates, .supplies: ([.organization], [.organization])
    case .hires: ([.organization], [.person])
    case .founded: ([.organization, .person], [.organization])
    case .leads: ([.person], [.organization, .project])
    case .worksFor: ([.person], [.organization])
    case .memberOf: ([.organization], [.organization])
    case .partnersWith, .competesWith: ([.organization], [.organization])
    case .participatesIn, .develops, .uses: ([.organization], [.project])
    case .supports: ([.organization, .person], [.project, .organization])
    case .locatedIn: ([.project, .organization], [.place])
    case .buildsIn: ([.organization], [.place])
    case .associatedWith, .coOccurs: ([.organization, .person, .project], [.organization, .person, .project])
    }
  }
}
