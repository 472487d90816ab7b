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

  func language(of text: ScalarText) -> Language {
    var votes: [Language: Int] = [:]
    var seen = 0
    var word = String.UnicodeScalarView()
    func flush() {
      guard !word.isEmpty else { return }
      let w = String(word).lowercased()
      for (language, set) in words where set.contains(w) { votes[language, default: 0] += 1 }
      word.removeAll(keepingCapacity: true)
      seen += 1
    }
    for i in 0..<text.count {
      let c = text[i]
      if c.isLetter { word.append(c) } else { flush() }
      if seen >= sampleTokens { break }
    }
    flush()
    return votes[.en, default: 0] > votes[.de, default: 0] ? .en : .de
  }
}
