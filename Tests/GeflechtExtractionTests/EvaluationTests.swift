import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Scoring logic on invented gold, and the regression gate on `corpus/` against `Gold/`.
@Suite struct EvaluationTests {
  static let doc = "a.txt"

  /// A small graph: nodes (name, kind, aliases) and typed edges (source, target, relation, status).
  static func graph(
    _ nodes: [(String, NodeKind, [String])], _ edges: [(String, String, Relation, Status)], doc: String = doc
  ) -> Multigraph {
    var builder = MultigraphBuilder(directed: true)
    var ids: [String: NodeID] = [:]
    for (name, kind, aliases) in nodes {
      ids[name] = builder.addNode(
        Node(key: EntityKey(kind: kind, name: name), label: name, kind: kind, aliases: aliases, documents: [doc]))
    }
    for (s, t, r, status) in edges {
      let evidence = Evidence(doc: doc, sentence: 0, start: 0, end: 1, text: "x")
      builder.addEdge(Edge(source: ids[s]!, target: ids[t]!, relation: r, status: status, evidence: [evidence]))
    }
    return builder.build()
  }

  static func gold(_ json: String) throws -> GoldDocument {
    try GoldDocument.parse(Data(json.utf8), defaultDoc: doc)
  }

  @Test func countsTruePositivesMissesAndFalsePositives() throws {
    let gold = try Self.gold(
      """
      {"entities": [{"name": "Acme", "type": "organization", "aliases": ["Acme Corp"]},
                    {"name": "Jane Doe", "type": "person", "aliases": ["Doe"]},
                    {"name": "Zeta", "type": "organization"}],
       "relations": [{"source": "Jane Doe", "target": "Acme", "type": "leads"},
                     {"source": "Acme", "target": "Zeta", "type": "acquires"}]}
      """)
    let g = Self.graph(
      [("ACME CORP", .organization, []), ("Doe", .person, []), ("Omega", .organization, [])],
      [("Doe", "ACME CORP", .leads, .asserted), ("Omega", "ACME CORP", .investsIn, .asserted)])
    let d = Evaluator.evaluate(g, against: gold)
    #expect(d.entities == Score(truePositives: 2, falsePositives: 1, falseNegatives: 1))
    #expect(d.missedEntities == ["Zeta (organization)"])
    #expect(d.spuriousEntities == ["Omega (organization)"])
    #expect(d.relations == Score(truePositives: 1, falsePositives: 1, falseNegatives: 1))
    #expect(d.missedRelations == ["Acme -[acquires]-> Zeta"])
    #expect(d.spuriousRelations == ["Omega -[invests_in]-> Acme"])
    #expect(abs(d.relations.precision - 0.5) < 1e-12 && abs(d.relations.recall - 0.5) < 1e-12)
  }

