import Foundation
import GeflechtCore

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

/// Limits on text input, so that a hostile or mistaken file gets a clear error instead of exhausting
/// memory or time. The defaults are far above any news article; `--max-document-size` and
/// `--max-line-length` raise them.
public struct TextLimits: Sendable, Hashable {
  /// The largest file, in bytes (default 64 MiB).
  public var maxBytes: Int
  /// The longest line, in bytes (default 1 MiB): a news article has paragraphs, not megabyte lines.
  public var maxLineLength: Int

  public init(maxBytes: Int = 64 << 20, maxLineLength: Int = 1 << 20) {
    self.maxBytes = maxBytes
    self.maxLineLength = maxLineLength
  }
}

extension Document {
  /// Reads a UTF-8 text file; the document is named after the file's last path component.
  ///
  /// - Throws: `ExtractionError.unreadableFile`, `.tooLarge`, `.binaryFile` (a NUL byte), `.utf16`
  ///   (a UTF-16 byte-order mark), `.invalidUTF8` or `.lineTooLong`, each naming the file and, for bad
  ///   content, the line and column of the first offending byte.
  public static func load(contentsOf url: URL, limits: TextLimits = .init()) throws -> Document {
    let name = url.lastPathComponent
    // stat(2) rather than FileManager's attributes, which also look up the owner's name and cost more
    // than reading a small article.
    var status = stat()
    if stat(url.path, &status) == 0, Int(status.st_size) > limits.maxBytes {
      let size = Int(status.st_size)
      throw ExtractionError.tooLarge(name: name, bytes: size, limit: limits.maxBytes)
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw ExtractionError.unreadableFile(name: name, reason: error.localizedDescription)
    }
    return try Document(name: name, utf8Data: data, limits: limits)
  }

  /// Decodes bytes as strict UTF-8. A byte-order mark is kept as U+FEFF so offsets match what Python reads.
  public init(name: String, utf8Data data: Data, limits: TextLimits = .init()) throws {
    let bytes = [UInt8](data)
    if bytes.count > limits.maxBytes {
      throw ExtractionError.tooLarge(name: name, bytes: bytes.count, limit: limits.maxBytes)
    }
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      throw ExtractionError.utf16(name: name, bigEndian: bytes[0] == 0xFE)
    }
    if let nul = bytes.firstIndex(of: 0) {
      throw ExtractionError.binaryFile(name: name, at: TextPosition(of: nul, in: bytes))
    }
    if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
      throw ExtractionError.invalidUTF8(name: name, at: TextPosition(of: bad, in: bytes))
    }
    if let line = Document.firstLongLine(bytes, limit: limits.maxLineLength) {
      throw ExtractionError.lineTooLong(name: name, line: line, limit: limits.maxLineLength)
    }
    self.init(name: name, text: String(decoding: bytes, as: UTF8.self))
  }

  /// The 1-based number of the first line longer than `limit` bytes, or nil.
  static func firstLongLine(_ bytes: [UInt8], limit: Int) -> Int? {
    var line = 1
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0x0A {
      if i - start > limit { return line }
      line += 1
      start = i + 1
    }
    return bytes.count - start > limit ? line : nil
  }
}
