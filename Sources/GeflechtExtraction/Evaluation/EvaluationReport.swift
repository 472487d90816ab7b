import Foundation

/// True positives, false positives and false negatives, with the measures derived from them.
public struct Score: Sendable, Hashable {
  public var truePositives = 0
  public var falsePositives = 0
  public var falseNegatives = 0

  public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
  }

  /// tp / (tp + fp); 1 when nothing was predicted.
  public var precision: Double {
    truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
  }
  /// tp / (tp + fn); 1 when the gold holds nothing.
  public var recall: Double {
    truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
  }
  /// The harmonic mean of precision and recall.
  public var f1: Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }

  static func + (a: Score, b: Score) -> Score {
    Score(
      truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
      falseNegatives: a.falseNegatives + b.falseNegatives)
  }
}

/// The scores of one document and every item that went wrong.
public struct DocumentEvaluation: Sendable, Hashable {
  public var doc: String
  public var entities = Score()
  public var relations = Score()
  public var missedEntities: [String] = []
  public var spuriousEntities: [String] = []
  public var missedRelations: [String] = []
  public var spuriousRelations: [String] = []
  /// Must-not entities and relations that were extracted (also counted as false positives).
  public var mustNotHits: [String] = []

  public init(doc: String) { self.doc = doc }
}

/// Per-document and overall (micro-averaged) scores.
public struct EvaluationReport: Sendable, Hashable {
  public var documents: [DocumentEvaluation]

  public init(documents: [DocumentEvaluation]) { self.documents = documents }

  public var entities: Score { documents.map(\.entities).reduce(Score(), +) }
  public var relations: Score { documents.map(\.relations).reduce(Score(), +) }
  public var mustNotHits: [String] { documents.flatMap { d in d.mustNotHits.map { "\(d.doc): \($0)" } } }

  /// A plain-text table followed by every miss, false positive and must-not hit.
  public func table() -> String {
    func row(_ name: String, _ e: Score, _ r: Score) -> String {
      func cell(_ s: Score) -> String {
        String(format: "%.2f  %.2f  %.2f  %3d %3d %3d", s.precision, s.recall, s.f1, s.truePositives, s.falsePositives, s.falseNegatives)
      }
      return name.padding(toLength: 28, withPad: " ", startingAt: 0) + "  " + cell(e) + "   " + cell(r)
    }
    var lines = [
      "".padding(toLength: 28, withPad: " ", startingAt: 0) + "  entities                         relations",
      "document".padding(toLength: 28, withPad: " ", startingAt: 0)
        + "  P     R     F1     tp  fp  fn   P     R     F1     tp  fp  fn",
    ]
    for d in documents { lines.append(row(d.doc, d.entities, d.relations)) }
    lines.append(row("overall", entities, relations))
    for d in documents {
      let sections: [(String, [String])] = [
        ("missed entity", d.missedEntities), ("false entity", d.spuriousEntities),
        ("missed relation", d.missedRelations), ("false relation", d.spuriousRelations), ("MUST-NOT", d.mustNotHits),
      ]
      guard sections.contains(where: { !$0.1.isEmpty }) else { continue }
      lines.append("")
      lines.append("\(d.doc):")
      for (label, items) in sections { for item in items { lines.append("  \(label): \(item)") } }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The report as a JSON object (keys sorted).
  public func json() -> String {
    func score(_ s: Score) -> [String: Any] {
      [
        "precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.truePositives, "fp": s.falsePositives,
        "fn": s.falseNegatives,
      ]
    }
    let object: [String: Any] = [
      "overall": ["entities": score(entities), "relations": score(relations), "must_not_hits": mustNotHits],
      "documents": documents.map { d in
        [
          "doc": d.doc, "entities": score(d.entities), "relations": score(d.relations),
          "missed_entities": d.missedEntities, "false_entities": d.spuriousEntities,
          "missed_relations": d.missedRelations, "false_relations": d.spuriousRelations, "must_not_hits": d.mustNotHits,
        ] as [String: Any]
      },
    ]
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
