import GeflechtCore

/// Lists of organisations around one owner: "Zu den Kunden von X gehören A, B und C", "Zu den Partnern
/// zählen A sowie B", "X's customer list includes A, B and C, as well as D", "its investors such as A".
///
/// A group noun (`group_nouns.tsv`) says the relation and its direction. The owner is, in order: a name
/// after the noun ("der Kunden des Konzerns", "von X"), a genitive before it ("Chef's customers"), the
/// sentence's subject, and, for "Zu den … gehören", possessives ("its customers") and a noun opening the
/// sentence ("Existing investors include"), the organisation
/// the document names most (the topic). The members are the organisations named after a list word
/// ("gehören", "include", "including", "such as", "like", "wie", "darunter") up to the end of the
/// sentence or a reporting clause, or the organisations right after a plural group noun ("new investors
/// A and B"). Linear in the sentence's tokens times its mentions.
extension RelationExtractor {
  static let groupListWords: Set<String> = [
    "include", "includes", "included", "including", "like", "such", "wie", "darunter", "etwa", "are", "were", "sind",
    "waren", "gehören", "gehörten", "zählen", "zählten", "umfassen", "umfasst",
  ]
  static let groupListStops: Set<String> = [
    ";", "said", "says", "sagte", "sagt", "according", "laut", "erklärte", "while", "während", "but", "aber", "doch",
  ]

  /// "investors", "Investoren", "Partnern": a group noun in the plural.
  func isPluralGroupNoun(_ token: Token) -> Bool {
    groupNoun(token) != nil && ["s", "en", "ern", "n"].contains { token.text.hasSuffix($0) } && !token.text.hasSuffix("ss")
  }

  func groupNoun(_ token: Token) -> GroupNoun? {
    if let info = token.info { return info.groupNoun }
    guard token.isWord else { return nil }
    if let g = lexicon.groupNouns[token.text] { return g }
    if token.isHyphenated, let last = token.parts.last, let g = lexicon.groupNouns[String(last)] { return g }
    return nil
  }

  /// The group a sentence ending in a colon introduces, with its owner: "Die Liste der … Investoren ist
  /// beeindruckend:" (the company raising money, else the subject of the sentences just before), "Zu den
  /// Kunden von X zählen:" (X). Nil when the sentence does not end in a colon, names no group or no owner.
  func listIntroduction(in sentence: Sentence, mentions: [Mention], context: Context) -> (noun: GroupNoun, owner: EntityRef)? {
    let t = sentence.tokens
    guard let last = t.last(where: { !$0.text.allSatisfy(\.isWhitespace) }), last.text == ":",
      let g = t.indices.lazy.compactMap({ k in self.groupNoun(t[k]).map { (k, $0) } }).first
    else { return nil }
    let named = mentions.first { $0.ref.kind == .organization && !$0.ref.isMedia && $0.first > g.0 }
    // Not the document's main company: its list items may be that ("Our investors include:" / "- Sequoia").
    let owner = named?.ref
      ?? (g.1.relation == .investsIn ? context.fundingReceiver : nil)
      ?? context.recentOrganizations.first
    return owner.map { (g.1, $0) }
  }

  /// A bulleted list item after a list introduction ("- Atomico"): its organisations (and persons, for
  /// investors) belong to the introduced group.
  func listItemStatements(_ sentence: Sentence, _ mentions: [Mention], _ context: Context, _ add: Add) {
    guard let intro = context.listIntroduction, TeaserDetector.isListItem(sentence) else { return }
    let owner = implicit(intro.owner, at: 0)
    for m in mentions where m.ref.kind == .organization || (m.ref.kind == .person && intro.noun.relation == .investsIn) {
      guard m.ref.key != intro.owner.key else { continue }
      if intro.noun.ownerIsSource { add(owner, m, intro.noun.relation, nil, nil) } else { add(m, owner, intro.noun.relation, nil, nil) }
    }
  }

