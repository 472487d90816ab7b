import GeflechtCore

/// Successions: one person taking over another's post ("Splinter succeeds James Morgan", "named X as
/// CEO, replacing Pekka Lundmark", "wird Butterfields Nachfolge als CEO von Slack antreten"). A sentence
/// only pairs the two persons (`succession_cues.txt`); `RuleBasedExtractor.successorRoles` then gives
/// one of them the post the document states for the other. The pair is read symmetrically: the person
/// replaced held the post as the successor will (the held-out gold writes "replacing Pekka Lundmark" as
/// Lundmark leading Nokia).
///
/// O(t · c) per sentence of t tokens and c cues, only in sentences that name two persons.
extension RelationExtractor {
  /// Two persons of whom one succeeds the other, and where the sentence says so.
  struct Succession: Sendable {
    let first: EntityRef
    let second: EntityRef
    /// The two persons' tokens.
    let firstAt: ClosedRange<Int>
    let secondAt: ClosedRange<Int>
    let span: ClosedRange<Int>
    let cue: Int
    /// The organisation of the post the sentence names ("succeeds X as CEO of Acme"), if it names one.
    var post: EntityKey? = nil
  }

  /// The organisations a sentence with a succession names, apart from those in a comma apposition of a
  /// post right after the successor ("Jane Roe, CFO of Beta, succeeds John Doe": Beta is Jane Roe's post,
  /// not the one passed on) or in a title right before it ("Beta CFO Jane Roe"), which come second.
  func successionOrganisations(_ s: Succession, in sentence: Sentence, mentions: [Mention]) -> (named: [EntityKey], excluded: [EntityKey]) {
    let t = sentence.tokens
    // The successor's apposition, when it describes a post ("Jane Roe, CFO of Beta, succeeds"), up to its
    // closing comma; the person replaced may be described by the post passed on ("succeeds Tom Becker,
    // who led Siemens").
    var apposition = 0..<0
    let c = s.firstAt.upperBound + 1
    if c + 1 < t.count, t[c].text == ",",
      roleRelation(of: t[c + 1]) != nil || RelationExtractor.appositionArticles.contains(t[c + 1].lowercased)
        || RelationExtractor.roleModifiers.contains(t[c + 1].lowercased)
    {
      apposition = c..<(((c + 1)..<min(c + 12, t.count)).first { t[$0].text == "," || t[$0].text == "." } ?? c)
    }
    // So is a title before the successor: "named Intel executive Justin Hotard as CEO, replacing X".
    let f = s.firstAt.lowerBound
    func isTitle(_ m: Mention) -> Bool {
      m.last < f && f - m.last <= 4
        && t[(m.last + 1)..<f].allSatisfy { roleRelation(of: $0) != nil || RelationExtractor.roleModifiers.contains($0.lowercased) }
    }
    var named: [EntityKey] = []
    var excluded: [EntityKey] = []
    for m in mentions where m.ref.kind == .organization && !m.ref.isMedia {
      if apposition.contains(m.first) || isTitle(m) { excluded.append(m.ref.key) } else { named.append(m.ref.key) }
    }
    return (named, excluded)
  }

  /// Words after which the new holder of a post is named: "replaced McDermott with A and B" (not "by",
  /// which names an agent: "was picked to replace X by chairman Y").
  static let successorIntroducers: Set<String> = ["with", "durch", "mit"]
  /// Words that make a successor a candidate: "seen as X's successor", "gilt als Nachfolger", "possible".
  static let candidacyWords: Set<String> = [
    "seen", "considered", "tipped", "touted", "candidate", "candidates", "potential", "possible", "likely", "frontrunner",
    "gilt", "gelten", "gehandelt", "kandidat", "kandidatin", "möglicher", "mögliche", "potenzieller", "potenzielle", "favorit", "favoritin",
  ]
  /// "as new CEO", "als neuer Vorstandschef": words before a role that say it is taken up.
  static let newWords: Set<String> = ["new", "next", "permanent", "neuer", "neue", "neuen", "künftiger", "künftige", "designierter"]
  /// Verbs of becoming or being between a successor and a succession noun: "Y wird Nachfolger von X".
  static let becomingWords: Set<String> = [
    "wird", "werde", "werden", "wurde", "ist", "war", "is", "was", "becomes", "became", "be", "named", "appointed",
    "ernannt", "antreten", "tritt", "trat",
  ]

