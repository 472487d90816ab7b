import Testing
@testable import GeflechtExtraction

@Suite struct SentenceSplitterTests {
  let splitter: SentenceSplitter

  init() throws {
    let lexicon = try Lexicon.bundled()
    splitter = SentenceSplitter(abbreviations: lexicon.abbreviations, boilerplate: lexicon.boilerplate)
  }

  func split(_ text: String) -> [String] { splitter.sentences(in: ScalarText(text)).map(\.evidenceText) }

  @Test func germanAbbreviationsOrdinalsAndInitialsDoNotEndSentences() {
    let text =
      "Die Firma investiert z. B. 3,2 Mrd. Euro bis zum 18. September 2025. Dr. Erika Muster leitet das Werk. "
      + "Laut Prof. Hans K. Beispiel ist das gut."
    #expect(
      split(text) == [
        "Die Firma investiert z. B. 3,2 Mrd. Euro bis zum 18. September 2025.",
        "Dr. Erika Muster leitet das Werk.",
        "Laut Prof. Hans K. Beispiel ist das gut.",
      ])
  }

  @Test func quotesAndQuestionMarksEndSentences() {
    #expect(split("„Wir sind bereit.“ Danach kam nichts. Warum? Niemand weiß es!") == [
      "„Wir sind bereit.“", "Danach kam nichts.", "Warum?", "Niemand weiß es!",
    ])
  }

  @Test func linesAndParagraphsEndSentencesButWrappedLinesJoin() {
    let text = "Eine Überschrift ohne Punkt\nDer erste Satz läuft\nüber zwei Zeilen.\n\nNeuer Absatz."
    #expect(split(text) == ["Eine Überschrift ohne Punkt", "Der erste Satz läuft\nüber zwei Zeilen.", "Neuer Absatz."])
  }

  @Test func boilerplateLinesAreSkipped() {
    let text = "Ein Satz.\n  • Teilen per:\nBild einer Fabrik. Quelle: dpa\nLesen Sie auch: Etwas anderes\n© Verlag GmbH – Alle Rechte vorbehalten.\n-0%1%2%3%4%5%\nLetzter Satz."
    #expect(split(text) == ["Ein Satz.", "Letzter Satz."])
  }

  @Test func offsetsCountUnicodeScalars() {
    let text = "Äpfel 🍎 kosten viel. Öl auch."
    let sentences = splitter.sentences(in: ScalarText(text))
    let scalars = Array(text.unicodeScalars)
    for s in sentences {
      #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == s.text)
    }
    #expect(sentences.map(\.start) == [0, 21])
  }
}
