import Foundation

/// Splits edge-list text into records, fed as UTF-8 bytes in chunks of any size, so that a file is
/// parsed without holding it, or a `String` of it, in memory.
///
/// A record is one line, or several when a CSV field in quotes holds line breaks. Blank lines and
/// lines whose only field starts with `#` are skipped; a leading byte order mark is dropped. With
/// `.whitespace` the line splits at runs of blanks and tabs; with `.comma` (RFC 4180 quoting with
/// `"`, doubled quotes inside) or `.tab` at each delimiter. Every delimiter is ASCII, and in UTF-8 an
/// ASCII byte never occurs inside another character, so splitting bytes splits the same places as
/// splitting characters would. Records of ASCII bytes are cut into fields byte by byte; a record
/// holding other characters takes the `String` route, whose trimming and splitting see grapheme
/// clusters and Unicode blanks. The input must be valid UTF-8 (the caller checks first).
///
/// Complexity: O(bytes) time; memory bounded by the longest record.
struct EdgeListRecords {
  let delimiter: EdgeListReader.Delimiter
  let file: String
  /// The line being read, the line the current record started on, and the column (in Unicode
  /// scalars) of the last byte read.
  private var line = 1
  private var recordLine = 1
  private var column = 0
  private var inQuotes = false
  /// A quote was read inside quotes: a second one makes a literal quote, anything else ends them.
  private var afterQuoteInQuotes = false
  private var fieldStarted = false
  private var quoteLine = 0
  private var quoteColumn = 0
  private var atStart = true
  /// The bytes of the record's finished fields followed by the current field's, with the end of
  /// each finished field in `fieldEnds`.
  private var record: [UInt8] = []
  private var fieldEnds: [Int] = []
  private var recordIsASCII = true
  private var fields: [String] = []

  init(delimiter: EdgeListReader.Delimiter, file: String) {
    self.delimiter = delimiter
    self.file = file
  }

  private var currentFieldStart: Int { fieldEnds.last ?? 0 }

  /// Reads `chunk`, calling `body(line, fields)` for each record it completes.
  mutating func consume(
    _ chunk: UnsafeBufferPointer<UInt8>, _ body: (Int, [String]) throws -> Void
  ) throws {
    var start = 0
    if atStart {
      atStart = false
      if chunk.count >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF { start = 3 }
    }
    let quote = UInt8(ascii: "\"")
    let newline = UInt8(ascii: "\n")
    for i in start..<chunk.count {
      let byte = chunk[i]
      if afterQuoteInQuotes {
        afterQuoteInQuotes = false
        if byte == quote {
          record.append(quote)
          column += 1
          continue
        }
        inQuotes = false
      }
      if byte & 0xC0 != 0x80 { column += 1 }
      if byte >= 0x80 { recordIsASCII = false }
      if inQuotes {
        if byte == quote {
          afterQuoteInQuotes = true
          continue
        }
        if byte == newline {
          line += 1
          column = 0
        }
        record.append(byte)
        continue
      }
      switch byte {
      case newline:
        if record.count > currentFieldStart && record.last == UInt8(ascii: "\r") {
          record.removeLast()
        }
        try endRecord(body)
        line += 1
        column = 0
        recordLine = line
      case quote where delimiter == .comma && !fieldStarted:
        inQuotes = true
        fieldStarted = true
        quoteLine = line
        quoteColumn = column
        record.removeSubrange(currentFieldStart...)
      case UInt8(ascii: ",") where delimiter == .comma, UInt8(ascii: "\t") where delimiter == .tab:
        fieldEnds.append(record.count)
        fieldStarted = false
      default:
        if byte != UInt8(ascii: " ") { fieldStarted = true }
        record.append(byte)
      }
    }
  }

  /// Ends the input: completes the last record, or throws for an unterminated quoted field.
  mutating func finish(_ body: (Int, [String]) throws -> Void) throws {
    if afterQuoteInQuotes {
      afterQuoteInQuotes = false
      inQuotes = false
    }
    if inQuotes {
      throw FormatError.syntax(
        file: file, line: quoteLine, column: quoteColumn, message: "unterminated quoted field")
    }
    if record.count > currentFieldStart || !fieldEnds.isEmpty { try endRecord(body) }
  }

  private mutating func endRecord(_ body: (Int, [String]) throws -> Void) throws {
    fieldEnds.append(record.count)
    fields.removeAll(keepingCapacity: true)
    if recordIsASCII {
      splitASCII()
    } else {
      splitUnicode()
    }
    if !fields.isEmpty { try body(recordLine, fields) }
    record.removeAll(keepingCapacity: true)
    fieldEnds.removeAll(keepingCapacity: true)
    recordIsASCII = true
    fieldStarted = false
  }

  /// The ASCII route: blanks are exactly space and tab (what `CharacterSet.whitespaces` holds
  /// among ASCII), and every character is one byte.
  private mutating func splitASCII() {
    let space = UInt8(ascii: " ")
    let tab = UInt8(ascii: "\t")
    record.withUnsafeBufferPointer { bytes in
      if fieldEnds.count == 1 {
        // One field: skip the record when it is blank or a comment.
        var first = 0
        while first < bytes.count && (bytes[first] == space || bytes[first] == tab) { first += 1 }
        if first == bytes.count || bytes[first] == UInt8(ascii: "#") { return }
      }
      if delimiter == .whitespace {
        // The record is one field; split it at runs of blanks.
        var i = 0
        while i < bytes.count {
          while i < bytes.count && (bytes[i] == space || bytes[i] == tab) { i += 1 }
          let tokenStart = i
          while i < bytes.count && bytes[i] != space && bytes[i] != tab { i += 1 }
          if i > tokenStart {
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[tokenStart..<i]), as: UTF8.self))
          }
        }
        return
      }
      var start = 0
      for end in fieldEnds {
        fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        start = end
      }
    }
  }

  /// The `String` route, for records with non-ASCII characters.
  private mutating func splitUnicode() {
    var parts: [String] = []
    var start = 0
    for end in fieldEnds {
      parts.append(String(decoding: record[start..<end], as: UTF8.self))
      start = end
    }
    let trimmed = parts.joined().trimmingCharacters(in: .whitespaces)
    if parts.count == 1 && (trimmed.isEmpty || trimmed.hasPrefix("#")) { return }
    if delimiter == .whitespace {
      fields = parts.joined(separator: " ")
        .split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    } else {
      fields = parts
    }
  }
}
