import GeflechtCore

/// Taking over the lead of an organisation: "Felix Grawert übernimmt den Vorstandsvorsitz bei Aixtron",
/// "Zum 1. April übernimmt Jane Roe die Führung von Acme", "Jane Roe will take the helm at Acme", "Jane Roe
/// assumed the leadership of Acme". The person leads the organisation.
///
/// A post noun (`postNouns`: the lead of a whole organisation, not "Projektleitung" or "Technologieführung")
/// with a verb of taking over in its clause, before it or, German verb-final, after it ("wird den Vorsitz bei
/// X übernehmen"; `takingOverVerbs`; English "take/took" only with "over", "the helm" or "the reins"), and
/// the organisation right after it past "bei", "beim", "von", "vom", "der", "des", "dem", "den", "at", "of"
/// or "the". The person is the one named nearest before the noun in that clause, outside a prepositional phrase and with no organisation between it and the verb. Not with a
/// word of giving up in the clause ("gibt die Führung bei X ab", "will not take the helm"; "ab" only as the
/// clause's last word, not "Ab sofort übernimmt …"), not a genitive's unit ("Intel's foundry unit") or a
/// country of it ("die Führung von SAP in Spanien"). O(t) per sentence of t tokens; a sentence without a
/// post noun costs one pass over its tokens' classes.
extension RelationExtractor {
  static let postNouns: Set<String> = [
    "vorsitz", "vorstandsvorsitz", "aufsichtsratsvorsitz", "leitung", "führung", "spitze", "chefposten", "chefsessel", "zepter",
    "konzernführung", "konzernleitung", "konzernspitze", "unternehmensführung", "unternehmensleitung", "unternehmensspitze",
    "geschäftsführung", "geschäftsleitung", "vorstandsspitze", "helm", "reins", "leadership", "chairmanship",
  ]
  static let takingOverVerbs: Set<String> = [
    "übernimmt", "übernahm", "übernehmen", "übernehme", "übernommen", "take", "takes", "took", "taking", "taken", "assume",
    "assumes", "assumed", "assuming",
  ]
  static let givingUpWords: Set<String> = ["abgeben", "abgegeben", "aufgeben", "aufgegeben", "gibt", "gab", "not", "nicht", "hand", "hands", "handed"]

  func helmStatements(_ t: [Token], _ mentions: [Mention], _ add: Add) {
    for l in t.indices where t[l].is(.postNoun) {
      // The verb of taking over in the noun's clause, and nothing given up or denied there.
      // (A short bracket does not end the clause: "übernimmt Dr. Felix Grawert (Jahrgang 1975) den Vorsitz".)
      var lower = l
      while lower > 0 {
        let k = lower - 1
        if t[k].text == ")", let open = (max(0, k - 8)..<k).last(where: { t[$0].text == "(" }) {
          lower = open
        } else if inSameClause(k, k + 1, t) {
          lower = k
        } else {
          break
        }
      }
      let upper = (l..<t.count).first(where: { !inSameClause($0, $0 + 1, t) }) ?? t.count
      guard let verb = (lower..<upper).first(where: { RelationExtractor.takingOverVerbs.contains(t[$0].lowercased) }),
        !(lower..<upper).contains(where: { RelationExtractor.givingUpWords.contains(t[$0].lowercased) }),
        // "gibt die Führung ab": "ab" closing the clause.
        !((lower..<upper).last(where: { t[$0].isWord }).map { t[$0].text == "ab" } ?? false),
        // English "take" only taking over, the helm or the reins: not "took aim at the leadership of".
        !["take", "takes", "took", "taking", "taken"].contains(t[verb].lowercased)
          || (verb + 1 < t.count && t[verb + 1].lowercased == "over") || ["helm", "reins"].contains(t[l].lowercased)
      else { continue }
      // The organisation right after the noun: "bei Aixtron", "beim Technologiekonzern", "at Acme", "of the X".
      var k = l + 1
      while k < t.count, k - l <= 3, ["bei", "beim", "von", "vom", "der", "des", "at", "of", "the", "dem", "den"].contains(t[k].lowercased) { k += 1 }
      // Not a unit or a country of it: "the helm at Intel's foundry unit", "die Führung von SAP in Spanien".
      guard k > l + 1, let o = mentions.first(where: { $0.first == k && $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isGenitive }),
        !(o.last + 2 < t.count && ["in", "im"].contains(t[o.last + 1].lowercased) && mentions.contains { $0.first == o.last + 2 && $0.ref.kind == .place }),
        let p = mentions.last(where: { $0.ref.kind == .person && $0.last < l && $0.first >= lower && !$0.isGenitive }),
        !isInPrepositionalPhrase(p, t),
        !mentions.contains(where: { $0.ref.kind == .organization && $0.first > min(p.last, verb) && $0.last < max(p.first, verb) })
      else { continue }
      add(p, o, .leads, t[l].text, verb)
    }
  }
}

