import GeflechtCore

/// A Cypher script that loads the graph into Neo4j and can be re-run without duplicating anything:
/// a uniqueness constraint on `:Entity(id)`, then `MERGE` of every node by id and of every
/// relationship by its endpoints, type and key. All text is written as escaped single-quoted string
/// literals; labels and relationship types come from the fixed ontology, never from the text.
///
/// Run it with `cypher-shell -u neo4j -p … -f geflecht.cypher`.
public enum CypherWriter {
  public static func string(from graph: Multigraph) -> String {
    var out = "// Geflecht graph for Neo4j: cypher-shell -f this-file. Safe to re-run (MERGE).\n"
    out += "CREATE CONSTRAINT geflecht_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n"
    for node in graph.nodes {
      out += "MERGE (n:Entity {id: \(literal(node.key.rawValue))})"
      if let kind = node.kind { out += " SET n:\(label(for: kind))" }
      out += node.kind == nil ? " SET " : ", "
      var properties = ["n.label = \(literal(node.label))"]
      if let kind = node.kind { properties.append("n.kind = \(literal(kind.rawValue))") }
      properties.append("n.aliases = [\(node.aliases.map(literal).joined(separator: ", "))]")
      properties.append("n.documents = [\(node.documents.map(literal).joined(separator: ", "))]")
      for (name, value) in node.attributes.sorted(by: { $0.key < $1.key }) {
        properties.append("n.\(propertyName(name)) = \(literal(value))")
      }
      out += properties.joined(separator: ", ") + ";\n"
    }
    for edge in graph.edges {
      let type = relationshipType(edge.relation)
      out += "MATCH (a:Entity {id: \(literal(graph.node(edge.source).key.rawValue))}), "
      out += "(b:Entity {id: \(literal(graph.node(edge.target).key.rawValue))}) "
      out += "MERGE (a)-[r:\(type) {key: \(literal(edge.key))}]->(b) SET "
      var properties = [
        "r.relation = \(literal(edge.relation?.rawValue ?? ""))", "r.status = \(literal(edge.status.rawValue))",
        "r.weight = \(literal(.number(edge.weight)))",
        "r.evidence = \(literal(FlatTable.evidenceJSON(edge.evidence)))",
        "r.evidence_text = [\(edge.evidence.map { literal($0.text) }.joined(separator: ", "))]",
        "r.documents = [\(edge.evidence.map { literal($0.doc) }.joined(separator: ", "))]",
      ]
      for (name, value) in edge.weightComponents.sorted(by: { $0.key < $1.key }) {
        properties.append("r.weight_\(propertyName(name)) = \(literal(.number(value)))")
      }
      if let amount = edge.amount {
        properties.append("r.amount = \(literal(.string("\(amount.value)")))")
        properties.append("r.currency = \(literal(amount.currency))")
        if let q = amount.qualifier { properties.append("r.amount_qualifier = \(literal(q))") }
      }
      if let date = edge.date { properties.append("r.date = \(literal(date))") }
      if let role = edge.role { properties.append("r.role = \(literal(role))") }
      for (name, value) in edge.attributes.sorted(by: { $0.key < $1.key }) {
        properties.append("r.\(propertyName(name)) = \(literal(value))")
      }
      out += properties.joined(separator: ", ") + ";\n"
    }
    return out
  }

  /// `Organization`, `Person`, `Project`, `Place`.
  static func label(for kind: NodeKind) -> String { kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst() }

  /// `INVESTS_IN`; `RELATED` for edges without an ontology relation.
  static func relationshipType(_ relation: Relation?) -> String { relation?.rawValue.uppercased() ?? "RELATED" }

  /// A property name Cypher accepts unquoted, or the name in backticks with backticks doubled.
  static func propertyName(_ name: String) -> String {
    let simple = !name.isEmpty && name.unicodeScalars.allSatisfy {
      ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "_"
    } && !(name.first!.isNumber)
    return simple ? name : "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
  }

  static func literal(_ value: AttributeValue) -> String {
    switch value {
    case .string(let s): literal(s)
    case .bool(let b): b ? "true" : "false"
    case .number(let d): d.isFinite ? value.exportText : "null"
    }
  }

  /// A single-quoted Cypher string literal: backslash, quotes and control characters escaped.
  static func literal(_ text: String) -> String {
    var out = "'"
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "'": out += "\\'"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "'"
  }
}

/// CSV files for `neo4j-admin database import full`: `nodes.csv` with `id:ID`, `:LABEL` and typed
/// property columns, and `relationships.csv` with `:START_ID`, `:END_ID`, `:TYPE`. Lists use `;`,
/// Neo4j's default array delimiter.
public enum Neo4jImportTables {
  public static func nodes(of graph: Multigraph) -> String {
    let table = FlatTable.nodes(of: graph)
    var csv = CSVWriter()
    let header = table.columns.map { column -> String in
      switch column.name {
      case "aliases", "documents": return "\(column.name):string[]"
      default: return column.name + neo4jType(column.type)
      }
    }
    csv.row(["id:ID"] + header + [":LABEL"])
    for (index, node) in graph.nodes.enumerated() {
      var fields = [node.key.rawValue]
      for (i, value) in table.rows[index].enumerated() {
        switch table.columns[i].name {
        case "aliases": fields.append(node.aliases.joined(separator: ";"))
        case "documents": fields.append(node.documents.joined(separator: ";"))
        default: fields.append(value?.exportText ?? "")
        }
      }
      fields.append((["Entity"] + (node.kind.map { [CypherWriter.label(for: $0)] } ?? [])).joined(separator: ";"))
      csv.row(fields)
    }
    return csv.text
  }

  public static func relationships(of graph: Multigraph) -> String {
    let table = FlatTable.edges(of: graph)
    var csv = CSVWriter()
    csv.row([":START_ID", ":END_ID", ":TYPE"] + table.columns.map { $0.name + neo4jType($0.type) })
    for (index, edge) in graph.edges.enumerated() {
      csv.row(
        [graph.node(edge.source).key.rawValue, graph.node(edge.target).key.rawValue, CypherWriter.relationshipType(edge.relation)]
          + table.rows[index].map { $0?.exportText ?? "" })
    }
    return csv.text
  }

  private static func neo4jType(_ type: FlatTable.ColumnType) -> String {
    switch type {
    case .string: ""
    case .double: ":double"
    case .boolean: ":boolean"
    }
  }
}
