import Foundation
import GeflechtCore

/// Graph file formats Geflecht reads.
public enum GraphInputFormat: String, CaseIterable, Sendable {
  case json, dot, graphml, gexf, csv, tsv, edgelist

  /// The format a file name suggests: `.json` node-link JSON, `.dot`/`.gv` DOT, `.graphml`, `.gexf`,
  /// `.csv`, `.tsv`, and `.edgelist`/`.edges`/`.txt` for whitespace-separated edge lists.
  public init?(fileName: String) {
    switch (fileName as NSString).pathExtension.lowercased() {
    case "json": self = .json
    case "dot", "gv": self = .dot
    case "graphml", "xml": self = .graphml
    case "gexf": self = .gexf
    case "csv": self = .csv
    case "tsv", "tab": self = .tsv
    case "edgelist", "edges", "txt", "el": self = .edgelist
    default: return nil
    }
  }

  static let expectedDescription =
    "a .json (node-link), .dot/.gv, .graphml, .gexf, .csv, .tsv or .edgelist file (or pass --input-format)"
}

/// Limits that keep a hostile file from exhausting Graphviz's parser: cgraph parses very long lines
/// in quadratic time and leaves a corrupt state behind after about 9,000 nested subgraphs
/// (GRAPHVIZ_NOTES.md, section 10).
public struct ImportLimits: Sendable {
  /// The longest line accepted in a DOT file, in bytes.
  public var maxLineLength: Int
  /// The deepest nesting of `{ … }` accepted in a DOT file.
  public var maxDepth: Int

  public init(maxLineLength: Int = 1 << 20, maxDepth: Int = 1000) {
    self.maxLineLength = maxLineLength
    self.maxDepth = maxDepth
  }

  /// Checks DOT text against the limits before cgraph sees it. Braces inside quoted strings and
  /// comments do not count. O(size of the text).
  func check(dot bytes: [UInt8], file: String) throws {
    var line = 1
    var lineStart = 0
    var depth = 0
    var inString = false
    var escaped = false
    var inLineComment = false
    var inBlockComment = false
    var previous: UInt8 = 0
    for (i, b) in bytes.enumerated() {
      if b == 0x0A {
        if i - lineStart > maxLineLength {
          throw FormatError.syntax(
            file: file, line: line, column: maxLineLength + 1,
            message: "line is \(i - lineStart) bytes long, above the limit of \(maxLineLength); raise it with --max-line-length")
        }
        line += 1
        lineStart = i + 1
        inLineComment = false
        previous = b
        continue
      }
      defer { previous = b }
      if inLineComment { continue }
      if inBlockComment {
        if previous == UInt8(ascii: "*") && b == UInt8(ascii: "/") { inBlockComment = false }
        continue
      }
      if inString {
        if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
        continue
      }
      switch b {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "/") where previous == UInt8(ascii: "/"): inLineComment = true
      case UInt8(ascii: "*") where previous == UInt8(ascii: "/"): inBlockComment = true
      case UInt8(ascii: "{"):
        depth += 1
        if depth > maxDepth {
          throw FormatError.syntax(
            file: file, line: line, column: i - lineStart + 1,
            message: "subgraphs nested deeper than \(maxDepth) levels; raise the limit with --max-depth")
        }
      case UInt8(ascii: "}"): depth -= 1
      default: break
      }
    }
    if bytes.count - lineStart > maxLineLength {
      throw FormatError.syntax(
        file: file, line: line, column: maxLineLength + 1,
        message: "line is \(bytes.count - lineStart) bytes long, above the limit of \(maxLineLength); raise it with --max-line-length")
    }
  }
}

/// Reads any supported graph file into a `Multigraph`.
public enum GraphFile {
  /// Files above this size are refused unless the caller raises the limit.
  public static let defaultMaxBytes = 512 * 1024 * 1024

  /// Reads `url` in `format` (default: by extension). Edge lists are undirected unless
  /// `directedEdgeList` is true.
  public static func read(
    _ url: URL, format: GraphInputFormat? = nil, maxBytes: Int = defaultMaxBytes,
    directedEdgeList: Bool = false, limits: ImportLimits = .init()
  ) throws -> Multigraph {
    let name = url.path
    guard let format = format ?? GraphInputFormat(fileName: url.lastPathComponent) else {
      throw FormatError.unsupportedFormat(file: name, expected: GraphInputFormat.expectedDescription)
    }
    let bytes: [UInt8]
    do {
      let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
      if let size = attributes[.size] as? Int, size > maxBytes {
        throw FormatError.io(file: name, message: "is \(size) bytes, above the limit of \(maxBytes) bytes")
      }
      // Converted at once, so that the `Data` is freed before parsing starts.
      bytes = [UInt8](try Data(contentsOf: url))
    } catch let error as FormatError {
      throw error
    } catch {
      throw FormatError.io(file: name, message: "cannot read: \(error.localizedDescription)")
    }
    return try read(bytes: bytes, name: name, format: format, directedEdgeList: directedEdgeList, limits: limits)
  }

  /// Reads a graph from bytes already in memory (standard input, say); `name` appears in errors.
  public static func read(
    bytes: [UInt8], name: String, format: GraphInputFormat, directedEdgeList: Bool = false,
    limits: ImportLimits = .init()
  ) throws -> Multigraph {
    switch format {
    case .json:
      return try NodeLinkJSON.graph(from: bytes, file: name)
    case .dot:
      if bytes.isEmpty { throw FormatError.invalidGraph(file: name, message: "the file is empty") }
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw FormatError.invalidGraph(file: name, message: "not valid UTF-8 text")
      }
      if text.contains("\0") { throw FormatError.invalidGraph(file: name, message: "contains NUL bytes; not a DOT file") }
      try limits.check(dot: bytes, file: name)
      return try Graphviz.graph(fromDOT: text, file: name)
    case .graphml:
      return try GraphMLReader.graph(from: bytes, file: name)
    case .gexf:
      return try GEXFReader.graph(from: bytes, file: name)
    case .csv:
      return try EdgeListReader.graph(from: bytes, file: name, delimiter: .comma, directed: directedEdgeList)
    case .tsv:
      return try EdgeListReader.graph(from: bytes, file: name, delimiter: .tab, directed: directedEdgeList)
    case .edgelist:
      return try EdgeListReader.graph(from: bytes, file: name, delimiter: .whitespace, directed: directedEdgeList)
    }
  }
}
