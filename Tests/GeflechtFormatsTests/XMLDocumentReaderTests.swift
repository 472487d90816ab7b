import Foundation
import GeflechtCore
import Testing

@testable import GeflechtFormats

/// The XML layer under GraphML and GEXF, including inputs found by the fuzz targets (Fuzz/,
/// docs/fuzzing.md). Each regression test names the target that found it.
@Suite struct XMLDocumentReaderTests {
  /// Invalid UTF-8 inside a tag name made Foundation's XMLParser trap (libxml2 recovers and passes
  /// the raw name to a callback that force-unwraps its UTF-8 decoding): a crash on a 5-byte file.
  @Test(arguments: [
    [0x3C, 0xFF, 0x65, 0xFF, 0x0A] as [UInt8],  // FuzzGraphML, minimised
    [0x3C, 0xEA, 0x69, 0x3C, 0x61],  // FuzzGEXF, minimised
    Array("<graphml><graph><node i".utf8) + [0xFF, 0xFF] + Array("d=\"2\"/></graph></graphml>".utf8),
  ])
  func invalidUTF8InANameThrowsInsteadOfTrapping_fuzzGraphML(_ bytes: [UInt8]) {
    #expect {
      try GraphMLReader.graph(from: bytes, file: "g.graphml")
    } throws: { error in
      "\(error)".hasPrefix("g.graphml:1:") && "\(error)".contains("invalid UTF-8 at byte")
    }
    #expect(throws: FormatError.self) { try GEXFReader.graph(from: bytes, file: "g.gexf") }
  }

  /// A processing instruction with no content crashed Foundation's XMLParser (it reads libxml2's NULL
  /// data pointer as a C string): a 5-byte file, `<?m?>`.
  @Test(arguments: [
    "<?m?>",  // FuzzGraphML, minimised
    "<?xml version=\"1.0\"?>\n<gexf><graph><?sort?><nodes/></graph></gexf>",
  ])
  func processingInstructionWithoutContentThrowsInsteadOfCrashing_fuzzGraphML(_ text: String) {
    #expect {
      try GraphMLReader.graph(from: Array(text.utf8), file: "g.graphml")
    } throws: { error in
      "\(error)".hasPrefix("g.graphml:") && "\(error)".contains("has no content")
    }
    #expect(throws: FormatError.self) { try GEXFReader.graph(from: Array(text.utf8), file: "g.gexf") }
  }

  @Test func processingInstructionsWithContentStillRead() throws {
    let text = "<?xml version=\"1.0\"?><?xml-stylesheet href=\"a.xsl\"?><graphml><?m ?><graph><node id=\"a\"/></graph></graphml>"
    #expect(try GraphMLReader.graph(from: Array(text.utf8), file: "g.graphml").nodeCount == 1)
  }

  @Test func invalidUTF8IsReportedAtItsLineAndColumn() {
    let bytes = Array("<graphml>\n  <graph><node id=\"Kö".utf8) + [0xC3] + Array("\"/></graph></graphml>".utf8)
    #expect {
      try GraphMLReader.graph(from: bytes, file: "g.graphml")
    } throws: { error in
      "\(error)".hasPrefix("g.graphml:2:22: invalid UTF-8 at byte 32 (0xC3)")
    }
  }

  @Test func otherEncodingsAreRefusedWithAHint() {
    let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><graphml><graph/></graphml>".utf8)
    #expect {
      try GraphMLReader.graph(from: latin1, file: "g.graphml")
    } throws: { error in
      "\(error)".contains("declares encoding=\"ISO-8859-1\"") && "\(error)".contains("iconv")
    }
    let utf16: [UInt8] = [0xFF, 0xFE] + "<gexf/>".utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect {
      try GEXFReader.graph(from: utf16, file: "g.gexf")
    } throws: { error in
      "\(error)".contains("UTF-16")
    }
  }

  @Test func utf8WithAByteOrderMarkAndDeclarationStillReads() throws {
    let text = "\u{FEFF}<?xml version='1.0' encoding='utf-8'?><graphml><graph><node id=\"Köln\"/></graph></graphml>"
    let graph = try GraphMLReader.graph(from: Array(text.utf8), file: "g.graphml")
    #expect(graph.nodes.map(\.label) == ["Köln"])
  }
}
