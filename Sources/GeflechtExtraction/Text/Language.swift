/// The language of a document, as far as the rules need to know it.
public enum Language: String, Sendable, Hashable, CaseIterable {
  case de, en
}

/// Tells German from English by counting frequent function words (`language_stopwords.tsv`).
///
/// Each word token that is a listed function word of a language counts one vote; the language with more
/// votes wins, German on a tie (the corpus default). Reading the first `sampleTokens` words is enough.
struct LanguageDetector: Sendable {
  let words: [Language: Set<String>]
  var sampleTokens = 150

  /// - Parameter vocabulary: Caches the votes of each distinct letter run; the answer is the same without.
  /// - Complexity: O(length of the text read), at most about `sampleTokens` words.
  func language(of text: ScalarText, vocabulary: Vocabulary? = nil) -> Language {
    var (de, en) = (0, 0)
    func vote(_ language: Language) {
      switch language {
      case .de: de += 1
      case .en: en += 1
      }
    }
    var seen = 0
    var start = -1
    func flush(_ end: Int) {
      guard start >= 0 else { return }
      if let vocabulary {
        for language in vocabulary.languageVotes(text, start..<end, words: words) { vote(language) }
      } else {
        let w = text.string(start..<end).lowercased()
        for (language, set) in words where set.contains(w) { vote(language) }
      }
      start = -1
      seen += 1
    }
    for i in 0..<text.count {
      if text[i].isLetter {
        if start < 0 { start = i }
      } else {
        flush(i)
      }
      if seen >= sampleTokens { break }
    }
    flush(text.count)
    return en > de ? .en : .de
  }
}