  func groupListStatements(_ sentence: Sentence, _ mentions: [Mention], _ context: Context, _ hits: [CueHit], _ add: Add) {
    let t = sentence.tokens
    let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia }
    // Investors may be people: "Zu den Investoren zählen der Ex-Google-Chef Eric Schmidt und Bpifrance".
    let people = mentions.filter { $0.ref.kind == .person }
    guard !orgs.isEmpty || !people.isEmpty else { return }
    for (g, token) in t.enumerated() {
      guard let group = groupNoun(token), !orgs.contains(where: { $0.first <= g && g <= $0.last }) else { continue }
      // "Zu den (weiteren) Investoren zählen …".
      let zuDen = g >= 2 && (max(0, g - 3)..<(g - 1)).contains { t[$0].lowercased == "zu" && t[$0 + 1].lowercased == "den" }
      var owner: Mention? = nil
      var after = g + 1
      // "der Kunden des Konzerns", "Partner von X", "customers of X".
      if after + 1 < t.count, ["des", "der", "von", "vom", "of"].contains(t[after].lowercased) {
        var k = after + 1
        if k < t.count, ["der", "des", "dem", "the"].contains(t[k].lowercased) { k += 1 }
        if let o = orgs.first(where: { $0.first == k }) {
          owner = o
          after = o.last + 1
        }
      }
      // "Chef's customer list", "Microsofts größte Kunden", "its biggest customers".
      var possessive = false
      var k = g - 1
      while k >= 0, g - k <= 3, t[k].isWord, !t[k].isCapitalized, !isAnyPossessive(t[k]) {
        k -= 1
      }
      if owner == nil, k >= 0 {
        if let o = orgs.first(where: { $0.last == k && $0.isGenitive }) {
          owner = o
        } else if isAnyPossessive(t[k]) {
          possessive = true
        }
      }
      // "A, B und C waren unter den Investoren", "A was among the investors": the members come first.
      if g >= 2, ["unter", "among", "zu"].contains(t[g - 2].lowercased) || (g >= 3 && ["unter", "among", "zu"].contains(t[g - 3].lowercased)) {
        let start = g - (["unter", "among", "zu"].contains(t[g - 2].lowercased) ? 2 : 3)
        let clause = (0..<start).last(where: { [".", ";", ":"].contains(t[$0].text) }).map { $0 + 1 } ?? 0
        let before = (orgs + people).filter { $0.first >= clause && $0.last < start && !$0.isGenitive }.sorted { $0.first < $1.first }
        let kinds = group.relation.argumentKinds
        let members = before.filter { (group.ownerIsSource ? kinds.target : kinds.source).contains($0.ref.kind) }
        let keys = Set(members.map(\.ref.key))
        // Investors are the round's: the company raising the money, else the document's topic.
        let receiver = group.relation == .investsIn ? context.fundingReceiver.flatMap { keys.contains($0.key) ? nil : $0 } : nil
        if !members.isEmpty, owner == nil, let topic = receiver ?? context.topics.first(where: { !keys.contains($0.key) }) {
          owner = implicit(topic, at: g)
        }
        if let owner, !members.isEmpty {
          for m in members where m.ref.key != owner.ref.key {
            if group.ownerIsSource { add(owner, m, group.relation, nil, g) } else { add(m, owner, group.relation, nil, g) }
          }
          continue
        }
      }
      // "new investors A and B, existing investors C, D and E also took part": names right after a plural
      // group noun are its members (an apposition); the owner is the clause's subject or the topic.
      // Organisations only: "mit den Investoren A und B" (people) describes them, not a round.
      // ("die Partner": German "Partner" has no plural ending.)
      let plural = isPluralGroupNoun(token) || (g >= 1 && t[g - 1].lowercased == "die" && group.relation == .partnersWith)
      if owner == nil, plural, let first = orgs.first(where: { $0.first == g + 1 }) {
        let members = expand(first, forwardIn: orgs, tokens: t)
        let keys = Set(members.map(\.ref.key))
        let subject = orgs.last {
          $0.last < g && !$0.isGenitive && !isInPrepositionalPhrase($0, t) && !keys.contains($0.ref.key) && inSameClause($0.last + 1, g, t)
        }
        // "Die Partner Hochtief und Palladio Partners setzen …": partners named with a definite article and
        // no owner are each other's.
        let ownerAfter = members.last.map { $0.last + 1 < t.count && ["des", "der", "von", "vom", "of"].contains(t[$0.last + 1].lowercased) } ?? false
        if subject == nil, group.relation == .partnersWith, keys.count >= 2, g >= 1, t[g - 1].is(.definiteArticle), !ownerAfter,
          g == 1 || !t[g - 2].isWord || !t[g - 2].is(.preposition)
        {
          for (a, m) in members.enumerated() {
            for n in members[(a + 1)...] where n.ref.key != m.ref.key { add(m, n, .partnersWith, nil, g) }
          }
          continue
        }
        if let owner = subject ?? context.topics.first(where: { !keys.contains($0.key) }).map({ implicit($0, at: g) }) {
          for m in members {
            if group.ownerIsSource { add(owner, m, group.relation, nil, g) } else { add(m, owner, group.relation, nil, g) }
          }
        }
        continue
      }
      // The list starts after a list word in the same clause.
      guard let word = (after..<min(after + 9, t.count)).first(where: { RelationExtractor.groupListWords.contains(t[$0].lowercased) }),
        // Only lower-case words between: "customer list is impressive, including"; a German noun between
        // starts another phrase ("ihren Kunden Produkte von Konzernen wie …").
        t[after..<word].allSatisfy({ ($0.isWord && !$0.isCapitalized) || $0.text == "," })
      else { continue }
      var members: [Mention] = []
      let candidates = group.relation.argumentKinds.source.contains(.person) && !group.ownerIsSource
        ? (orgs + people).sorted { $0.first < $1.first } : orgs
      for m in candidates where m.first > word && m.ref.key != owner?.ref.key {
        if t[word..<m.first].contains(where: { RelationExtractor.groupListStops.contains($0.lowercased) }) { break }
        // Another group's list ends this one: "Zu den Nutzern gehören A und B, zu den Konkurrenten gehören C".
        if ((word + 1)..<m.first).contains(where: { groupNoun(t[$0]) != nil || ["gehören", "zählen", "include", "includes"].contains(t[$0].lowercased) }) {
          break
        }
        // A possessor is no member: "Alphabet's Google".
        if m.isGenitive, candidates.contains(where: { $0.first == m.last + 1 }) { continue }
        // A person's organisation is no member: "der ehemalige Google-Chef Eric Schmidt"; nor a compound's
        // modifier ("die EU-Regulierung").
        if m.ref.kind == .organization, m.head != nil { continue }
        if !members.contains(where: { $0.ref.key == m.ref.key }) { members.append(m) }
      }
      guard !members.isEmpty else { continue }
      let memberKeys = Set(members.map(\.ref.key))
      if owner == nil {
        // The subject of the noun's own clause: "Meta's rival xAI raised money from investors such as …" → xAI.
        owner = orgs.last {
          $0.last < g && !$0.isGenitive && !isInPrepositionalPhrase($0, t) && !memberKeys.contains($0.ref.key)
            && inSameClause($0.last + 1, g, t)
        }
      }
      // "Existing investors include …": a group noun opening the sentence is the topic's.
      let opensSentence = g <= 2 && (0..<g).allSatisfy { t[$0].isWord && ($0 == 0 || !t[$0].isCapitalized) && !isAnyPossessive(t[$0])
          && !t[$0].text.hasSuffix("’s") && !t[$0].text.hasSuffix("'s") }
        && !orgs.contains { $0.first < g }
      // "Die Plattform X startet. Zu den Nutzern gehören A und B": users use the product named before them in
      // the sentence, else the one the sentences just before discussed.
      if owner == nil, group.relation == .uses {
        if let product = mentions.last(where: { $0.ref.kind == .project && $0.last < g }) {
          owner = product
        } else if let project = context.recentProject, context.previousMentions.contains(where: { $0.ref.key == project.key }) {
          owner = implicit(project, at: g)
        } else if zuDen || opensSentence, let project = context.projectTopic {
          // … or the product the whole text is about.
          owner = implicit(project, at: g)
        }
      }
      // "Am SOOFI-Projekt sind acht Einrichtungen beteiligt. Zu den Partnern zählen A, B und C": partners
      // without an owner after a sentence that named a project take part in it.
      if owner == nil, zuDen || opensSentence, group.relation == .partnersWith, let project = context.recentProject,
        context.previousMentions.contains(where: { $0.ref.key == project.key })
      {
        let target = implicit(project, at: g)
        for m in members where m.ref.kind == .organization { add(m, target, .participatesIn, nil, g) }
        continue
      }
      // "Die Telekom hat ihre Industrial AI Cloud in Betrieb genommen. Zu den ersten Kunden zählen A und B": the
      // customers of a project the sentence before named use it.
      // (Also further on when the document is about the project.)
      if owner == nil, zuDen || opensSentence, group.relation == .supplies, group.ownerIsSource, let project = context.recentProject,
        context.previousMentions.contains(where: { $0.ref.key == project.key }) || context.projectTopic?.key == project.key
      {
        let target = implicit(project, at: g)
        for m in members where m.ref.kind == .organization { add(m, target, .uses, nil, g) }
        continue
      }
      if owner == nil, zuDen || possessive || opensSentence, let topic = context.topics.first(where: { !memberKeys.contains($0.key) }) {
        owner = implicit(topic, at: g)
      }
      guard let owner else { continue }
      // "buy the stake from a consortium of investors including X": those investors sell.
      if hits.contains(where: { $0.cue.relation == .acquires && $0.start > owner.last && $0.start < g }) { continue }
      for m in members {
        if group.ownerIsSource { add(owner, m, group.relation, nil, g) } else { add(m, owner, group.relation, nil, g) }
      }
    }
  }
}

