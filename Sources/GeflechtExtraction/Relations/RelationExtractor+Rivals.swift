import GeflechtCore

/// German rivalry told with "mit": "Im Markt kämpft Infineon vor allem mit NXP und dem japanischen Hersteller
/// Renesas um Marktanteile", "das Geschäft, in dem Nokia mit Ericsson konkurriert", "Google konkurriert mit
/// Microsoft und Anbietern wie der Schwarz-Gruppe um Kunden".
///
/// A verb of fighting (`fightingVerbs`: "kämpft", "wetteifert") competes only with "um" after the rivals
/// (what is fought for, `contestedThings`: "um Marktanteile", "um Kunden"; "kämpft mit Problemen" names
/// nobody, "um einen Tarifvertrag" is negotiated, "gemeinsam mit" and "Seite an Seite mit" name a partner,
/// and "früher" a past rivalry); a verb of competing (`competingVerbs`)
/// may also close the clause ("…, in dem Nokia mit Ericsson konkurriert"). The rivals are the names after
/// "mit" (past a description) and those coordinated with them, with the examples a plural noun lists
/// after them ("und heimischen Anbietern wie A oder B"); the subject is the organisation before the verb, not
/// one compared with ("Wie Vodafone kämpft auch die Telekom"; inverted, the one right after the verb past
/// an adverb and an article; for a verb at the clause's end, before "mit") in the same clause, outside a
/// prepositional phrase except right after a relative ", in dem/der". Each rival competes with the subject. O(n + m) per
/// sentence of n tokens and m mentions (only sentences with such a verb are read further).
extension RelationExtractor {
  static let fightingVerbs: Set<String> = ["kämpft", "kämpfen", "kämpfte", "kämpften", "wetteifert", "wetteifern", "buhlt", "buhlen"]
  /// Starts of what rivals fight for: "um Marktanteile", "um Kunden", "um Aufträge", "um die Vorherrschaft".
  static let contestedThings = [
    "markt", "kund", "auftr", "budget", "talent", "fachkr", "vorherrschaft", "führung", "spitze", "nutzer", "anteil", "platz",
    "vorsprung", "dominanz", "marktführer", "vorreiter", "rang", "zuschlag", "käufer", "abonnent", "werbe",
  ]
  static let competingVerbs: Set<String> = ["konkurriert", "konkurrieren", "konkurrierte", "konkurrierten"]

  func rivalryStatements(_ t: [Token], _ mentions: [Mention], _ add: Add) {
    // (Every verb starts with "k", "w" or "b": most tokens are passed on one byte.)
    guard let v = t.indices.first(where: { k in
      guard t[k].isWord, !t[k].isCapitalized, let b = t[k].text.utf8.first,
        b == UInt8(ascii: "k") || b == UInt8(ascii: "w") || b == UInt8(ascii: "b")
      else { return false }
      return RelationExtractor.fightingVerbs.contains(t[k].lowercased) || RelationExtractor.competingVerbs.contains(t[k].lowercased)
    }) else { return }
    let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isAnaphor }
    guard orgs.count >= 2 else { return }
    let fighting = RelationExtractor.fightingVerbs.contains(t[v].lowercased)
    // The rivals after "mit": after the verb, or (a verb closing the clause) before it.
    let mit: Int?
    if let after = ((v + 1)..<min(v + 5, t.count)).first(where: { t[$0].lowercased == "mit" }), inSameClause(v, after, t, commas: false) {
      mit = after
    } else if !fighting, let before = (max(0, v - 8)..<v).last(where: { t[$0].lowercased == "mit" }), inSameClause(before, v, t, commas: false) {
      mit = before
    } else {
      mit = nil
    }
    guard let mit, let first = orgs.first(where: { $0.first == mit + 1 || isDescribedObject($0, from: mit + 1, t) }) else { return }
    // "kämpft gemeinsam mit Bosch um Fördergelder", "Seite an Seite mit": a partner, no rival; "Früher kämpfte
    // Nokia mit Ericsson": a past rivalry.
    if mit >= 1, RelationExtractor.jointlyWords.contains(t[mit - 1].lowercased) || t[mit - 1].lowercased == "seite" { return }
    if t[..<mit].contains(where: { $0.is(.former) || ["früher", "einst", "damals"].contains($0.lowercased) }) { return }
    var rivals = expand(first, forwardIn: orgs, tokens: t)
    var end = rivals.map(\.last).max()!
    // "und heimischen Anbietern wie der Schwarz-Gruppe oder der Deutschen Telekom".
    if let wie = ((end + 1)..<min(end + 6, t.count)).first(where: { EntityRecognizer.exampleIntroducers.contains(t[$0].lowercased) }),
      ["und", "sowie", "oder"].contains(t[end + 1].lowercased), t[(end + 2)..<wie].allSatisfy({ $0.isWord && !$0.is(.preposition) }),
      let example = orgs.first(where: { o in
        o.first == wie + 1 || (o.first == wie + 2 && t[wie + 1].is(.definiteArticle)) || isDescribedObject(o, from: wie + 1, t)
      })
    {
      let examples = expand(example, forwardIn: orgs, tokens: t)
      rivals += examples
      end = examples.map(\.last).max()!
    }
    // What is fought for: "um Marktanteile".
    if fighting {
      guard let um = ((end + 1)..<min(end + 7, t.count)).first(where: { t[$0].lowercased == "um" }), inSameClause(end, um, t, commas: false) else { return }
      // (Only what rivals fight for: markets, customers, orders — not "um einen neuen Tarifvertrag", "um ihre
      // Unabhängigkeit", "um die Auslieferung der Züge".)
      guard let object = ((um + 1)..<min(um + 5, t.count)).first(where: { t[$0].isCapitalized }),
        RelationExtractor.contestedThings.contains(where: { t[object].lowercased.hasPrefix($0) })
      else { return }
    }
    // The subject.
    let opening = min(v, mit)
    // (Not one compared with: "Wie Vodafone kämpft auch die Telekom mit 1&1".)
    let subject = orgs.last(where: { o in
      o.last < opening && !o.isGenitive && inSameClause(o.last + 1, opening, t, commas: false)
        && !(o.first >= 1 && ["wie", "like", "as"].contains(t[o.first - 1].lowercased))
        && (!isInPrepositionalPhrase(o, t) || (o.first >= 3 && t[o.first - 3].text == ","
          && ["dem", "der", "denen"].contains(t[o.first - 1].lowercased) && ["in", "bei"].contains(t[o.first - 2].lowercased)))
    }) ?? (v < mit ? orgs.first(where: { o in
      o.first > v && o.first <= v + 3 && o.last < mit && t[(v + 1)..<o.first].allSatisfy { !$0.isCapitalized || $0.is(.definiteArticle) }
    }) : nil)
    guard let subject else { return }
    for r in rivals where r.ref.key != subject.ref.key { add(subject, r, .competesWith, nil, v) }
  }
}

