/// One sentence of a document: its index among the document's kept sentences, its scalar offsets and text.
struct Sentence: Sendable {
  let index: Int
  let start: Int
  let end: Int
  /// The normalised scalars of the whole document (shared, not copied); the sentence is `start..<end`.
  let scalars: [Unicode.Scalar]
  let tokens: [Token]
  /// The paragraph (block of lines between blank or boilerplate lines, or a line of its own) it stands in.
  var block: Int = 0
  /// How many lines that block spans.
  var blockLines: Int = 1
  /// Offsets and text in the document as written (before normalisation), for evidence.
  var evidenceStart = 0
  var evidenceEnd = 0
  var evidenceText = ""
  /// The vocabulary the tokens came from, which also shares entity references; nil without one.
  var vocabulary: Vocabulary? = nil
  /// The document's language: in English a capitalised word inside a sentence is a name, not a noun, and
  /// no clause has its verb at the end.
  var language: Language = .de

  /// The normalised text.
  var text: String { ScalarText.makeString(scalars[start..<end]) }

  /// The normalised text between two document offsets inside the sentence.
  func text(_ start: Int, _ end: Int) -> String { ScalarText.makeString(scalars[start..<end]) }

  /// The same sentence under another index (after teasers are removed).
  func renumbered(_ index: Int) -> Sentence {
    Sentence(
      index: index, start: start, end: end, scalars: scalars, tokens: tokens, block: block, blockLines: blockLines,
      evidenceStart: evidenceStart, evidenceEnd: evidenceEnd, evidenceText: evidenceText, vocabulary: vocabulary, language: language)
  }
}
