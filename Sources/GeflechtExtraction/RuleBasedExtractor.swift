import Foundation
import GeflechtCore

/// A first, rule-based extractor: lexicons and patterns, no statistics. See docs/extraction.md.
///
/// Pipeline per document (`analyze(_:)`, independent of every other document, so documents can be
/// read on several threads): split into sentences (skipping boilerplate), recognise mentions, resolve
/// surnames and anaphora, read typed relations and the sentence's status, then add `co_occurs` for the
/// other pairs of entities in the sentence. Across documents, `ExtractionMerge` folds the findings in
/// document-name order into one table of entities and weighted edges, so the graph is the same
/// whatever the thread count or the order the documents were given in.
public struct RuleBasedExtractor: GraphExtractor {
  public let options: ExtractionOptions
  let lexicon: Lexicon
  let splitter: SentenceSplitter
  let recognizer: EntityRecognizer
  let resolver: NameResolver
  let relations: RelationExtractor
  let statuses: StatusDetector
  let languages: LanguageDetector

  /// Loads the bundled lexicons.
  ///
  /// - Throws: `ExtractionError.lexicon` when a data file is missing or malformed.
  public init(options: ExtractionOptions = .init()) throws {
    self.options = options
    let lexicon = try Lexicon.bundled()
    self.lexicon = lexicon
    splitter = SentenceSplitter(abbreviations: lexicon.abbreviations, boilerplate: lexicon.boilerplate)
    recognizer = EntityRecognizer(lexicon: lexicon)
    resolver = NameResolver(lexicon: lexicon)
    relations = RelationExtractor(lexicon: lexicon)
    statuses = StatusDetector(
      cues: lexicon.statusCues, clauseOpeners: lexicon.clauseOpeners, complementizers: lexicon.complementizers,
      insertedOpeners: lexicon.insertedClauseOpeners, eventNegatingCues: lexicon.eventNegatingCues)
    languages = LanguageDetector(words: lexicon.languageWords)
  }

  public func extract(_ documents: [Document]) -> ExtractionResult {
    var merge = ExtractionMerge()
    let vocabulary = Vocabulary(lexicon: lexicon)  // a cache shared by the documents of this call
    for document in documents.sorted(by: { $0.name < $1.name }) {
      if merge.isDuplicate(document.name) { continue }
      merge.add(analyze(document, vocabulary: vocabulary))
    }
    return merge.result()
  }

