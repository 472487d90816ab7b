import GeflechtCore

/// Reads typed relations between the mentions of one sentence.
///
/// Role patterns give `leads`, `works_for` and `founded` ("Microsoft-Chef Jane Doe", "Jane Doe, CEO von
/// Acme", "der Vorsitzende von Acme, Jane Doe", "unter der Leitung von Jane Doe"); compound heads give
/// relations such as "ChatGPT-Entwickler OpenAI"; a genitive or possessive before a product gives
/// `develops`; every other relation comes from a cue word and the shape the cue file gives it.
struct RelationExtractor: Sendable {
  let lexicon: Lexicon

  static let coordinators: Set<String> = [",", "und", "oder", "sowie", "and", "or", "&", "auch"]
  static let linkPrepositions: Set<String> = ["von", "bei", "des", "der", "of", "at"]
  static let titles: Set<String> = ["Prof", "Dr", "."]

  func statements(in sentence: Sentence, mentions allMentions: [Mention]) -> [Statement] {
    let mentions = allMentions.filter { !$0.ref.isMedia }
    var out: [Statement] = []
    func add(_ s: EntityRef, _ t: EntityRef, _ r: Relation, role: String? = nil) {
      guard s.key != t.key else { return }
      let kinds = r.argumentKinds
      guard kinds.source.contains(s.kind), kinds.target.contains(t.kind) else { return }
      var relation = r
      if r == .uses, t.maker == s.name { relation = .develops }
      out.append(Statement(source: s, target: t, relation: relation, role: role))
    }
    roleStatements(sentence, mentions, add)
    possessionStatements(sentence, mentions, add)
    cueStatements(sentence, mentions, add)
    var seen = Set<Statement>()
    return out.filter { seen.insert($0).inserted }
  }

  // MARK: - Roles and compounds

  private func roleRelation(_ word: String) -> Relation? {
    for candidate in [word, String(word.dropLast()), String(word.dropLast(2))] where !candidate.isEmpty {
      if let r = lexicon.roles[candidate] { return r }
    }
    return nil
  }

  private func roleRelation(of token: Token) -> Relation? {
    guard token.isWord else { return nil }
    if let r = roleRelation(token.text) { return r }
    if token.parts.count > 1, let last = token.parts.last { return roleRelation(String(last)) }
    return nil
  }

  private func roleStatements(
    _ sentence: Sentence, _ mentions: [Mention], _ add: (EntityRef, EntityRef, Relation, String?) -> Void
  ) {
    let t = sentence.tokens
    func mention(startingAt i: Int) -> Mention? { mentions.first { $0.first == i } }
    func skipTitles(_ i: Int) -> Int {
      var j = i
      while j < t.count, RelationExtractor.titles.contains(t[j].text) { j += 1 }
      return j
    }
    for m in mentions where m.ref.kind == .organization || m.ref.kind == .project {
      // "<Org>-<Role> <Person>" and "<Known>-<Head> <Name>".
      if let head = m.head {
        if let r = roleRelation(head), let p = mention(startingAt: skipTitles(m.last + 1)), p.ref.kind == .person {
          add(p.ref, m.ref, r, head)
        }
        for candidate in [head, String(head.dropLast()), String(head.dropLast(2))] {
          guard let compound = lexicon.compoundHeads[candidate] else { continue }
          var j = m.last + 1
          while j < t.count, ["der", "die", "das", "dem", "den", "des"].contains(t[j].lowercased) { j += 1 }
          if let n = mention(startingAt: j), n.ref.kind == compound.nameKind {
            if compound.nameIsSource { add(n.ref, m.ref, compound.relation, nil) } else { add(m.ref, n.ref, compound.relation, nil) }
          }
          break
        }
        continue
      }
      // "<Org>s Konzern-Vize, <Person>": a role word within three words after the organisation.
      for r in (m.last + 1)..<min(m.last + 4, t.count) {
        guard t[r].isWord else { break }
        guard let relation = roleRelation(of: t[r]) else { continue }
        var j = r + 1
        if j < t.count, t[j].text == "," { j += 1 }
        if let p = mention(startingAt: skipTitles(j)), p.ref.kind == .person { add(p.ref, m.ref, relation, t[r].text) }
        break
      }
    }
    for p in mentions where p.ref.kind == .person {
      // "<Person>, <role> von <Org>".
      var j = p.last + 1
      guard j < t.count, t[j].text == "," else { continue }
      j += 1
      while j < t.count, ["der", "die", "das"].contains(t[j].lowercased) { j += 1 }
      guard j + 1 < t.count, let relation = roleRelation(of: t[j]),
        RelationExtractor.linkPrepositions.contains(t[j + 1].lowercased),
        let o = mention(startingAt: j + 2)
      else { continue }
      add(p.ref, o.ref, relation, t[j].text)
    }
    // "<role> (und <role>) von <Org>, <Person>".
    for (r, token) in t.enumerated() {
      guard let relation = roleRelation(of: token) else { continue }
      for v in (r + 1)..<min(r + 5, t.count) where RelationExtractor.linkPrepositions.contains(t[v].lowercased) {
        guard let o = mention(startingAt: v + 1), o.last + 2 < t.count, t[o.last + 1].text == ",",
          let p = mention(startingAt: skipTitles(o.last + 2)), p.ref.kind == .person
        else { break }
        let roleWords = t[r..<v].filter { roleRelation(of: $0) != nil }.map(\.text)
        let best = roleWords.compactMap { roleRelation($0) }.contains(.leads) ? Relation.leads : relation
        add(p.ref, o.ref, best, roleWords.joined(separator: ", "))
        break
      }
    }
    // "unter der Leitung (des/von) ... <Person>".
    for (l, token) in t.enumerated() where token.lowercased == "leitung" || token.lowercased == "führung" {
      guard l >= 2, t[l - 2].lowercased == "unter",
        let p = mentions.first(where: { $0.ref.kind == .person && $0.first > l && $0.first <= l + 8 }),
        let o = mentions.last(where: { ($0.ref.kind == .organization || $0.ref.kind == .project) && $0.last < l - 2 })
      else { continue }
      add(p.ref, o.ref, .leads, nil)
    }
  }

