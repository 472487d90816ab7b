import Foundation
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

  /// Reads an edge list held in memory.
  public static func graph(
    from bytes: [UInt8], file: String = "<input>", delimiter: Delimiter, directed: Bool = false
  ) throws -> Multigraph {
    guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else {
      throw FormatError.invalidGraph(file: file, message: "not valid UTF-8 text")
    }
    var lineCount = 1
    for byte in bytes where byte == UInt8(ascii: "\n") { lineCount += 1 }
    var reader = GraphAssembler(file: file, delimiter: delimiter, directed: directed, lineCount: lineCount)
    try bytes.withUnsafeBufferPointer { try reader.consume($0) }
    return try reader.finish()
  }

  /// Reads an edge list file in chunks of `chunkSize` bytes, twice: once to check that it is UTF-8
  /// and count its lines, once to parse it. Neither the file nor a `String` of it is held in memory,
  /// so reading takes the graph's own memory plus one chunk.
  ///
  /// Throws as `graph(from:…)`, and `FormatError.io` when the file cannot be read.
  public static func graph(
    contentsOf url: URL, file: String, delimiter: Delimiter, directed: Bool = false,
    chunkSize: Int = 1 << 20
  ) throws -> Multigraph {
    var validator = ChunkedUTF8Validation()
    var lineCount = 1
    try forEachChunk(of: url, file: file, chunkSize: chunkSize) { chunk in
      for byte in chunk where byte == UInt8(ascii: "\n") { lineCount += 1 }
      validator.consume(chunk)
    }
    guard validator.finish() else {
      throw FormatError.invalidGraph(file: file, message: "not valid UTF-8 text")
    }
    var reader = GraphAssembler(file: file, delimiter: delimiter, directed: directed, lineCount: lineCount)
    try forEachChunk(of: url, file: file, chunkSize: chunkSize) { try reader.consume($0) }
    return try reader.finish()
  }

  private static func forEachChunk(
    of url: URL, file: String, chunkSize: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    let handle: FileHandle
    do {
      handle = try FileHandle(forReadingFrom: url)
    } catch {
      throw FormatError.io(file: file, message: "cannot read: \(error.localizedDescription)")
    }
    defer { try? handle.close() }
    while true {
      let data: Data?
      do {
        data = try handle.read(upToCount: chunkSize)
      } catch {
        throw FormatError.io(file: file, message: "cannot read: \(error.localizedDescription)")
      }
      guard let data, !data.isEmpty else { return }
      try data.withUnsafeBytes { try body($0.bindMemory(to: UInt8.self)) }
    }
  }

  /// Turns records into a graph: finds the header, checks column counts, adds nodes and edges.
  private struct GraphAssembler {
    let file: String
    var records: EdgeListRecords
    var builder: MultigraphBuilder
    var header: [String]?
    var weightColumn: Int? = 2
    var columnCount: Int?

    init(file: String, delimiter: Delimiter, directed: Bool, lineCount: Int) {
      self.file = file
      records = EdgeListRecords(delimiter: delimiter, file: file)
      builder = MultigraphBuilder(directed: directed)
      // One edge per line at most: reserving that many avoids regrowing the edge arrays.
      builder.reserveCapacity(nodes: 0, edges: lineCount)
    }

    mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>) throws {
      var records = self.records
      defer { self.records = records }
      try records.consume(chunk) { try add(line: $0, fields: $1) }
    }

    mutating func finish() throws -> Multigraph {
      var records = self.records
      defer { self.records = records }
      try records.finish { try add(line: $0, fields: $1) }
      return builder.build()
    }

    private mutating func add(line lineNumber: Int, fields: [String]) throws {
      if header == nil && columnCount == nil && isHeader(fields) {
        header = fields.map { trimmed($0) }
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
      let s = trimmed(fields[0])
      let t = trimmed(fields[1])
      guard !s.isEmpty, !t.isEmpty else {
        throw FormatError.syntax(file: file, line: lineNumber, column: 1, message: "empty source or target")
      }
      let source = builder.nodeID(for: EntityKey(s)) ?? builder.addNode(Node(key: EntityKey(s), label: s))
      let target = builder.nodeID(for: EntityKey(t)) ?? builder.addNode(Node(key: EntityKey(t), label: t))
      var edge = Edge(source: source, target: target)
      for (index, field) in fields.enumerated().dropFirst(2) {
        let value = trimmed(field)
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
  }

  /// `field` without leading and trailing `CharacterSet.whitespaces`; ASCII fields (space and tab
  /// are that set's only ASCII members) without going through Foundation.
  static func trimmed(_ field: String) -> String {
    let utf8 = field.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return field.trimmingCharacters(in: .whitespaces) }
    let isBlank = { (b: UInt8) in b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }
    guard let first = utf8.firstIndex(where: { !isBlank($0) }),
      let last = utf8.lastIndex(where: { !isBlank($0) })
    else { return "" }
    if first == utf8.startIndex && utf8.index(after: last) == utf8.endIndex { return field }
    return String(field[first...last])
  }

  fileprivate static func column(of index: Int, in fields: [String]) -> Int {
    fields.prefix(index).reduce(1) { $0 + $1.count + 1 }
  }

  fileprivate static func isHeader(_ fields: [String]) -> Bool {
    let names = fields.map { trimmed($0).lowercased() }
    if names.count >= 2, ["source", "u", "from", "src"].contains(names[0]), ["target", "v", "to", "dst"].contains(names[1]) {
      return true
    }
    return names.count >= 3 && Double(names[2]) == nil && names.contains("weight")
  }
}