/// "BT has selected Ericsson as the provider of 5G RAN", "wählte Nokia als Ausrüster": the subject picks an
/// organisation for a role (`selection_roles.tsv`): a provider supplies the subject, a partner partners
/// with it. Linear in the sentence's tokens.
extension RelationExtractor {
  func selectionStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    for (v, token) in t.enumerated() where isSelectionVerb(token) {
      guard let chosen = mentions.first(where: { $0.first > v && $0.first <= v + 2 && $0.ref.kind == .organization }),
        // (Not the one chosen by an earlier verb: "bindet Nokia als Netzausrüster ein und holt Ericsson als Partner".)
        let subject = mentions.last(where: { m in
          m.last < v && m.ref.kind == .organization && !m.isGenitive && !isInPrepositionalPhrase(m, t) && inSameClause(m.last + 1, v, t)
            && !(max(0, m.first - 2)..<m.first).contains { isSelectionVerb(t[$0]) }
        }),
        let asWord = ((chosen.last + 1)..<min(chosen.last + 3, t.count)).first(where: { ["as", "als", "zum", "zur"].contains(t[$0].lowercased) })
      else { continue }
      var k = asWord + 1
      while k < t.count, k - asWord <= 4, t[k].isWord,
        !t[k].isCapitalized || t[k].is(.definiteArticle) || ["a", "an", "ein", "einen", "neuen"].contains(t[k].lowercased),
        selectionRole(t[k]) == nil
      {
        k += 1
      }
      guard k < t.count, let relation = selectionRole(t[k]) else { continue }
      if relation == .supplies { add(chosen, subject, relation, nil, v) } else { add(subject, chosen, relation, nil, v) }
    }
  }

  private func isSelectionVerb(_ token: Token) -> Bool {
    token.info.map { $0.classes.contains(.selectionVerb) } ?? lexicon.selectionVerbs.contains(token.lowercased)
  }

  /// The relation of a role of `selection_roles.tsv`, also as the end of a closed German compound
  /// ("Netzausrüster", "Technologiepartner": at least three letters before the role word; not a rival or a
  /// partner in talks: "Konkurrenzanbieter", "Gesprächspartner"). The longest role that ends the word wins.
  private func selectionRole(_ token: Token) -> Relation? {
    let word = token.lowercased
    if let relation = lexicon.selectionRoles[word] { return relation }
    guard token.isCapitalized, !token.isHyphenated || token.parts.count == 2,
      !RelationExtractor.nonSelectionPrefixes.contains(where: { word.hasPrefix($0) })
    else { return nil }
    if token.isHyphenated, let last = token.parts.last { return lexicon.selectionRoles[last.lowercased()] }
    let length = word.utf8.count
    for (role, relation) in lexicon.selectionRolesByLength where length >= role.utf8.count + 3 && word.hasSuffix(role) { return relation }
    return nil
  }

  /// First parts of compounds that name no one chosen for a role: "Konkurrenzanbieter", "Gesprächspartner".
  static let nonSelectionPrefixes = ["konkurrenz", "wettbewerb", "gespräch", "verhandlung", "sozial", "tarif", "ansprech"]
}

