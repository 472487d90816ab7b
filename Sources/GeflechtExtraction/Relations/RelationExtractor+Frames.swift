import GeflechtCore

/// Taking part in a project that frames what a clause tells: "Im texanischen Abilene errichten Oracle, OpenAI
/// und Softbank im Rahmen des Vorhabens Stargate ein Rechenzentrum", "As part of Stargate, OpenAI and Oracle
/// are building …", "Through Stargate, a venture with Oracle and SoftBank, OpenAI is constructing …".
///
/// The frame is "im Rahmen des/der/von", "als Teil des/der/von", "as part of" (then an optional article or
/// possessive and a project noun: "des Vorhabens", "the … project") or "Through" opening the sentence, right
/// before a project that is no product, chip, model or law (a compound only with a frame noun: "des
/// FCAS-Programms"). The participants are the organisations of the clause's subject: the first organisation
/// of the clause outside a prepositional phrase (or right after a German verb) and not a possessor, with
/// those coordinated with it; when the frame opens the sentence, the clause starts after the frame's comma
/// (past an apposition on the project, whose organisations after "with"/"mit" take part too: "a venture
/// with Oracle and SoftBank"; after "Through", the subject must follow at once), or, when that clause has
/// none, it is the clause before the frame's comma. Not the project's maker, a company named in a compound
/// ("Microsoft-Chef") or a public body, whose frame names no participant. Each participates in the project.
/// O(n + m) per sentence of n tokens and m mentions; most sentences are passed on the first byte of their
/// words.
extension RelationExtractor {
  static let frameNouns: Set<String> = [
    "vorhabens", "projekts", "projektes", "programms", "programmes", "initiative", "konsortiums", "project", "programme",
    "program", "venture",
  ]
  static let frameNounStarts = ["programm", "projekt", "initiative", "vorhaben", "konsortium"]
  static let frameArticles: Set<String> = [
    "des", "der", "von", "seines", "ihres", "eines", "einer", "the", "its", "their", "a", "an",
  ]

  func frameStatements(_ t: [Token], _ mentions: [Mention], _ add: Add) {
    // The frame's opening word: "Rahmen", "Teil", "part" or a sentence's first "Through" (each tried in turn
    // until one stands before a project: "Als Teil der Strategie … im Rahmen des Projekts X").
    for open in t.indices where isFrameOpener(open, t) {
      var k = open + 1
      if k < t.count, t[k].lowercased == "of" { k += 1 }
      if k < t.count, RelationExtractor.frameArticles.contains(t[k].lowercased) { k += 1 }
      if k < t.count, RelationExtractor.frameNouns.contains(t[k].lowercased) { k += 1 }
      // (A compound only with a frame noun: "im Rahmen des FCAS-Programms", not "Stargate-style".)
      guard let project = mentions.first(where: { $0.first == k }), project.ref.kind == .project,
        project.head.map({ h in RelationExtractor.frameNounStarts.contains { h.lowercased().hasPrefix($0) } }) ?? true,
        !RelationExtractor.productSubtypes.contains(project.ref.subtype ?? ""), !RelationExtractor.isLawName(project.ref.name)
      else { continue }

      framedParticipants(open: open, project: project, t, mentions, add)
      return
    }
  }

  private func isFrameOpener(_ k: Int, _ t: [Token]) -> Bool {
    guard t[k].isWord, let b = t[k].text.utf8.first.map({ $0 | 0x20 }),
      b == UInt8(ascii: "r") || b == UInt8(ascii: "t") || b == UInt8(ascii: "p")
    else { return false }
    switch t[k].text {
    case "Rahmen": return k >= 1 && t[k - 1].lowercased == "im"
    case "Teil": return k >= 1 && t[k - 1].lowercased == "als"
    case "part": return k >= 1 && t[k - 1].lowercased == "as" && k + 1 < t.count && t[k + 1].lowercased == "of"
    case "Through": return k == 0
    default: return false
    }
  }

