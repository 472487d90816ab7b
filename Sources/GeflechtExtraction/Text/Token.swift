/// A word or a punctuation mark, with its scalar offsets into the document.
struct Token: Sendable {
  enum Kind: Sendable, Hashable { case word, punctuation }

  let kind: Kind
  let start: Int
  let end: Int
  /// The text as written.
  let text: String
  /// The text with typographic apostrophes and hyphens folded, for matching.
  let normalized: String

  var isWord: Bool { kind == .word }
  /// The normalised text in lower case, computed once.
  let lowercased: String
  /// Whether the word contains a hyphen (a compound such as "KI-Start-up").
  let isHyphenated: Bool
  /// A word starting with an upper-case letter.
  let isCapitalized: Bool
  /// What the lexicon says about this text, shared by all tokens with the same text; nil for tokens made
  /// without a `Vocabulary` (lexicon phrases, tests), for which the rules compute each answer themselves.
  let info: WordInfo?

  init(kind: Kind, start: Int, end: Int, text: String, normalized: String) {
    self.kind = kind
    self.start = start
    self.end = end
    self.text = text
    self.normalized = normalized
    self.lowercased = normalized.lowercased()
    self.isHyphenated = normalized.utf8.contains(UInt8(ascii: "-"))
    self.isCapitalized = kind == .word && (text.unicodeScalars.first?.isUppercaseLetter ?? false)
    self.info = nil
  }

  /// A token whose text and answers come from a vocabulary entry.
  init(_ info: WordInfo, start: Int, end: Int) {
    self.kind = info.kind
    self.start = start
    self.end = end
    self.text = info.text
    self.normalized = info.normalized
    self.lowercased = info.lowercased
    self.isHyphenated = info.isHyphenated
    self.isCapitalized = info.isCapitalized
    self.info = info
  }

  /// The parts of a hyphenated compound: "KI-Start-up" → ["KI", "Start", "up"].
  var parts: [Substring] { normalized.split(separator: "-", omittingEmptySubsequences: true) }

  /// Whether the token belongs to a closed word class; computed on the spot without a vocabulary.
  func `is`(_ c: WordClasses) -> Bool {
    (info?.classes ?? WordClasses(self)).contains(c)
  }
}
