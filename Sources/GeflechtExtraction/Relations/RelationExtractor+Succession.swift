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

  /// The organisations a sentence with a succession names, apart from those in a comma apposition right
  /// after one of its two persons ("Jane Roe, CFO of Beta, succeeds John Doe": Beta is Jane Roe's post,
  /// not the one passed on), which come second.
  func successionOrganisations(_ s: Succession, in sentence: Sentence, mentions: [Mention]) -> (named: [EntityKey], excluded: [EntityKey]) {
    let t = sentence.tokens
    func apposition(_ person: ClosedRange<Int>) -> Range<Int> {
      let c = person.upperBound + 1
      guard c < t.count, t[c].text == "," else { return c..<c }
      let close = ((c + 1)..<min(c + 12, t.count)).first { t[$0].text == "," || t[$0].text == "." } ?? c
      return c..<close
    }
    let appositions = [apposition(s.firstAt), apposition(s.secondAt)]
    var named: [EntityKey] = []
    var excluded: [EntityKey] = []
    for m in mentions where m.ref.kind == .organization && !m.ref.isMedia {
      if appositions.contains(where: { $0.contains(m.first) }) { excluded.append(m.ref.key) } else { named.append(m.ref.key) }
    }
    return (named, excluded)
  }

  /// Words after which the new holder of a post is named: "replaced McDermott with A and B".
  static let successorIntroducers: Set<String> = ["with", "by", "durch", "mit"]
  /// Words that make a successor a candidate: "seen as X's successor", "gilt als Nachfolger", "possible".
  static let candidacyWords: Set<String> = [
    "seen", "considered", "tipped", "touted", "candidate", "candidates", "potential", "possible", "likely", "frontrunner",
    "gilt", "gelten", "gehandelt", "kandidat", "kandidatin", "möglicher", "mögliche", "potenzieller", "potenzielle", "favorit", "favoritin",
  ]
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
      func becomes(_ from: Int, _ to: Int) -> Bool {
        from < to && t[from..<to].contains { RelationExtractor.becomingWords.contains($0.lowercased) }
      }
      // "replaced Y with X (and Z)": the successor named after "with/by/mit/durch", past at most two
      // lower-case words ("with board members X and Y").
      func introduced(after replaced: Mention) -> Mention? {
        persons.first { p in
          p.first > replaced.last + 1
            && (max(replaced.last + 1, p.first - 3)..<p.first).contains { RelationExtractor.successorIntroducers.contains(t[$0].lowercased) }
            && t[(replaced.last + 1)..<p.first].allSatisfy { $0.isWord && !$0.isCapitalized }
        }
      }
      var pairs: [(Mention, Mention)] = []
      if let replaced = persons.first(where: { $0.first == named && !$0.isGenitive }) {
        if let other = introduced(after: replaced) {
          for o in expand(other, forwardIn: persons, tokens: t) { pairs.append((o, replaced)) }
        } else if isNoun {
          // "Der Nachfolger von X wird Y", "Y wird Nachfolger von X".
          if let other = persons.first(where: { $0.first > replaced.last && becomes(replaced.last + 1, $0.first) })
            ?? persons.last(where: { $0.last < i && becomes($0.last + 1, i) })
          {
            pairs.append((other, replaced))
          }
        } else if let other = persons.last(where: { $0.last < i }) {
          // "X succeeds Y", "named X as CEO, replacing Y".
          pairs.append((other, replaced))
        }
      } else if isNoun || t[i].lowercased.hasPrefix("successor"), let replaced = persons.first(where: { p in
        // "Butterfields Nachfolge", "Höttges' Nachfolger", "Wennink's successor" (a German name ending in
        // "s" may stand without its apostrophe: "Höttges Nachfolger").
        (p.last == i - 1 && (p.isGenitive || t[i].isCapitalized)) || (p.last == i - 2 && ["'", "’", "'s", "’s"].contains(t[i - 1].text))
      }) {
        // "Gopalans Nachfolger wird … Rodrigo Diehl", "Lidiane Jones … wird Butterfields Nachfolge antreten".
        if let other = persons.first(where: { $0.first >= end && becomes(end, $0.first) })
          ?? persons.last(where: { $0.last < replaced.first && becomes($0.last + 1, replaced.first) })
        {
          pairs.append((other, replaced))
        }
      }
      // "succeeds X as chair of the Business Roundtable": the post named after "as/als" must be a role, and
      // one of an organisation the sentence names; "replaced X as the most famous tech boss" is none.
      var post: EntityKey? = nil
      if !pairs.isEmpty, let named = namedPost(after: end, t, mentions) {
        guard let key = named else {
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
  /// without "as/als" or for a role without a link word ("succeeds X as CEO"); `.some(nil)` (no succession
  /// of a post the document states) when no role follows, past articles and role modifiers ("as the most
  /// famous tech boss"), or when the role's link word names no organisation of the sentence ("as chair of
  /// the Business Roundtable").
  private func namedPost(after start: Int, _ t: [Token], _ mentions: [Mention]) -> EntityKey?? {
    guard let a = (start..<min(t.count, start + 12)).first(where: { ["as", "als"].contains(t[$0].lowercased) }),
      inSameClause(start, a, t)
    else { return nil }
    var r = a + 1
    while r < t.count, r - a <= 3, RelationExtractor.determiners.contains(t[r].lowercased) || RelationExtractor.roleModifiers.contains(t[r].lowercased) {
      r += 1
    }
    guard r < t.count, roleRelation(of: t[r]) != nil else { return .some(nil) }
    var k = r + 1
    while k < t.count, k - r <= 3, roleRelation(of: t[k]) != nil || RelationExtractor.roleModifiers.contains(t[k].lowercased) { k += 1 }
    guard k < t.count, EntityRecognizer.roleOrganisationLinks.contains(t[k].lowercased) || ["for", "für"].contains(t[k].lowercased) else {
      return nil
    }
    var o = k + 1
    while o < t.count, RelationExtractor.determiners.contains(t[o].lowercased) { o += 1 }
    guard let body = mentions.first(where: { $0.first == o && $0.ref.kind == .organization }) else { return .some(nil) }
    return .some(body.ref.key)
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
