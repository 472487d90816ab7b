import GeflechtCore

/// Folds document analyses, in document-name order, into one graph.
///
/// Adding the same analyses in the same order gives the same graph byte for byte, which is what lets
/// the analyses themselves be computed on any number of threads. Memory: the merged entity table and
/// edges only; document texts are not kept (evidence keeps its sentence).
struct ExtractionMerge {
  private var table = EntityTable()
  private var edges = EdgeAccumulator()
  private var diagnostics: [Diagnostic] = []
  private var languages: [String: Language] = [:]
  private var seenNames = Set<String>()
  /// Documents that were read (analysed), whether or not they held entities.
  private(set) var documentCount = 0

  /// True, with a warning recorded, when a document of this name was already added.
  mutating func isDuplicate(_ name: String) -> Bool {
    if seenNames.insert(name).inserted { return false }
    diagnostics.append(Diagnostic(document: name, message: "duplicate document name; read once", severity: .warning))
    return true
  }

  mutating func add(_ analysis: DocumentAnalysis) {
    documentCount += 1
    diagnostics += analysis.diagnostics
    if let language = analysis.language { languages[analysis.name] = language }
    // Places and media are listed for a document only when one of its statements links them there.
    // (Only asked for such mentions, so built only when there is one.)
    // A key starts with its kind's prefix, so only endpoints of a kind such a mention has can share its key
    // (places; organisations when a medium is mentioned): endpoints of other kinds are not hashed.
    var linked = Set<EntityKey>()
    var kinds: [NodeKind] = []
    for m in analysis.mentions where m.ref.needsRelation && !kinds.contains(m.ref.kind) { kinds.append(m.ref.kind) }
    if !kinds.isEmpty {
      for s in analysis.statements {
        if kinds.contains(s.source.kind) { linked.insert(s.source.key) }
        if kinds.contains(s.target.kind) { linked.insert(s.target.key) }
      }
    }
    table.beginDocument()
    edges.beginDocument()
    for m in analysis.mentions where !m.ref.needsRelation || linked.contains(m.ref.key) { table.record(m, in: analysis.name) }
    for s in analysis.statements {
      edges.add(
        source: s.source, target: s.target, relation: s.relation, status: s.status, evidence: s.evidence,
        role: s.role, amount: s.amount, date: s.date)
    }
  }

  /// A document that could not be read at all.
  mutating func fail(_ name: String, _ message: String) {
    diagnostics.append(Diagnostic(document: name, message: message, severity: .error))
  }

  func result() -> ExtractionResult {
    // Nodes: every entity that needs no relation, plus places and media that ended up in an edge.
    var keys = Set(table.keys { !$0.needsRelation })
    keys.formUnion(edges.entityKeys)
    // The language of each document, as graph attributes "language:<document>".
    var attributes: [String: AttributeValue] = [:]
    for (name, language) in languages { attributes["language:" + name] = .string(language.rawValue) }
    var builder = MultigraphBuilder(directed: true, attributes: attributes)
    var ids: [EntityKey: NodeID] = [:]
    for key in keys.sorted() {
      guard let node = table.node(for: key) else { continue }
      ids[key] = builder.addNode(node)
    }
    for edge in edges.edges(nodeID: { ids[$0]! }) { builder.addEdge(edge) }
    return ExtractionResult(
      graph: builder.build(), diagnostics: diagnostics, languages: languages, documentCount: documentCount)
  }
}
