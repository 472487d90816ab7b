import Foundation
import GeflechtCore

/// Scores an extracted graph against gold annotations.
///
/// Per gold document, the predicted entities are the nodes whose `documents` name it; a node matches a
/// gold entity when one of its names (label or alias) equals one of the entity's names, ignoring case,
/// and the kinds agree. The predicted relations are the typed edges (not `co_occurs`, not negated or
/// speculative) with at least one evidence entry from the document, with each endpoint named by the gold
/// entity it matches. A gold relation is found when an edge has its source, one of its targets
/// (`target` or `alt_targets`) and one of its types (`type` or `alt_types`); symmetric types match
/// either way round. Optional gold items count neither way; a predicted item that matches a must-not
/// entry counts as a false positive and is listed as a must-not hit. Totals are micro-averaged.
public enum Evaluator {
  public static func evaluate(_ graph: Multigraph, against gold: [GoldDocument]) -> EvaluationReport {
    EvaluationReport(documents: gold.sorted { $0.doc < $1.doc }.map { evaluate(graph, against: $0) })
  }

  public static func evaluate(_ graph: Multigraph, against gold: GoldDocument) -> DocumentEvaluation {
    var result = DocumentEvaluation(doc: gold.doc)
    let nodes = graph.nodes.filter { $0.documents.contains(gold.doc) && $0.kind != nil }
    scoreEntities(nodes, gold, &result)
    scoreRelations(graph, gold, &result)
    return result
  }

  // MARK: - Entities

  private static func fold(_ s: String) -> String { s.precomposedStringWithCanonicalMapping.lowercased() }

  private static func matches(_ node: Node, _ entity: GoldEntity) -> Bool {
    guard node.kind?.rawValue == entity.kind else { return false }
    let names = Set(node.names.map(fold))
    return entity.names.contains { names.contains(fold($0)) }
  }

  private static func scoreEntities(_ nodes: [Node], _ gold: GoldDocument, _ result: inout DocumentEvaluation) {
    for entity in gold.entities where !entity.isOptional {
      if nodes.contains(where: { matches($0, entity) }) {
        result.entities.truePositives += 1
      } else {
        result.entities.falseNegatives += 1
        result.missedEntities.append("\(entity.name) (\(entity.kind))")
      }
    }
    let forbidden = Set(gold.mustNotEntities.map(fold))
    for node in nodes.sorted(by: { $0.key < $1.key }) {
      let label = "\(node.label) (\(node.kind!.rawValue))"
      if node.names.contains(where: { forbidden.contains(fold($0)) }) {
        result.entities.falsePositives += 1
        result.mustNotHits.append("entity \(label)")
      } else if !gold.entities.contains(where: { matches(node, $0) }) {
        result.entities.falsePositives += 1
        result.spuriousEntities.append(label)
      }
    }
  }

  // MARK: - Relations

  private struct Triple: Hashable {
    let source: String
    let target: String
    let type: String
    var description: String { "\(source) -[\(type)]-> \(target)" }
  }

  /// The gold name of a node in this document, or its own label when the gold does not know it.
  private static func goldName(_ node: Node, _ gold: GoldDocument) -> String {
    if let entity = gold.entities.first(where: { matches(node, $0) }) { return entity.name }
    let names = Set(node.names.map(fold))
    if let forbidden = gold.mustNotEntities.first(where: { names.contains(fold($0)) }) { return forbidden }
    return node.label
  }

  private static func matches(_ p: Triple, _ g: GoldRelation) -> Bool {
    let anyType = g.type == "*"
    guard anyType || g.types.contains(p.type) else { return false }
    let targets = Set(g.targets.map(fold))
    let source = fold(g.source)
    if fold(p.source) == source && targets.contains(fold(p.target)) { return true }
    let symmetric = anyType || Relation(rawValue: p.type)?.isSymmetric == true
    return symmetric && fold(p.target) == source && targets.contains(fold(p.source))
  }

  private static func scoreRelations(_ graph: Multigraph, _ gold: GoldDocument, _ result: inout DocumentEvaluation) {
    var predicted = Set<Triple>()
    for edge in graph.edges {
      guard let relation = edge.relation, relation != .coOccurs, edge.status.isIncludedByDefault,
        edge.evidence.contains(where: { $0.doc == gold.doc })
      else { continue }
      let source = goldName(graph.node(edge.source), gold)
      let target = goldName(graph.node(edge.target), gold)
      predicted.insert(Triple(source: source, target: target, type: relation.rawValue))
    }
    for relation in gold.relations where !relation.isOptional {
      if predicted.contains(where: { matches($0, relation) }) {
        result.relations.truePositives += 1
      } else {
        result.relations.falseNegatives += 1
        result.missedRelations.append(Triple(source: relation.source, target: relation.target, type: relation.type).description)
      }
    }
    for p in predicted.sorted(by: { $0.description < $1.description }) {
      if gold.mustNotRelations.contains(where: { matches(p, $0) }) {
        result.relations.falsePositives += 1
        result.mustNotHits.append("relation \(p.description)")
      } else if !gold.relations.contains(where: { matches(p, $0) }) {
        result.relations.falsePositives += 1
        result.spuriousRelations.append(p.description)
      }
    }
  }
}
