import GeflechtCore

/// A person's organisation told without a role word:
/// - "Alvin Nguyen of Forrester added", "sagte Anna Weber von Siemens": the organisation right after
///   "of/von" (past an article), closing the phrase (punctuation or a lower-case word follows) → works_for.
///   Not when a role word stands right before the person ("CEO Jane Roe of Acme": the role rules read it).
/// - "Dr. Stephan Küßner (Palladio Partners)": a bracket that holds only an organisation after a person (a
///   caption, a list of speakers) → works_for. Not a ticker or a place, not "(ehemals Acme)".
/// - "Christian Klein aus dem SAP-Vorstand", "aus dem Vorstand von Siemens": a board or team → works_for.
/// - "Nokia named Justin Hotard as president and CEO", "Acme has named Jane Roe its new CFO" → hires (only
///   with a role after the person).
/// - "Led by Chief Executive Officer Bill McDermott, ServiceNow makes …": a fronted "Led by/Headed by/Geführt
///   von/Angeführt von" with a person (no former chief, no other role than a chief's or a founder's: "Led
///   by CFO …", "Led by investor …"), then a comma and the organisation (not a genitive: "…, Microsoft's
///   finance team") → leads.
///
/// - "Michael Budde, der bei Bosch den Geschäftsbereich … leitet", "Jane Roe, who works at Siemens": a
///   relative clause placing the person at the organisation by a word of a post (`postVerbs`) → works_for
///   (not a former one, nor one left; not "der bei Siemens zu Besuch war"); leads when the clause names
///   the chair ("der bei Helsing den Vorsitz … innehat").
/// - "SK Group, whose chairman Chey Tae-won …" → the role's relation; "Revolut, whose board is chaired by
///   Martin Gilbert", "…, deren Aufsichtsrat von X geleitet wird" → leads.
///
/// - Complexity: O(m) for m mentions, each looked at with a bounded window.
extension RelationExtractor {
  /// Words of a post in a relative clause: "der bei Bosch die KI-Aktivitäten verantwortet".
  static let postVerbs: Set<String> = [
    "verantwortet", "leitet", "führt", "arbeitet", "zuständig", "verantwortlich", "tätig", "beschäftigt", "angestellt", "innehat",
  ]
  /// Words that make a post in a relative clause past, future, negated or held for someone else.
  static let notCurrentPostWords: Set<String> = [
    "früher", "einst", "damals", "zuvor", "bis", "hatte", "hatten", "war", "waren", "künftig", "ab", "nicht", "kein", "keine", "mehr",
    "als", "ehemals",
  ]
  /// Words that say a person left: "der bei Bosch ausgeschieden ist".
  static let leavingWords: Set<String> = ["ausgeschieden", "ausschied", "gekündigt", "verlassen", "left", "quit", "gearbeitet"]
  static let affiliationLinks: Set<String> = ["of", "von"]
  static let frontedLeading: Set<String> = ["led", "headed", "geführt", "angeführt", "geleitet"]
  /// A company's boards and teams a person is "aus dem …" (from).
  static let boardNouns: Set<String> = ["Vorstand", "Aufsichtsrat", "Management", "Führungsteam", "Team", "Verwaltungsrat", "Konzernvorstand"]

