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

  /// Checks DOT text against the limits before cgraph sees it. Braces count only where cgraph's
  /// scanner (scan.l) reads them as braces: not in quoted strings (with `\"` and `\\` read as pairs),
  /// not in HTML strings `<…>` (nested angle brackets, no escapes), not in `/* */` or `//` comments, and
  /// not on lines starting with `#`. O(size of the text).
  func check(dot bytes: [UInt8], file: String) throws {
    enum State { case code, quoted, html(nesting: Int), blockComment, lineComment }
    let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), slash = UInt8(ascii: "/"),
      star = UInt8(ascii: "*")
    var state = State.code
    var line = 1
    var lineStart = 0
    var depth = 0
    var i = 0
    // Where the open string and the open graph started, and how many graphs were closed, so that an
    // unclosed string or brace and a second graph are reported at their place.
    var stringStart = (line: 0, column: 0)
    var graphStart = (line: 0, column: 0)
    var closedGraphs = 0
    func tooLong(_ length: Int) -> FormatError {
      .syntax(
        file: file, line: line, column: maxLineLength + 1,
        message: "line is \(length) bytes long, above the limit of \(maxLineLength); raise it with --max-line-length")
    }
    while i < bytes.count {
      let b = bytes[i]
      let next: UInt8? = i + 1 < bytes.count ? bytes[i + 1] : nil
      i += 1
      if b == 0x0A {
        if i - 1 - lineStart > maxLineLength { throw tooLong(i - 1 - lineStart) }
        line += 1
        lineStart = i
        if case .lineComment = state { state = .code }
        continue
      }
      switch state {
      case .lineComment:
        continue
      case .blockComment:
        if b == star && next == slash {
          state = .code
          i += 1
        }
      case .quoted:
        if b == backslash && next != nil && next != 0x0A {
          i += 1  // cgraph reads \" and \\ as pairs; after a backslash, anything else is text anyway
        } else if b == quote {
          state = .code
        }
      case .html(let nesting):
        if b == UInt8(ascii: "<") {
          state = .html(nesting: nesting + 1)
        } else if b == UInt8(ascii: ">") {
          state = nesting == 1 ? .code : .html(nesting: nesting - 1)
        }
      case .code:
        switch b {
        case quote:
          state = .quoted
          stringStart = (line, i - lineStart)
        case UInt8(ascii: "<"): state = .html(nesting: 1)
        case UInt8(ascii: "#") where i - 1 == lineStart: state = .lineComment
        case slash where next == slash:
          state = .lineComment
        case slash where next == star:
          state = .blockComment
          i += 1
        case UInt8(ascii: "{"):
          if depth == 0 {
            if closedGraphs > 0 {
              throw FormatError.syntax(
                file: file, line: line, column: i - lineStart,
                message: "a second graph starts here; Geflecht reads one graph per file, so split the file")
            }
            graphStart = (line, i - lineStart)
          }
          depth += 1
          if depth > maxDepth {
            throw FormatError.syntax(
              file: file, line: line, column: i - lineStart,
              message: "subgraphs nested deeper than \(maxDepth) levels; raise the limit with --max-depth")
          }
        case UInt8(ascii: "}"):
          depth = max(0, depth - 1)
          if depth == 0 { closedGraphs += 1 }
        default: break
        }
      }
    }
    if bytes.count - lineStart > maxLineLength { throw tooLong(bytes.count - lineStart) }
    let end = TextPosition(of: bytes.count, in: bytes)
    if case .quoted = state {
      throw FormatError.syntax(
        file: file, line: end.line, column: end.column,
        message: "the file ends inside the quoted string opened at line \(stringStart.line), column \(stringStart.column)")
    }
    if depth > 0 {
      throw FormatError.syntax(
        file: file, line: end.line, column: end.column,
        message: "the file ends before the closing } of the graph opened at line \(graphStart.line), column \(graphStart.column)")
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
        throw FormatError.limit(
          file: name, message: "is \(size) bytes, above the limit of \(maxBytes) bytes; raise it with --max-file-size")
      }
      if let delimiter = format.edgeListDelimiter {
        // Edge lists are parsed as they are read, without holding the file.
        return try EdgeListReader.graph(
          contentsOf: url, file: name, delimiter: delimiter, directed: directedEdgeList)
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
      if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
        throw FormatError.invalidGraph(file: name, message: "the file is empty")
      }
      if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
        let at = TextPosition(of: bad, in: bytes)
        throw FormatError.syntax(
          file: name, line: at.line, column: at.column, message: "not valid UTF-8 text (byte offset \(bad)); is it a DOT file?")
      }
      if let nul = bytes.firstIndex(of: 0) {
        let at = TextPosition(of: nul, in: bytes)
        throw FormatError.syntax(file: name, line: at.line, column: at.column, message: "NUL byte; not a DOT file")
      }
      try limits.check(dot: bytes, file: name)
      return try Graphviz.graph(fromDOT: String(decoding: bytes, as: UTF8.self), file: name)
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

extension GraphInputFormat {
  /// The delimiter of an edge-list format, or nil for the others.
  fileprivate var edgeListDelimiter: EdgeListReader.Delimiter? {
    switch self {
    case .csv: .comma
    case .tsv: .tab
    case .edgelist: .whitespace
    case .json, .dot, .graphml, .gexf: nil
    }
  }
}
