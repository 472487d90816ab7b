import GeflechtCore

/// A title after "Its" opening the sentence, then the person: "Its chief executive, Jane Roe, said", "Its new
/// CFO John Doe".
///
/// "Its" stands for the previous sentence's only organisation when that opened its sentence (`itsCompany`).
/// Only "its": German "sein/dessen" stand for the nearest noun as often ("Volkswagen verhandelt mit dem
/// Betriebsrat. Dessen Chefin …"). Role modifiers may stand between the possessive and the role word
/// ("chief", "new"); a former post ("Its former CEO") is none.
///
/// - Complexity: O(m) for m mentions, each looked at with a window of at most six tokens.
extension RelationExtractor {
  static let newTitleWords: Set<String> = ["new", "current", "longtime"]

  func possessiveTitleStatements(_ sentence: Sentence, _ mentions: [Mention], _ context: Context, _ add: Add) {
    let t = sentence.tokens
    guard t.count > 3, t[0].lowercased == "its",
      let p = mentions.first, p.ref.kind == .person, p.first >= 2, p.first <= 7
    else { return }
    var r = p.first - 1
    while r > 1, t[r].is(.title) { r -= 1 }
    if r > 1, t[r].text == "," {
      // The name closes the apposition: "Its CEO, Jane Roe, said" (not "Its CEO, Jane Roe and …").
      guard p.last + 1 < t.count, [",", "."].contains(t[p.last + 1].text) || Token.isSpacedDash(p.last + 1, in: t) else { return }
      r -= 1
    }
    guard let relation = roleRelation(of: t[r]) else { return }
    var a = r - 1
    while a > 0, t[a].isWord, !t[a].isCapitalized || roleRelation(of: t[a]) != nil,
      RelationExtractor.roleModifiers.contains(t[a].lowercased) || RelationExtractor.newTitleWords.contains(t[a].lowercased)
        || roleRelation(of: t[a]) != nil
    {
      a -= 1
    }
    guard a == 0, !isFormer(1..<r, t) else { return }
    guard let o = itsCompany(before: 0, t, mentions, context) else { return }
    add(p, o, relation, t[r].text, nil)
  }
}

/// A title after "its" as a predicate of a person: "Nik Storonsky remains its chief executive", "Storonsky
/// co-founded Revolut in 2015 and remains its chief executive", "Stefan Hoechbauer serves as its managing
/// director".
///
/// The person is the last one named before the verb, or the one a relative clause with the verb describes
/// (", who … and remains its CEO"); "its" stands for the last organisation named between the person and
/// "and" before the verb ("co-founded Revolut … and remains its"; not after "from/at/of"), else for the
/// company `itsCompany` finds (the sentence's or the previous sentence's opening organisation). A former
/// post, or a verb other than a present copula ("is", "remains", "became", "serves as"), says nothing.
///
/// - Complexity: O(t + m) for t tokens and m mentions.
extension RelationExtractor {
  static let titleCopulas: Set<String> = ["is", "remains", "remained", "became", "becomes", "stays", "stayed"]
  static let titleServingVerbs: Set<String> = ["serves", "served", "acts", "acted"]

  func predicateTitleStatements(_ sentence: Sentence, _ mentions: [Mention], _ context: Context, _ add: Add) {
    let t = sentence.tokens
    guard sentence.language != .de, mentions.contains(where: { $0.ref.kind == .person }) else { return }
    for i in t.indices.dropFirst() where t[i].lowercased == "its" {
      // The copula: "remains its", "serves as its".
      let verb = t[i - 1].lowercased == "as" && i >= 2 && RelationExtractor.titleServingVerbs.contains(t[i - 2].lowercased) ? i - 2 : i - 1
      guard RelationExtractor.titleCopulas.contains(t[verb].lowercased) || verb == i - 2 else { continue }
      // The role after modifiers: "its chief executive", "its managing director".
      var r = i + 1
      while r < t.count, r - i <= 3, t[r].isWord, roleRelation(of: t[r]) == nil,
        RelationExtractor.roleModifiers.contains(t[r].lowercased) || RelationExtractor.newTitleWords.contains(t[r].lowercased)
      {
        r += 1
      }
      guard r < t.count, r - i <= 3, let relation = roleRelation(of: t[r]), !isFormer((i + 1)..<r, t) else { continue }
      // (In a relative clause, its antecedent: "Nik Storonsky, who co-founded Revolut with Vlad Yatsenko and
      // remains its chief executive".)
      let who = (0..<verb).last { k in k >= 2 && t[k].lowercased == "who" && t[k - 1].text == "," }
      let antecedent = who.flatMap { w in mentions.first { $0.ref.kind == .person && $0.last == w - 2 } }
      guard let p = antecedent ?? mentions.last(where: { $0.ref.kind == .person && $0.last < verb }),
        antecedent != nil || !mentions.contains(where: { $0.ref.kind == .person && $0.first > p.last && $0.first < verb })
      else { continue }
      // (The organisation between them only when "and" joins the verb to the person's own clause, and not
      // after "from/at" or inside an apposition: "Jane Doe, previously at Google, is its CTO, Siemens said".)
      let coordinated = verb >= 1 && t[verb - 1].lowercased == "and"
      let between = !coordinated ? nil : mentions.last {
        $0.ref.kind == .organization && !$0.ref.isMedia && $0.first > p.last && $0.last < verb && !$0.isGenitive
          && !($0.first >= 1 && ["from", "at", "of"].contains(t[$0.first - 1].lowercased))
      }
      guard let o = between ?? itsCompany(before: p.first, t, mentions, context) else { continue }
      add(p, o, relation, t[r].text, nil)
    }
  }
}
