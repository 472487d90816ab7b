import GeflechtCore

/// Public bodies named after a place or a nation (public_bodies.tsv): "das Land Nordrhein-Westfalen", "des
/// Freistaats Bayern", "the Government of India", "the UK government", "die japanische Regierung", "der
/// Bund". They fund, regulate and buy like any organisation; the place inside them is no place of the story.
extension EntityRecognizer {
  /// Words before a body that make it a place again: "in der Stadt Dresden", "im Freistaat Sachsen".
  static let locativeWords: Set<String> = [
    "in", "im", "ins", "nach", "aus", "bei", "within", "across", "throughout", "into", "inside", "to", "at", "from", "near",
  ]
  static let bodyArticles: Set<String> = ["der", "die", "das", "des", "dem", "den", "the"]
  /// German adjective endings after a stem: "japanisch|e", "bayerisch|en".
  static let adjectiveEndings = ["e", "en", "er", "es", "em"]

  /// The public bodies of a sentence; each covers the place mention inside it. A word before a known place
  /// (not after a locative preposition, not "Land" before a country, not before a name that goes on) or
  /// after one, a capitalised "Government of" before unknown name words that end the phrase, a nation's
  /// adjective before a word of government, and "Bund" after an article. O(n + m).
  func publicBodies(in sentence: Sentence, claimed: [Bool], found: [Mention]) -> [Mention] {
    let words = lexicon.publicBodies
    let tokens = sentence.tokens
    var result: [Mention] = []
    func isLocative(_ first: Int) -> Bool {
      var j = first - 1
      if j >= 0, EntityRecognizer.bodyArticles.contains(tokens[j].lowercased) { j -= 1 }
      return j >= 0 && EntityRecognizer.locativeWords.contains(tokens[j].lowercased)
    }
    func body(_ name: String, _ first: Int, _ last: Int) -> Mention {
      let t = tokens[last]
      let genitive = t.endsInApostropheS && !name.hasSuffix("s")
      return Mention(
        ref: entityRef(sentence, .organization, name, subtype: "public", isMedia: false), first: first, last: last,
        surface: sentence.text(tokens[first].start, t.end), isGenitive: genitive)
    }
    for m in found where m.ref.kind == .place && !m.isGenitive && m.head == nil {
      // A word before the place ("Land", "Government of").
      var matched = false
      for length in 1...2 where m.first - length >= 0 {
        let s = m.first - length
        guard !(s..<m.first).contains(where: { claimed[$0] }), let options = words.before[tokens[s].text] else { continue }
        for option in options where option.rest.count == length - 1
          && option.rest.indices.allSatisfy({ tokens[s + 1 + $0].text == option.rest[$0] })
        {
          guard !isLocative(s) else { break }
          // "das Land Israel" is the country; "the Government of Singapore Investment Corporation" names a fund.
          if !option.canonical.hasSuffix(" of"), lexicon.countries.contains(m.ref.name) { break }
          if m.last + 1 < tokens.count, tokens[m.last + 1].isWord, tokens[m.last + 1].isCapitalized || tokens[m.last + 1].isHyphenated { break }
          // German forms take the place's canonical name ("Land NRW" is "Land Nordrhein-Westfalen"), English
          // ones the place as written ("Government of India").
          let place = option.canonical.hasSuffix(" of") ? m.surface : m.ref.name
          result.append(body(option.canonical + " " + place, s, m.last))
          matched = true
          break
        }
        if matched { break }
      }
      if matched { continue }
      // A word after the place ("the UK government").
      // (A place is never followed by "government", so no locative test: "in the UK government's budget".)
      if m.last + 1 < tokens.count, !claimed[m.last + 1], let canonical = words.after[tokens[m.last + 1].text] {
        result.append(body(m.surface + " " + canonical, m.first, m.last + 1))
      }
    }
    for i in tokens.indices where !claimed[i] && (tokens[i].info.map { $0.classes.contains(.publicBodyWord) } ?? words.opensRule(tokens[i])) {
      let t = tokens[i]
      // "the Government of Maharashtra": name words the lists do not know.
      if t.text == "Government", i + 2 < tokens.count, tokens[i + 1].text == "of", !claimed[i + 1] {
        var j = i + 2
        while j < tokens.count, j - i <= 4, !claimed[j], tokens[j].isWord, tokens[j].isCapitalized, !tokens[j].isHyphenated,
          isPlainNameWord(tokens[j]), !isRoleWord(tokens[j]), !isOrgHeadNoun(tokens[j])
        {
          j += 1
        }
        // (Not before another capitalised word: "the Government of Maharashtra Chief Minister …" is no name's end.)
        if j > i + 2, j == tokens.count || !tokens[j].isWord || !tokens[j].isCapitalized && !tokens[j].isHyphenated,
          !result.contains(where: { $0.first <= i && i <= $0.last })
        {
          result.append(body(sentence.text(t.start, tokens[j - 1].end), i, j - 1))
        }
        continue
      }
      // A nation's adjective before a word of government.
      if i > 0, let head = words.heads[t.text], !claimed[i - 1] {
        let a = tokens[i - 1]
        var first = i - 1
        var adjective: String?
        if words.adjectives.contains(a.text) {
          adjective = a.text
          // "South Korean government".
          if first > 0, !claimed[first - 1], EntityRecognizer.placePrefixes.contains(tokens[first - 1].text), tokens[first - 1].text != "New" {
            first -= 1
            adjective = tokens[first].text + " " + a.text
          }
        } else if let ending = EntityRecognizer.adjectiveEndings.first(where: { a.lowercased.hasSuffix($0) }),
          words.adjectives.contains(String(a.lowercased.dropLast(ending.count)))
        {
          let stem = String(a.lowercased.dropLast(ending.count))
          adjective = stem.prefix(1).uppercased() + stem.dropFirst() + "e"
        }
        if let adjective, !result.contains(where: { $0.first <= i && i <= $0.last }) {
          result.append(body(adjective + " " + head, first, i))
        }
        continue
      }
      // "der Bund", "vom Bund", "des Bundes" (not "der Bund der Steuerzahler", "Bund Deutscher Architekten").
      if t.text == "Bund" || t.text == "Bundes", i > 0,
        (t.text == "Bund" ? ["der", "den", "dem", "vom"] : ["des"]).contains(tokens[i - 1].lowercased),
        i + 1 == tokens.count || !(tokens[i + 1].isCapitalized || ["der", "des", "für", "fürs", "deutscher"].contains(tokens[i + 1].lowercased))
      {
        result.append(Mention(ref: entityRef(sentence, .organization, "Bund", subtype: "public", isMedia: false), first: i, last: i, surface: t.text))
      }
    }
    return result
  }
}
