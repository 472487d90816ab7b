import Foundation
import Testing
@testable import GeflechtExtraction

@Suite struct DocumentTests {
  func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("geflecht-doc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url
  }

  @Test func loadsUTF8AndNamesTheDocumentAfterTheFile() throws {
    let url = try temporaryFile("artikel.txt", Array("Köln baut.".utf8))
    let doc = try Document.load(contentsOf: url)
    #expect(doc.name == "artikel.txt")
    #expect(doc.text == "Köln baut.")
  }

  @Test func latin1FileGivesAnErrorNamingTheFileAndOffset() throws {
    let url = try temporaryFile("latin1.txt", [0x4B, 0xF6, 0x6C, 0x6E])  // "Köln" in Latin-1
    #expect(throws: ExtractionError.invalidUTF8(name: "latin1.txt", byteOffset: 1)) {
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
    #expect(throws: ExtractionError.self) { try Document.load(contentsOf: url) }
    #expect(throws: ExtractionError.binaryFile(name: "image.bin", byteOffset: 4)) {
      try Document(name: "image.bin", utf8Data: Data([0x41, 0x42, 0x43, 0x44, 0x00]))
    }
  }

  @Test func missingFileGivesAnError() {
    #expect(throws: ExtractionError.self) {
      try Document.load(contentsOf: URL(fileURLWithPath: "/nonexistent/geflecht.txt"))
    }
  }
}