  /// Everything one document says: its entities, statements and diagnostics. Pure: the result does
  /// not depend on what `vocabulary` (a cache, not thread-safe: one per thread) already holds.
  func analyze(_ document: Document, vocabulary: Vocabulary) -> DocumentAnalysis {
    var analysis = DocumentAnalysis(name: document.name)
    if document.text.unicodeScalars.allSatisfy(\.isSpace) {
      analysis.warn("document is empty")
      return analysis
    }
    let text = ScalarText(document.text)
    let language = languages.language(of: text, vocabulary: vocabulary)
    analysis.language = language
    var sentences = splitter.sentences(in: text, vocabulary: vocabulary)
    if language != .de { for k in sentences.indices { sentences[k].language = language } }
    if sentences.isEmpty {
      analysis.warn("no sentences left after removing boilerplate")
      return analysis
    }
    var recognized = sentences.map { recognizer.mentions(in: $0) }
    let teasers = TeaserDetector().teaserSentences(sentences, mentions: recognized)
    if !teasers.isEmpty {
      let kept = sentences.indices.filter { !teasers.contains($0) }
      sentences = kept.enumerated().map { sentences[$0.element].renumbered($0.offset) }
      recognized = kept.map { recognized[$0] }
    }
    recognized = recognizer.surnamesTakenBack(recognizer.companiesTakenUp(sentences, recognized, language: language), in: sentences)
    let mentions = resolver.resolve(sentences, mentions: recognized)
    var foundAny = false
    var context = RelationExtractor.Context()
    context.topics = RuleBasedExtractor.topics(mentions)
    context.projectTopic = RuleBasedExtractor.projectTopic(mentions)
    var lastProject: (sentence: Int, ref: EntityRef)? = nil
    var recentSentence = 0
    var lastAcquisitionSentence: Int? = nil
    var successions: [StatedSuccession] = []
    for (sentence, list) in zip(sentences, mentions) {
      if let p = list.last(where: { $0.ref.kind == .project }) { lastProject = (sentence.index, p.ref) }
      context.recentProject = lastProject.flatMap { sentence.index - $0.sentence <= 2 ? $0.ref : nil }
      analysis.mentions += list
      foundAny = foundAny || !list.isEmpty
      let evidence = Evidence(
        doc: document.name, sentence: sentence.index, start: sentence.evidenceStart, end: sentence.evidenceEnd,
        text: sentence.evidenceText)
      // A bullet that no colon introduced and that says someone raises money opens a story of its own (a
      // round-up's deals): when its company is not found, an earlier item's company is not the one.
      // (The sentence's own receiver is asked once, here and below.)
      let ownReceiver = relations.fundingReceiver(in: sentence, mentions: list)
      if context.fundingReceiver != nil, ownReceiver == nil, context.listIntroduction == nil, TeaserDetector.isListItem(sentence),
        sentence.tokens.contains(where: { $0.is(.raisingWord) })
      {
        context.fundingReceiver = nil
      }
      var typed = relations.statements(in: sentence, mentions: list, context: context)
      // A company's seat only when asked for (`ExtractionOptions.includesSeats`).
      if !options.includesSeats { typed.removeAll { $0.relation == .locatedIn && $0.source.kind == .organization } }
      context.previousStatements = typed
      // (An acquisition is taken up by a regulator's decision for twenty sentences: a news story keeps to its deal.)
      if let at = lastAcquisitionSentence, sentence.index - at > 20 { context.lastAcquirer = nil }
      // A place a rule read from a word that names no entity ("der Münchener Konzern") becomes a node as
      // a mention without a surface of its own.
      for s in typed where s.target.kind == .place && !list.contains(where: { $0.ref.key == s.target.key }) {
        analysis.mentions.append(Mention(ref: s.target, first: 0, last: 0, surface: "", isAnaphor: true))
      }
      // A list introduced by a colon lasts while its bulleted items do.
      if let intro = relations.listIntroduction(in: sentence, mentions: list, context: context) {
        context.listIntroduction = intro
      } else if !TeaserDetector.isListItem(sentence) {
        context.listIntroduction = nil
      }
      // The company raising money, for the round's investors named in later sentences (a public body that
      // money goes to is no company raising a round: "70 Prozent stammen von der Bundesregierung" after a
      // sentence about the EU).
      if let receiver = ownReceiver
        ?? typed.last(where: { $0.relation == .investsIn && $0.target.kind == .organization && $0.target.subtype != "public" })?.target
      {
        context.fundingReceiver = receiver
      }
      // The organisations named as subjects (not `NameResolver.isAttached`) are the next sentences' context,
      // for two sentences.
      let tokens = sentence.tokens
      let subjects = list.filter {
        $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isImplicit && !$0.isGenitive && !NameResolver.isAttached($0, in: tokens)
      }
      context.previousMentions = list
      context.previousTokens = tokens
      if !subjects.isEmpty {
        context.recentOrganizations = RuleBasedExtractor.uniqueByKey(subjects.map(\.ref))
        recentSentence = sentence.index
      } else if sentence.index - recentSentence >= 2 {
        context.recentOrganizations = []
      }
      // Read only for a statement that carries them.
      lazy var amount = AmountParser.amount(in: sentence, language: language)
      lazy var year = DateParser.date(in: sentence, months: lexicon.months)
      var related = Set<EntityPair>()
      let prepared = typed.isEmpty ? nil : statuses.prepare(sentence)
      for s in typed {
        related.insert(EntityPair(s.source.key, s.target.key))
        // A site told without a verb ("Die geplante Fabrik des Konzerns X im saarländischen Ensdorf wird nicht
        // gebaut") has the status of a verb of building after it ("Das Intel-Werk Magdeburg ist nicht
        // ausgelastet" keeps its own).
        let cue = s.cue ?? (s.relation == .buildsIn ? buildingVerb(after: s.span.upperBound, in: sentence.tokens) : nil)
        let status = statuses.status(of: prepared!, span: s.span, cue: cue, isPresupposed: s.isPresupposed)
        if s.relation == .acquires, status.isIncludedByDefault {
          context.lastAcquirer = s.source
          lastAcquisitionSentence = sentence.index
        }
        guard options.includesUncertain || status.isIncludedByDefault else { continue }
        let carriesMoney = RuleBasedExtractor.carriesMoney(s.relation)
        let carriesDate = RuleBasedExtractor.carriesDate(s.relation)
        analysis.statements.append(
          .init(
            source: s.source, target: s.target, relation: s.relation, status: status, evidence: evidence,
            role: s.role, amount: carriesMoney ? amount : nil, date: carriesDate ? year : nil))
      }
      let paired = relations.successions(in: sentence, mentions: list)
      if !paired.isEmpty {
        let preparedHere = prepared ?? statuses.prepare(sentence)
        for succession in paired {
          let status = statuses.status(of: preparedHere, span: succession.span, cue: succession.cue)
          guard status.isIncludedByDefault else { continue }
          let (named, excluded) = relations.successionOrganisations(succession, in: sentence, mentions: list)
          successions.append(.init(succession: succession, evidence: evidence, status: status, organisations: named, excluded: excluded))
        }
      }
      let named = RuleBasedExtractor.sortedUniqueRefs(list)
      // A "sentence" naming more names than `maxCoOccurringNames` is a list or a table, not one statement: its
      // names are not paired (the pairs would grow with the square of a pasted list's length).
      if named.count <= RuleBasedExtractor.maxCoOccurringNames {
        for (i, a) in named.enumerated() {
          for b in named[(i + 1)...] where !related.contains(EntityPair(a.key, b.key)) {
            analysis.statements.append(
              .init(source: a, target: b, relation: .coOccurs, status: .asserted, evidence: evidence))
          }
        }
      }
    }
    // "Splinter succeeds James Morgan": the post one of them holds, for the other.
    if !successions.isEmpty { analysis.statements += RuleBasedExtractor.successorRoles(successions, statements: analysis.statements) }
    // "Bosch" and "Bosch Home Comfort" in one document: the unit named after its parent belongs to it.
    analysis.statements += relations.familyOwnership(
      sentences, mentions, organisations: context.topics, statements: analysis.statements, document: document.name)
    // "X baut gemeinsam mit Y …": the weak `associated_with` adds nothing when the document relates the
    // pair by a typed relation.
    let typedPairs = Set(
      analysis.statements.filter { $0.relation != .coOccurs && $0.relation != .associatedWith }.map { EntityPair($0.source.key, $0.target.key) })
    analysis.statements.removeAll { $0.relation == .associatedWith && typedPairs.contains(EntityPair($0.source.key, $0.target.key)) }
    if !foundAny { analysis.warn("no entities recognised") }
    return analysis
  }

