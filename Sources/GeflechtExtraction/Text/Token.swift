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
  var lowercased: String { normalized.lowercased() }
  var isCapitalized: Bool { isWord && (text.unicodeScalars.first?.isUppercaseLetter ?? false) }
  /// The parts of a hyphenated compound: "KI-Start-up" → ["KI", "Start", "up"].
  var parts: [Substring] { normalized.split(separator: "-", omittingEmptySubsequences: true) }
}