  /// "Microsofts Azure", "Microsoft Azure", "seine Azure-Plattform" → develops.
  private func possessionStatements(
    _ sentence: Sentence, _ mentions: [Mention], _ add: (EntityRef, EntityRef, Relation, String?) -> Void
  ) {
    let t = sentence.tokens
    for (a, b) in zip(mentions, mentions.dropFirst())
    where a.ref.kind == .organization && b.ref.kind == .project && b.first == a.last + 1 && a.head == nil {
      add(a.ref, b.ref, .develops, nil)
    }
    for (i, token) in t.enumerated() where lexicon.possessives.contains(token.lowercased) {
      guard let project = mentions.first(where: { $0.first == i + 1 && $0.ref.kind == .project }),
        let owner = mentions.first(where: { $0.ref.kind == .organization && $0.last < i })
      else { continue }
      add(owner.ref, project.ref, .develops, nil)
    }
  }

  // MARK: - Cue words

  private struct CueHit {
    let cue: RelationCue
    let start: Int
    let end: Int
  }

  private func cueHits(in tokens: [Token]) -> [CueHit] {
    var hits: [CueHit] = []
    for i in tokens.indices {
      for cue in lexicon.relationCues {
        let n = cue.words.count
        guard i + n <= tokens.count, (0..<n).allSatisfy({ cue.words[$0].matches(tokens[i + $0]) }) else { continue }
        hits.append(CueHit(cue: cue, start: i, end: i + n))
      }
    }
    return hits
  }

