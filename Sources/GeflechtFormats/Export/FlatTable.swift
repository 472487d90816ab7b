import Foundation
import GeflechtCore

/// Nodes or edges flattened into typed columns, the shape every tabular and XML exporter writes.
/// Lists become `|`-joined strings, evidence becomes its node-link JSON text, and free attributes get
/// a column each, typed `double` or `boolean` when every value agrees and `string` otherwise.
struct FlatTable {
  enum ColumnType: String { case string, double, boolean }

  struct Column {
    var name: String
    var type: ColumnType
  }

  var columns: [Column] = []
  var rows: [[AttributeValue?]] = []

  /// Node columns: label, kind, aliases, documents, then free attributes sorted by name.
  static func nodes(of graph: Multigraph) -> FlatTable {
    var table = FlatTable()
    let free = freeColumns(graph.nodes.map(\.attributes), reserved: ["id", "label", "kind", "aliases", "documents"])
    table.columns = [
      Column(name: "label", type: .string), Column(name: "kind", type: .string),
      Column(name: "aliases", type: .string), Column(name: "documents", type: .string),
    ] + free
    for node in graph.nodes {
      var row: [AttributeValue?] = [
        .string(node.label), node.kind.map { .string($0.rawValue) },
        .string(node.aliases.joined(separator: "|")), .string(node.documents.joined(separator: "|")),
      ]
      row += free.map { column in node.attributes[column.name].map { coerce($0, to: column.type) } }
      table.rows.append(row)
    }
    return table
  }

  /// Edge columns: key, relation, status, weight, weight components (`weight_<name>`), evidence, amount
  /// (exact decimal text), currency, amount_qualifier, date, role, then free attributes.
  static func edges(of graph: Multigraph) -> FlatTable {
    var table = FlatTable()
    let components = Set(graph.edges.flatMap(\.weightComponents.keys)).sorted()
    let hasAmount = graph.edges.contains { $0.amount != nil }
    let hasDate = graph.edges.contains { $0.date != nil }
    let hasRole = graph.edges.contains { $0.role != nil }
    let reserved: Set<String> = Set(["source", "target", "key", "relation", "status", "weight", "evidence", "amount", "currency", "amount_qualifier", "date", "role"] + components.map { "weight_" + $0 })
    let free = freeColumns(graph.edges.map(\.attributes), reserved: reserved)
    table.columns = [
      Column(name: "key", type: .string), Column(name: "relation", type: .string),
      Column(name: "status", type: .string), Column(name: "weight", type: .double),
    ]
    table.columns += components.map { Column(name: "weight_" + $0, type: .double) }
    table.columns.append(Column(name: "evidence", type: .string))
    if hasAmount {
      table.columns += [Column(name: "amount", type: .string), Column(name: "currency", type: .string), Column(name: "amount_qualifier", type: .string)]
    }
    if hasDate { table.columns.append(Column(name: "date", type: .string)) }
    if hasRole { table.columns.append(Column(name: "role", type: .string)) }
    table.columns += free
    for edge in graph.edges {
      var row: [AttributeValue?] = [
        .string(edge.key), edge.relation.map { .string($0.rawValue) }, .string(edge.status.rawValue),
        .number(edge.weight),
      ]
      row += components.map { name in edge.weightComponents[name].map { .number($0) } }
      row.append(.string(evidenceJSON(edge.evidence)))
      if hasAmount {
        row += [
          edge.amount.map { .string(NSDecimalNumber(decimal: $0.value).stringValue) },
          edge.amount.map { .string($0.currency) }, edge.amount?.qualifier.map { .string($0) },
        ]
      }
      if hasDate { row.append(edge.date.map { .string($0) }) }
      if hasRole { row.append(edge.role.map { .string($0) }) }
      row += free.map { column in edge.attributes[column.name].map { coerce($0, to: column.type) } }
      table.rows.append(row)
    }
    return table
  }

  /// Evidence as compact JSON: `[{"doc": …, "sentence": …, "start": …, "end": …, "text": …}]`.
  static func evidenceJSON(_ evidence: [Evidence]) -> String {
    var out = "["
    for (i, e) in evidence.enumerated() {
      if i > 0 { out += ", " }
      out += "{\"doc\": "
      JSONWriter.writeString(e.doc, into: &out)
      out += ", \"sentence\": \(e.sentence), \"start\": \(e.start), \"end\": \(e.end), \"text\": "
      JSONWriter.writeString(e.text, into: &out)
      out += "}"
    }
    return out + "]"
  }

  private static func freeColumns(_ attributes: [[String: AttributeValue]], reserved: Set<String>) -> [Column] {
    var types: [String: ColumnType] = [:]
    for dictionary in attributes {
      for (name, value) in dictionary where !reserved.contains(name) {
        let type: ColumnType
        switch value {
        case .number: type = .double
        case .bool: type = .boolean
        case .string: type = .string
        }
        if let existing = types[name], existing != type { types[name] = .string } else if types[name] == nil { types[name] = type }
      }
    }
    return types.keys.sorted().map { Column(name: $0, type: types[$0]!) }
  }

  private static func coerce(_ value: AttributeValue, to type: ColumnType) -> AttributeValue {
    type == .string ? .string(value.description) : value
  }
}

extension AttributeValue {
  /// The value as text for files: shortest round-trip form for numbers.
  var exportText: String {
    switch self {
    case .string(let s): s
    case .bool(let b): b ? "true" : "false"
    case .number(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) + ".0" : String(d)
    }
  }
}
