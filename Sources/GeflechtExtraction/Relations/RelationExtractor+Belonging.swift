import GeflechtCore

/// The German attributive participle of "gehören zu": "die zum spanischen Telefonica-Konzern gehörende Firma
/// Telxius", "Telxius, ein zu Telefonica gehörendes Unternehmen". The organisation after "zu/zum/zur"
/// owns the one the participle describes (after it, or before the comma of an apposition). The finite
/// "X gehört zu Y" is a relation cue; the participle stands before its noun and reads the other way
/// round, so it is a rule of its own. So is the finite present verb closing a relative clause on the owned
/// company: "Interxion, das inzwischen zum Konkurrenten Digital Realty gehört" (not "gehörte"). O(n + m) per
/// sentence of n tokens and m mentions.
extension RelationExtractor {
  func belongingStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    relativeBelongingStatements(t, mentions, add)
    // "Interxion, das inzwischen zum Konkurrenten Digital Realty gehört,": the finite verb closing a relative
    // clause on the company; the organisation before it (after "zu/zum/zur" and a description) owns the
    // antecedent before the comma.
    // (Only the present: "das bis 2017 zum Konzern Siemens gehörte" no longer belongs to it.)
    for g in t.indices where g >= 6 && t[g].text.utf8.first == UInt8(ascii: "g") && ["gehört", "gehören"].contains(t[g].text) {
      guard let owner = mentions.last(where: { $0.last == g - 1 && $0.ref.kind == .organization && !$0.isAnaphor && !$0.isGenitive }),
        let z = (max(0, owner.first - 4)..<owner.first).last(where: { ["zu", "zum", "zur"].contains(t[$0].lowercased) }),
        z >= 3, t[(z + 1)..<owner.first].allSatisfy({ $0.isWord && !$0.is(.preposition) }),
        let pronoun = (max(1, z - 4)..<z).last(where: { ["das", "die", "der", "welche", "welches"].contains(t[$0].lowercased) && t[$0 - 1].text == "," }),
        t[(pronoun + 1)..<z].allSatisfy({ $0.isWord && !$0.isCapitalized || $0.text.first?.isNumber == true }),
        let owned = mentions.last(where: { $0.last == pronoun - 2 && $0.ref.kind == .organization && !$0.isGenitive }),
        owned.ref.key != owner.ref.key
      else { continue }
      add(owner, owned, .owns, nil, g)
    }
    for g in t.indices where t[g].text.utf8.first == UInt8(ascii: "g") && t[g].lowercased.hasPrefix("gehörend") {
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

extension RelationExtractor {
  static let belongingVerbs: Set<String> = ["gehören", "gehört", "gehörten", "gehörte"]

  /// The relative clause "die Schwarz Gruppe, zu der auch die Handelsketten Lidl und Kaufland gehören": the
  /// organisation before ", zu der/dem" owns the organisations the clause lists before its verb (an
  /// association or consortium has them as members: `isAllianceLike`) (at most four
  /// words before the first: articles, adverbs, a describing noun, "wie": "zu dem Marken wie A und B
  /// gehören"). O(t + m) per sentence.
  func relativeBelongingStatements(_ t: [Token], _ mentions: [Mention], _ add: Add) {
    for z in t.indices where z >= 2 && z + 3 < t.count && t[z].is(.preposition) && t[z].lowercased == "zu" && t[z - 1].text == "," {
      guard ["der", "dem"].contains(t[z + 1].lowercased),
        // (Not a group around someone: "Die Investorengruppe um KKR, zu der auch Blackstone gehört".)
        let owner = mentions.last(where: { $0.last == z - 2 && $0.ref.kind == .organization && !$0.ref.isMedia }),
        // (The owner may be a preposition's object: "hält Anteile an Delivery Hero, zu dem …"; not "mit X, zu dem".)
        !(owner.first >= 1 && ["um", "around"].contains(t[owner.first - 1].lowercased)),
        !["mit", "with"].contains(governingPreposition(owner, t) ?? ""),
        // (A list's commas go on: "zu dem Marken wie A, B und C gehören".)
        let verb = ((z + 2)..<min(z + 16, t.count)).first(where: {
          RelationExtractor.belongingVerbs.contains(t[$0].lowercased) || (t[$0].is(.clauseBreak) && t[$0].text != ",")
        }),
        RelationExtractor.belongingVerbs.contains(t[verb].lowercased)
      else { continue }
      let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia && $0.first > z + 1 && $0.last < verb }
      guard let first = orgs.first,
        first.first - z <= 6,
        t[(z + 2)..<first.first].allSatisfy({ $0.isWord && (!$0.is(.preposition) || RelationExtractor.listOpeners.contains($0.lowercased)) })
      else { continue }
      // An association's or a consortium's members belong to it as members: "Der Branchenverband Bitkom, zu
      // dem auch SAP und Siemens gehören".
      let body = isAllianceLike(owner, t)
      for owned in expand(first, forwardIn: orgs, tokens: t) where owned.ref.key != owner.ref.key {
        if body { add(owned, owner, .memberOf, nil, verb) } else { add(owner, owned, .owns, nil, verb) }
      }
    }
  }
}

extension RelationExtractor {
  /// Endings of nouns that describe an association or a consortium before its name ("der Branchenverband
  /// Bitkom", "das Konsortium X").
  static let bodyNounEndings = ["verband", "konsortium", "bündnis", "allianz", "initiative", "netzwerk", "association", "consortium", "alliance"]

