/// A word or a punctuation mark, with its scalar offsets into the document.
///
/// A token is two offsets and one reference to its `TokenForm` (the text and what is known about it), so
/// copying a token retains one object instead of three strings and a `WordInfo`. Tokens from a `Vocabulary`
/// share one `WordInfo` (a `TokenForm` subclass) per distinct text.
struct Token: Sendable {
  enum Kind: Sendable, Hashable { case word, punctuation }

  // (The accessors below are forced inline: the rules read them for nearly every token, and in the long
  // rule functions the optimiser otherwise leaves them as calls, with a retain and release each.)
  private let startOffset: Int32
  private let endOffset: Int32
  /// The text and what the lexicon says about it, shared by all tokens with the same text.
  let form: TokenForm

  @inline(__always) var kind: Kind { form.kind }
  var start: Int { Int(startOffset) }
  var end: Int { Int(endOffset) }
  /// The text as written.
  @inline(__always) var text: String { form.text }
  /// The text with typographic apostrophes and hyphens folded, for matching.
  @inline(__always) var normalized: String { form.normalized }

  @inline(__always) var isWord: Bool { form.kind == .word }
  /// The normalised text in lower case, computed once.
  @inline(__always) var lowercased: String { form.lowercased }
  /// Whether the word contains a hyphen (a compound such as "KI-Start-up").
  @inline(__always) var isHyphenated: Bool { form.isHyphenated }
  /// A word starting with an upper-case letter.
  @inline(__always) var isCapitalized: Bool { form.isCapitalized }
  /// What the lexicon says about this text, shared by all tokens with the same text; nil for tokens made
  /// without a `Vocabulary` (lexicon phrases, tests), for which the rules compute each answer themselves.
  @inline(__always) var info: WordInfo? { form.isWordInfo ? unsafeDowncast(form, to: WordInfo.self) : nil }

  /// A token with a form of its own; `keepsParts` splits a compound's parts once, for a form that will be
  /// asked for them often (a vocabulary's new word).
  init(kind: Kind, start: Int, end: Int, text: String, normalized: String, keepsParts: Bool = false) {
    self.startOffset = Int32(truncatingIfNeeded: start)
    self.endOffset = Int32(truncatingIfNeeded: end)
    self.form = TokenForm(kind: kind, text: text, normalized: normalized, keepsParts: keepsParts)
  }

  /// A token whose text and answers come from a vocabulary entry.
  init(_ info: WordInfo, start: Int, end: Int) {
    self.startOffset = Int32(truncatingIfNeeded: start)
    self.endOffset = Int32(truncatingIfNeeded: end)
    self.form = info
  }

  /// The parts of a hyphenated compound: "KI-Start-up" → ["KI", "Start", "up"].
  var parts: [Substring] {
    // Without a hyphen byte there is no "-" character to split at, so `split` would return the whole word
    // (or nothing for an empty text); most words take this path without walking their characters.
    guard isHyphenated else { return normalized.isEmpty ? [] : [normalized[...]] }
    return form.hyphenParts ?? normalized.split(separator: "-", omittingEmptySubsequences: true)
  }

  /// Whether token `k` of `tokens` is a dash with spaces on both sides, as around an aside ("Carbo Culture –
  /// a startup …", "Avangrid – the US subsidiary of …").
  static func isSpacedDash(_ k: Int, in tokens: [Token]) -> Bool {
    k >= 1 && k + 1 < tokens.count && tokens[k].normalized == "-" && tokens[k - 1].end < tokens[k].start && tokens[k].end < tokens[k + 1].start
  }

  /// Whether the text as written ends in "'s" or "’s" (an English genitive: "OpenAI's").
  var endsInApostropheS: Bool { info?.endsInApostropheS ?? Token.endsInApostropheS(text) }

  static func endsInApostropheS(_ text: String) -> Bool { text.hasSuffix("'s") || text.hasSuffix("’s") }

  /// The class of a site word (`Lexicon.siteWords`), cached in the token's `WordInfo` when it has one.
  func siteKind(in lexicon: Lexicon) -> SiteWords.Kind? { info.map(\.siteKind) ?? lexicon.siteWords.kind(of: self) }

  /// Whether the token belongs to a closed word class; computed on the spot without a vocabulary.
  @inline(__always)
  func `is`(_ c: WordClasses) -> Bool {
    (info?.classes ?? WordClasses(self)).contains(c)
  }
}

/// A token's text in its three forms and its shape, immutable. `WordInfo` adds the lexicon's answers.
class TokenForm: @unchecked Sendable {  // immutable; not final only for WordInfo
  let kind: Token.Kind
  /// The text as written.
  let text: String
  /// The text with typographic apostrophes and hyphens folded, for matching.
  let normalized: String
  /// The normalised text in lower case.
  let lowercased: String
  /// Whether the word contains a hyphen.
  let isHyphenated: Bool
  /// A word starting with an upper-case letter.
  let isCapitalized: Bool
  /// Whether this is a `WordInfo` (read instead of a dynamic cast).
  let isWordInfo: Bool
  /// `normalized` split at its hyphens (empty pieces dropped) when it holds one, else empty: the
  /// `Token.parts` of a compound, which the rules ask for again and again, split once. Nil for forms made
  /// without `keepsParts` (lexicon phrases, tests), which split when asked.
  let hyphenParts: [Substring]?

  init(kind: Token.Kind, text: String, normalized: String, keepsParts: Bool = false) {
    self.kind = kind
    self.text = text
    self.normalized = normalized
    self.lowercased = normalized.lowercased()
    self.isHyphenated = normalized.utf8.contains(UInt8(ascii: "-"))
    self.hyphenParts = !keepsParts ? nil : isHyphenated ? normalized.split(separator: "-", omittingEmptySubsequences: true) : []
    self.isCapitalized = kind == .word && (text.unicodeScalars.first?.isUppercaseLetter ?? false)
    self.isWordInfo = false
  }

  /// The same form, as the base of a `WordInfo`.
  init(wordInfoOf form: TokenForm) {
    kind = form.kind
    text = form.text
    normalized = form.normalized
    lowercased = form.lowercased
    isHyphenated = form.isHyphenated
    isCapitalized = form.isCapitalized
    hyphenParts = form.hyphenParts
    isWordInfo = true
  }
}
