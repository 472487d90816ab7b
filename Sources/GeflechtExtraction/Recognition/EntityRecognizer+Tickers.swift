import GeflechtCore

/// Organisations named by their stock ticker: "Caterpillar (NYSE: CAT)", "Salesforce.com (NYSE:CRM)",
/// "Wheeler Machinery (Nasdaq: WM; TSX: WM)". Only a listed company has a ticker, so one to four
/// name words right before a bracket that opens with a stock exchange (`stock_exchanges.txt`) and a
/// colon are an organisation: an unknown run is claimed, and a person or place the lists saw in the
/// same words ("Charles Schwab (NYSE: SCHW)") becomes the organisation.
///
/// `tickerEnd` also lets a coordinated list pass over the ticker ("Joule Capital Partners, Caterpillar
/// (NYSE: CAT), and Wheeler Machinery").
///
/// - Complexity: O(n) for n tokens: each opening bracket is followed for at most eight tokens.
extension EntityRecognizer {
  /// The index after the closing bracket of a ticker opening at `p` ("(", an exchange, ":", a symbol …
  /// ")", at most eight tokens), or nil.
  func tickerEnd(at p: Int, in tokens: [Token]) -> Int? {
    guard p + 4 < tokens.count, tokens[p].text == "(", lexicon.stockExchanges.contains(tokens[p + 1].text) else { return nil }
    var k = p + 2
    // "NYSE American: X", "Nasdaq GS: X": one more word of the exchange's name.
    if tokens[k].isWord, tokens[k].isCapitalized, k + 1 < tokens.count, tokens[k + 1].text == ":" { k += 1 }
    guard tokens[k].text == ":" else { return nil }
    while k < tokens.count, k - p <= 8 {
      if tokens[k].text == ")" { return k + 1 }
      // Only symbols, exchanges and their separators inside: no sentence.
      guard tokens[k].isWord || [":", ";", ",", ".", "/", "-"].contains(tokens[k].text) else { return nil }
      k += 1
    }
    return nil
  }

  func tickerOrganizations(in sentence: Sentence, claimed: inout [Bool], found: inout [Mention]) {
    let tokens = sentence.tokens
    for p in tokens.indices where p >= 1 && !tokens[p].isWord && tokens[p].text == "(" && tickerEnd(at: p, in: tokens) != nil {
      // A mention the lists found: an organisation stays; a person or place in exactly the name's words
      // becomes one.
      if claimed[p - 1] {
        guard let n = found.lastIndex(where: { $0.last == p - 1 }) else { continue }
        let m = found[n]
        guard m.ref.kind != .organization, !m.isGenitive, m.head == nil, opensNounPhrase(m.first, in: tokens) else { continue }
        let name = sentence.text(tokens[m.first].start, tokens[m.last].end)
        found[n] = Mention(
          ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: m.first, last: m.last, surface: name)
        continue
      }
      // An unknown run of one to four name words (a closing "&" pair or a domain is one of them).
      var a = p
      while a > 0, p - a < 4, !claimed[a - 1], tokens[a - 1].isWord, isNameWordOutsideGazetteer(tokens[a - 1]) || tokens[a - 1].text.contains(".") {
        a -= 1
      }
      // The name opens its phrase, and not every word is a German common noun ("Die Aktie (NYSE: X)").
      guard a < p, opensNounPhrase(a, in: tokens), !(a..<p).allSatisfy({ isCommonNoun(tokens[$0]) }) else { continue }
      let name = sentence.text(tokens[a].start, tokens[p - 1].end)
      for k in a..<p { claimed[k] = true }
      found.append(
        Mention(ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: a, last: p - 1, surface: name))
    }
  }
}