  func successions(in sentence: Sentence, mentions: [Mention]) -> [Succession] {
    let persons = mentions.filter { $0.ref.kind == .person }
    guard persons.count >= 2 else { return [] }
    let t = sentence.tokens
    var out: [Succession] = []
    var i = 0
    while i < t.count {
      guard t[i].isWord, let length = successionCue(at: i, t) else {
        i += 1
        continue
      }
      let end = i + length
      var named = end  // past titles: "succeeds Dr. Jane Roe"
      while named < t.count, t[named].is(.title) { named += 1 }
      // A noun ("Nachfolger", "successor") names the successor after a verb of becoming, not any person
      // near it: "Analyst Jane Roe expects Peter Wennink's successor to …" pairs nobody.
      let isNoun = t[i].lowercased.hasPrefix("nachfolge") || t[i].lowercased.hasPrefix("successor")
      // "is widely seen as Tim Cook's successor", "gilt als möglicher Nachfolger": a candidate, no succession.
      if isNoun, t.contains(where: { RelationExtractor.candidacyWords.contains($0.lowercased) }) {
        i = end
        continue
      }
      // A verb of becoming right before or after the noun, in its clause: "Gopalans Nachfolger wird …",
      // "Y wird Nachfolger von X" (not "… will be named in June, chairman Max Muster said").
      func becoming(_ range: Range<Int>) -> Int? {
        range.clamped(to: 0..<t.count).first { RelationExtractor.becomingWords.contains(t[$0].lowercased) && inSameClause(min($0, i), max($0, i), t) }
      }
      // The successor after the verb of becoming: in its clause, or closing it as an apposition ("wird der
      // bisherige Chef der Telekom-Tochter, Rodrigo Diehl (49).").
      func successor(after k: Int) -> Mention? {
        persons.first { p in
          p.first > k
            && (inSameClause(k, p.first, t)
              || (t[p.first - 1].text == "," && (p.last + 1 == t.count || [".", "(", ","].contains(t[p.last + 1].text))
                && !t[k..<p.first].contains { $0.is(.speechVerb) }))
        }
      }
      // "replaced Y with X (and Z)": the successor named right after Y by "with/mit/durch", past at most
      // two lower-case words ("with board members X and Y").
      func introduced(after replaced: Mention) -> Mention? {
        let w = replaced.last + 1
        guard w < t.count, RelationExtractor.successorIntroducers.contains(t[w].lowercased) else { return nil }
        return persons.first { p in
          p.first > w && p.first - w <= 3 && t[(w + 1)..<p.first].allSatisfy { $0.isWord && !$0.isCapitalized }
        }
      }
      var pairs: [(Mention, Mention)] = []
      if let replaced = persons.first(where: { $0.first == named && !$0.isGenitive }) {
        if let other = introduced(after: replaced) {
          for o in expand(other, forwardIn: persons, tokens: t) { pairs.append((o, replaced)) }
        } else if isNoun {
          // "Der Nachfolger von X wird Y", "Y wird Nachfolger von X".
          if let other = becoming((replaced.last + 1)..<(replaced.last + 3)).flatMap(successor(after:))
            ?? becoming((i - 3)..<i).flatMap({ k in persons.last(where: { $0.last < k }) })
          {
            pairs.append((other, replaced))
          }
        } else if let other = persons.last(where: { $0.last < i }) {
          // "X succeeds Y", "named X as CEO, replacing Y".
          pairs.append((other, replaced))
        }
      } else if isNoun, let replaced = persons.first(where: { p in
        // "Butterfields Nachfolge", "Höttges' Nachfolger", "Wennink's successor" (a German name ending in
        // "s" may stand without its apostrophe: "Höttges Nachfolger").
        (p.last == i - 1 && (p.isGenitive || t[i].isCapitalized)) || (p.last == i - 2 && ["'", "’", "'s", "’s"].contains(t[i - 1].text))
      }) {
        // "Gopalans Nachfolger wird … Rodrigo Diehl", "Lidiane Jones … wird Butterfields Nachfolge antreten".
        let before = replaced.first
        if let other = becoming(end..<(end + 2)).flatMap(successor(after:))
          ?? becoming((before - 3)..<before).flatMap({ k in persons.last(where: { $0.last < k }) })
        {
          pairs.append((other, replaced))
        }
      }
      // "succeeds X as chair of the Business Roundtable": the post named after "as/als" must be a role, and
      // one of an organisation the sentence names; "replaced X as the most famous tech boss" is none.
      var post: EntityKey? = nil
      if !pairs.isEmpty, let stated = namedPost(after: end, t, mentions) {
        guard let key = stated else {
          i = end
          continue
        }
        post = key
      }
      for (a, b) in pairs where a.ref.key != b.ref.key {
        let positions = [a.first, a.last, b.first, b.last, i]
        out.append(
          Succession(
            first: a.ref, second: b.ref, firstAt: a.first...a.last, secondAt: b.first...b.last, span: positions.min()!...positions.max()!,
            cue: i, post: post))
      }
      i = end
    }
    return out
  }

