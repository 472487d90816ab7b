import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

@Suite struct DocumentTests {
  /// A file in a fresh folder of its own; the caller removes the folder.
  func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("geflecht-doc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url
  }

  @Test func loadsUTF8AndNamesTheDocumentAfterTheFile() throws {
    let url = try temporaryFile("artikel.txt", Array("Köln baut.".utf8))
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let doc = try Document.load(contentsOf: url)
    #expect(doc.name == "artikel.txt")
    #expect(doc.text == "Köln baut.")
  }

  @Test func latin1FileGivesAnErrorNamingTheFileAndOffset() throws {
    let url = try temporaryFile("latin1.txt", [0x4B, 0xF6, 0x6C, 0x6E])  // "Köln" in Latin-1
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    #expect(throws: ExtractionError.invalidUTF8(name: "latin1.txt", at: TextPosition(byteOffset: 1, line: 1, column: 2))) {
      try Document.load(contentsOf: url)
    }
    do {
      _ = try Document.load(contentsOf: url)
    } catch {
      #expect("\(error)".contains("latin1.txt"))
      #expect("\(error)".contains("offset 1"))
    }
  }

  @Test func binaryFileGivesAnError() throws {
    let url = try temporaryFile("image.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    #expect(throws: ExtractionError.self) { try Document.load(contentsOf: url) }
    #expect(throws: ExtractionError.binaryFile(name: "image.bin", at: TextPosition(byteOffset: 4, line: 1, column: 5))) {
      try Document(name: "image.bin", utf8Data: Data([0x41, 0x42, 0x43, 0x44, 0x00]))
    }
  }

  @Test func missingFileGivesAnError() {
    #expect(throws: ExtractionError.self) {
      try Document.load(contentsOf: URL(fileURLWithPath: "/nonexistent/geflecht.txt"))
    }
  }

  @Test func positionsCountLinesAndCharacters() {
    // "Köln\nä" then a lone continuation byte: line 2, column 2 (ä is one character, two bytes).
    let bytes: [UInt8] = Array("Köln\nä".utf8) + [0x80]
    #expect(throws: ExtractionError.invalidUTF8(name: "a.txt", at: TextPosition(byteOffset: 8, line: 2, column: 2))) {
      try Document(name: "a.txt", utf8Data: Data(bytes))
    }
    #expect(throws: ExtractionError.binaryFile(name: "b.txt", at: TextPosition(byteOffset: 5, line: 3, column: 2))) {
      try Document(name: "b.txt", utf8Data: Data(Array("a\nb\nc".utf8) + [0]))
    }
  }

  @Test func utf16WithAByteOrderMarkIsNamedAsSuch() {
    let little: [UInt8] = [0xFF, 0xFE, 0x4B, 0x00, 0xF6, 0x00]
    #expect(throws: ExtractionError.utf16(name: "u.txt", bigEndian: false)) {
      try Document(name: "u.txt", utf8Data: Data(little))
    }
    #expect(throws: ExtractionError.utf16(name: "u.txt", bigEndian: true)) {
      try Document(name: "u.txt", utf8Data: Data([0xFE, 0xFF, 0x00, 0x4B]))
    }
    #expect("\(ExtractionError.utf16(name: "u.txt", bigEndian: false))".contains("iconv -f utf-16"))
    // A UTF-8 byte-order mark is fine and kept.
    #expect(throws: Never.self) { try Document(name: "bom.txt", utf8Data: Data([0xEF, 0xBB, 0xBF, 0x41])) }
  }

  @Test func limitsOnSizeAndLineLengthNameTheOptionToRaiseThem() throws {
    let limits = TextLimits(maxBytes: 100, maxLineLength: 10)
    #expect(throws: ExtractionError.lineTooLong(name: "l.txt", line: 2, limit: 10)) {
      try Document(name: "l.txt", utf8Data: Data("kurz\nviel zu lange Zeile\n".utf8), limits: limits)
    }
    #expect(throws: ExtractionError.lineTooLong(name: "l.txt", line: 1, limit: 10)) {
      try Document(name: "l.txt", utf8Data: Data("ohne Zeilenende zu lang".utf8), limits: limits)
    }
    #expect(throws: Never.self) {
      try Document(name: "ok.txt", utf8Data: Data("zehn Bytes\nzehn Bytes".utf8), limits: limits)
    }
    let url = try temporaryFile("big.txt", Array(repeating: 0x41, count: 101))
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    #expect(throws: ExtractionError.tooLarge(name: "big.txt", bytes: 101, limit: 100)) {
      try Document.load(contentsOf: url, limits: limits)
    }
    #expect("\(ExtractionError.tooLarge(name: "big.txt", bytes: 101, limit: 100))".contains("--max-document-size"))
    #expect("\(ExtractionError.lineTooLong(name: "l.txt", line: 2, limit: 10))".hasPrefix("l.txt:2:1:"))
  }
}
