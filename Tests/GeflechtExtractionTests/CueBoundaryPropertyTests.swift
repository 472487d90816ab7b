import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Property tests of the rules' index arithmetic: every relation and status cue of the lexicon at the
/// start and the end of a line, alone and around names, and seeded random word salad of cue words, names,
/// prepositions and punctuation, go through the whole extraction. A rule that reads past a sentence's
/// end stops the process (a title ending in "funding round" once did); every evidence span must be the
/// document's text at its offsets.
@Suite struct CueBoundaryPropertyTests {
  let extractor: RuleBasedExtractor
  let lexicon: Lexicon

  init() throws {
    extractor = try RuleBasedExtractor()
    lexicon = try Lexicon.bundled()
  }

  /// SplitMix64 (Steele, Lea and Flood 2014): a small seeded generator, so every run tests the same texts.
  struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// The cue phrases as they could be written: a prefix cue with an ending ("investier*" → "investieren").
  var phrases: [String] {
    let relation = lexicon.relationCues.map(\.words)
    let status = lexicon.statusCues.map(\.words)
    let all = (relation + status).map { words in words.map { $0.isPrefix ? $0.text + "en" : $0.text }.joined(separator: " ") }
    return Array(Set(all)).sorted()
  }

  /// Extracts the documents and checks that every evidence span is the document's text at its offsets.
  func checkEvidence(_ documents: [Document]) {
    let result = extractor.extract(documents)
    let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.name, Array($0.text.unicodeScalars)) })
    for edge in result.graph.edges {
      for e in edge.evidence {
        guard let text = texts[e.doc], e.start >= 0, e.start <= e.end, e.end <= text.count else {
          Issue.record("evidence out of range: \(e)")
          continue
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: text[e.start..<e.end])
        #expect(String(s) == e.text, "\(e.doc) \(e.start)..<\(e.end)")
      }
    }
  }

  @Test func everyCueAtTheEdgesOfALine() {
    var documents: [Document] = []
    for (k, p) in phrases.enumerated() {
      let texts = [
        p, "Microsoft \(p)", "\(p) OpenAI", "Microsoft \(p) OpenAI.", "Titel über Microsoft \(p)\n\nOpenAI \(p) Microsoft",
        "\(p), \(p) und \(p)", "Sam Altman, \(p) bei Microsoft", "\(p.capitalized) Microsoft (OpenAI) \(p):",
      ]
      for (n, text) in texts.enumerated() { documents.append(Document(name: "c\(k)-\(n).txt", text: text)) }
    }
    #expect(documents.count > 2_000)
    checkEvidence(documents)
  }

  @Test func seededWordSalad() {
    var rng = Seeded(state: 42)
    let names = ["Microsoft", "OpenAI", "Sam Altman", "Texas", "Stargate", "Nvidia", "Siemens AG", "Acme Labs", "EU-Kommission"]
    let glue = [
      ",", ".", "und", "and", "von", "vom", "durch", "by", "with", "mit", "der", "die", "des", "in", "an", "at", "für", "for", "(", ")",
      "„", "“", "–", "2024", "10 Milliarden Dollar", ":", ";", "•", "worden", "wurde", "was", "after", "zum", "Chef", "CEO", "its",
    ]
    let words = phrases.flatMap { $0.split(separator: " ").map(String.init) }
    var documents: [Document] = []
    for d in 0..<400 {
      var lines: [String] = []
      for _ in 0..<Int.random(in: 1...5, using: &rng) {
        var line: [String] = []
        for _ in 0..<Int.random(in: 1...25, using: &rng) {
          switch Int.random(in: 0..<3, using: &rng) {
          case 0: line.append(words.randomElement(using: &rng)!)
          case 1: line.append(names.randomElement(using: &rng)!)
          default: line.append(glue.randomElement(using: &rng)!)
          }
        }
        lines.append(line.joined(separator: " "))
      }
      documents.append(Document(name: "salad\(d).txt", text: lines.joined(separator: Bool.random(using: &rng) ? "\n" : "\n\n")))
    }
    checkEvidence(documents)
  }
}
