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