  /// Whether an organisation has members rather than parts: an alliance by subtype or name word, or one
  /// described by an association's noun right before it.
  func isAllianceLike(_ m: Mention, _ t: [Token]) -> Bool {
    if m.ref.subtype == "alliance" || m.ref.name.split(separator: " ").contains(where: { RelationExtractor.allianceWords.contains(String($0)) }) {
      return true
    }
    guard m.first >= 1, t[m.first - 1].isWord else { return false }
    let before = t[m.first - 1].lowercased
    return RelationExtractor.bodyNounEndings.contains { before.hasSuffix($0) }
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

  /// Name words of alliances and associations, which have members rather than parts (with the lexicon's
  /// subtype "alliance"; not "Allianz", the insurer).
  static let allianceWords: Set<String> = [
    "Alliance", "Verband", "Bündnis", "Konsortium", "Consortium", "Association", "Netzwerk", "Network", "Initiative",
    "Verbund", "Forum", "Council", "Coalition", "Federation", "Foundation", "Stiftung",
  ]

  func partOfStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    for p in t.indices where p + 2 < t.count && (t[p].text == "Teil" || t[p].text == "part") {
      guard ["der", "des", "von", "vom", "of"].contains(t[p + 1].lowercased),
        let copula = (max(0, p - 4)..<p).last(where: { RelationExtractor.partCopulas.contains(t[$0].lowercased) }),
        // Only adverbs between the copula and the noun: "ist jetzt Teil", "is now part" (not "is a key part").
        t[(copula + 1)..<p].allSatisfy({ $0.isWord && !$0.isCapitalized && !RelationExtractor.determiners.contains($0.lowercased) }),
        let owner = mentions.first(where: { m in
          m.ref.kind == .organization && !m.ref.isMedia && !m.isGenitive && m.first > p + 1 && m.first <= p + 4
            && t[(p + 2)..<m.first].allSatisfy { $0.isWord && !$0.is(.preposition) && (!$0.isCapitalized || $0.is(.definiteArticle)) }
        }),
        // Not a part of something of the organisation: "part of the strategy of X" (past articles and
        // adjectives only, above), "Teil der Strategie von X".
        owner.last + 1 >= t.count || !["of", "der", "des", "von"].contains(t[owner.last + 1].lowercased),
        let owned = mentions.last(where: { m in
          m.ref.kind == .organization && !m.ref.isMedia && m.last < copula && !m.isGenitive && !isInPrepositionalPhrase(m, t)
            && inSameClause(m.last + 1, copula, t, commas: false)
        }),
        owned.ref.key != owner.ref.key
      else { continue }
      // Part of an alliance is membership: "Lufthansa ist Teil der Star Alliance".
      let alliance = owner.ref.subtype == "alliance"
        || owner.ref.name.split(separator: " ").contains { RelationExtractor.allianceWords.contains(String($0)) }
      add(alliance ? owned : owner, alliance ? owner : owned, alliance ? .memberOf : .owns, nil, p)
    }
  }
}

/// Who stands behind a company: "Hinter Rocket Software steht der Finanzinvestor Bain Capital", and the
/// relative clause "Rocket Software, hinter der der Finanzinvestor Bain Capital steht". The organisation
/// standing behind, described as an owner or investor (`ownerNouns`; a ranking reads the same words), owns
/// the other. O(t + m) per sentence of t tokens and m mentions.
extension RelationExtractor {
  static let standingVerbs: Set<String> = ["steht", "stehen", "stand", "standen", "steckt", "stecken", "steckte", "steckten"]
  /// Endings of nouns that describe an owner or investor ("Finanzinvestor", "Mutterkonzern", "Eigentümer").
  static let ownerNouns: [String] = [
    "investor", "eigentümer", "eigner", "mutterkonzern", "muttergesellschaft", "holding", "fonds", "aktionär",
    "beteiligungsgesellschaft", "gesellschafter",
  ]

