import GeflechtCore

/// Units named by the apposition after them: "Syna, die Netztochter des Regionalversorgers Süwag",
/// "Samsung Next, die Wagniskapitaltochter des Elektronikkonzerns Samsung", "RWE Power, der
/// Braunkohlentochter des Energiekonzerns RWE", "Acme Grid, a unit of …".
///
/// Before a comma, one to three name words no list knows (capitalised, no first name, time word or role), or
/// a known one-word organisation and one or two such words ("RWE Power"); after the comma an article, at
/// most two lower-case or nationality words, a subsidiary noun (`RelationExtractor.isSubsidiaryNoun`, as
/// cached in the token's `WordInfo`: "Tochter", "Investmentarm", "unit"), "des/der/von/of" and a known
/// organisation (past an article, adjectives and an organisation noun, where the walk stops at any other
/// capitalised word: "die Tochter des Gründers von Siemens" is a daughter); no former unit. The name opens
/// its noun phrase and is no seat ("aus Montabaur"). It becomes an organisation (replacing the known one it
/// starts with; a public body's unit is public); `RelationExtractor` then reads the ownership from the
/// apposition.
///
/// - Complexity: O(n·m) for n tokens and m mentions, m small: each comma looks at most eleven tokens
/// ahead and three back.
extension EntityRecognizer {
  static let unitAppositionArticles: Set<String> = ["der", "die", "dem", "den", "des", "einer", "eine", "ein", "the", "a", "an"]

  func unitsNamedByApposition(in sentence: Sentence, claimed: inout [Bool], found: inout [Mention]) {
    let tokens = sentence.tokens
    for c in tokens.indices where c >= 1 && c + 4 < tokens.count && tokens[c].is(.comma) {
      guard EntityRecognizer.unitAppositionArticles.contains(tokens[c + 1].lowercased) else { continue }
      var k = c + 2
      while k < tokens.count, k - c < 4, tokens[k].isWord, !(tokens[k].info?.isSubsidiaryNoun ?? false), !tokens[k].is(.preposition),
        !tokens[k].isCapitalized || lexicon.publicBodies.isNationAdjective(tokens[k])
      {
        k += 1
      }
      // (A former unit is none: "Cruise, the former self-driving unit of General Motors".)
      if tokens[(c + 2)..<min(k, tokens.count)].contains(where: { $0.is(.former) }) { continue }
      guard k + 1 < tokens.count, tokens[k].info?.isSubsidiaryNoun ?? false,
        ["des", "der", "von", "vom", "of"].contains(tokens[k + 1].lowercased)
      else { continue }
      // The parent: an organisation after the preposition, past an article, adjectives and an organisation
      // noun ("des Essener Energiekonzerns RWE"); not a person's noun ("die Tochter des Gründers von Siemens").
      var j = k + 2
      while j < tokens.count, j - k <= 5, tokens[j].isWord, !tokens[j].is(.preposition), !isRoleWord(tokens[j]),
        !found.contains(where: { $0.first == j }),
        !tokens[j].isCapitalized || isOrgHeadNoun(tokens[j]) || lexicon.publicBodies.isNationAdjective(tokens[j]) || tokens[j].text.hasSuffix("er")
          || tokens[j].is(.definiteArticle)
      {
        j += 1
      }
      guard let parent = found.first(where: { $0.first == j }), parent.ref.kind == .organization,
        (k + 2..<j).allSatisfy({ !isRoleWord(tokens[$0]) })
      else { continue }
      // The name before the comma.
      var a = c
      while a > 0, c - a < 3, !claimed[a - 1], isPlainNameWord(tokens[a - 1]) { a -= 1 }
      var start = a
      // "RWE Power", "Samsung Next": a known one-word organisation before one or two new words (common
      // nouns too) opens the name.
      var b = c
      while b > 0, c - b < 2, !claimed[b - 1], isNameWordOutsideGazetteer(tokens[b - 1]), !isFirstName(tokens[b - 1]) { b -= 1 }
      if b < c, b >= 1, let known = found.first(where: { $0.first == b - 1 && $0.last == b - 1 }), known.ref.kind == .organization,
        !known.ref.isMedia, !known.isGenitive, known.head == nil, !tokens[b - 1].isHyphenated
      {
        a = b
        start = b - 1
      }
      guard a < c else { continue }
      // "T.Capital": a capital letter and a full stop written onto the name.
      if start == a, a >= 2, tokens[a - 1].text == ".", tokens[a - 1].start == tokens[a - 2].end, tokens[a].start == tokens[a - 1].end,
        tokens[a - 2].text.count == 1, tokens[a - 2].isCapitalized, !claimed[a - 2]
      {
        start = a - 2
      }
      // Not a seat: "die Ionos SE aus Montabaur, einer Tochter des …" (the town is no unit).
      guard opensNounPhrase(start, in: tokens),
        start == 0 || !EntityRecognizer.locativePrepositions.contains(tokens[start - 1].lowercased)
      else { continue }
      // A lone word at the sentence's start may be an adverb or a noun ("Auch, …" is no name).
      if start == a, isSentenceStart(a, in: tokens), c == a + 1, isCommonNoun(tokens[a]) || isStopword(tokens[a]) { continue }
      if start < a {
        found.removeAll { $0.first == start && $0.last == start }
      }
      let name = sentence.text(tokens[start].start, tokens[c - 1].end)
      for j in start..<c { claimed[j] = true }
      // (A unit of a public body is no company: "Quornet, einer Spezialeinheit der Bundespolizei".)
      let subtype = parent.ref.subtype == "public" ? "public" : "company"
      found.append(
        Mention(ref: entityRef(sentence, .organization, name, subtype: subtype, isMedia: false), first: start, last: c - 1, surface: name))
    }
  }
}