  private func cueStatements(
    _ sentence: Sentence, _ mentions: [Mention], _ add: (EntityRef, EntityRef, Relation, String?) -> Void
  ) {
    let t = sentence.tokens
    let hits = cueHits(in: t)
    let regular = mentions.filter { !$0.ref.needsRelation || $0.ref.kind == .place }
    for hit in hits {
      let relation = hit.cue.relation
      let kinds = relation.argumentKinds
      // A cue inside a mention's own compound ("Microsoft-Investor") is handled by compound heads.
      if regular.contains(where: { $0.first <= hit.start && hit.start <= $0.last }) { continue }
      let sources = regular.filter { kinds.source.contains($0.ref.kind) }
      let targets = regular.filter { kinds.target.contains($0.ref.kind) }
      switch hit.cue.shape {
      case .forward:
        var src = sources.last { $0.last < hit.start }.map { expand($0, backwardIn: sources, tokens: t) } ?? []
        var tgt = targets.first { $0.first >= hit.end }.map { expand($0, forwardIn: targets, tokens: t) } ?? []
        if tgt.isEmpty, !speakerIsSubject(hit, t), let before = targets.last(where: { $0.last < hit.start }),
          inSameClause(before.last + 1, hit.start, t)
        {
          tgt = expand(before, backwardIn: targets, tokens: t)
          let firstTarget = tgt.map(\.first).min() ?? before.first
          src = sources.first { $0.last < firstTarget }.map { [$0] } ?? []
        }
        if src.isEmpty, let lastTarget = tgt.map(\.last).max(),
          let after = sources.first(where: { $0.first > lastTarget }),
          t[(lastTarget + 1)..<after.first].contains(where: { RelationExtractor.agentMarkers.contains($0.lowercased) })
        {
          src = [after]
        }
        // Verb before its subject after a fronted phrase: "2023 investierte Amazon … in Anthropic".
        if src.isEmpty, let verb = t[hit.start].text.unicodeScalars.first, verb.properties.isLowercase,
          let subject = sources.first(where: { $0.first == hit.end }),
          let object = targets.first(where: { $0.first > subject.last && $0.ref.key != subject.ref.key })
        {
          src = [subject]
          tgt = expand(object, forwardIn: targets, tokens: t)
        }
        for s in src { for g in tgt { add(s.ref, g.ref, relation, nil) } }
      case .list:
        guard let target = targets.first(where: { $0.last < hit.start }) else { continue }
        let stop = hits.first { $0.start >= hit.end && $0.cue.relation != relation }?.start ?? t.count
        for s in sources where s.first >= hit.end && s.first < stop { add(s.ref, target.ref, relation, nil) }
      case .passive:
        guard let by = t.indices.first(where: { $0 >= hit.end && ["durch", "by"].contains(t[$0].lowercased) }),
          let buyer = regular.first(where: { $0.first > by && $0.ref.kind == .organization })
        else { continue }
        for m in regular where m.first >= hit.end && m.last < by {
          add(buyer.ref, m.ref, m.ref.kind == .person ? .hires : relation, nil)
        }
      case .symmetric:
        let before = sources.filter { $0.last < hit.start }
        let after = sources.filter { $0.first >= hit.end }
        var pair: [Mention] = []
        if let b = before.last, let a = after.first {
          pair = [b, a]
        } else if before.count >= 2 {
          pair = Array(before.suffix(2))
        } else if after.count >= 2 {
          pair = Array(after.prefix(2))
        }
        if pair.count == 2 { add(pair[0].ref, pair[1].ref, relation, nil) }
      }
    }
  }

  /// Words between a target and a later source that make the source the agent: passive "von"/"durch",
  /// or a quote's attribution ("…“, sagt der Konzern-Chef").
  static let agentMarkers: Set<String> = ["von", "durch", "sagt", "so", "erklärt", "betont", "by", "said", "says"]
  static let clauseBreaks: Set<String> = [",", ";", ":", "–", "—", "(", ")"]
  static let firstPerson: Set<String> = ["wir", "ich", "we", "i"]

  /// Whether no clause break lies between two token positions.
  private func inSameClause(_ from: Int, _ to: Int, _ t: [Token]) -> Bool {
    from >= to || !t[from..<to].contains { RelationExtractor.clauseBreaks.contains($0.text) }
  }

  /// "unterstützen wir": the speaker, not a named entity, is the subject of the cue.
  private func speakerIsSubject(_ hit: CueHit, _ t: [Token]) -> Bool {
    [hit.start - 1, hit.end].contains { $0 >= 0 && $0 < t.count && RelationExtractor.firstPerson.contains(t[$0].lowercased) }
  }

  /// The mention and those joined to it by ",", "und", "oder" … going forward.
  private func expand(_ m: Mention, forwardIn list: [Mention], tokens: [Token]) -> [Mention] {
    var result = [m]
    var current = m
    while let next = list.first(where: { $0.first > current.last }),
      ((current.last + 1)..<next.first).allSatisfy({ RelationExtractor.coordinators.contains(tokens[$0].lowercased) }),
      next.first > current.last + 1
    {
      result.append(next)
      current = next
    }
    return result
  }

  /// The mention and those joined to it by ",", "und", "oder" … going backward.
  private func expand(_ m: Mention, backwardIn list: [Mention], tokens: [Token]) -> [Mention] {
    var result = [m]
    var current = m
    while let previous = list.last(where: { $0.last < current.first }),
      ((previous.last + 1)..<current.first).allSatisfy({ RelationExtractor.coordinators.contains(tokens[$0].lowercased) }),
      current.first > previous.last + 1
    {
      result.append(previous)
      current = previous
    }
    return result
  }
}