  func behindStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia }
    guard orgs.count >= 2 else { return }
    // Past articles, adjectives and an organisation noun: "der Finanzinvestor Bain Capital".
    func describedOrg(from k: Int, before end: Int) -> Mention? {
      orgs.first { m in
        m.first >= k && m.last < end && m.first - k <= 4
          && t[k..<m.first].allSatisfy { $0.isWord && (!$0.isCapitalized || $0.is(.definiteArticle) || $0.info?.isOrgHeadNoun == true) }
      }
    }
    // The one behind must be described as an owner or investor: "der Finanzinvestor Bain Capital" (a
    // ranking reads the same words: "Hinter Apple steht Samsung auf Platz zwei").
    func isDescribedOwner(_ m: Mention, from k: Int) -> Bool {
      func isOwnerNoun(_ w: Token) -> Bool { RelationExtractor.ownerNouns.contains { w.lowercased.hasSuffix($0) } }
      // Before the name, or after it with "als": "steht Volkswagen als größter Anteilseigner".
      return t[k..<m.first].contains(where: isOwnerNoun)
        || (m.last + 2 < t.count && t[m.last + 1].lowercased == "als" && t[(m.last + 2)..<min(m.last + 5, t.count)].contains(where: isOwnerNoun))
    }
    for h in t.indices where h + 2 < t.count && t[h].lowercased == "hinter" {
      if h >= 2, t[h - 1].text == ",", ["der", "dem", "denen"].contains(t[h + 1].lowercased),
        let owned = orgs.last(where: { $0.last == h - 2 }),
        let verb = ((h + 2)..<min(h + 9, t.count)).first(where: { RelationExtractor.standingVerbs.contains(t[$0].lowercased) }),
        let owner = describedOrg(from: h + 2, before: verb), owner.ref.key != owned.ref.key, isDescribedOwner(owner, from: h + 2)
      {
        add(owner, owned, .owns, nil, h)
        continue
      }
      // "Hinter X steht Y": X right after the preposition, the verb, then Y.
      guard let owned = describedOrg(from: h + 1, before: t.count), owned.first <= h + 2,
        owned.last + 1 < t.count, RelationExtractor.standingVerbs.contains(t[owned.last + 1].lowercased),
        let owner = describedOrg(from: owned.last + 2, before: t.count), owner.ref.key != owned.ref.key,
        isDescribedOwner(owner, from: owned.last + 2)
      else { continue }
      add(owner, owned, .owns, nil, h)
    }
  }
}
