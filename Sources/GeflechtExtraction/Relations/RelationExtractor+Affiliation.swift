import GeflechtCore

/// A person's organisation told without a role word:
/// - "Alvin Nguyen of Forrester added", "sagte Anna Weber von Siemens": the organisation right after
///   "of/von" (past an article), closing the phrase (punctuation or a lower-case word follows) → works_for.
///   Not when a role word stands right before the person ("CEO Jane Roe of Acme": the role rules read it).
/// - "Christian Klein aus dem SAP-Vorstand", "aus dem Vorstand von Siemens": a board or team → works_for.
/// - "Led by Chief Executive Officer Bill McDermott, ServiceNow makes …": a fronted "Led by/Headed by/Geführt
///   von/Angeführt von" with a person, then a comma and the organisation → leads.
///
/// - Complexity: O(m) for m mentions, each looked at with a bounded window.
extension RelationExtractor {
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
    // "Led by Chief Executive Officer Bill McDermott, ServiceNow …".
    if t.count > 4, RelationExtractor.frontedLeading.contains(t[0].lowercased), ["by", "von"].contains(t[1].lowercased),
      let p = mentions.first(where: { $0.ref.kind == .person && $0.first <= 7 }), p.last + 2 < t.count, t[p.last + 1].is(.comma),
      (2..<p.first).allSatisfy({ t[$0].isWord }),
      let o = mentions.first(where: { $0.first == p.last + 2 && $0.ref.kind == .organization && !$0.ref.isMedia })
    {
      add(p, o, .leads, nil, nil)
    }
  }
}
