import Foundation
import GeflechtCore
import Testing

@testable import GeflechtFormats

/// The streaming edge-list reader against the in-memory one: every chunk size gives the same graph
/// and the same errors, including chunks that cut a UTF-8 character, a quoted field or a CRLF.
@Suite struct EdgeListRecordsTests {
  static let texts: [(String, EdgeListReader.Delimiter)] = [
    ("\u{FEFF}Source,Target,Weight,Typ\n\"Köln, Stadt\",\"say \"\"hi\"\"\",2.5,Straße\r\nb,c,1,y\n# comment\n\n", .comma),
    ("a\tb\t3\n c \t d\t4\r\n#x y\n", .tab),
    ("# header\n1 2 1\n2   3 0.5\n\t\n3 4 2\r\n4 1 1\nÄ ß 2\n", .whitespace),
    ("x y\n x  y\ny x\n", .whitespace),
  ]

  func stream(_ text: String, _ delimiter: EdgeListReader.Delimiter, chunkSize: Int) throws -> Multigraph {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("edge-list-records-\(UUID().uuidString).txt")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try EdgeListReader.graph(contentsOf: url, file: "g", delimiter: delimiter, chunkSize: chunkSize)
  }

  @Test func everyChunkSizeReadsTheSameGraph() throws {
    for (text, delimiter) in Self.texts {
      let whole = try EdgeListReader.graph(from: Array(text.utf8), file: "g", delimiter: delimiter)
      for chunkSize in [1, 2, 3, 5, 7, 64] {
        let streamed = try stream(text, delimiter, chunkSize: chunkSize)
        #expect(streamed.nodes == whole.nodes, "chunk \(chunkSize): \(text)")
        #expect(streamed.edges == whole.edges, "chunk \(chunkSize): \(text)")
      }
    }
  }

  @Test func errorsDoNotDependOnChunks() throws {
    let bad: [(String, EdgeListReader.Delimiter)] = [
      ("a,b\n\"open,c\n", .comma), ("a b\nc d e\n", .whitespace), ("a b x\n", .whitespace),
      ("a b\n\u{00E9}\u{0301} c d\n", .whitespace),
    ]
    func caught(_ read: () throws -> Multigraph) -> FormatError? {
      do {
        _ = try read()
        return nil
      } catch {
        return error as? FormatError
      }
    }
    for (text, delimiter) in bad {
      let expected = caught {
        try EdgeListReader.graph(from: Array(text.utf8), file: "g", delimiter: delimiter)
      }
      #expect(expected != nil, "\(text)")
      for chunkSize in [1, 2, 3, 64] {
        let got = caught { try stream(text, delimiter, chunkSize: chunkSize) }
        #expect(got == expected, "chunk \(chunkSize): \(text)")
      }
    }
    let invalid: [UInt8] = Array("a b\nc ".utf8) + [0xC3] + Array(" d\n".utf8)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("edge-list-bad-\(UUID().uuidString).txt")
    try Data(invalid).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    for chunkSize in [1, 5, 6, 64] {
      #expect(throws: FormatError.invalidGraph(file: "g", message: "not valid UTF-8 text")) {
        try EdgeListReader.graph(contentsOf: url, file: "g", delimiter: .whitespace, chunkSize: chunkSize)
      }
    }
  }
}
