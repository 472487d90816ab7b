import Foundation
import GeflechtTestSupport
import Testing

/// The bad-input matrix of docs/exit-codes.md: every case must fail with its documented exit code, an
/// error that names the file (and the position, where the format has one), no crash, and no output:
/// an existing output file survives intact and no temporary file is left behind.
@Suite struct BadInputMatrixTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    /// The input file's name; its bytes come from `bytes()`.
    let file: String
    let bytes: @Sendable () -> [UInt8]
    /// The command; "IN" is replaced by the input's path, "OUT" by the output's.
    let command: [String]
    let status: Int32
    /// Text the error must contain besides the file name, such as ":3:5" or "--max-depth".
    let mentions: [String]

    var testDescription: String { name }

    init(
      _ name: String, _ file: String, _ text: String, _ command: [String], _ status: Int32, _ mentions: [String] = []
    ) {
      self.init(name, file, bytes: { Array(text.utf8) }, command, status, mentions)
    }

    init(
      _ name: String, _ file: String, bytes: @escaping @Sendable () -> [UInt8], _ command: [String], _ status: Int32,
      _ mentions: [String] = []
    ) {
      self.name = name
      self.file = file
      self.bytes = bytes
      self.command = command
      self.status = status
      self.mentions = mentions
    }
  }

  static let render = ["render", "IN", "-o", "OUT.svg"]
  static let extract = ["extract", "IN", "-o", "OUT.json"]
  static let dataError: Int32 = 65

  static let graphML = """
    <?xml version="1.0"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
    <key id="w" for="edge" attr.name="weight" attr.type="double"/>
    <graph edgedefault="directed">
    <node id="a"/><node id="b"/>
    """
  static let gexf = """
    <?xml version="1.0"?>
    <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
    <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
    """
  static let json = """
    {"directed": true, "multigraph": true, "graph": {},
     "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}],

    """
  /// A PNG header and deterministic noise.
  static let binary: @Sendable () -> [UInt8] = {
    var state: UInt32 = 7
    return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<4096).map { _ in
      state = state &* 1_103_515_245 &+ 12345
      return UInt8(truncatingIfNeeded: state >> 16)
    }
  }

  static let cases: [Case] = [
    // DOT
    Case("DOT: missing }", "g.dot", "digraph {\n  a -> b\n", render, dataError, [":3:1", "closing }"]),
    Case(
      "DOT: 10,000 nested subgraphs", "g.dot",
      "digraph {" + String(repeating: "subgraph {", count: 10_000) + String(repeating: "}", count: 10_001), render,
      dataError, [":1:", "--max-depth"]),
    Case(
      "DOT: a 4 MB line", "g.dot", "digraph { a [label=\"" + String(repeating: "x", count: 4 << 20) + "\"] }",
      render, dataError, [":1:", "--max-line-length"]),
    Case("DOT: two graphs in one file", "g.dot", "digraph { a -> b }\ndigraph { c }\n", render, dataError, [":2:9"]),
    Case("DOT: binary data", "g.dot", bytes: binary, render, dataError, [":1:1", "UTF-8"]),
    Case("DOT: empty file", "g.dot", "", render, dataError, ["empty"]),
    Case("DOT: syntax error", "g.dot", "digraph {\n  a -> b\n  c -> -> d\n}\n", render, dataError, [":3:"]),
    Case("DOT: unterminated string", "g.dot", "digraph {\n  a [label=\"open]\n}\n", render, dataError, ["line 2"]),
    // GraphML
    Case("GraphML: truncated", "g.graphml", graphML + "<edge source=\"a\" target=", render, dataError, [":5:", "ends inside"]),
    Case(
      "GraphML: external entity", "g.graphml",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<graphml><graph><node id=\"&x;\"/></graph></graphml>",
      render, dataError, [":2:1", "DOCTYPE"]),
    Case(
      "GraphML: entity expansion", "g.graphml",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<graphml><graph><node id=\"&b;\"/></graph></graphml>",
      render, dataError, [":2:1", "DOCTYPE"]),
    Case(
      "GraphML: wrong type", "g.graphml",
      graphML + "\n<edge source=\"a\" target=\"b\"><data key=\"w\">heavy</data></edge>\n</graph></graphml>\n", render,
      dataError, [":6:", "heavy"]),
    Case(
      "GraphML: edge to a missing node", "g.graphml",
      graphML + "\n<edge source=\"a\" target=\"zz\"/>\n</graph></graphml>\n", render, dataError, ["zz"]),
    // GEXF
    Case("GEXF: truncated", "g.gexf", gexf + "<edges><edge id=\"0\" source=", render, dataError, [":3:", "ends inside"]),
    Case(
      "GEXF: external entity", "g.gexf",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<gexf><graph><nodes><node id=\"&x;\"/></nodes></graph></gexf>",
      render, dataError, [":2:1", "DOCTYPE"]),
    Case(
      "GEXF: wrong type", "g.gexf",
      gexf + "<edges><edge id=\"0\" source=\"a\" target=\"b\" weight=\"heavy\"/></edges></graph></gexf>\n", render,
      dataError, [":3:", "heavy"]),
    // Node-link JSON
    Case(
      "JSON: nodes of the wrong type", "g.json", "{\"directed\": true, \"nodes\": {\"id\": \"a\"}, \"edges\": []}",
      render, dataError, ["\"nodes\" must be an array"]),
    Case(
      "JSON: weight of the wrong type", "g.json",
      json + " \"edges\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": \"heavy\"}]}", render, dataError,
      ["edge 0", "weight"]),
    Case(
      "JSON: edge to a missing node", "g.json", json + " \"edges\": [{\"source\": \"a\", \"target\": \"zz\"}]}",
      render, dataError, ["edge 0", "\"zz\""]),
    Case(
      "JSON: NaN weight", "g.json", json + " \"edges\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": NaN}]}",
      render, dataError, [":3:53"]),
    Case(
      "JSON: negative weight as a length", "g.json",
      json + " \"edges\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": -2}]}",
      ["rank", "IN", "--by", "closeness"], dataError, ["edge a → b", "-2", "--weight ignore"]),
    Case(
      "JSON: zero weight as a length", "g.json",
      json + " \"edges\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": 0}]}",
      ["rank", "IN", "--by", "betweenness", "--weight", "length"], dataError, ["edge a → b", "above 0"]),
    Case(
      "JSON: negative weight as a strength", "g.json",
      json + " \"edges\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": -1}]}", ["communities", "IN"],
      dataError, ["edge a → b", "at least 0"]),
    Case("JSON: truncated", "g.json", json + " \"edges\": [{\"source\": \"a\"", render, dataError, [":3:"]),
    Case(
      "JSON: 100,000 levels of nesting", "g.json", String(repeating: "[", count: 100_000), render, dataError,
      [":1:", "deeper than"]),
    // Edge lists
    Case("CSV: wrong column count", "g.csv", "source,target,weight\na,b,1\nb,c\n", render, dataError, [":3:1"]),
    Case("CSV: non-numeric weight", "g.csv", "source,target,weight\na,b,1\nb,c,heavy\n", render, dataError, [":3:5"]),
    Case("CSV: unterminated quote", "g.csv", "source,target\n\"a,b\n", render, dataError, [":2:1", "unterminated"]),
    Case("edge list: one column", "g.edgelist", "a b\nc\n", render, dataError, [":2:"]),
    // Text
    Case("text: Latin-1, not UTF-8", "a.txt", bytes: { [0x4B, 0xF6, 0x6C, 0x6E] }, extract, dataError, [":1:2", "UTF-8"]),
    Case(
      "text: UTF-16 with a BOM", "a.txt", bytes: { [0xFF, 0xFE] + Array("Köln".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) },
      extract, dataError, [":1:1", "UTF-16"]),
    Case("text: NUL bytes", "a.txt", bytes: { Array("Erste Zeile.\nZwei".utf8) + [0, 0x41] }, extract, dataError, [":2:5", "NUL"]),
    Case(
      "text: a 50 MB line", "a.txt", bytes: { [UInt8](repeating: 0x61, count: 50 << 20) }, extract, dataError,
      [":1:1", "--max-line-length"]),
    Case("text: empty file", "a.txt", "", extract, dataError, ["empty"]),
    Case("text: binary", "a.png", bytes: binary, ["extract", "IN", "-o", "OUT.json"], dataError, ["UTF-8"]),
    // Files and options
    Case("missing input", "g.json", "{}", ["render", "/nonexistent/g.json", "-o", "OUT.svg"], 66, ["cannot read"]),
    Case("unknown input extension", "g.xyz", "{}", render, 64, ["--input-format"]),
    Case(
      "unknown node", "g.json", json + " \"edges\": [{\"source\": \"a\", \"target\": \"b\"}]}",
      ["ego", "IN", "bb", "-o", "OUT.svg"], 64, ["Closest: b"]),
  ]

  @Test(arguments: cases)
  func failsCleanly(_ c: Case) throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent(c.file)
    try Data(c.bytes()).write(to: input)
    let outBase = folder.appendingPathComponent("out").path
    let arguments = c.command.map { $0.replacingOccurrences(of: "IN", with: input.path).replacingOccurrences(of: "OUT", with: outBase) }
    var previous: [String] = []
    for argument in arguments where argument.hasPrefix(outBase) {
      try Data("previous".utf8).write(to: URL(fileURLWithPath: argument))
      previous.append(argument)
    }
    let result = try Repository.run(arguments)
    #expect(result.status == c.status, "\(result.stderr)")
    #expect(result.stderr.contains("error: "), "\(result.stderr)")
    #expect(result.stderr.contains(c.file), "\(result.stderr)")
    for text in c.mentions { #expect(result.stderr.contains(text), "\(text) not in: \(result.stderr)") }
    #expect(result.stdout.isEmpty)
    for path in previous { #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous") }
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(files == ([c.file] + previous.map { ($0 as NSString).lastPathComponent }).sorted())
  }

  @Test func theMatrixHasAtLeastThirtyCases() { #expect(Self.cases.count >= 30) }

  @Test func anUnwritableOutputIsExit73AndTheInputIsUntouched() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("g.json")
    let text = Self.json + " \"edges\": [{\"source\": \"a\", \"target\": \"b\"}]}"
    try Data(text.utf8).write(to: input)
    let blocker = folder.appendingPathComponent("file")
    try Data("x".utf8).write(to: blocker)
    let result = try Repository.run(["render", input.path, "-o", blocker.appendingPathComponent("g.svg").path])
    #expect(result.status == 73, "\(result.stderr)")
    #expect(result.stderr.contains("g.svg"))
    #expect(try String(contentsOf: input, encoding: .utf8) == text)
  }

  @Test func aBadDocumentIsSkippedUnlessStrict() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = folder.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try Data("Microsoft investiert in OpenAI.".utf8).write(to: corpus.appendingPathComponent("a.txt"))
    try Data([0x4B, 0xF6]).write(to: corpus.appendingPathComponent("b.txt"))
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try Data("previous".utf8).write(to: out.appendingPathComponent("geflecht.json"))

    let strict = try Repository.run(["run", "--corpus", corpus.path, "--out", out.path, "--strict", "--threads", "2"])
    #expect(strict.status == 65)
    #expect(strict.stderr.contains("b.txt:1:2"), "\(strict.stderr)")
    #expect(try String(contentsOf: out.appendingPathComponent("geflecht.json"), encoding: .utf8) == "previous")
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["geflecht.json"])

    let lenient = try Repository.run(["extract", corpus.path])
    #expect(lenient.status == 0)
    #expect(lenient.stderr.contains("error: b.txt:1:2"), "\(lenient.stderr)")
    #expect(lenient.stdout.contains("OpenAI"))
  }
}