  /// The references of the mentions that need no relation, sorted by key, one per key (sorting first and
  /// dropping neighbours with an equal key gives the keys a set sorted would, without hashing).
  static func sortedUniqueRefs(_ list: [Mention]) -> [EntityRef] {
    var refs: [EntityRef] = []
    refs.reserveCapacity(list.count)
    for m in list where !m.ref.needsRelation { refs.append(m.ref) }
    refs.sort { $0.key < $1.key }
    var unique: [EntityRef] = []
    unique.reserveCapacity(refs.count)
    for r in refs where unique.last?.key != r.key { unique.append(r) }
    return unique
  }

  /// The references in order, each key once (the first reference with it), as filtering through a set of
  /// keys gives them; a sentence's few subjects are compared with `==` instead of hashed.
  static func uniqueByKey(_ refs: [EntityRef]) -> [EntityRef] {
    if refs.count > 16 {
      var seen = Set<EntityKey>()
      return refs.filter { seen.insert($0.key).inserted }
    }
    var unique: [EntityRef] = []
    unique.reserveCapacity(refs.count)
    for r in refs where !unique.contains(where: { $0 === r || $0.key == r.key }) { unique.append(r) }
    return unique
  }

  /// Relations that carry the sentence's amount of money.
  /// Verbs of building that a site without a cue word takes its status from.
  static let buildingVerbs: Set<String> = [
    "gebaut", "errichtet", "bauen", "baut", "entstehen", "entsteht", "realisiert", "built", "build", "builds", "constructed",
    "construct", "completed",
  ]

