/// A word or a punctuation mark, with its scalar offsets into the document.
struct Token: Sendable, Hashable {
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

  init(kind: Kind, start: Int, end: Int, text: String, normalized: String) {
    self.kind = kind
    self.start = start
    self.end = end
    self.text = text
    self.normalized = normalized
    self.lowercased = normalized.lowercased()
    self.isHyphenated = normalized.utf8.contains(UInt8(ascii: "-"))
  }
  var isCapitalized: Bool { isWord && (text.unicodeScalars.first?.isUppercaseLetter ?? false) }
  /// The parts of a hyphenated compound: "KI-Start-up" → ["KI", "Start", "up"].
  var parts: [Substring] { normalized.split(separator: "-", omittingEmptySubsequences: true) }
}