/// Standing at the top of an organisation: "Jochen Hanebeck steht an der Spitze von Infineon", "An der Spitze
/// des Konzerns steht Jochen Hanebeck", "NXP, an dessen Spitze Kurt Sievers steht, …", "Jane Roe, who is at
/// the helm of Acme". The person leads the organisation.
///
/// German "an der Spitze" with "von/vom/des/der" and the organisation (past an organisation noun or an
/// unambiguous epithet; not a compound's first part), the person nearest "steht/stehen" in the clause (not in
/// a prepositional phrase or before "zufolge"; with "stehen" every coordinated person; "stand" is a past
/// post); the relative "X, an dessen/deren Spitze P steht" takes the antecedent; English "at the helm of X"
/// after a person and "is/'s" (not "was"). O(t) per sentence of t tokens.
extension RelationExtractor {
  /// Present forms only: "stand an der Spitze" is a past post.
  static let standingAtTopVerbs: Set<String> = ["steht", "stehen"]

  func topStatements(_ t: [Token], _ mentions: [Mention], _ context: Context, _ add: Add) {
    // ("Spitze" and "helm" are post nouns: most sentences are passed on a class bit.)
    guard t.contains(where: { $0.is(.postNoun) }) else { return }
    let persons = mentions.filter { $0.ref.kind == .person && !$0.isGenitive }
    guard !persons.isEmpty else { return }
    for s in t.indices where s >= 2 && (t[s].text == "Spitze" || t[s].lowercased == "helm") {
      if t[s].text == "Spitze", t[s - 2].lowercased == "an" {
        let article = t[s - 1].lowercased
        // The clause: to the next comma or the sentence's end, from the last comma before "an".
        let start = (0..<(s - 2)).last(where: { t[$0].is(.clauseBreak) }).map { $0 + 1 } ?? 0
        let end = ((s + 1)..<t.count).first(where: { t[$0].is(.clauseBreak) }) ?? t.count
        guard let verb = (start..<end).first(where: { RelationExtractor.standingAtTopVerbs.contains(t[$0].lowercased) }),
          // The person nearest the verb, not in a prepositional phrase nor a source ("Olaf Scholz zufolge");
          // with "stehen" every coordinated person.
          let p = persons.filter({ m in
            m.first >= start && m.last < end && !isInPrepositionalPhrase(m, t)
              && !(m.last + 1 < t.count && ["zufolge", "nach"].contains(t[m.last + 1].lowercased))
          }).min(by: { abs($0.first - verb) < abs($1.first - verb) })
        else { continue }
        let leaders = t[verb].lowercased == "stehen" ? expand(p, forwardIn: persons, tokens: t) : [p]
        if ["dessen", "deren"].contains(article), s - 2 >= 2, t[s - 3].text == ",",
          let o = mentions.last(where: { $0.last == s - 4 && $0.ref.kind == .organization && !$0.ref.isMedia }),
          // (The antecedent itself, not a name in its phrase: "Der Aufsichtsrat von Siemens, an dessen Spitze …".)
          !isInPrepositionalPhrase(o, t), !(o.first >= 1 && t[o.first - 1].is(.coordinator))
        {
          // "NXP, an dessen Spitze Kurt Sievers steht".
          for q in leaders { add(q, o, .leads, "Spitze", nil) }
        } else if article == "der", s + 2 < t.count, ["von", "vom", "des", "der"].contains(t[s + 1].lowercased),
          let o = organisation(after: s + 1, t, mentions, context), o.first < end
        {
          for q in leaders { add(q, o, .leads, "Spitze", nil) }
        }
      } else if t[s].lowercased == "helm", t[s - 1].lowercased == "the", t[s - 2].lowercased == "at", s + 2 < t.count,
        t[s + 1].lowercased == "of", let o = mentions.first(where: { $0.first == s + 2 && $0.ref.kind == .organization }),
        let p = persons.last(where: { $0.last < s - 2 && s - 2 - $0.last <= 4 }),
        t[(p.last + 1)..<(s - 2)].allSatisfy({ ["is", "'s", "’s", ",", "who", "now", "currently", "still"].contains($0.lowercased) })
      {
        add(p, o, .leads, "helm", nil)
      }
    }
  }

  /// The organisation after "von/des/der" at `k`: a name right after it, past an article and an organisation
  /// noun ("des Chipkonzerns Infineon"), or an unambiguous epithet ("des Konzerns").
  private func organisation(after k: Int, _ t: [Token], _ mentions: [Mention], _ context: Context) -> Mention? {
    var j = k + 1
    if j < t.count, t[j].is(.definiteArticle) { j += 1 }
    // (Not a compound's first part: "An der Spitze der SAP-Aktionäre steht …".)
    if let m = mentions.first(where: { $0.first == j && $0.ref.kind == .organization }) {
      if m.head != nil || t[m.last].isHyphenated && !m.isAnaphor { return nil }
      return m.isAnaphor ? (isUnambiguousDescription(m, mentions, context, t) ? m : nil) : m
    }
    if j + 1 < t.count, t[j].info?.isOrgHeadNoun ?? lexicon.orgHeadNouns.contains(t[j].text),
      let m = mentions.first(where: { $0.first == j + 1 && $0.ref.kind == .organization && !$0.isAnaphor })
    {
      return m
    }
    return nil
  }
}
