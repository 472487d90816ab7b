import GeflechtCore

/// Successions: one person taking over another's post ("Splinter succeeds James Morgan", "named X as
/// CEO, replacing Pekka Lundmark", "wird Butterfields Nachfolge als CEO von Slack antreten"). A sentence
/// gives only the pair; `RuleBasedExtractor.successorRoles` then gives the one whose post the document
/// does not state the post of the other (`succession_cues.txt`).
///
/// O(t · c) per sentence of t tokens and c cues, only in sentences that name two persons.
extension RelationExtractor {
  /// Two persons of whom one succeeds the other, and where the sentence says so.
  struct Succession: Sendable {
    let first: EntityRef
    let second: EntityRef
    let span: ClosedRange<Int>
    let cue: Int
  }

  /// Words after which the new holder of a post is named: "replaced McDermott with A and B".
  static let successorIntroducers: Set<String> = ["with", "by", "durch", "mit"]

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
      var title = end
      while title < t.count, t[title].is(.title) { title += 1 }
      // A noun ("Nachfolger", "successor") may name the successor anywhere after it: "Der Nachfolger von
      // X wird Y".
      let isNoun = t[i].lowercased.hasPrefix("nachfolge") || t[i].lowercased.hasPrefix("successor")
      var pairs: [(Mention, Mention)] = []
      if let replaced = persons.first(where: { $0.first == title }) {
        // "X succeeds Y": the nearest person before; else "replaced Y with X (and Z)".
        if let other = persons.last(where: { $0.last < i }) {
          pairs.append((other, replaced))
        } else if let other = persons.first(where: {
          $0.first > replaced.last + 1 && (isNoun || RelationExtractor.successorIntroducers.contains(t[$0.first - 1].lowercased))
        }) {
          for o in expand(other, forwardIn: persons, tokens: t) { pairs.append((o, replaced)) }
        }
      } else if let replaced = persons.first(where: { p in
        // "Butterfields Nachfolge", "Höttges' Nachfolger", "Wennink's successor" (a German name ending in
        // "s" may stand without its apostrophe: "Höttges Nachfolger").
        (p.last == i - 1 && (p.isGenitive || (isNoun && t[i].isCapitalized)))
          || (p.last == i - 2 && ["'", "’", "'s", "’s"].contains(t[i - 1].text))
      }) {
        // "Gopalans Nachfolger wird … Rodrigo Diehl", "Lidiane Jones … wird Butterfields Nachfolge antreten".
        if let other = persons.last(where: { $0.last < replaced.first }) ?? persons.first(where: { $0.first >= end }) {
          pairs.append((other, replaced))
        }
      }
      for (a, b) in pairs where a.ref.key != b.ref.key {
        let positions = [a.first, a.last, b.first, b.last, i]
        out.append(Succession(first: a.ref, second: b.ref, span: positions.min()!...positions.max()!, cue: i))
      }
      i = end
    }
    return out
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
    /// The organisations the sentence names.
    let organisations: [EntityKey]
  }

  /// The post of one person of a succession given to the other, when the document states it for one only:
  /// "Splinter succeeds James Morgan" after "Applied Materials named Michael Splinter CEO" → James Morgan
  /// leads Applied Materials. The post is the person's `leads` (else `works_for`, or being hired) at one
  /// organisation (of several, the one that hired the person); when the sentence names organisations, it
  /// must be one of them. Only the statements read from single sentences count, so nothing is passed on
  /// twice. O(s · n) for s successions and n statements.
  static func successorRoles(_ successions: [StatedSuccession], statements: [DocumentAnalysis.Statement])
    -> [DocumentAnalysis.Statement]
  {
    func posts(_ person: EntityRef) -> [(Relation, EntityRef)] {
      var posts: [(Relation, EntityRef)] = []
      for s in statements {
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
        let known = posts(holder)
        let relation: Relation = known.contains { $0.0 == .leads } ? .leads : .worksFor
        var organisations: [EntityRef] = []
        for (r, o) in known where r == relation && !organisations.contains(where: { $0.key == o.key }) { organisations.append(o) }
        if !stated.organisations.isEmpty { organisations.removeAll { !stated.organisations.contains($0.key) } }
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
