import Foundation
import GeflechtCore

/// Graph file formats Geflecht reads.
public enum GraphInputFormat: String, CaseIterable, Sendable {
  case json, dot

  /// The format a file name suggests: `.json` node-link JSON, `.dot`/`.gv` DOT.
  public init?(fileName: String) {
    switch (fileName as NSString).pathExtension.lowercased() {
    case "json": self = .json
    case "dot", "gv": self = .dot
    default: return nil
    }
  }
}

/// Reads any supported graph file into a `Multigraph`.
public enum GraphFile {
  /// Files above this size are refused unless the caller raises the limit.
  public static let defaultMaxBytes = 512 * 1024 * 1024

  public static func read(
    _ url: URL, format: GraphInputFormat? = nil, maxBytes: Int = defaultMaxBytes
  ) throws -> Multigraph {
    let name = url.path
    guard let format = format ?? GraphInputFormat(fileName: url.lastPathComponent) else {
      throw FormatError.unsupportedFormat(file: name, expected: "a .json (node-link) or .dot/.gv file")
    }
    let data: Data
    do {
      let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
      if let size = attributes[.size] as? Int, size > maxBytes {
        throw FormatError.io(file: name, message: "is \(size) bytes, above the limit of \(maxBytes) bytes")
      }
      data = try Data(contentsOf: url)
    } catch let error as FormatError {
      throw error
    } catch {
      throw FormatError.io(file: name, message: "cannot read: \(error.localizedDescription)")
    }
    let bytes = [UInt8](data)
    switch format {
    case .json:
      return try NodeLinkJSON.graph(from: bytes, file: name)
    case .dot:
      if bytes.isEmpty { throw FormatError.invalidGraph(file: name, message: "the file is empty") }
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw FormatError.invalidGraph(file: name, message: "not valid UTF-8 text")
      }
      if text.contains("\0") { throw FormatError.invalidGraph(file: name, message: "contains NUL bytes; not a DOT file") }
      return try Graphviz.graph(fromDOT: text, file: name)
    }
  }
}