/// Rivals set against each other: "The merger pits HPE more directly against market leader Cisco",
/// "Wayve's approach pits it against Waymo and Tesla". A verb of pitting ("pits", "pitted", "pitting") with
/// "against" after it in the same clause: the rivals are the organisations right after "against" (past up to
/// three lower-case words: "against market leader Cisco") and those coordinated with them; the one pitted is an
/// organisation between the verb and "against", else the nearest before the verb in the clause (a possessor
/// too: "Wayve's approach"); "A and B were pitted against each other" sets the coordinated subject's members
/// against each other. O(n + m) per sentence (most sentences are passed on the first byte).
extension RelationExtractor {
  static let pittingVerbs: Set<String> = ["pits", "pitted", "pitting"]
  static let disputeNouns: Set<String> = [
    "lawsuit", "suit", "case", "dispute", "complaint", "litigation", "trial", "battle", "fight", "row", "feud", "spat",
  ]

  func pittingStatements(_ t: [Token], _ mentions: [Mention], _ add: Add) {
    guard let v = t.indices.first(where: { t[$0].text.utf8.first.map({ $0 | 0x20 }) == UInt8(ascii: "p") && RelationExtractor.pittingVerbs.contains(t[$0].lowercased) }),
      let against = ((v + 1)..<min(v + 10, t.count)).first(where: { t[$0].text == "against" }), inSameClause(v, against, t, commas: false),
      // (A lawsuit or a dispute sets parties against each other, not rivals: "The lawsuit pits Epic Games against Apple".)
      v == 0 || !RelationExtractor.disputeNouns.contains(t[v - 1].lowercased)
    else { return }
    let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isAnaphor }
    // "Airbus and Boeing were pitted against each other": the coordinated subject's members compete.
    if against + 2 < t.count, (t[against + 1].lowercased == "each" && t[against + 2].lowercased == "other")
      || (t[against + 1].lowercased == "one" && t[against + 2].lowercased == "another")
    {
      guard let last = orgs.last(where: { $0.last < v && inSameClause($0.last + 1, v, t) }) else { return }
      let members = expand(last, backwardIn: orgs, tokens: t)
      for (i, a) in members.enumerated() { for b in members[(i + 1)...] where a.ref.key != b.ref.key { add(a, b, .competesWith, nil, v) } }
      return
    }
    guard let first = orgs.first(where: { o in
      o.first > against && o.first <= against + 4 && t[(against + 1)..<o.first].allSatisfy { $0.isWord && !$0.isCapitalized }
    }) else { return }
    let rivals = expand(first, forwardIn: orgs, tokens: t)
    guard let pitted = orgs.first(where: { $0.first > v && $0.last < against })
      ?? orgs.last(where: { $0.last < v && inSameClause($0.last + 1, v, t) })
    else { return }
    for r in rivals where r.ref.key != pitted.ref.key { add(pitted, r, .competesWith, nil, v) }
  }
}
