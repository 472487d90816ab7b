import GeflechtCore

/// Organisations no list knows, named in the apposition of a person's role:
/// - "Frank Huang, Chairman of PSMC,", "Ian Fogg, industry analyst at CCS Insight,", "Anna Roe, Chefin von
///   Acme,": after the person and a comma, up to three words of the role (role words, their modifiers
///   and lower-case descriptions), then "of/at/bei/von" and a run of unknown name words that ends the
///   apposition (a comma, a full stop, a bracket, "in", "said" … : nothing capitalised, and no second
///   "at/of", also past a coordinated word, which would make the run a department: "head of Research and
///   Development at Acme"). The run may not open with a word that names a department, function or
///   region (`role_portfolios.txt`: "Product", "Human Resources", "Americas"; "Torvane Research" may end
///   with one).
/// - "Kate Johnson, Lumen president and CEO, said": after the person and a comma, one or two unknown name
///   words right before the role word (not an adjective or a role modifier: "Jane Roe, Former CEO").
///
/// A person's own apposition is what makes these reliable; the same words elsewhere ("head of Research")
/// name no organisation.
///
/// - Complexity: O(n) for n tokens: each person mention starts a search over at most eight tokens.
extension EntityRecognizer {
  static let roleAppositionLinks: Set<String> = ["of", "at", "bei", "von"]
  /// Words after the run that would make it part of a longer phrase: "head of Research at Acme".
  static let roleAppositionContinuations: Set<String> = ["of", "at", "bei", "von", "for", "für", "der", "des"]

  func roleAppositionOrganizations(in sentence: Sentence, claimed: inout [Bool], found: inout [Mention]) {
    let tokens = sentence.tokens
    let persons = found.filter { $0.ref.kind == .person }
    for p in persons {
      let c = p.last + 1
      guard c + 2 < tokens.count, tokens[c].is(.comma) else { continue }
      if let (a, end) = organisationAfterRole(from: c + 1, in: tokens, claimed: claimed) ?? organisationBeforeRole(from: c + 1, in: tokens, claimed: claimed) {
        let name = sentence.text(tokens[a].start, tokens[end - 1].end)
        for k in a..<end { claimed[k] = true }
        found.append(
          Mention(ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: a, last: end - 1, surface: name))
      }
    }
  }

  /// "Chairman of PSMC", "industry analyst at CCS Insight": the unknown run after the role's link word.
  private func organisationAfterRole(from s: Int, in tokens: [Token], claimed: [Bool]) -> (Int, Int)? {
    var k = s
    var sawRole = false
    while k < tokens.count, k - s < 4, tokens[k].isWord, !claimed[k] {
      if isRoleWord(tokens[k]) {
        sawRole = true
      } else if tokens[k].isCapitalized && !EntityRecognizer.roleModifiers.contains(tokens[k].lowercased) {
        break
      }
      if sawRole, k + 1 < tokens.count, EntityRecognizer.roleAppositionLinks.contains(tokens[k + 1].lowercased) { break }
      k += 1
    }
    guard sawRole, k + 2 < tokens.count, EntityRecognizer.roleAppositionLinks.contains(tokens[k + 1].lowercased) else { return nil }
    var a = k + 2
    if ["the", "der", "dem"].contains(tokens[a].lowercased) { a += 1 }
    guard let end = unknownNameRun(from: a, in: tokens, claimed: claimed),
      !lexicon.rolePortfolios.contains(tokens[a].text)
    else { return nil }
    // A continuation after the run, also past a coordinated department ("of Research and Development at
    // Bayer"), makes the run a department.
    var c = end
    while c < tokens.count, c - end < 5, tokens[c].isWord, tokens[c].isCapitalized || tokens[c].is(.coordinator) || tokens[c].text == "&" {
      c += 1
    }
    if c < tokens.count, EntityRecognizer.roleAppositionContinuations.contains(tokens[c].lowercased) { return nil }
    return (a, end)
  }

  /// "Lumen president and CEO": one or two unknown name words right before a role word.
  private func organisationBeforeRole(from a: Int, in tokens: [Token], claimed: [Bool]) -> (Int, Int)? {
    var r = a
    while r < tokens.count, r - a < 2, !claimed[r], isPlainNameWord(tokens[r]), !EntityRecognizer.looksLikeAdjective(tokens[r].text), !EntityRecognizer.roleModifiers.contains(tokens[r].lowercased),
      tokens[r].parts.allSatisfy({ $0.first?.isUppercase ?? false })
    {
      r += 1
    }
    // (A genitive before the role is left to the name resolver: "Jane Roe, Standard Power’s CEO,".)
    guard r > a, r < tokens.count, !claimed[r], isRoleWord(tokens[r]), !lexicon.rolePortfolios.contains(tokens[a].text),
      !tokens[r - 1].endsInApostropheS,
      !tokens[r].isCapitalized || tokens[r].text == tokens[r].text.uppercased()
    else { return nil }
    return (a, r)
  }
}