  /// The organisation of the post named after "as/als" in the clause after `start`. Nil (no restriction)
  /// without "as/als", for a role without an organisation ("as CEO", "as new CEO", "as CEO of the company")
  /// and for words that name no post ("as expected", "as of July"). The organisation named before or after
  /// the role ("as Siemens CEO", "as CEO of Siemens"). `.some(nil)` (no succession of a post the document
  /// states) for a role of something named but unknown ("as chair of the Business Roundtable") and for a
  /// description ending in a role ("as the most famous tech boss").
  private func namedPost(after start: Int, _ t: [Token], _ mentions: [Mention]) -> EntityKey?? {
    guard let a = (start..<min(t.count, start + 12)).first(where: { ["as", "als"].contains(t[$0].lowercased) }),
      inSameClause(start, a, t)
    else { return nil }
    var r = a + 1
    while r < t.count, r - a <= 4, RelationExtractor.determiners.contains(t[r].lowercased) || RelationExtractor.roleModifiers.contains(t[r].lowercased)
      || RelationExtractor.newWords.contains(t[r].lowercased)
    {
      r += 1
    }
    // "as Siemens CEO", "as the company's CEO".
    if let owner = mentions.first(where: { $0.first == r && $0.ref.kind == .organization }), owner.last + 1 < t.count,
      roleRelation(of: t[owner.last + 1]) != nil
    {
      return .some(owner.ref.key)
    }
    guard r < t.count, roleRelation(of: t[r]) != nil else {
      // "as the most famous tech boss": lower-case words before a role describe another post.
      let description = (r..<min(t.count, r + 4)).prefix { t[$0].isWord && !t[$0].isCapitalized }
      return description.contains { roleRelation(of: t[$0]) != nil } ? .some(nil) : nil
    }
    var k = r + 1
    while k < t.count, k - r <= 3, roleRelation(of: t[k]) != nil || RelationExtractor.roleModifiers.contains(t[k].lowercased) { k += 1 }
    guard k + 1 < t.count, EntityRecognizer.roleOrganisationLinks.contains(t[k].lowercased) || ["for", "für"].contains(t[k].lowercased) else {
      return nil
    }
    var o = k + 1
    while o < t.count, RelationExtractor.determiners.contains(t[o].lowercased) { o += 1 }
    if let body = mentions.first(where: { $0.first == o && $0.ref.kind == .organization }) { return .some(body.ref.key) }
    // "of the company", "des Konzerns": the organisation under discussion; a capitalised name no list knows
    // ("the Business Roundtable", "des Tennisclubs") is another body.
    return o < t.count && t[o].isCapitalized && !(t[o].info?.isOrgHeadNoun ?? false) ? .some(nil) : nil
  }