  private func framedParticipants(open: Int, project: Mention, _ t: [Token], _ mentions: [Mention], _ add: Add) {
    // (Public bodies fund or govern within a frame: "Bund und Freistaat Sachsen wollen es im Rahmen des …
    // fördern".)
    // (Nor does the project's maker take part in it, or a company named only in a compound: "Microsoft-Chef X".)
    let orgs = mentions.filter { o in
      o.ref.kind == .organization && !o.ref.isMedia && !o.isAnaphor && o.head == nil
        && !(project.ref.maker.map { RelationExtractor.sameFamily($0, o.ref.name) } ?? false)
    }
    guard !orgs.isEmpty else { return }
    var participants: [Mention] = []
    // The clause: from its start (or, for a fronted frame, after the frame's comma and an apposition on it).
    let clauseStart = (0..<open).last(where: { t[$0].is(.clauseBreak) }).map { $0 + 1 } ?? 0
    var start = clauseStart
    var end = project.last + 1
    let fronted = start >= open - 2
    if fronted {
      var after = project.last + 1
      if after < t.count, t[after].lowercased == "project" || t[after].lowercased == "projekt" { after += 1 }
      // (German goes on with the verb: "Im Rahmen des Projekts Stargate bauen Oracle und OpenAI …".)
      if after < t.count, t[after].text != "," {
        after -= 1
      } else if after + 2 < t.count, RelationExtractor.appositionOpeners.contains(t[after + 1].lowercased),
        // (The apposition's closing comma, the next one: "Stargate, a venture with Oracle and SoftBank,".)
        let close = ((after + 2)..<min(after + 14, t.count)).first(where: { t[$0].text == "," }),
        t[(after + 1)..<close].allSatisfy({ $0.isWord })
      {
        // "Stargate, a venture with Oracle and SoftBank,".
        if let with = ((after + 1)..<close).first(where: { ["with", "mit", "between", "zwischen"].contains(t[$0].lowercased) }),
          let first = orgs.first(where: { $0.first > with && $0.last < close })
        {
          participants += expand(first, forwardIn: orgs, tokens: t).filter { $0.last < close }
        }
        after = close
      }
      start = after + 1
      end = t.count
    } else {
      end = (project.last..<t.count).first(where: { t[$0].is(.clauseBreak) }) ?? t.count
    }
    // (A German subject right after the verb is no preposition's object: "In Abilene errichten Oracle, OpenAI
    // und Softbank …".)
    func followsVerb(_ o: Mention) -> Bool {
      o.first >= 1 && t[o.first - 1].isWord && !t[o.first - 1].isCapitalized && !t[o.first - 1].is(.preposition)
        && !t[o.first - 1].is(.definiteArticle) && !t[o.first - 1].is(.coordinator)
    }
    func subject(from start: Int, to end: Int) -> Mention? {
      orgs.first { o in
        o.first >= start && o.last < end && (o.last < open || o.first > project.last) && !o.isGenitive
          && (!isInPrepositionalPhrase(o, t) || followsVerb(o)) && inSameClause(start, o.first, t)
      }
    }
    var found = subject(from: start, to: end)
    // ("Through X, Y is …": the subject right after the frame, not a name further on: "Through Gaia-X, Europe
    // wants to reduce its dependence on Amazon".)
    if t[open].text == "Through", let f = found, f.first > start + 1 { found = nil }
    // A frame after a comma that ends a clause names the subject of that clause: "SAP and Bosch are building a
    // data centre, as part of the Stargate project."
    var backward = !fronted
    if found == nil, fronted, clauseStart >= 2, t[clauseStart - 1].text == "," {
      let before = (0..<(clauseStart - 1)).last(where: { t[$0].is(.clauseBreak) }).map { $0 + 1 } ?? 0
      found = subject(from: before, to: clauseStart - 1)
      end = clauseStart - 1
      backward = true
    }
    if let found, found.ref.subtype != "public" {
      // (The subject's conjuncts before it count, past the commas of their list: "Oracle, OpenAI und Softbank".)
      participants += expand(found, backwardIn: orgs, tokens: t).filter { $0.first >= start || backward }
      participants += expand(found, forwardIn: orgs, tokens: t).filter { $0.last < end }
    }
    var seen: Set<EntityKey> = []
    for p in participants where seen.insert(p.ref.key).inserted {
      add(p, project, .participatesIn, nil, open)
    }
  }

  /// Companions in making a project: "OpenAI unveiled Stargate UK together with Nvidia and Nscale", "Die
  /// Telekom hat gemeinsam mit Nvidia ihre Industrial AI Cloud in Betrieb genommen". The organisations after
  /// "together with"/"gemeinsam mit"/"zusammen mit" (and those coordinated with them) take part in the
  /// project of the same clause (no product, chip, model or law, nor a compound: "Stargate-style"), when an
  /// organisation (no possessor) stands before them in that clause. O(n + m) per sentence.
  func companionStatements(_ t: [Token], _ mentions: [Mention], _ add: Add) {
    guard let with = t.indices.first(where: { k in
      k >= 1 && (t[k].text == "with" || t[k].text == "mit") && RelationExtractor.jointlyWords.contains(t[k - 1].lowercased)
    }) else { return }
    let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isAnaphor }
    guard let first = orgs.first(where: { $0.first == with + 1 || isDescribedObject($0, from: with + 1, t) }),
      orgs.contains(where: { $0.last < with - 1 && !$0.isGenitive && inSameClause($0.last + 1, with, t) })
    else { return }
    let companions = expand(first, forwardIn: orgs, tokens: t)
    let end = companions.map(\.last).max() ?? first.last
    guard let project = mentions.first(where: { p in
      p.ref.kind == .project && p.head == nil && !RelationExtractor.productSubtypes.contains(p.ref.subtype ?? "")
        && !RelationExtractor.isLawName(p.ref.name)
        && (p.last < with - 1 ? inSameClause(p.last + 1, with, t) : p.first > end && inSameClause(end + 1, p.first, t))
    }) else { return }
    for c in companions where c.ref.key != project.ref.key { add(c, project, .participatesIn, nil, with) }
  }

  /// Whether a name is a law's: "European Chips Act", "Inflation Reduction Act", "Datenschutzgesetz".
  static func isLawName(_ name: String) -> Bool {
    guard let last = name.split(separator: " ").last else { return false }
    return ["Act", "Law", "Directive", "Regulation", "Richtlinie", "Verordnung"].contains(last) || last.hasSuffix("gesetz")
      || last.hasSuffix("Gesetz")
  }
}

extension RelationExtractor {
  /// The mention an apposition describes, when `m` stands inside that apposition and the apposition closes
  /// with a comma right before `cue`: "Arthur Mensch, a former researcher at Google DeepMind, together
  /// with …" → Arthur Mensch. The apposition opens with an article after a comma that follows the bearer
  /// directly. Nil otherwise.
  func appositionBearer(before cue: Int, of m: Mention, _ mentions: [Mention], _ t: [Token]) -> Mention? {
    guard cue >= 1, t[cue - 1].text == ",", m.last < cue - 1,
      let open = (0..<m.first).last(where: { t[$0].text == "," }), open >= 1, open + 1 < m.first,
      RelationExtractor.appositionArticles.contains(t[open + 1].lowercased),
      !t[(open + 1)..<m.first].contains(where: { !$0.isWord }),
      let bearer = mentions.first(where: { $0.last == open - 1 })
    else { return nil }
    return bearer
  }
}