  @Test func entityKindMustAgree() throws {
    let gold = try Self.gold(#"{"entities": [{"name": "Stargate", "type": "project"}]}"#)
    let d = Evaluator.evaluate(Self.graph([("Stargate", .organization, [])], []), against: gold)
    #expect(d.entities == Score(truePositives: 0, falsePositives: 1, falseNegatives: 1))
  }

  @Test func symmetricTypesMatchEitherWayDirectedOnlyOneWay() throws {
    let gold = try Self.gold(
      """
      {"entities": [{"name": "A", "type": "organization"}, {"name": "B", "type": "organization"}],
       "relations": [{"source": "A", "target": "B", "type": "partners_with"},
                     {"source": "A", "target": "B", "type": "supplies"}]}
      """)
    let g = Self.graph(
      [("A", .organization, []), ("B", .organization, [])],
      [("B", "A", .partnersWith, .asserted), ("B", "A", .supplies, .asserted)])
    let d = Evaluator.evaluate(g, against: gold)
    #expect(d.relations == Score(truePositives: 1, falsePositives: 1, falseNegatives: 1))
    #expect(d.spuriousRelations == ["B -[supplies]-> A"])
  }

  @Test func altTypesAndAltTargetsAreAccepted() throws {
    let gold = try Self.gold(
      """
      {"entities": [{"name": "A", "type": "organization"}, {"name": "B", "type": "organization"},
                    {"name": "P", "type": "project"}],
       "relations": [{"source": "A", "target": "B", "type": "invests_in", "alt_types": ["acquires"]},
                     {"source": "A", "target": "B", "type": "develops", "alt_targets": ["P"]}]}
      """)
    let g = Self.graph(
      [("A", .organization, []), ("B", .organization, []), ("P", .project, [])],
      [("A", "B", .acquires, .asserted), ("A", "P", .develops, .asserted)])
    let d = Evaluator.evaluate(g, against: gold)
    #expect(d.relations == Score(truePositives: 2, falsePositives: 0, falseNegatives: 0))
  }

  @Test func optionalItemsCountNeitherWay() throws {
    let gold = try Self.gold(
      """
      {"entities": [{"name": "A", "type": "organization"}, {"name": "Berlin", "type": "place", "optional": true},
                    {"name": "C", "type": "organization", "optional": true}],
       "relations": [{"source": "A", "target": "Berlin", "type": "builds_in", "optional": true},
                     {"source": "A", "target": "C", "type": "owns", "optional": true}]}
      """)
    let g = Self.graph([("A", .organization, []), ("Berlin", .place, [])], [("A", "Berlin", .buildsIn, .asserted)])
    let d = Evaluator.evaluate(g, against: gold)
    #expect(d.entities == Score(truePositives: 1, falsePositives: 0, falseNegatives: 0))
    #expect(d.relations == Score())
    #expect(d.relations.f1 == 1)
  }

  @Test func mustNotItemsCountAgainstAndAreListed() throws {
    let gold = try Self.gold(
      """
      {"entities": [{"name": "A", "type": "organization"}, {"name": "B", "type": "organization"}],
       "must_not_entities": ["Teaserco"],
       "must_not_relations": [{"source": "A", "target": "B", "type": "acquires"},
                              {"source": "A", "target": "Teaserco", "type": "*"}]}
      """)
    let g = Self.graph(
      [("A", .organization, []), ("B", .organization, []), ("Teaserco", .organization, [])],
      [("A", "B", .acquires, .asserted), ("Teaserco", "A", .coOccurs, .asserted), ("Teaserco", "A", .competesWith, .asserted)])
    let d = Evaluator.evaluate(g, against: gold)
    #expect(d.mustNotHits.contains("entity Teaserco (organization)"))
    #expect(d.mustNotHits.contains("relation A -[acquires]-> B"))
    #expect(d.mustNotHits.contains("relation Teaserco -[competes_with]-> A"))
    #expect(d.entities.falsePositives == 1)
    #expect(d.relations.falsePositives == 2)
  }

  @Test func uncertainAndCoOccurrenceEdgesAreNotScored() throws {
    let gold = try Self.gold(
      """
      {"entities": [{"name": "A", "type": "organization"}, {"name": "B", "type": "organization"}],
       "must_not_relations": [{"source": "A", "target": "B", "type": "acquires"}]}
      """)
    let g = Self.graph(
      [("A", .organization, []), ("B", .organization, [])],
      [("A", "B", .acquires, .speculative), ("A", "B", .coOccurs, .asserted)])
    let d = Evaluator.evaluate(g, against: gold)
    #expect(d.relations == Score())
    #expect(d.mustNotHits.isEmpty)
  }

  @Test func edgesBelongToTheDocumentsOfTheirEvidence() throws {
    let gold = try Self.gold(
      """
      {"entities": [{"name": "A", "type": "organization"}, {"name": "B", "type": "organization"}],
       "relations": [{"source": "A", "target": "B", "type": "owns"}]}
      """)
    let g = Self.graph([("A", .organization, []), ("B", .organization, [])], [("A", "B", .owns, .asserted)], doc: "other.txt")
    let d = Evaluator.evaluate(g, against: gold)
    #expect(d.relations == Score(truePositives: 0, falsePositives: 0, falseNegatives: 1))
    #expect(d.entities.falseNegatives == 2)
  }

  @Test func malformedGoldNamesTheProblem() {
    #expect(throws: GoldError.self) { try GoldDocument.parse(Data("[1]".utf8), file: "x.json") }
    #expect(throws: GoldError.self) { try GoldDocument.parse(Data(#"{"entities": [{}]}"#.utf8), file: "x.json") }
  }

  // MARK: - Regression gate on the corpus

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test func corpusMeetsTheTargetsOfIssue2() throws {
    let goldFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Gold")
    let gold = try GoldDocument.loadAll(from: goldFolder)
    let corpus = Self.root.appendingPathComponent("corpus")
    let documents = try gold.map { try Document.load(contentsOf: corpus.appendingPathComponent($0.doc)) }
    let report = Evaluator.evaluate(try RuleBasedExtractor().extract(documents).graph, against: gold)
    #expect(report.entities.precision >= 0.95, "\(report.table())")
    #expect(report.entities.recall >= 0.95, "\(report.table())")
    #expect(report.relations.precision >= 0.90, "\(report.table())")
    #expect(report.relations.recall >= 0.85, "\(report.table())")
    #expect(report.mustNotHits.isEmpty, "\(report.table())")
  }
}
