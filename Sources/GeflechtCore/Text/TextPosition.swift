/// A place in a text file: byte offset (0-based), line and column (1-based, column in characters).
public struct TextPosition: Sendable, Hashable, CustomStringConvertible {
  public let byteOffset: Int
  public let line: Int
  public let column: Int

  public init(byteOffset: Int, line: Int, column: Int) {
    self.byteOffset = byteOffset
    self.line = line
    self.column = column
  }

  /// The position of `offset` in `bytes`, which are valid UTF-8 before it.
  public init(of offset: Int, in bytes: [UInt8]) {
    var line = 1
    var lineStart = 0
    for i in 0..<offset where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    var column = 1
    for i in lineStart..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
    self.init(byteOffset: offset, line: line, column: column)
  }

  public var description: String { "\(line):\(column)" }
}
