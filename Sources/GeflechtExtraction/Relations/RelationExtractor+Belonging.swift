import GeflechtCore

/// The German attributive participle of "gehören zu": "die zum spanischen Telefonica-Konzern gehörende Firma
/// Telxius", "Telxius, ein zu Telefonica gehörendes Unternehmen". The organisation after "zu/zum/zur"
/// owns the one the participle describes (after it, or before the comma of an apposition). The finite
/// "X gehört zu Y" is a relation cue; the participle stands before its noun and reads the other way
/// round, so it is a rule of its own. O(n + m) per sentence of n tokens and m mentions.
extension RelationExtractor {
  func belongingStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    for g in t.indices where t[g].isWord && !t[g].isCapitalized && t[g].lowercased.hasPrefix("gehörend") {
      guard let owner = mentions.last(where: { $0.last == g - 1 && $0.ref.kind == .organization && !$0.isAnaphor }),
        let z = (max(0, owner.first - 4)..<owner.first).last(where: { ["zu", "zum", "zur"].contains(t[$0].lowercased) }),
        // Only articles and adjectives between: "zum spanischen Telefonica-Konzern".
        t[(z + 1)..<owner.first].allSatisfy({ $0.isWord && (!$0.isCapitalized || $0.is(.definiteArticle)) })
      else { continue }
      // The described company after the participle, with adjectives or an organisation noun between.
      if let owned = mentions.first(where: { $0.first > g && $0.ref.kind == .organization }), owned.first - g <= 3,
        owned.ref.key != owner.ref.key,
        t[(g + 1)..<owned.first].allSatisfy({ $0.isWord && (!$0.isCapitalized || $0.info?.isOrgHeadNoun == true) })
      {
        add(owner, owned, .owns, nil, g)
        continue
      }
      // An apposition: "Telxius, ein zu Telefonica gehörendes Unternehmen".
      if z >= 3, ["ein", "eine", "einem", "einer", "die", "der", "das"].contains(t[z - 1].lowercased), t[z - 2].text == ",",
        let owned = mentions.last(where: { $0.last == z - 3 && $0.ref.kind == .organization }), owned.ref.key != owner.ref.key
      {
        add(owner, owned, .owns, nil, g)
      }
    }
  }
}

/// Being part of a group: "Cleverciti ist jetzt Teil der Parkhelp-Gruppe", "Red Hat is now part of IBM",
/// "X wird Teil von Y", "became part of Y". The organisation after "Teil der/des/von" or "part of" (past
/// articles and adjectives) owns the subject of the copula (the organisation before it in the same clause,
/// outside a prepositional phrase). Not "part of the deal of X". O(t + m) per sentence of t tokens and m
/// mentions.
extension RelationExtractor {
  static let partCopulas: Set<String> = [
    "ist", "sind", "wird", "werden", "wurde", "wurden", "bleibt", "is", "are", "becomes", "became", "become", "remains", "was",
  ]

  func partOfStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    for p in t.indices where p + 2 < t.count && (t[p].text == "Teil" || t[p].text == "part") {
      guard ["der", "des", "von", "vom", "of"].contains(t[p + 1].lowercased),
        let copula = (max(0, p - 4)..<p).last(where: { RelationExtractor.partCopulas.contains(t[$0].lowercased) }),
        // Only adverbs between the copula and the noun: "ist jetzt Teil", "is now part" (not "is a key part").
        t[(copula + 1)..<p].allSatisfy({ $0.isWord && !$0.isCapitalized && !RelationExtractor.determiners.contains($0.lowercased) }),
        let owner = mentions.first(where: { m in
          m.ref.kind == .organization && !m.ref.isMedia && m.first > p + 1 && m.first <= p + 4
            && t[(p + 2)..<m.first].allSatisfy { $0.isWord && (!$0.isCapitalized || $0.is(.definiteArticle)) }
        }),
        // Not "part of the deal of X": the organisation ends the phrase or is a genitive-free name.
        owner.last + 1 >= t.count || !["of", "der", "des", "von"].contains(t[owner.last + 1].lowercased),
        let owned = mentions.last(where: { m in
          m.ref.kind == .organization && !m.ref.isMedia && m.last < copula && !m.isGenitive && !isInPrepositionalPhrase(m, t)
            && inSameClause(m.last + 1, copula, t, commas: false)
        }) ?? mentions.first(where: { $0.ref.kind == .organization && $0.first == copula + 1 }),
        owned.ref.key != owner.ref.key
      else { continue }
      add(owner, owned, .owns, nil, p)
    }
  }
}
