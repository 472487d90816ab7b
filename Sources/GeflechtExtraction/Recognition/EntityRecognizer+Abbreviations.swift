import GeflechtCore

extension EntityRecognizer {
  /// Names introduced with their abbreviation: "Federal Energy Regulatory Commission (FERC)", "Digital
  /// Markets Act (DMA)", "Bundesamt für Sicherheit in der Informationstechnik (BSI)". The capitalised words
  /// before the bracket (with lower-case linking words such as "of", "für", "in der" between them, and each
  /// part of a hyphen compound) must have the abbreviation's letters as their initials, in order, and the
  /// last or the first word must be a head of `abbreviated_heads.tsv`, which says the kind. Returns the name's mention
  /// and the abbreviation's, with the same reference; `NameResolver` then finds the abbreviation again in
  /// later sentences. A known one-word place may open the name ("Louisiana Public Service Commission
  /// (LPSC)"); it is then part of it.
  ///
  /// - Complexity: O(n) for n tokens (at most twelve words are looked at before each bracket).
  func abbreviatedNames(in sentence: Sentence, claimed: [Bool], found: [Mention] = []) -> [Mention] {
    let tokens = sentence.tokens
    var result: [Mention] = []
    // (Brackets are no words: the cached bit spares most tokens the string comparison.)
    for b in tokens.indices where b >= 2 && b + 2 < tokens.count && !tokens[b].isWord && tokens[b].text == "(" && tokens[b + 2].text == ")" {
      let abbreviation = tokens[b + 1].text
      let letters = Array(abbreviation.unicodeScalars)
      guard !claimed[b + 1], !claimed[b - 1], (2...8).contains(letters.count),
        letters.allSatisfy({ $0.properties.isUppercase && $0.isASCII })
      else { continue }
      // Initials from the last word backwards.
      var remaining = letters.count
      var k = b - 1
      var start: Int? = nil
      // A one-word place may open the name: "Louisiana Public Service Commission (LPSC)".
      func isOpeningPlace(_ k: Int) -> Bool {
        found.contains { $0.first == k && $0.last == k && $0.ref.kind == .place }
      }
      while k >= 0, b - k <= 12, !claimed[k] || (k < b - 1 && isOpeningPlace(k)), tokens[k].isWord {
        if tokens[k].isCapitalized {
          let initials = tokens[k].parts.compactMap { $0.unicodeScalars.first }.filter { $0.properties.isUppercase }
          guard initials.count <= remaining, Array(letters[(remaining - initials.count)..<remaining]) == initials else { break }
          remaining -= initials.count
          if remaining == 0 {
            start = k
            break
          }
        } else if !EntityRecognizer.linkingWords.contains(tokens[k].lowercased) {
          break
        }
        k -= 1
      }
      // The head is the last word ("… Commission") or, in German, the first ("Zentrum für …",
      // "Fraunhofer-Institut für …").
      func head(_ k: Int) -> NodeKind? { tokens[k].parts.last.flatMap { lexicon.abbreviatedHeads[String($0)] } }
      guard let first = start, b - 1 > first, let kind = head(b - 1) ?? head(first) else { continue }
      let name = sentence.text(tokens[first].start, tokens[b - 1].end)
      let ref = entityRef(sentence, kind, name, subtype: kind == .organization ? "company" : nil, isMedia: false)
      result.append(Mention(ref: ref, first: first, last: b - 1, surface: name))
      result.append(Mention(ref: ref, first: b + 1, last: b + 1, surface: abbreviation))
    }
    return result
  }

  /// Lower-case words inside a name that an abbreviation skips: "Bureau of Industry and Security".
  static let linkingWords: Set<String> = ["of", "for", "and", "on", "the", "für", "der", "die", "des", "in", "und", "zur", "zum", "de", "du", "la"]
}