/// "DigitalBridge, DataBank's controlling shareholder", "Nvidia will become Intel's largest shareholder",
/// "X is Y's most important customer", "Y's largest investor is X":
/// a group noun (`group_nouns.tsv`) after a genitive, in an apposition or after a copula, relates the name
/// before (or after a copula right after the noun) to the genitive's organisation. Linear in the sentence's
/// tokens times its mentions.
extension RelationExtractor {
  func possessedRoleStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    for (c, token) in t.enumerated() {
      guard let group = groupNoun(token) else { continue }
      var g = c - 1
      while g >= 0, c - g <= 4, t[g].isWord, !t[g].isCapitalized { g -= 1 }
      guard g >= 0, let owner = mentions.first(where: { $0.last == g && $0.isGenitive && $0.ref.kind == .organization }) else { continue }
      // "Y's largest shareholder is X", "OpenAI's biggest investor remains Microsoft": the member after a
      // copula (and an article) right after the noun.
      var a = c + 1
      // (A present copula: "was" tells a past holding; not a former one: "is its former investor".)
      if a < t.count, RelationExtractor.presentCopulas.contains(t[a].lowercased), !isFormer(max(0, owner.last + 1)..<c, t) {
        a += 1
        while a < t.count, ["the", "der", "die", "das"].contains(t[a].lowercased) { a += 1 }
        if let member = mentions.first(where: { $0.first == a && !$0.isGenitive && $0.ref.kind != .place && $0.ref.key != owner.ref.key }) {
          if group.ownerIsSource { add(owner, member, group.relation, nil, c) } else { add(member, owner, group.relation, nil, c) }
          continue
        }
      }
      guard owner.first >= 2 else { continue }
      // "X, Y's shareholder" or "X is/will become Y's shareholder".
      var k = owner.first - 1
      if t[k].text != "," {
        while k >= 0, owner.first - k <= 3, t[k].isWord, !t[k].isCapitalized, !RelationExtractor.copulas.contains(t[k].lowercased),
          !["become", "becomes", "werden", "wird"].contains(t[k].lowercased)
        {
          k -= 1
        }
        guard k >= 1, RelationExtractor.copulas.contains(t[k].lowercased) || ["become", "becomes", "werden", "wird"].contains(t[k].lowercased)
        else { continue }
        while k >= 1, t[k - 1].isWord, !t[k - 1].isCapitalized, owner.first - k <= 4 { k -= 1 }  // "will become"
      }
      guard let member = mentions.last(where: { $0.last == k - 1 && !$0.isGenitive }) else { continue }
      if group.ownerIsSource { add(owner, member, group.relation, nil, c) } else { add(member, owner, group.relation, nil, c) }
    }
  }
}
