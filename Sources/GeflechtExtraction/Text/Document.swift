import Foundation

/// One article: its file name and its full text.
public struct Document: Sendable, Hashable {
  /// The file name, such as `000_2ee4ee6e6db9ad78.txt`; evidence refers to the document by it.
  public let name: String
  public let text: String

  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }
}

extension Document {
  /// Reads a UTF-8 text file; the document is named after the file's last path component.
  ///
  /// - Throws: `ExtractionError.unreadableFile`, `.binaryFile` (a NUL byte) or `.invalidUTF8`, each
  ///   naming the file and, for bad content, the byte offset of the first offending byte.
  public static func load(contentsOf url: URL) throws -> Document {
    let name = url.lastPathComponent
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw ExtractionError.unreadableFile(name: name, reason: error.localizedDescription)
    }
    return try Document(name: name, utf8Data: data)
  }

  /// Decodes bytes as strict UTF-8. A byte-order mark is kept as U+FEFF so offsets match what Python reads.
  public init(name: String, utf8Data data: Data) throws {
    let bytes = [UInt8](data)
    if let nul = bytes.firstIndex(of: 0) {
      throw ExtractionError.binaryFile(name: name, byteOffset: nul)
    }
    if let bad = Document.firstInvalidUTF8Offset(bytes) {
      throw ExtractionError.invalidUTF8(name: name, byteOffset: bad)
    }
    self.init(name: name, text: String(decoding: bytes, as: UTF8.self))
  }

  /// The offset of the first byte that does not start a well-formed UTF-8 sequence, or nil.
  static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch b {
      case 0x00...0x7F: i += 1; continue
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; lower = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; upper = 0x9F
      case 0xF0: length = 4; lower = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; upper = 0x8F
      default: return i
      }
      if i + length > n { return i }
      for k in 1..<length {
        let c = bytes[i + k]
        let (lo, hi) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
        if c < lo || c > hi { return i }
      }
      i += length
    }
    return nil
  }
}