  func affiliationStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    for p in mentions where p.ref.kind == .person && !p.isGenitive && p.last + 2 < t.count {
      guard RelationExtractor.affiliationLinks.contains(t[p.last + 1].lowercased) else { continue }
      if p.first > 0, roleRelation(of: t[p.first - 1]) != nil { continue }
      var j = p.last + 2
      if ["the", "der", "dem"].contains(t[j].lowercased) { j += 1 }
      guard let o = mentions.first(where: { $0.first == j && $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isGenitive && $0.head == nil }) else {
        continue
      }
      let next = o.last + 1
      guard next == t.count || !t[next].isWord || !t[next].isCapitalized else { continue }
      add(p, o, .worksFor, nil, nil)
    }
    // "Michael Budde, der bei Bosch den Geschäftsbereich … leitet", "Jane Roe, who works at Siemens": a
    // relative clause that places the person at an organisation (a former one excepted).
    for p in mentions where p.ref.kind == .person && !p.isGenitive && p.last + 4 < t.count && t[p.last + 1].text == "," {
      let pronoun = t[p.last + 2].lowercased
      var k = p.last + 3
      if ["der", "die"].contains(pronoun), t[k].lowercased == "bei" {
        k += 1
      } else if pronoun == "who", k + 1 < t.count, t[k].lowercased == "works", t[k + 1].lowercased == "at" {
        k += 2
      } else {
        continue
      }
      if k < t.count, ["dem", "der", "the"].contains(t[k].lowercased) { k += 1 }
      guard let o = mentions.first(where: { $0.first == k && $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isGenitive && $0.head == nil }),
        !((p.last + 3)..<o.first).contains(where: { t[$0].is(.former) }),
        // (The clause's verb is no past one of leaving: "der bei Bosch ausgeschieden ist".)
        !t[(o.last + 1)..<min(o.last + 8, t.count)].contains(where: { RelationExtractor.leavingWords.contains($0.lowercased) })
      else { continue }
      // Only a clause about the post: "verantwortet", "leitet", "ist … zuständig" (not "zu Besuch war",
      // "einsteigen will"); "der bei Helsing auch den Vorsitz des Verwaltungsrats innehat" leads.
      let clause = t[(o.last + 1)..<min(o.last + 12, t.count)].prefix { !$0.is(.clauseBreak) }
      guard pronoun == "who" || clause.contains(where: { RelationExtractor.postVerbs.contains($0.lowercased) }) else { continue }
      // Not a post of the past or the future, a negated one, one shared with another organisation ("bei
      // Siemens und später bei SAP") or held for another ("als Beraterin von McKinsey").
      if clause.contains(where: { $0.is(.former) || RelationExtractor.notCurrentPostWords.contains($0.lowercased) }) { continue }
      if o.last + 1 < t.count, ["und", "and", "sowie", "oder", "or", ","].contains(t[o.last + 1].lowercased) { continue }
      if mentions.contains(where: { m in
        m.ref.kind == .organization && m.first > o.last && m.first <= o.last + clause.count
          && ["von", "vom", "für", "of", "for"].contains(t[m.first - 1].lowercased)
      }) {
        continue
      }
      let heads = clause.contains { $0.lowercased == "vorsitz" }
      add(p, o, heads ? .leads : .worksFor, nil, nil)
    }
    // "SK Group, whose chairman Chey Tae-won pledged …": a role after "whose" with its person; "Revolut,
    // whose board is chaired by X": the chair of the board leads.
    for o in mentions where o.ref.kind == .organization && !o.isGenitive && o.last + 4 < t.count && t[o.last + 1].text == ","
      && ["whose", "dessen", "deren"].contains(t[o.last + 2].lowercased)
    {
      var k = o.last + 3
      while k < t.count, k - o.last <= 5, t[k].isWord, !t[k].isCapitalized, roleRelation(of: t[k]) == nil,
        RelationExtractor.roleModifiers.contains(t[k].lowercased)
      {
        k += 1
      }
      // (Not a former post: "whose former chairman", "whose then-chairman".)
      if k + 1 < t.count, let relation = roleRelation(of: t[k]), !t[(o.last + 3)...k].contains(where: { $0.is(.former) }),
        !["then-", "ex-", "former-"].contains(where: { t[k].lowercased.hasPrefix($0) }),
        let p = mentions.first(where: { $0.first == k + 1 && $0.ref.kind == .person })
      {
        add(p, o, relation, t[k].text, nil)
      } else if k + 4 < t.count, t[k].lowercased == "board", ["is", "has"].contains(t[k + 1].lowercased),
        let by = ((k + 1)..<min(k + 5, t.count)).first(where: { t[$0].lowercased == "by" }),
        t[(k + 1)..<by].contains(where: { ["chaired", "led", "headed"].contains($0.lowercased) })
      {
        var j = by + 1
        while j < t.count, j - by <= 5, t[j].isWord, !t[j].isCapitalized || roleRelation(of: t[j]) != nil, mentions.first(where: { $0.first == j }) == nil {
          j += 1
        }
        if let p = mentions.first(where: { $0.first == j && $0.ref.kind == .person }) { add(p, o, .leads, nil, nil) }
      } else if k + 3 < t.count, ["aufsichtsrat", "verwaltungsrat", "vorstand"].contains(t[k].lowercased), t[k + 1].lowercased == "von",
        let p = mentions.first(where: { $0.first == k + 2 && $0.ref.kind == .person }), p.last + 1 < t.count,
        ["geleitet", "geführt"].contains(t[p.last + 1].lowercased)
      {
        // German verb-final: "deren Aufsichtsrat von X geleitet wird".
        add(p, o, .leads, nil, nil)
      }
    }
    // "Dr. Stephan Küßner (Palladio Partners)": an organisation alone in a bracket after the person.
    for p in mentions where p.ref.kind == .person && !p.isGenitive && p.last + 3 < t.count && t[p.last + 1].text == "(" {
      guard let o = mentions.first(where: { $0.first == p.last + 2 && $0.ref.kind == .organization && !$0.ref.isMedia && $0.head == nil }),
        o.last + 1 < t.count, t[o.last + 1].text == ")"
      else { continue }
      add(p, o, .worksFor, nil, nil)
    }
    // "Christian Klein aus dem SAP-Vorstand", "Anna Weber aus dem Management von Siemens": a board or team of
    // the organisation.
    for p in mentions where p.ref.kind == .person && !p.isGenitive && p.last + 3 < t.count {
      guard t[p.last + 1].lowercased == "aus", ["dem", "der"].contains(t[p.last + 2].lowercased) else { continue }
      let k = p.last + 3
      if let o = mentions.first(where: { $0.first == k && $0.ref.kind == .organization && !$0.ref.isMedia }), let head = o.head,
        RelationExtractor.boardNouns.contains(head)
      {
        add(p, o, .worksFor, nil, nil)
      } else if RelationExtractor.boardNouns.contains(t[k].text), k + 2 < t.count, ["von", "des", "der"].contains(t[k + 1].lowercased),
        let o = mentions.first(where: { $0.first == k + 2 && $0.ref.kind == .organization && !$0.ref.isMedia })
      {
        add(p, o, .worksFor, nil, nil)
      }
    }
    // "Nokia named Justin Hotard as president and CEO", "Acme has named Jane Roe its new CFO": a hire only
    // with the role ("named X as a defendant", "named X one of its best engineers" are none).
    for (n, token) in t.enumerated() where n >= 1 && token.lowercased == "named" {
      var b = n - 1
      if ["has", "have", "had"].contains(t[b].lowercased), b >= 1 { b -= 1 }
      // (Past the person's present employer and role: "named Porsche's Oliver Blume as CEO", "named Intel
      // executive Justin Hotard as CEO".)
      var start = mentions.first(where: { $0.first == n + 1 && $0.ref.kind == .organization }).map { $0.last + 1 } ?? n + 1
      while start < t.count, start - n <= 5, t[start].isWord, !t[start].isCapitalized || roleRelation(of: t[start]) != nil,
        roleRelation(of: t[start]) != nil || RelationExtractor.roleModifiers.contains(t[start].lowercased)
      {
        start += 1
      }
      guard let org = mentions.first(where: { $0.last == b && $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isGenitive }),
        let p = mentions.first(where: { $0.first == start && $0.ref.kind == .person && !$0.isGenitive }), p.last + 1 < t.count
      else { continue }
      var k = p.last + 1
      // Past a bracket: "Justin Hotard (pictured, left) as …".
      if t[k].text == "(", let close = ((k + 1)..<min(k + 8, t.count)).first(where: { t[$0].text == ")" }), close + 1 < t.count { k = close + 1 }
      // Past an apposition: "named Kelly Ortberg, a former Rockwell Collins executive, as CEO".
      if t[k].is(.comma), let close = ((k + 1)..<min(k + 10, t.count)).first(where: { t[$0].is(.comma) }), close + 1 < t.count,
        t[close + 1].lowercased == "as"
      {
        k = close + 1
      }
      if t[k].lowercased == "as" { k += 1 }
      while k < t.count, k - p.last <= 4, ["a", "an", "the", "its", "their", "new", "next", "interim"].contains(t[k].lowercased) { k += 1 }
      while k < t.count, k - p.last <= 6, roleRelation(of: t[k]) == nil, RelationExtractor.roleModifiers.contains(t[k].lowercased) { k += 1 }
      // An area before the role: "as China chief", "as Europe head".
      if k + 1 < t.count, t[k].isCapitalized, roleRelation(of: t[k]) == nil, roleRelation(of: t[k + 1]) != nil { k += 1 }
      guard k < t.count, roleRelation(of: t[k]) != nil else { continue }
      add(org, p, .hires, nil, n)
    }
    // "Led by Chief Executive Officer Bill McDermott, ServiceNow …".
    if t.count > 4, RelationExtractor.frontedLeading.contains(t[0].lowercased), ["by", "von"].contains(t[1].lowercased),
      let p = mentions.first(where: { $0.ref.kind == .person && $0.first <= 7 }), p.last + 2 < t.count, t[p.last + 1].is(.comma),
      (2..<p.first).allSatisfy({ t[$0].isWord && !t[$0].is(.former) && roleRelation(of: t[$0]) != .investsIn }),
      p.first == 2 || (2..<p.first).contains(where: { [.leads, .founded].contains(roleRelation(of: t[$0])) }),
      let o = mentions.first(where: { $0.first == p.last + 2 && $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isGenitive })
    {
      add(p, o, .leads, nil, nil)
    }
  }
}
