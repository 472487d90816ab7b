import GeflechtCore

/// Reads an edge list: one edge per line, `source, target[, weight]`.
///
/// - Delimiter: `,` for CSV (RFC 4180 quoting with `"`), tab for TSV, runs of blanks for plain edge
///   lists (`.edgelist`, `.txt`).
/// - A first line whose third field is not a number, or whose first two fields are `source`/`target`
///   (any case; also Gephi's `Source`/`Target`, NetworkX's `u`/`v`), is a header; a `weight` column is
///   then found by name, and further columns become edge attributes.
/// - Blank lines and lines starting with `#` are skipped.
/// - The graph is undirected unless `directed` is true, as NetworkX's `read_edgelist` makes a `Graph`.
///
/// Errors name the file and line: wrong column counts, non-numeric or non-finite weights.
/// Complexity: O(size of the file).
public enum EdgeListReader {
  public enum Delimiter: Sendable { case comma, tab, whitespace }

  public static func graph(
    from bytes: [UInt8], file: String = "<input>", delimiter: Delimiter, directed: Bool = false
  ) throws -> Multigraph {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw FormatError.invalidGraph(file: file, message: "not valid UTF-8 text")
    }
    var builder = MultigraphBuilder(directed: directed)
    // One edge per line at most: reserving that many avoids regrowing the edge arrays.
    var lineCount = 1
    for byte in bytes where byte == UInt8(ascii: "\n") { lineCount += 1 }
    builder.reserveCapacity(nodes: 0, edges: lineCount)
    var header: [String]?
    var weightColumn: Int? = 2
    var columnCount: Int?
    try records(text, delimiter: delimiter, file: file) { record in
      let lineNumber = record.line
      let fields = record.fields
      if header == nil && columnCount == nil && isHeader(fields) {
        header = fields.map { $0.trimmingCharacters(in: .whitespaces) }
        weightColumn = header!.firstIndex { $0.lowercased() == "weight" }
        columnCount = fields.count
        return
      }
      if columnCount == nil { columnCount = fields.count }
      guard fields.count >= 2 else {
        throw FormatError.syntax(file: file, line: lineNumber, column: 1, message: "expected at least 2 columns (source, target), found \(fields.count)")
      }
      guard fields.count == columnCount! else {
        throw FormatError.syntax(file: file, line: lineNumber, column: 1, message: "expected \(columnCount!) columns like the first row, found \(fields.count)")
      }
      let s = fields[0].trimmingCharacters(in: .whitespaces)
      let t = fields[1].trimmingCharacters(in: .whitespaces)
      guard !s.isEmpty, !t.isEmpty else {
        throw FormatError.syntax(file: file, line: lineNumber, column: 1, message: "empty source or target")
      }
      let source = builder.nodeID(for: EntityKey(s)) ?? builder.addNode(Node(key: EntityKey(s), label: s))
      let target = builder.nodeID(for: EntityKey(t)) ?? builder.addNode(Node(key: EntityKey(t), label: t))
      var edge = Edge(source: source, target: target)
      for (index, field) in fields.enumerated().dropFirst(2) {
        let value = field.trimmingCharacters(in: .whitespaces)
        if index == weightColumn {
          guard let w = Double(value), w.isFinite else {
            throw FormatError.syntax(file: file, line: lineNumber, column: column(of: index, in: fields), message: "weight \"\(value)\" is not a finite number")
          }
          edge.weight = w
        } else if let header {
          edge.attributes[header[index]] = Double(value).map { .number($0) } ?? .string(value)
        } else {
          edge.attributes["column\(index + 1)"] = Double(value).map { .number($0) } ?? .string(value)
        }
      }
      builder.addEdge(edge)
    }
    return builder.build()
  }

  private static func column(of index: Int, in fields: [String]) -> Int {
    fields.prefix(index).reduce(1) { $0 + $1.count + 1 }
  }

  private static func isHeader(_ fields: [String]) -> Bool {
    let names = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    if names.count >= 2, ["source", "u", "from", "src"].contains(names[0]), ["target", "v", "to", "dst"].contains(names[1]) {
      return true
    }
    return names.count >= 3 && Double(names[2]) == nil && names.contains("weight")
  }

  struct Record {
    var line: Int
    var fields: [String]
  }

  /// Splits the text into records with the line each starts on, skipping blank lines and `#` comments,
  /// and hands each to `body` as soon as it is complete (so memory stays bounded by one record).
  /// CSV fields in quotes may hold delimiters, doubled quotes and line breaks.
  static func records(_ text: String, delimiter: Delimiter, file: String, _ body: (Record) throws -> Void) throws {
    var scalars = Substring(text).unicodeScalars[...]
    if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
    var line = 1
    var recordLine = 1
    var fields: [String] = []
    var current = String.UnicodeScalarView()
    var inQuotes = false
    var fieldStarted = false
    var quoteLine = 0
    var quoteColumn = 0
    var column = 0
    func endRecord() throws {
      fields.append(String(current))
      current = String.UnicodeScalarView()
      let joined = fields.joined()
      let trimmed = joined.trimmingCharacters(in: .whitespaces)
      if !(fields.count == 1 && (trimmed.isEmpty || trimmed.hasPrefix("#"))) {
        var cleaned = fields
        if delimiter == .whitespace {
          cleaned = fields.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        }
        if !(cleaned.isEmpty) { try body(Record(line: recordLine, fields: cleaned)) }
      }
      fields = []
      fieldStarted = false
    }
    var iterator = scalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? iterator.next() {
      pending = nil
      column += 1
      if inQuotes {
        if scalar == "\"" {
          let next = iterator.next()
          if next == "\"" {
            current.append("\"")
            column += 1
          } else {
            inQuotes = false
            pending = next
          }
        } else {
          if scalar == "\n" {
            line += 1
            column = 0
          }
          current.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\n":
        if current.last == "\r" { current.removeLast() }
        try endRecord()
        line += 1
        column = 0
        recordLine = line
      case "\"" where delimiter == .comma && !fieldStarted:
        inQuotes = true
        fieldStarted = true
        quoteLine = line
        quoteColumn = column
        current = String.UnicodeScalarView()
      case "," where delimiter == .comma, "\t" where delimiter == .tab:
        fields.append(String(current))
        current = String.UnicodeScalarView()
        fieldStarted = false
      default:
        if scalar != " " { fieldStarted = true }
        current.append(scalar)
      }
    }
    if inQuotes {
      throw FormatError.syntax(file: file, line: quoteLine, column: quoteColumn, message: "unterminated quoted field")
    }
    if !current.isEmpty || !fields.isEmpty { try endRecord() }
  }
}
