import GeflechtCore

/// Organisations named by their stock ticker: "Caterpillar (NYSE: CAT)", "Salesforce.com (NYSE:CRM)",
/// "Wheeler Machinery (Nasdaq: WM; TSX: WM)". Only a listed company has a ticker, so one to four
/// name words right before a bracket that opens with a stock exchange (`stock_exchanges.txt`), a colon and
/// symbols (capitals, digits, dots) are an organisation: an unknown run (two words may be joined by a
/// spaced "&": "Meyer & Wunderlich") is claimed, and a person the lists saw in the same words ("Charles
/// Schwab (NYSE: SCHW)") becomes the organisation. Not a designator alone ("The Company (NYSE: HXL)"), a
/// time word or a sentence adverb ("Today", "Yesterday …").
///
/// `tickerEnd` also lets a coordinated list pass over the ticker ("Joule Capital Partners, Caterpillar
/// (NYSE: CAT), and Wheeler Machinery").
///
/// - Complexity: O(n) for n tokens: each opening bracket is followed for at most eight tokens.
extension EntityRecognizer {
  /// The index after the closing bracket of a ticker opening at `p` ("(", an exchange, ":", symbols …
  /// ")", at most eight tokens), or nil.
  func tickerEnd(at p: Int, in tokens: [Token]) -> Int? {
    guard p + 4 < tokens.count, tokens[p].text == "(", lexicon.stockExchanges.contains(tokens[p + 1].text) else { return nil }
    var k = p + 2
    // "NYSE American: X", "Nasdaq GS: X": one more word of the exchange's name.
    if tokens[k].isWord, tokens[k].isCapitalized, k + 1 < tokens.count, tokens[k + 1].text == ":" { k += 1 }
    guard tokens[k].text == ":" else { return nil }
    k += 1
    var symbols = 0
    while k < tokens.count, k - p <= 8 {
      let t = tokens[k]
      if t.text == ")" { return symbols > 0 ? k + 1 : nil }
      if t.isWord {
        // A symbol: up to six capitals, digits and dots ("CAT", "BRK.B", "7203"), or another exchange.
        if !lexicon.stockExchanges.contains(t.text) {
          guard t.text.utf8.count <= 6,
            t.text.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0.properties.numericType != nil || $0 == "." })
          else { return nil }
          symbols += 1
        }
      } else if ![":", ";", ",", ".", "/", "-"].contains(t.text) {
        return nil
      }
      k += 1
    }
    return nil
  }

  func tickerOrganizations(in sentence: Sentence, claimed: inout [Bool], found: inout [Mention]) {
    let tokens = sentence.tokens
    for p in tokens.indices where p >= 1 && !tokens[p].isWord && tokens[p].text == "(" && tickerEnd(at: p, in: tokens) != nil {
      // A mention the lists found: an organisation stays; a person in exactly the name's words becomes one.
      if claimed[p - 1] {
        guard let n = found.lastIndex(where: { $0.last == p - 1 }) else { continue }
        let m = found[n]
        guard m.ref.kind == .person, !m.isGenitive, m.head == nil, opensNounPhrase(m.first, in: tokens) else { continue }
        let name = sentence.text(tokens[m.first].start, tokens[m.last].end)
        found[n] = Mention(
          ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: m.first, last: m.last, surface: name)
        continue
      }
      // An unknown run of one to four name words (a domain or a spaced "&" pair among them).
      var a = p
      while a > 0, p - a < 4, !claimed[a - 1] {
        let t = tokens[a - 1]
        if t.isWord, isNameWordOutsideGazetteer(t) || t.text.contains("."), !isTimeWord(t),
          !EntityRecognizer.sentenceAdverbs.contains(t.lowercased)
        {
          a -= 1
        } else if isSpacedAmpersand(a - 1, in: tokens), a >= 2, !claimed[a - 2], isNameWordOutsideGazetteer(tokens[a - 2]) {
          a -= 2
        } else {
          break
        }
      }
      // The name opens its phrase, and is not all German common nouns ("Die Aktie (NYSE: X)") or designators.
      guard a < p, tokens[a].isWord, opensNounPhrase(a, in: tokens), !(a..<p).allSatisfy({ isCommonNoun(tokens[$0]) }),
        !(a..<p).allSatisfy({ isOrgDesignator(tokens[$0]) || !tokens[$0].isWord }),
        p - a > 1 || !lexicon.orgHeadNouns.contains(tokens[a].lowercased)  // "The Company (NYSE: HXL)"
      else { continue }
      let name = sentence.text(tokens[a].start, tokens[p - 1].end)
      for k in a..<p { claimed[k] = true }
      found.append(
        Mention(ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: a, last: p - 1, surface: name))
    }
  }
}
