import Foundation
import GeflechtCore

/// Small graphs with hostile names for the writer tests.
enum Samples {
  static let hostileNames = [
    "Stadtwerke Köln GmbH", "Straße & Söhne \"AG\"", "back\\slash\\", "line\nbreak", "<script>alert(1)</script>",
    "ends with \\", "quote \\\" inside", "\\N and \\G", "]]> cdata", "rtl \u{200F}mark", "emoji 🚀", "tab\there",
  ]

  /// Two organisations, a person and a project, with three parallel edges between the first two.
  static func news() -> Multigraph {
    var b = MultigraphBuilder()
    let ms = b.addNode(Node(key: "org:microsoft", label: "Microsoft", kind: .organization, aliases: ["Microsofts"], documents: ["a.txt", "b.txt"]))
    let oa = b.addNode(Node(key: "org:openai", label: "OpenAI", kind: .organization, documents: ["a.txt"]))
    let sa = b.addNode(Node(key: "person:sam-altman", label: "Sam Altman", kind: .person, aliases: ["Altman"], documents: ["a.txt"]))
    let az = b.addNode(Node(key: "project:azure", label: "Azure", kind: .project, documents: ["b.txt"]))
    let ev = Evidence(doc: "a.txt", sentence: 0, start: 0, end: 40, text: "Microsoft investiert in OpenAI – „viel“.")
    b.addEdge(Edge(source: ms, target: oa, relation: .investsIn, weight: 2.5, weightComponents: ["sentences": 1, "amount": 1.5], evidence: [ev], amount: Amount(value: Decimal(string: "10000000000")!, currency: "USD", qualifier: "bis zu", text: "bis zu 10 Milliarden Dollar"), date: "2023-01"))
    b.addEdge(Edge(source: ms, target: oa, relation: .partnersWith, evidence: [ev]))
    b.addEdge(Edge(source: ms, target: oa, relation: .coOccurs, evidence: [ev]))
    b.addEdge(Edge(source: sa, target: oa, relation: .leads, status: .asserted, evidence: [ev], role: "CEO"))
    b.addEdge(Edge(source: ms, target: az, relation: .develops, status: .planned, weight: 0.5, evidence: [ev]))
    return b.build()
  }

  /// One node per hostile name, in a cycle.
  static func hostile() -> Multigraph {
    var b = MultigraphBuilder()
    let ids = hostileNames.enumerated().map { i, name in
      b.addNode(Node(key: EntityKey("k\(i):\(name)"), label: name, kind: .organization, aliases: [name + " alias"]))
    }
    for (i, id) in ids.enumerated() {
      let next = ids[(i + 1) % ids.count]
      let text = hostileNames[i] + " → " + hostileNames[(i + 1) % ids.count]
      b.addEdge(Edge(source: id, target: next, key: hostileNames[i], relation: .partnersWith,
                     evidence: [Evidence(doc: "x.txt", sentence: i, start: 0, end: text.unicodeScalars.count, text: text)],
                     role: hostileNames[i]))
    }
    return b.build()
  }
}
