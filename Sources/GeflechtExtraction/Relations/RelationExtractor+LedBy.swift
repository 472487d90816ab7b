import GeflechtCore

/// A leader told in the passive, after the organisation or project:
/// - "Delos Cloud, led by managing director Georg Loepp, was set up", "Apptronik is led by co-founder and
///   CEO Jeff Cardenas", "the Digital Industries business led by Cedrik Neike", "X, which is headed by Y";
/// - "Johnson Controls wird seit März von Joakim Weidemanis geführt", "Acme, geleitet von Eva Roth, …",
///   "Geführt wird Aleph Alpha inzwischen von Reto Spörri".
///
/// The organisation (a name, or an unambiguous description such as "The company") stands right before the
/// verb, past a unit noun ("business", "project"), an auxiliary, a comma or a relative pronoun; German "wird …
/// von P geführt" takes the sentence's opening subject. Between "by/von" and the person only an article, role words and their
/// modifiers ("co-founder and CEO", "Chief Executive") may stand; the last role word is the role; co-leaders
/// ("led by A and B") lead too. A round or a sum named before the person makes "led by" a round's lead
/// investor instead (`RelationExtractor+Rounds`); a past tense or "until/bis" a past post; an organisation
/// inside a prepositional phrase is none ("The talks with Siemens were led by …"; but "Shares of Bayer, led by
/// Bill Anderson, fell").
///
/// - Complexity: O(t) for t tokens, each "by/von" looked at with a window of at most eight tokens.
extension RelationExtractor {
  static let passiveLeadingVerbs: Set<String> = ["led", "headed", "run", "chaired", "co-led", "managed", "helmed"]
  /// Lower-case nouns after a name that the leader leads with it ("the Digital Industries business").
  static let ledUnitNouns: Set<String> = ["business", "unit", "division", "segment", "arm", "project", "venture", "team", "initiative", "company", "group"]
  static let germanPassiveLeadingVerbs: Set<String> = ["geführt", "geleitet"]
  /// Words that make a passive lead a past one.
  static let pastLeadingWords: Set<String> = ["was", "were", "wurde", "wurden", "until", "bis", "formerly", "früher", "einst"]
  static let ledByGap: Set<String> = [
    "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "now", "currently", "still", "jointly",
    "which", "that", "who", ",",
  ]

