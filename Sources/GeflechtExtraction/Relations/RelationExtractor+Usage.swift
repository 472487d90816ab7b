import GeflechtCore

/// Who uses a company's product is its customer: the company supplies the user.
///
/// - Passive: "Moveworks' technology is used by companies including Unilever and GitHub", "Its software is
///   used by Siemens" ("its": an organisation before it in the sentence, else the previous sentence's only
///   one), "Die Plattform von Celonis wird von Siemens und BMW genutzt".
/// - A relative clause on the product: "Cognigy hat eine KI-Plattform entwickelt, die Unternehmen wie
///   Lufthansa, Allianz und Ergo nutzen", "X offers a platform that Siemens and BMW use".
/// - The product fronted: "Die Software von Celonis nutzen unter anderem Siemens und BMW".
///
/// The product is a product noun (product_nouns.txt) or "technology/Technologie"; its maker is the
/// genitive before it, the name after its "of/von", a possessive's referent, or (relative clause) the
/// sentence's first organisation outside a prepositional phrase. The users are the organisations after
/// "by/von" (past a plural noun and "including/wie"), or between the relative pronoun and the verb, or after
/// the fronted verb. O(n + m) per sentence; a sentence without a word of use costs one pass over its tokens.
extension RelationExtractor {
  static let passiveUseWords: Set<String> = ["used", "deployed", "genutzt", "eingesetzt", "verwendet"]
  static let useVerbs: Set<String> = ["nutzen", "nutzt", "use", "uses", "verwenden", "einsetzen"]
  static let technologyWords: Set<String> = ["technology", "technologies", "technologie", "technologien"]
  /// Words that may stand between a user and its verb of use or the product: "ASML will Mistrals Modelle
  /// einsetzen", "Bosch already uses Nvidia's chips".
  static let userVerbCompanions: Set<String> = [
    "will", "would", "could", "can", "also", "now", "already", "still", "to", "plans", "wants", "has", "have", "is", "soll",
    "wird", "kann", "möchte", "auch", "bereits", "künftig", "nun", "jetzt", "schon", "weiter", "weiterhin",
  ]

  private func isProductWord(_ t: Token) -> Bool {
    guard t.isWord else { return false }
    let w = t.isHyphenated ? String(t.parts.last ?? "").lowercased() : t.lowercased
    return lexicon.endsInProductNoun(w) || RelationExtractor.technologyWords.contains(w)
  }