  /// The number of words of the succession cue starting at `i`, or nil.
  private func successionCue(at i: Int, _ t: [Token]) -> Int? {
    cues: for cue in lexicon.successionCues where i + cue.count <= t.count {
      for (k, word) in cue.enumerated() {
        let w = t[i + k].lowercased
        if word.hasSuffix("*") ? !w.hasPrefix(word.dropLast()) : w != word { continue cues }
      }
      return cue.count
    }
    return nil
  }
}

extension RuleBasedExtractor {
  /// A succession a sentence states, with what the document needs to read it.
  struct StatedSuccession {
    let succession: RelationExtractor.Succession
    let evidence: Evidence
    let status: Status
    /// The organisations the sentence names, except those in an apposition of one of the two persons
    /// ("Jane Roe, CFO of Beta, succeeds John Doe" says nothing of Beta's post), which are `excluded`.
    let organisations: [EntityKey]
    let excluded: [EntityKey]
  }

  /// The post of one person of a succession given to the other, when the document states it for one only:
  /// "Splinter succeeds James Morgan" after "Applied Materials named Michael Splinter CEO" → James Morgan
  /// leads Applied Materials. A post is a `leads` or `works_for` relation (or being hired, as `works_for`)
  /// with a status included by default, at an organisation the sentence names if it names any; of
  /// several, the `leads` ones, then the one that hired the person; one must be left. Only the statements
  /// read from single sentences count, so nothing is passed on twice. O(s · n) for s successions and n
  /// statements.
  static func successorRoles(_ successions: [StatedSuccession], statements: [DocumentAnalysis.Statement])
    -> [DocumentAnalysis.Statement]
  {
    func posts(_ person: EntityRef, notIn excluded: Evidence? = nil) -> [(Relation, EntityRef)] {
      var posts: [(Relation, EntityRef)] = []
      for s in statements where s.status.isIncludedByDefault && s.evidence != excluded {
        if s.source.key == person.key, s.relation == .leads || s.relation == .worksFor, s.target.kind == .organization {
          posts.append((s.relation, s.target))
        } else if s.relation == .hires, s.target.key == person.key, s.source.kind == .organization {
          posts.append((.worksFor, s.source))
        }
      }
      return posts
    }
    var out: [DocumentAnalysis.Statement] = []
    for stated in successions {
      let s = stated.succession
      for (holder, other) in [(s.first, s.second), (s.second, s.first)] {
        // The person replaced holds the post elsewhere in the document: a post in the same sentence is a
        // new one ("Becker succeeded Anna Weber, who now leads Orbis").
        var known = posts(holder, notIn: holder.key == s.second.key ? stated.evidence : nil)
        known.removeAll { stated.excluded.contains($0.1.key) }
        if !stated.organisations.isEmpty { known.removeAll { !stated.organisations.contains($0.1.key) } }
        if let post = s.post { known.removeAll { $0.1.key != post } }
        let relation: Relation = known.contains { $0.0 == .leads } ? .leads : .worksFor
        var organisations: [EntityRef] = []
        for (r, o) in known where r == relation && !organisations.contains(where: { $0.key == o.key }) { organisations.append(o) }
        // "Nokia named Intel executive Justin Hotard as CEO, replacing …": the one that hired the holder.
        if organisations.count > 1 {
          let hiring = organisations.filter { o in
            statements.contains { $0.relation == .hires && $0.source.key == o.key && $0.target.key == holder.key }
          }
          if hiring.count == 1 { organisations = hiring }
        }
        guard organisations.count == 1, let organisation = organisations.first,
          !posts(other).contains(where: { $0.1.key == organisation.key }),
          !out.contains(where: { $0.source.key == other.key && $0.target.key == organisation.key })
        else { continue }
        out.append(.init(source: other, target: organisation, relation: relation, status: stated.status, evidence: stated.evidence))
      }
    }
    return out
  }
}