  func ledByStatements(_ sentence: Sentence, _ mentions: [Mention], _ context: Context, _ add: Add) {
    let t = sentence.tokens
    guard mentions.count >= 2 else { return }
    for k in 1..<max(1, t.count - 1) where t[k].is(.preposition) && (t[k].lowercased == "by" || t[k].lowercased == "von") {
      let english = t[k].lowercased == "by"
      guard let (p, role) = ledPerson(after: k, t, mentions),
        // A round or a sum before the person makes it the round's lead ("raised $20 million in a round led
        // by Jane Roe"); a past lead ("was led by X until 2019", "wurde bis 2019 von X geführt") is none.
        !t[...p.last].contains(where: { $0.is(.roundWord) || RelationExtractor.currencyWords.contains($0.lowercased) }),
        !t[max(0, k - 4)..<k].contains(where: { RelationExtractor.pastLeadingWords.contains($0.lowercased) }),
        !t[(p.last + 1)..<min(p.last + 4, t.count)].contains(where: { ["until", "bis"].contains($0.lowercased) })
      else { continue }
      var subject: Mention?
      if english || RelationExtractor.germanPassiveLeadingVerbs.contains(t[k - 1].lowercased) {
        // "X, led by P", "X is led by P", "X, which is headed by P", "X, geführt von P".
        guard !english || RelationExtractor.passiveLeadingVerbs.contains(t[k - 1].lowercased) else { continue }
        var s = k - 2
        while s >= 0, k - s <= 6, RelationExtractor.ledByGap.contains(t[s].lowercased) { s -= 1 }
        // "the Digital Industries business led by", "The Stargate project, led by".
        if s >= 1, !t[s].isCapitalized, RelationExtractor.ledUnitNouns.contains(t[s].lowercased) { s -= 1 }
        subject = s >= 0 ? mentions.first(where: { $0.last == s }) : nil
        // A second predicate of the sentence's subject: "Apptronik was spun out of X in 2016 and is led by P".
        // (Not past a relative clause or another organisation: "Siemens invests in X that … and is led by P".)
        if subject == nil, s >= 1, s < k - 1, t[s].lowercased == "and", let first = mentions.first, opensSentence(first, t),
          first.ref.kind == .organization, first.last < s,
          !t[first.last..<s].contains(where: { $0.text == "," || $0.text == ";" || RelationExtractor.relativePronouns.contains($0.lowercased) }),
          !mentions.contains(where: { $0.ref.kind == .organization && $0.first > first.last && $0.last < s && !isInPrepositionalPhrase($0, t) })
        {
          subject = first
        }
      } else if RelationExtractor.germanPassiveLeadingVerbs.contains(t[0].lowercased), t.count > 3, ["wird", "werden"].contains(t[1].lowercased) {
        // "Geführt wird Aleph Alpha inzwischen von Reto Spörri": the fronted participle, the subject after the
        // auxiliary (past an article).
        // (Only the first "von", in the same clause: not "…, die von Stefan Hartung geholt wurde".)
        let s = t[2].is(.definiteArticle) ? 3 : 2
        guard !t[2..<k].contains(where: { $0.is(.clauseBreak) || ($0.is(.preposition) && $0.lowercased == "von") }) else { continue }
        subject = mentions.first(where: { $0.first == s && $0.last < k })
      } else {
        // "X wird seit März von P geführt": the verb after the person; the subject before "wird", or the
        // sentence's opening subject when no other organisation stands between.
        guard p.last + 1 < t.count, RelationExtractor.germanPassiveLeadingVerbs.contains(t[p.last + 1].lowercased),
          let aux = (max(0, k - 5)..<k).last(where: { ["wird", "werden"].contains(t[$0].lowercased) }), aux >= 1
        else { continue }
        // (The sentence's first mention, opening it: not "Das Joint Venture von BMW und Brilliance wird …"; or
        // the name after a compound that opens it: "Die Microsoft-Tochter LinkedIn wird …".)
        if let first = mentions.first, opensSentence(first, t),
          !mentions.contains(where: { $0.first > first.last && $0.last < aux && $0.ref.kind != .place })
        {
          subject = first
        } else if let first = mentions.first, first.head != nil, first.first <= 1, let named = mentions.first(where: { $0.first == first.last + 1 }),
          named.last == aux - 1
        {
          subject = named
        }
      }
      // (Not an organisation in a prepositional phrase: "The talks with Siemens were led by Olaf Scholz".)
      // (But "Shares of Bayer, led by Bill Anderson, fell": the company's shares or staff.)
      guard let o = subject, o.ref.kind == .organization || o.ref.kind == .project, !o.ref.isMedia, !o.isGenitive,
        !isInPrepositionalPhrase(o, t) || isOfShares(o, t), !o.isAnaphor || isUnambiguousDescription(o, mentions, context, t)
      else { continue }
      // Co-leaders: "led by A and B".
      for q in expand(p, forwardIn: mentions.filter { $0.ref.kind == .person }, tokens: t) { add(q, o, .leads, role, nil) }
    }
  }

  /// Whether `m` follows "shares of", "employees at", "Aktie von": the phrase is about the company itself.
  func isOfShares(_ m: Mention, _ t: [Token]) -> Bool {
    guard m.first >= 2, ["of", "at", "von", "der"].contains(t[m.first - 1].lowercased) else { return false }
    return RelationExtractor.companyPartNouns.contains(t[m.first - 2].lowercased)
  }

  static let companyPartNouns: Set<String> = ["shares", "stock", "employees", "workers", "staff", "aktie", "aktien", "mitarbeiter", "beschäftigten"]

  /// The person after "by/von" at `k`, past an article and role words ("co-founder and CEO", "managing
  /// director", "Chief Executive"), with the last role word; nil for anything else or a genitive.
  private func ledPerson(after k: Int, _ t: [Token], _ mentions: [Mention]) -> (Mention, String?)? {
    var j = k + 1
    var role: String?
    if j < t.count, t[j].is(.definiteArticle) || ["its", "their", "seinem", "ihrem"].contains(t[j].lowercased) { j += 1 }
    while j < t.count, j - k <= 7, t[j].isWord, mentions.first(where: { $0.first == j }) == nil {
      if roleRelation(of: t[j]) != nil {
        role = t[j].text
      } else if !(RelationExtractor.roleModifiers.contains(t[j].lowercased) || ["and", "und", "&"].contains(t[j].lowercased) || t[j].is(.title)) {
        return nil
      }
      j += 1
    }
    while j < t.count, t[j].is(.title) { j += 1 }
    guard let p = mentions.first(where: { $0.first == j }), p.ref.kind == .person, !p.isGenitive else { return nil }
    if role != nil, isFormer((k + 1)..<j, t) { return nil }
    return (p, role)
  }
}