  /// The first verb of building after `k` in the sentence, or nil.
  func buildingVerb(after k: Int, in t: [Token]) -> Int? {
    ((k + 1)..<t.count).first { t[$0].isWord && !t[$0].isCapitalized && RuleBasedExtractor.buildingVerbs.contains(t[$0].lowercased) }
  }

  /// The most distinct names a sentence may have for its names to co-occur (see `analyze`).
  static let maxCoOccurringNames = 40

  static func carriesMoney(_ r: Relation) -> Bool {
    switch r {
    case .investsIn, .acquires, .buildsIn: true
    default: false
    }
  }

  /// Relations that carry the sentence's date.
  static func carriesDate(_ r: Relation) -> Bool {
    switch r {
    case .investsIn, .acquires, .founded, .hires, .supplies, .memberOf: true
    default: false
    }
  }

  /// What naming an organisation first in a document adds to its count as a topic.
  static let openingBonus = 2

  /// The value behind an `inout` access (`read(&table[key, default: new])` stores `new` for a missing key).
  private static func read(_ value: inout Int32) -> Int32 { value }

  /// The project named most often (at least three times, strictly more often than any other), or nil.
  /// Linear in the mentions (projects are few).
  static func projectTopic(_ mentions: [[Mention]]) -> EntityRef? {
    var counts: [(ref: EntityRef, n: Int)] = []
    for list in mentions {
      for m in list where m.ref.kind == .project && !m.isImplicit {
        if let k = counts.firstIndex(where: { $0.ref === m.ref || $0.ref.key == m.ref.key }) { counts[k].n += 1 } else { counts.append((m.ref, 1)) }
      }
    }
    guard let top = counts.max(by: { $0.n < $1.n }), top.n >= 3, counts.filter({ $0.n == top.n }).count == 1 else { return nil }
    return top.ref
  }

  /// The document's organisations by how often they are named (anaphors included, the first named
  /// `openingBonus` more), then by first mention.
  static func topics(_ mentions: [[Mention]]) -> [EntityRef] {
    // Counted by key; a reference seen before is found by identity without hashing its key.
    var entries: [(n: Int, first: Int, ref: EntityRef)] = []
    var byKey: [EntityKey: Int32] = [:]
    // (Room for every mention up front: growing the table rehashed its key strings.)
    byKey.reserveCapacity(mentions.reduce(0) { $0 + $1.count })
    var byRef = RefNumbers(capacity: 64)
    var position = 0
    for list in mentions {
      for m in list where m.ref.kind == .organization && !m.ref.isMedia {
        position += 1
        let e: Int32
        if let n = byRef.number(of: m.ref) {
          e = n
        } else {
          // One hash of the key: the entry's number, stored as the next one when the key is new.
          let next = Int32(entries.count)
          var isNew = false
          e = RuleBasedExtractor.read(&byKey[m.ref.key, default: { isNew = true; return next }()])
          if isNew { entries.append((0, position, m.ref)) }
          byRef.insert(m.ref, e)
        }
        entries[Int(e)].n += 1
      }
    }
    // The organisation a news text opens with is what it is about: it counts twice more ("Das Startup IQM
    // … hat 39 Millionen Euro erhalten" before four mentions of an investor).
    if !entries.isEmpty { entries[0].n += RuleBasedExtractor.openingBonus }
    // Every entity has its own first position, so the order is total.
    return entries.sorted { $0.n != $1.n ? $0.n > $1.n : $0.first < $1.first }.map(\.ref)
  }
}