  func usageStatements(_ sentence: Sentence, _ mentions: [Mention], _ context: Context, _ add: Add) {
    let t = sentence.tokens
    guard mentions.count >= 1,
      let k = t.indices.first(where: { t[$0].is(.useWord) && !t[$0].isCapitalized })
    else { return }
    let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isImplicit }
    guard !orgs.isEmpty else { return }
    /// The users from `start`: an organisation within four words (a plural noun and "including/wie" may stand
    /// between), with those coordinated with it, before `end`.
    func users(from start: Int, before end: Int) -> [Mention] {
      guard let first = orgs.first(where: { m in
        m.first >= start && m.first <= start + 5 && m.last < end && !m.isGenitive
          && t[start..<m.first].allSatisfy { $0.isWord && (!$0.isCapitalized || $0.info?.isOrgHeadNoun == true || $0.is(.definiteArticle)) }
      }) else { return [] }
      // (Not a speaker after the list: "… is used by Bosch, SAP said".)
      return expand(first, forwardIn: orgs.filter { $0.last < end }, tokens: t).filter { !RelationExtractor.isTrailingSpeaker($0, t) }
    }
    /// The maker of the product noun at `p`: a genitive before it (past lower-case words), the name after its
    /// "of/von", or a possessive's referent.
    func maker(of p: Int) -> Mention? {
      var g = p - 1
      while g >= 0, p - g <= 3, t[g].isWord, !t[g].isCapitalized, !isAnyPossessive(t[g]) { g -= 1 }
      if g >= 0, let m = orgs.first(where: { $0.last == g && $0.isGenitive }) { return m }
      // "Celonis' software": the apostrophe stands apart.
      if g >= 1, ["'", "’"].contains(t[g].text), let m = orgs.first(where: { $0.last == g - 1 }) { return m }
      if g >= 0, isAnyPossessive(t[g]) { return possessiveReferent(at: g, orgs, t, context) }
      if p + 2 < t.count, ["of", "von", "vom"].contains(t[p + 1].lowercased),
        let m = orgs.first(where: { $0.first == p + 2 || ($0.first == p + 3 && t[p + 2].is(.definiteArticle)) })
      {
        return m
      }
      return nil
    }
    func supply(_ provider: Mention, _ list: [Mention]) {
      for u in list where u.ref.key != provider.ref.key { add(provider, u, .supplies, nil, k) }
    }
    let w = t[k].lowercased
    if RelationExtractor.passiveUseWords.contains(w) {
      // The product before the passive: "<product> is used", "<product> wird von … genutzt", "<product>, which
      // is used".
      guard let p = (max(0, k - 12)..<k).last(where: { isProductWord(t[$0]) }),
        t[(p + 1)..<k].contains(where: { RelationExtractor.passiveAuxiliaries.contains($0.lowercased) }),
        let provider = maker(of: p)
      else { return }
      if k + 1 < t.count, t[k + 1].lowercased == "by" {
        supply(provider, users(from: k + 2, before: t.count))
      } else if let von = ((p + 1)..<k).first(where: { ["von", "vom"].contains(t[$0].lowercased) && $0 > p + 2 }) {
        supply(provider, users(from: von + 1, before: k))
      }
      return
    }
    // The product fronted: "Die Software von Celonis nutzen unter anderem Siemens und BMW".
    if let p = (0..<min(3, k)).first(where: { isProductWord(t[$0]) }), let provider = maker(of: p), provider.last + 1 == k {
      var s = k + 1
      while s < t.count, s - k <= 3, t[s].isWord, !t[s].isCapitalized { s += 1 }  // "unter anderem", "auch"
      supply(provider, users(from: s, before: t.count))
      return
    }
    // The active user with a maker's product as the object: "Bosch nutzt Nvidias Chips", "Bosch uses Nvidia's
    // chips" (the product within four words after the verb), "ASML will Mistrals KI-Modelle einsetzen" (before
    // a verb that closes the clause); the user is the organisation before both in the clause.
    // (Only with a possessor near the verb: most sentences with a word of use have none.)
    if orgs.contains(where: { $0.isGenitive && $0.first > k - 9 && $0.first < k + 5 }),
      // (Not in a relative clause: a pronoun after a comma, "…, die Nvidias Chips nutzen".)
      !(max(1, k - 12)..<max(1, k)).contains(where: { t[$0 - 1].text == "," && RelationExtractor.relativePronouns.contains(t[$0].lowercased) })
    {
      let after = ((k + 1)..<min(k + 5, t.count)).first(where: { isProductWord(t[$0]) && inSameClause(k, $0, t) })
      let before = k + 1 == t.count || !t[k + 1].isWord
        ? (max(0, k - 8)..<k).last(where: { isProductWord(t[$0]) && inSameClause($0, k, t) }) : nil
      if let p = after ?? before, let provider = maker(of: p), provider.isGenitive,
        // (German inversion, after a German verb: the user right after it, "Laut Bosch nutzt Mercedes-Benz Nvidias Chips".)
        let user = orgs.first(where: {
          $0.first == k + 1 && !$0.isGenitive && $0.last < provider.first && !["use", "uses"].contains(t[k].lowercased)
        })
          ?? orgs.last(where: { $0.last < min(k, provider.first) && !$0.isGenitive && !isInPrepositionalPhrase($0, t) }),
        // (Only auxiliaries and adverbs between the user and the verb or the product: not "Microsoft said
        // customers use Nvidia's chips".)
        user.first == k + 1
          || t[(user.last + 1)..<min(k, provider.first)].allSatisfy({ RelationExtractor.userVerbCompanions.contains($0.lowercased) })
      {
        supply(provider, [user])
        return
      }
    }
    // A relative clause on the product: "…, eine Plattform, die Unternehmen wie A und B nutzen".
    // (The product may stand before a clause-final participle: "hat eine Plattform entwickelt, die …".)
    guard k >= 3, let rel = (max(1, k - 12)..<k).last(where: { RelationExtractor.relativePronouns.contains(t[$0].lowercased) }),
      let p = (max(0, rel - 4)..<rel).last(where: { isProductWord(t[$0]) }),
      t[(p + 1)..<rel].allSatisfy({ $0.text == "," || ($0.isWord && !$0.isCapitalized) }),
      let provider = orgs.first(where: { $0.last < p && !$0.isGenitive && !isInPrepositionalPhrase($0, t) })
    else { return }
    supply(provider, users(from: rel + 1, before: k))
  }
}

extension RelationExtractor {
  /// The organisation a possessive ("its", "seine") at `g` stands for: the last organisation before it
  /// outside a prepositional phrase, else the previous sentence's company when it named only one
  /// ("Siemens and SAP … Its software" is either's).
  func possessiveReferent(at g: Int, _ orgs: [Mention], _ t: [Token], _ context: Context) -> Mention? {
    if let m = orgs.last(where: { $0.last < g && !$0.isGenitive && !isInPrepositionalPhrase($0, t) }) { return m }
    return context.previousOnlyOrganisation.map { implicit($0.ref, at: g) }
  }
}
