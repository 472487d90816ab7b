import Foundation
import GeflechtCore

/// A first, rule-based extractor: lexicons and patterns, no statistics. See docs/extraction.md.
///
/// Pipeline per document: split into sentences (skipping boilerplate), recognise mentions, resolve
/// surnames and anaphora, read typed relations and the sentence's status, then add `co_occurs` for the
/// other pairs of entities in the sentence. Across documents, statements merge into weighted edges.
public struct RuleBasedExtractor: GraphExtractor {
  public let options: ExtractionOptions
  let lexicon: Lexicon

  /// Loads the bundled lexicons.
  ///
  /// - Throws: `ExtractionError.lexicon` when a data file is missing or malformed.
  public init(options: ExtractionOptions = .init()) throws {
    self.options = options
    self.lexicon = try Lexicon.bundled()
  }

  public func extract(_ documents: [Document]) -> ExtractionResult {
    var diagnostics: [Diagnostic] = []
    var table = EntityTable()
    var edges = EdgeAccumulator()
    let splitter = SentenceSplitter(abbreviations: lexicon.abbreviations, boilerplate: lexicon.boilerplate)
    let recognizer = EntityRecognizer(lexicon: lexicon)
    let resolver = NameResolver(lexicon: lexicon)
    let relations = RelationExtractor(lexicon: lexicon)
    let statuses = StatusDetector(
      cues: lexicon.statusCues, clauseOpeners: lexicon.clauseOpeners, complementizers: lexicon.complementizers)

    let languages = LanguageDetector(words: lexicon.languageWords)
    let vocabulary = Vocabulary(lexicon: lexicon)  // a cache shared by the documents of this call
    var documentLanguages: [String: Language] = [:]
    var seenNames = Set<String>()
    for document in documents.sorted(by: { $0.name < $1.name }) {
      if !seenNames.insert(document.name).inserted {
        diagnostics.append(Diagnostic(document: document.name, message: "duplicate document name; read once", severity: .warning))
        continue
      }
      if document.text.unicodeScalars.allSatisfy(\.isSpace) {
        diagnostics.append(Diagnostic(document: document.name, message: "document is empty", severity: .warning))
        continue
      }
      let text = ScalarText(document.text)
      let language = languages.language(of: text, vocabulary: vocabulary)
      documentLanguages[document.name] = language
      var sentences = splitter.sentences(in: text, vocabulary: vocabulary)
      if sentences.isEmpty {
        diagnostics.append(
          Diagnostic(document: document.name, message: "no sentences left after removing boilerplate", severity: .warning))
        continue
      }
      var recognized = sentences.map { recognizer.mentions(in: $0) }
      let teasers = TeaserDetector().teaserSentences(sentences, mentions: recognized)
      if !teasers.isEmpty {
        let kept = sentences.indices.filter { !teasers.contains($0) }
        sentences = kept.enumerated().map { sentences[$0.element].renumbered($0.offset) }
        recognized = kept.map { recognized[$0] }
      }
      let mentions = resolver.resolve(sentences, mentions: recognized)
      var foundAny = false
      var context = RelationExtractor.Context()
      var lastProject: (sentence: Int, ref: EntityRef)? = nil
      for (sentence, list) in zip(sentences, mentions) {
        if let p = list.last(where: { $0.ref.kind == .project }) { lastProject = (sentence.index, p.ref) }
        context.recentProject = lastProject.flatMap { sentence.index - $0.sentence <= 2 ? $0.ref : nil }
        for m in list { table.record(m, in: document.name) }
        foundAny = foundAny || !list.isEmpty
        let evidence = Evidence(
          doc: document.name, sentence: sentence.index, start: sentence.evidenceStart, end: sentence.evidenceEnd,
          text: sentence.evidenceText)
        let typed = relations.statements(in: sentence, mentions: list, context: context)
        context.previousStatements = typed
        let amount = AmountParser.amount(in: sentence, language: language)
        let year = DateParser.date(in: sentence, months: lexicon.months)
        var related = Set<Set<EntityKey>>()
        let prepared = typed.isEmpty ? nil : statuses.prepare(sentence)
        for s in typed {
          related.insert([s.source.key, s.target.key])
          let status = statuses.status(of: prepared!, span: s.span, cue: s.cue, isPresupposed: s.isPresupposed)
          guard options.includesUncertain || status.isIncludedByDefault else { continue }
          let carriesMoney = [.investsIn, .acquires, .buildsIn].contains(s.relation)
          let carriesDate = [.investsIn, .acquires, .founded, .hires, .supplies, .memberOf].contains(s.relation)
          edges.add(
            source: s.source.key, target: s.target.key, relation: s.relation, status: status, evidence: evidence,
            role: s.role, amount: carriesMoney ? amount : nil, date: carriesDate ? year : nil)
        }
        let named = Array(Set(list.filter { !$0.ref.needsRelation }.map(\.ref.key))).sorted()
        for (i, a) in named.enumerated() {
          for b in named[(i + 1)...] where !related.contains([a, b]) {
            edges.add(source: a, target: b, relation: .coOccurs, status: .asserted, evidence: evidence)
          }
        }
      }
      if !foundAny {
        diagnostics.append(Diagnostic(document: document.name, message: "no entities recognised", severity: .warning))
      }
    }

    // Nodes: every entity that needs no relation, plus places and media that ended up in an edge.
    var keys = Set(table.entries.filter { !$0.value.ref.needsRelation }.map(\.key))
    for key in edges.keys {
      keys.insert(key.source)
      keys.insert(key.target)
    }
    // The language of each document, as graph attributes "language:<document>".
    var attributes: [String: AttributeValue] = [:]
    for (name, language) in documentLanguages { attributes["language:" + name] = .string(language.rawValue) }
    var builder = MultigraphBuilder(directed: true, attributes: attributes)
    var ids: [EntityKey: NodeID] = [:]
    for key in keys.sorted() {
      guard let node = table.node(for: key) else { continue }
      ids[key] = builder.addNode(node)
    }
    for edge in edges.edges(nodeID: { ids[$0]! }) { builder.addEdge(edge) }
    return ExtractionResult(graph: builder.build(), diagnostics: diagnostics, languages: documentLanguages)
  }
}
