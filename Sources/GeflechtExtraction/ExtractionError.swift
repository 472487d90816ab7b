import GeflechtCore
import Foundation

/// Why extraction could not use an input at all. Sentences it merely cannot use become `Diagnostic`s.
public enum ExtractionError: Error, Equatable, CustomStringConvertible {
  /// The file could not be read.
  case unreadableFile(name: String, reason: String)
  /// The file contains NUL bytes, so it is binary rather than text.
  case binaryFile(name: String, at: TextPosition)
  /// The file starts with a UTF-16 byte-order mark.
  case utf16(name: String, bigEndian: Bool)
  /// The file is not valid UTF-8.
  case invalidUTF8(name: String, at: TextPosition)
  /// The file is larger than `TextLimits.maxBytes`.
  case tooLarge(name: String, bytes: Int, limit: Int)
  /// A line is longer than `TextLimits.maxLineLength` bytes.
  case lineTooLong(name: String, line: Int, limit: Int)
  /// A lexicon data file is missing or malformed.
  case lexicon(file: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .unreadableFile(let name, let reason):
      "Cannot read \(name): \(reason). Check the path and permissions."
    case .binaryFile(let name, let at):
      "\(name):\(at): looks binary: NUL byte at byte offset \(at.byteOffset); expected UTF-8 text. Pass only text articles."
    case .utf16(let name, let bigEndian):
      "\(name):1:1: is UTF-16 (byte-order mark \(bigEndian ? "FE FF" : "FF FE")), not UTF-8. Re-encode it (e.g. iconv -f utf-16 -t utf-8)."
    case .invalidUTF8(let name, let at):
      "\(name):\(at): not valid UTF-8: bad byte sequence at byte offset \(at.byteOffset). Re-encode the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)."
    case .tooLarge(let name, let bytes, let limit):
      "\(name): \(bytes) bytes is above the limit of \(limit) bytes per document; raise it with --max-document-size if the file really is one article."
    case .lineTooLong(let name, let line, let limit):
      "\(name):\(line):1: line is longer than \(limit) bytes; raise the limit with --max-line-length if the file really is text."
    case .lexicon(let file, let line, let reason):
      "Lexicon file \(file), line \(line): \(reason). Fix the data file in Lexicon/Data."
    }
  }
}
