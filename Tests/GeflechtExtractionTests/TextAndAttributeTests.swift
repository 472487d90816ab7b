import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Normalisation with offsets, language detection, amounts and dates, on invented sentences.
@Suite struct TextAndAttributeTests {
  let lexicon: Lexicon
  let splitter: SentenceSplitter

  init() throws {
    lexicon = try Lexicon.bundled()
    splitter = SentenceSplitter(abbreviations: lexicon.abbreviations, boilerplate: lexicon.boilerplate)
  }

  func sentence(_ text: String) -> Sentence { splitter.sentences(in: ScalarText(text))[0] }

  // MARK: - Normalisation

  @Test func normalisationFoldsQuotesDashesSpacesAndSoftHyphensButKeepsOffsets() {
    let raw = "Die\u{00A0}„Tech\u{00AD}nologie“ – Cafe\u{0301} ’s"
    let text = ScalarText(raw)
    #expect(text.string(0..<text.count) == "Die \"Technologie\" - Café 's")
    let rawScalars = Array(raw.unicodeScalars)
    // "Technologie" in the normalised text maps back to "Tech\u{00AD}nologie" as written.
    let start = text.scalars.firstIndex(of: "T")!
    let range = start..<(start + 11)
    #expect(text.string(range) == "Technologie")
    #expect(text.originalString(range) == "Tech\u{00AD}nologie")
    let original = text.originalRange(range)
    #expect(String(String.UnicodeScalarView(rawScalars[original])) == "Tech\u{00AD}nologie")
    // The composed é maps to both original scalars.
    let e = text.scalars.firstIndex(of: "é")!
    #expect(text.originalString(e..<(e + 1)) == "e\u{0301}")
  }

  @Test func evidenceStaysVerbatimAfterNormalisation() throws {
    let raw = "Vorwort.\n\nDie Deutsche\u{00A0}Telekom kooperiert mit „Aleph\u{00AD}Alpha“ – so der Konzern."
    let g = try RuleBasedExtractor().extract([Document(name: "n.txt", text: raw)]).graph
    let scalars = Array(raw.unicodeScalars)
    #expect(g.edgeCount > 0)
    for edge in g.edges {
      for ev in edge.evidence {
        #expect(String(String.UnicodeScalarView(scalars[ev.start..<ev.end])) == ev.text)
      }
    }
    #expect(g.edges.contains { $0.relation == .partnersWith })
  }

  @Test func anUnspacedEmDashBetweenWordsOpensAnAsideAndKeepsOffsets() throws {
    let raw = "Jane Roe, the CEO of Siemens—and a mentor to the mogul Lukas Matsson—has turned to defence."
    let text = ScalarText(raw)
    #expect(text.string(0..<text.count).contains("Siemens - and"))
    #expect(text.string(0..<text.count).contains("Matsson - has"))
    // The three scalars map back to the one dash as written.
    let dash = text.scalars.firstIndex(of: "-")!
    #expect(text.originalString((dash - 1)..<(dash + 2)) == "\u{2014}")
    // A hyphen and an en dash between words stay what they were.
    let other = ScalarText("Microsoft-Chef 2020\u{2013}2024")
    #expect(other.string(0..<other.count) == "Microsoft-Chef 2020-2024")
    let g = try RuleBasedExtractor().extract([Document(name: "d.txt", text: raw)]).graph
    #expect(g.nodes.contains { $0.label == "Lukas Matsson" })
    #expect(!g.nodes.contains { $0.label.contains("has") })
    let scalars = Array(raw.unicodeScalars)
    for edge in g.edges {
      for ev in edge.evidence { #expect(String(String.UnicodeScalarView(scalars[ev.start..<ev.end])) == ev.text) }
    }
  }

  // MARK: - Language

  @Test func languageIsDetectedPerDocumentFromFunctionWords() throws {
    let detector = LanguageDetector(words: lexicon.languageWords)
    #expect(detector.language(of: ScalarText("Der Konzern investiert in die Firma und baut ein Werk.")) == .de)
    #expect(detector.language(of: ScalarText("The company said it will invest in the start-up and its models.")) == .en)
    let result = try RuleBasedExtractor().extract([
      Document(name: "a.txt", text: "Microsoft investiert in OpenAI, sagt der Konzern."),
      Document(name: "b.txt", text: "Microsoft said it has invested in OpenAI and will use the models."),
    ])
    #expect(result.languages == ["a.txt": .de, "b.txt": .en])
    #expect(result.graph.attributes["language:b.txt"] == .string("en"))
  }

  // MARK: - Amounts

  @Test(arguments: [
    ("Acme investiert bis zu 10 Milliarden Dollar in Beta.", Language.de, Decimal(10_000_000_000), "USD", "bis zu"),
    ("Acme zahlt 1 Mrd. US-Dollar für Beta.", .de, Decimal(1_000_000_000), "USD", nil),
    ("Acme will invest $1 billion in Beta.", .en, Decimal(1_000_000_000), "USD", nil),
    ("Acme steckt 500 Millionen Euro in Beta.", .de, Decimal(500_000_000), "EUR", nil),
    ("Acme steckt 3,2 Milliarden Euro in Beta.", .de, Decimal(string: "3200000000")!, "EUR", nil),
    ("Acme invested more than $300 million in Beta.", .en, Decimal(300_000_000), "USD", "more than"),
  ] as [(String, Language, Decimal, String, String?)])
  func amountsAreDecimalsWithCurrencyAndQualifier(_ text: String, _ language: Language, _ value: Decimal, _ currency: String, _ qualifier: String?) throws {
    let amount = try #require(AmountParser.amount(in: sentence(text), language: language))
    #expect(amount.value == value)
    #expect(amount.currency == currency)
    #expect(amount.qualifier == qualifier)
  }

  // MARK: - Dates

  @Test(arguments: [
    ("Acme investierte 2019 in Beta.", "2019"),
    ("Acme übernahm Beta im Januar 2023.", "2023-01"),
    ("Acme gab am 18. September 2025 die Übernahme bekannt.", "2025-09-18"),
    ("Acme announced the deal on September 18, 2025.", "2025-09-18"),
    ("Acme announced the deal on 18 September 2025.", "2025-09-18"),
    ("Acme bought Beta in March 2024.", "2024-03"),
  ])
  func datesKeepTheirPrecision(_ text: String, _ expected: String) {
    #expect(DateParser.date(in: sentence(text), months: lexicon.months) == expected)
  }

  @Test func relationsCarryPreciseDates() throws {
    let g = try RuleBasedExtractor().extract([
      Document(name: "d.txt", text: "Microsoft übernahm Inflection AI am 4. März 2022 für 19,7 Milliarden Dollar.")
    ]).graph
    let edge = try #require(g.edges.first { $0.relation == .acquires })
    #expect(edge.date == "2022-03-04")
    #expect(edge.amount?.value == Decimal(string: "19700000000")!)
  }
}
