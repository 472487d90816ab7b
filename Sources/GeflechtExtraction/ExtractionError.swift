import Foundation

/// Why extraction could not use an input at all. Sentences it merely cannot use become `Diagnostic`s.
public enum ExtractionError: Error, Equatable, CustomStringConvertible {
  /// The file could not be read.
  case unreadableFile(name: String, reason: String)
  /// The file contains NUL bytes, so it is binary rather than text.
  case binaryFile(name: String, byteOffset: Int)
  /// The file is not valid UTF-8.
  case invalidUTF8(name: String, byteOffset: Int)
  /// A lexicon data file is missing or malformed.
  case lexicon(file: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .unreadableFile(let name, let reason):
      "Cannot read \(name): \(reason). Check the path and permissions."
    case .binaryFile(let name, let offset):
      "\(name) looks binary: NUL byte at byte offset \(offset); expected UTF-8 text. Pass only text articles."
    case .invalidUTF8(let name, let offset):
      "\(name) is not valid UTF-8: bad byte sequence at byte offset \(offset). Re-encode the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)."
    case .lexicon(let file, let line, let reason):
      "Lexicon file \(file), line \(line): \(reason). Fix the data file in Lexicon/Data."
    }
  }
}
