import GeflechtCore

/// What one document contributes to the graph, before documents are merged: the mentions in reading
/// order, the statements (typed and `co_occurs`) that passed the status filter, and diagnostics.
struct DocumentAnalysis: Sendable {
  /// One statement as it will be folded into an edge. The arguments are references (their `key` is what
  /// counts), so that merging can number them by identity.
  struct Statement: Sendable {
    let source: EntityRef
    let target: EntityRef
    let relation: Relation
    let status: Status
    let evidence: Evidence
    var role: String? = nil
    var amount: Amount? = nil
    var date: String? = nil
  }

  let name: String
  /// Nil when the document was skipped (empty, unreadable) before its language was known.
  var language: Language? = nil
  var mentions: [Mention] = []
  var statements: [Statement] = []
  var diagnostics: [Diagnostic] = []

  init(name: String) { self.name = name }

  mutating func warn(_ message: String) {
    diagnostics.append(Diagnostic(document: name, message: message, severity: .warning))
  }
}
