import GeflechtCore

/// Places and power plants that no list knows, named by the words around them (site_names.tsv): "Falls
/// County", "Landkreis Elbe-Elster", "the town of Temple", "die Gemeinde Dorfen"; "der Windpark Hedet", "the
/// True North solar PV project", "Swenson Ranch Solar project".
extension EntityRecognizer {
  /// The places and plants of a sentence, none overlapping a claimed word or each other. O(n) in tokens
  /// (each rule looks at most four words back or ahead).
  func siteNames(in sentence: Sentence, claimed: [Bool]) -> [Mention] {
    let words = lexicon.siteNames
    let tokens = sentence.tokens
    // (Most sentences have no word that opens a rule: the class bit answers without the lexicon.)
    func opensRule(_ t: Token) -> Bool { t.info.map { $0.classes.contains(.siteNameWord) } ?? (t.isWord && words.opensRule(t)) }
    guard tokens.contains(where: opensRule) else { return [] }
    var taken = claimed
    var result: [Mention] = []
    func add(_ kind: NodeKind, _ a: Int, _ b: Int, prefix: String = "") {
      let written = sentence.text(tokens[a].start, tokens[b].end)
      let name = prefix.isEmpty ? written : prefix + " " + written
      result.append(
        Mention(
          ref: EntityRef(kind: kind, name: name, subtype: kind == .project ? "infrastructure" : nil, maker: nil, isMedia: false),
          first: prefix.isEmpty ? a : a - 1, last: b, surface: prefix.isEmpty ? written : sentence.text(tokens[a - 1].start, tokens[b].end)))
      for k in (prefix.isEmpty ? a : a - 1)...b { taken[k] = true }
    }
    /// A capitalised word that may be part of a site's name: no function, role or time word.
    func isSiteWord(_ k: Int) -> Bool {
      let t = tokens[k]
      return !taken[k] && t.isWord && t.isCapitalized && t.text.unicodeScalars.count >= 2 && !t.endsInApostropheS && !isStopword(t)
        && !isRoleWord(t) && !isTimeWord(t) && !isOrgHeadNoun(t)
    }
    /// The end of a run of up to `limit` site words from `k` (k - 1 when there is none). A name's tail
    /// ("Ost", "Creek") goes on it after its first word.
    func run(from k: Int, limit: Int, _ accepts: (Int) -> Bool = { _ in true }) -> Int {
      var b = k - 1
      while b + 1 < tokens.count, b + 1 - k < limit,
        isSiteWord(b + 1) && accepts(b + 1) || (b >= k && !taken[b + 1] && words.tails.contains(tokens[b + 1].text))
      {
        b += 1
      }
      return b
    }
    for i in tokens.indices where !taken[i] && opensRule(tokens[i]) {
      let t = tokens[i]
      if t.isCapitalized {
        // "Falls County", "St. Charles Parish" (the name words before the suffix).
        if words.placeSuffixes.contains(t.text), i > 0 {
          var a = i
          while a > 0, i - a < 3, isSiteWord(a - 1) { a -= 1 }
          if a > 0, tokens[a - 1].text == ".", a > 1, ["St", "Saint"].contains(tokens[a - 2].text), !taken[a - 2] { a -= 2 }
          if a < i { add(.place, a, i) }
          continue
        }
        // "Landkreis Elbe-Elster".
        if let canonical = words.placePrefixes[t.text], i + 1 < tokens.count {
          let b = run(from: i + 1, limit: 2) { !self.isCommonNoun(tokens[$0]) || words.tails.contains(tokens[$0].text) }
          if b > i { add(.place, i + 1, b, prefix: canonical) }
          continue
        }
        // "die Gemeinde Dorfen", "der Stadt Ensdorf": one unknown name word.
        if words.placeNouns.contains(t.text), i + 1 < tokens.count, isSiteWord(i + 1), isPlainNameWord(tokens[i + 1]),
          i + 2 == tokens.count || !tokens[i + 2].isCapitalized || !tokens[i + 2].isWord
        {
          add(.place, i + 1, i + 1)
          continue
        }
        // "der Windpark Hedet", "des Offshore-Windparks Borkum Riffgrund", "Windpark namens Peyton Creek II".
        if words.isPlantHead(t.lowercased), i + 1 < tokens.count {
          let a = EntityRecognizer.organisationNamingWords.contains(tokens[i + 1].lowercased) ? i + 2 : i + 1
          guard a < tokens.count, isSiteWord(a), isPlainNameWord(tokens[a]) else { continue }
          var b = run(from: a, limit: 3) { !self.isCommonNoun(tokens[$0]) || words.tails.contains(tokens[$0].text) }
          // A number or numeral closes the name: "Datteln 4", "Peyton Creek II".
          if b + 1 < tokens.count, !taken[b + 1],
            tokens[b + 1].text.count <= 3 && (tokens[b + 1].text.allSatisfy(\.isNumber) || tokens[b + 1].text.allSatisfy({ "IVX".contains($0) }))
          {
            b += 1
          }
          add(.project, a, b)
        }
        continue
      }
      // "the True North solar PV project", "Swenson Ranch Solar project", "the town of Temple".
      if words.placeIntroducers.contains(t.text), i + 2 < tokens.count, tokens[i + 1].text == "of" {
        let b = run(from: i + 2, limit: 3)
        if b > i + 1 { add(.place, i + 2, b) }
        continue
      }
      guard words.plantNouns.contains(t.text), i >= 2 else { continue }
      var e = i
      // Energy words in lower case (or capitals: "PV") describe the plant.
      while e > 0, !taken[e - 1], words.energyWords.contains(tokens[e - 1].lowercased),
        !tokens[e - 1].isCapitalized || tokens[e - 1].text == tokens[e - 1].text.uppercased()
      {
        e -= 1
      }
      var a = e
      // (Not an abbreviation: "one EV battery plant"; nor a nation's adjective: "the largest German offshore
      // wind farm".)
      while a > 0, e - a < 4, isSiteWord(a - 1), !RelationExtractor.isShortCapitals(tokens[a - 1]),
        !lexicon.publicBodies.adjectives.contains(tokens[a - 1].text)
      {
        a -= 1
      }
      guard a < e else { continue }
      let namedEnergy = words.energyWords.contains(tokens[e - 1].lowercased)  // "… Ranch Solar project"
      // A plant needs its energy words ("True North solar project") or a name of two words ending in one.
      // (A lone word opening the sentence is no name: "Solar projects …".)
      guard e < i || (namedEnergy && e - a >= 2), e - a >= 2 || a > 0 && !isSentenceStart(a, in: tokens) else { continue }
      add(.project, a, e - 1)
    }
    return result
  }
}
