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
  static let linkPrepositions: Set<String> = ["von", "bei", "des", "der", "of", "at", "for"]
  static let titles: Set<String> = ["Prof", "Dr", "."]

  typealias Add = (Mention, Mention, Relation, String?, Int?) -> Void

  /// What earlier sentences of the document leave for this one: the project under discussion, the
  /// organisations named last, and the statements of the previous sentence.
  struct Context: Sendable {
    var recentProject: EntityRef? = nil
    var recentOrganizations: [EntityRef] = []
    /// The previous sentence's mentions: a description referring back to one of several organisations
    /// named there is ambiguous.
    var previousMentions: [Mention] = []
    /// The previous sentence's tokens (shared, not copied): whether it introduced an unnamed company.
    var previousTokens: [Token] = []

    /// The previous sentence's organisations (no media), and its one organisation when it named only one
    /// (under any number of mentions).
    var previousOrganisations: [Mention] { previousMentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia } }
    var previousOnlyOrganisation: Mention? {
      let orgs = previousOrganisations
      guard let first = orgs.first, orgs.allSatisfy({ $0.ref.key == first.ref.key }) else { return nil }
      return first
    }
    var previousStatements: [Statement] = []
    /// The buyer of the document's last acquisition: what a regulator's decision on "the acquisition" without
    /// a name regulates.
    var lastAcquirer: EntityRef? = nil
    /// The document's organisations, the most often named first (ties: the first named first).
    var topics: [EntityRef] = []
    /// The project the document names most often, when it names it at least three times and more often
    /// than any other: what a list of users further on uses.
    var projectTopic: EntityRef? = nil
    /// The company an earlier sentence said raises money (`RelationExtractor+Rounds.swift`).
    var fundingReceiver: EntityRef? = nil
    /// A sentence ending in a colon that introduced a bulleted list of a group ("Die Liste der Investoren
    /// ist beeindruckend:"), and the group's owner: the list items that follow belong to it.
    var listIntroduction: (noun: GroupNoun, owner: EntityRef)? = nil
  }

  func statements(in sentence: Sentence, mentions allMentions: [Mention], context: Context = Context()) -> [Statement] {
    // (Filtered only when there is something to drop: copying every mention per sentence is not free.)
    let t = sentence.tokens
    var mentions = allMentions.contains { $0.ref.isMedia } ? allMentions.filter { !$0.ref.isMedia } : allMentions
    // "Technische Universität München (TUM)": a bracketed short form of the name before it says nothing more.
    if mentions.count >= 2, mentions.contains(where: { m in m.first >= 2 && t[m.first - 1].text == "(" }) {
      mentions = mentions.filter { m in
        !(m.first >= 2 && t[m.first - 1].text == "(" && m.last + 1 < t.count && t[m.last + 1].text == ")"
          && mentions.contains { $0.last == m.first - 2 && $0.ref.key == m.ref.key })
      }
    }
    var out: [Statement] = []
    func add(_ s: Mention, _ g: Mention, _ r: Relation, _ role: String?, _ cue: Int?) {
      guard s.ref.key != g.ref.key else { return }
      // "Die Beteiligung von Airbus an der Ariane-6-Herstellerin ArianeGroup": a product's compound with an
      // organisation noun before a name describes the organisation named.
      // (Without a name after it, the compound names a supplier or a unit, not the product: "die
      // Taycan-Batteriefirma", "seine Taycan-Sparte"; but "die Stargate-Initiative" is the project.)
      if r == .investsIn || r == .acquires || r == .owns, g.ref.kind == .project, let head = g.head?.lowercased(),
        !RelationExtractor.frameNounStarts.contains(where: { head.hasPrefix($0) }), !head.hasPrefix("venture")
      {
        if let named = mentions.first(where: { $0.first == g.last + 1 && $0.ref.kind == .organization }) { add(s, named, r, role, cue) }
        return
      }
      // "…; beteiligt sind unter anderem A und B": a participle that opens its clause before its auxiliary has
      // the investors after it, the company before it.
      if r == .investsIn, let c = cue, s.last < c, g.first > c, c + 1 < t.count, t[c].lowercased.hasPrefix("beteiligt"),
        ["sind", "waren", "ist", "war"].contains(t[c + 1].lowercased), c == 0 || t[c - 1].is(.clauseBreak)
      {
        add(g, s, r, role, cue)
        return
      }
      // "scale it with a wider group of suppliers: Dell, Intel and Corning": the names a plural of suppliers
      // introduces supply the organisation before it (not "one of the suppliers of Microsoft").
      if r == .supplies, let c = cue, s.last < c, g.first > c, g.first - c <= 40, t[c].lowercased == "suppliers", !t[c - 1].is(.coordinator),
        c + 1 < t.count, t[c + 1].text == ":" || RelationExtractor.exampleWords.contains(t[c + 1].lowercased),
        ((c + 1)..<g.first).allSatisfy({ k in
          t[k].text == ":" || t[k].text == "," || t[k].is(.coordinator) || RelationExtractor.exampleWords.contains(t[k].lowercased)
            || mentions.contains { $0.first <= k && k <= $0.last && $0.ref.kind == .organization }
        })
      {
        add(g, s, r, role, cue)
        return
      }
      // A person owns a company only by the words of control ("controlled by X", "owned by X", "gehört X"):
      // not "Jane Roe owns a stake in Google", "die Tochter von Max Weber".
      if r == .owns, s.ref.kind == .person,
        !(cue.map { c in
          ["owned", "controlled", "controls", "majority-owned", "wholly-owned", "gehört", "gehören", "kontrolliert"].contains(t[c].lowercased)
        } ?? false)
      {
        return
      }
      // "Existing Cohere shareholders will own 90% of the combined company": the name only qualifies the
      // owners or investors after it.
      if r == .owns || r == .investsIn || r == .acquires, !s.isImplicit, s.last + 1 < t.count,
        RelationExtractor.holderNouns.contains(t[s.last + 1].lowercased)
      {
        return
      }
      // "Intel ended its partnerships with Mobileye and Altera": a partnership ended is none.
      if r == .partnersWith, let c = cue, (max(0, c - 3)..<c).contains(where: { RelationExtractor.endingVerbs.contains(t[$0].lowercased) }) {
        return
      }
      // "Nvidia joins as new investor alongside Microsoft": a co-investor, no investee or group.
      if r == .investsIn || r == .memberOf, !g.isImplicit, g.first >= 1, t[g.first - 1].lowercased == "alongside" { return }
      // "the concerns raised by Exelon": raising without money, funds or a round raises no funds.
      if r == .investsIn, let c = cue, RelationExtractor.raisingVerbs.contains(t[c].lowercased),
        !t.contains(where: { $0.is(.roundWord) || RelationExtractor.currencyWords.contains($0.lowercased) || $0.text.hasPrefix("$")
          || $0.text.hasPrefix("€") || $0.text.hasPrefix("£") || RelationExtractor.moneyWords.contains($0.text) })
      {
        return
      }
      let kinds = r.argumentKinds
      guard kinds.source.contains(s.ref.kind), kinds.target.contains(g.ref.kind) else { return }
      // "eine der größten Fabriken in Europa", "in Houston, Texas": no site of its own.
      if g.ref.kind == .place, !g.isImplicit, isSuperlativeScope(g.first - 1, t) || isQualifyingRegion(g, allMentions, t) { return }
      // Only a regulator regulates: not "Alphabet … investigations into AWS"; and a regulator is neither bought
      // nor buys ("die Untersuchung der Übernahme … durch IBM eingeleitet").
      if r == .regulates, !lexicon.isRegulator(s.ref) { return }
      if r == .acquires, lexicon.isRegulator(s.ref) || lexicon.isRegulator(g.ref) { return }
      // Nor does it supply: "The Public Utility Commission approved Oncor's deal to supply power to Google".
      if r == .supplies, lexicon.isRegulator(s.ref), !RelationExtractor.isGovernment(s.ref.name) { return }
      // Nor does a supervisory authority invest in or own the parties it examines ("the FTC's inquiry into the
      // investments of Alphabet, Amazon and Microsoft"); governments, ministries and the EU do invest.
      if r == .investsIn || r == .owns, lexicon.isRegulator(s.ref), !RelationExtractor.isGovernment(s.ref.name) { return }
      // A public body funds or allows a plant, it does not build it: "Der Bund und Intel bauen in Magdeburg".
      if r == .buildsIn, s.ref.subtype == "public" { return }
      // "the Stuttgart-based carmaker … to build its own navigation system": a place that names a seat in its
      // compound is no building site.
      if r == .buildsIn, !g.isImplicit, t[g.last].isHyphenated, let head = t[g.last].parts.last,
        lexicon.siteWords.kind(of: head.lowercased()) == .seat
      {
        return
      }
      // Nor does it make products: "The Bundeswehr's Heron drone" is used by it.
      if r == .develops, s.ref.subtype == "public", !["infrastructure", "facility", "initiative", "platform"].contains(g.ref.subtype ?? "") { return }
      // A product is made and used, it has no site: "Apollo units are working in Kecskemét".
      if r == .locatedIn, s.ref.kind == .project, RelationExtractor.productSubtypes.contains(s.ref.subtype ?? "") { return }
      var relation = r
      if r == .uses, g.ref.maker == s.ref.name { relation = .develops }
      // "Silver Lake hält gut 84 Prozent der Anteile", "took a controlling stake": a majority holder owns.
      if r == .investsIn, s.ref.kind == .organization, g.ref.kind == .organization, !s.isImplicit, isMajorityStake(of: s, t, mentions) {
        relation = .owns
      }
      // Two organisations acting "gemeinsam mit", "together with" each other are partners; people are only
      // associated ("Brad Smith trat gemeinsam mit Olaf Scholz vor die Presse").
      if r == .associatedWith, let c = cue, RelationExtractor.jointlyWords.contains(t[c].lowercased), s.ref.kind == .organization,
        g.ref.kind == .organization
      {
        relation = .partnersWith
      }
      // A cue word ("announced", "launched") does not make another organisation the developer of a product
      // whose maker is known; a possessive ("Amazon's Trainium") still may.
      if r == .develops, cue != nil, let maker = g.ref.maker, !RelationExtractor.sameFamily(maker, s.ref.name) { return }
      var positions = [s.first, s.last, g.first, g.last]
      if s.isImplicit { positions.removeFirst(2) }
      if g.isImplicit { positions.removeLast(2) }
      if let cue { positions.append(cue) }
      let span = (positions.min() ?? 0)...(positions.max() ?? 0)
      // A vice president or an officer other than the chief executive works for the organisation: "Executive
      // Vice President", "Chief Financial Officer" (the title's first word, "Chief", says lead).
      // (The occurrence of the role's text nearest the person: "Jane Roe, Vice President of Siemens, and John
      // Doe, President of Bosch".)
      if relation == .leads, let role, !s.isImplicit,
        let k = (max(0, s.first - 12)..<min(t.count, s.last + 13)).filter({ t[$0].text == role })
          .min(by: { min(abs($0 - s.first), abs($0 - s.last)) < min(abs($1 - s.first), abs($1 - s.last)) }),
        isStaffTitle(around: k, t, atCompany: isCompany(g.ref))
      {
        relation = .worksFor
      }
      // "who heads Infosys's European business", "AT&T's head of AI": the head of a unit or an area of a
      // possessor works for it.
      if relation == .leads, g.isGenitive, !g.isImplicit, headsUnitOrArea(after: g, t) { relation = .worksFor }
      // "Die Übernahme von X durch Y …": a definite nominalised event is presupposed by what follows.
      let presupposed = cue.map { c in
        t[c].isCapitalized && c > 0 && t[c - 1].is(.definiteArticle)
      } ?? false
      out.append(
        Statement(
          source: s.ref, target: g.ref, relation: relation, role: role, span: span, isPresupposed: presupposed, cue: cue))
    }
    roleStatements(sentence, mentions, context, add)
    possessiveTitleStatements(sentence, mentions, context, add)
    predicateTitleStatements(sentence, mentions, context, add)
    ledByStatements(sentence, mentions, context, add)
    helmStatements(sentence.tokens, mentions, add)
    topStatements(sentence.tokens, mentions, context, add)
    possessionStatements(sentence, mentions, context, add)
    productListStatements(sentence, mentions, add)
    qualifiedProductStatements(sentence, mentions, add)
    ownProductStatements(sentence, mentions, add)
    affiliationStatements(sentence, mentions, add)
    belongingStatements(sentence, mentions, add)
    partOfStatements(sentence, mentions, add)
    behindStatements(sentence, mentions, add)
    customerExampleStatements(sentence, mentions, context, add)
    founderStatements(sentence, mentions, add)
    foundedByStatements(sentence, mentions, add)
    let hits = cueHits(in: t)
    // A power purchase agreement whose seller is told (`powerDealStatements`), read once.
    let powerDeal = powerDealSides(t, mentions)
    groupListStatements(sentence, mentions, context, hits, add)
    selectionStatements(sentence, mentions, add)
    possessedRoleStatements(sentence, mentions, add)
    siteStatements(sentence, mentions, context, add)
    cueStatements(sentence, mentions, context, hits, powerDeal: powerDeal != nil, add)
    roundStatements(sentence, mentions, context, add)
    holdingStatements(sentence, mentions, add)
    frameStatements(sentence.tokens, mentions, add)
    companionStatements(sentence.tokens, mentions, add)
    equipmentStatements(sentence, mentions, add)
    rivalryStatements(sentence.tokens, mentions, add)
    pittingStatements(sentence.tokens, mentions, add)
    dealListStatements(sentence.tokens, mentions, context, add)
    contractStatements(sentence, mentions, add)
    powerDealStatements(powerDeal, add)
    usageStatements(sentence, mentions, context, add)
    listItemStatements(sentence, mentions, context, add)
    // A cue that can mean taking part or investing ("beteiligt") means taking part in a project. (Sets only
    // when there is something to compare.)
    if out.count < 2 { return out }
    if out.contains(where: { $0.relation == .participatesIn }) {
      out = withoutInvestmentsReadAsParticipations(out)
    }
    // "war DoorDash mit dem Kauf der finnischen Wolt in Europa eingestiegen": entering by a purchase is the
    // purchase, not a stake besides it.
    if out.contains(where: { $0.relation == .acquires }) {
      let purchases = out.filter { $0.relation == .acquires }
      out.removeAll { s in
        s.relation == .investsIn && s.cue.map { t[$0].lowercased.hasPrefix("eingestiegen") || t[$0].lowercased.hasPrefix("einsteig") } == true
          && purchases.contains { $0.source.key == s.source.key && $0.target.key == s.target.key }
      }
    }
    // Keys and relation names contain no "|", so these tuples tell statements apart exactly as the text
    // "source|target|relation|role" would.
    // A sentence's few statements are compared pairwise (the keys' `==`, as the set below would), not hashed.
    if out.count <= 16 {
      var kept: [Statement] = []
      kept.reserveCapacity(out.count)
      for s in out where !kept.contains(where: { RelationExtractor.sameKey($0, s) }) { kept.append(s) }
      return kept
    }
    var seen = Set<StatementKey>()
    return out.filter {
      seen.insert(StatementKey(source: $0.source.key, target: $0.target.key, relation: $0.relation, role: $0.role ?? ""))
        .inserted
    }
  }

  /// The organisation of a role with its area before it: "Leiter für diversifizierte Infrastruktur bei
  /// BlackRock", "Leiterin der Forschung bei X", "head of cloud sales at X". The area is a complement of
  /// at most six words (no punctuation, no name) opened by "für/der/des/for/of" right after the role word
  /// at `role`; "bei"/"at" and an organisation close it.
  func areaRoleOrganisation(after role: Int, _ t: [Token], _ mentions: [Mention]) -> Mention? {
    guard role + 2 < t.count, t[role + 1].isWord, !t[role + 1].isCapitalized, RelationExtractor.areaOpeners.contains(t[role + 1].lowercased)
    else { return nil }
    var k = role + 2
    while k < t.count, k - role <= 7, t[k].isWord, !RelationExtractor.areaClosers.contains(t[k].lowercased), !mentions.contains(where: { $0.first == k }) {
      k += 1
    }
    guard k > role + 2, k + 1 < t.count, RelationExtractor.areaClosers.contains(t[k].lowercased),
      let o = mentions.first(where: { $0.first == k + 1 }), o.ref.kind == .organization
    else { return nil }
    return o
  }

  /// Whether a unit noun follows the genitive within four words, after at least one that says which unit
  /// ("Infosys's European business", "Revolut's UK operations"), or a role word and "of/für" ("AT&T's head
  /// of AI"): what the possessor's person heads is part of it.
  func headsUnitOrArea(after g: Mention, _ t: [Token]) -> Bool {
    var k = g.last + 1
    while k < t.count, k - g.last <= 4, t[k].isWord {
      // A unit noun after a word that says which ("European business"; "Nvidia's business" is all of it; the
      // company Arm is no "arm").
      if RelationExtractor.headedUnitNouns.contains(t[k].lowercased), k > g.last + 1, t[k].text != "Arm" { return true }
      if roleRelation(of: t[k]) != nil {
        // An area after "of/für": not a number, a duration or a determiner ("CEO of 13 years", "head of the
        // management board").
        guard k + 2 < t.count, ["of", "für"].contains(t[k + 1].lowercased) else { return false }
        let area = t[k + 2]
        return area.isWord && !RelationExtractor.determiners.contains(area.lowercased)
          && !area.text.unicodeScalars.contains(where: { $0.properties.numericType != nil })
      }
      k += 1
    }
    return false
  }

  /// A noun of a business unit that is sold on its own: "business", "division", "PC-Geschäft", "Chipsparte".
  func isCarvedOutUnit(_ t: Token) -> Bool {
    let w = t.lowercased
    return ["business", "businesses", "unit", "division", "operations", "arm"].contains(w)
      || (t.isCapitalized && ["geschäft", "sparte", "division"].contains { w.hasSuffix($0) })
  }

  /// The index after the years and one-word places that start at `k` ("in Oslo in 2013"), else `k`.
  func afterTimeOrPlace(_ k: Int, _ t: [Token]) -> Int {
    var k = k
    while true {
      let next = RelationExtractor.afterYear(k, t)
      if next > k {
        k = next
      } else if k + 1 < t.count, ["in", "im"].contains(t[k].lowercased), lexicon.gazetteer.refsByName[t[k + 1].text]?.kind == .place {
        k += 2
      } else {
        return k
      }
    }
  }

  /// The index after a year that starts at `k` ("2013", "in 2013", "im Jahr 2013"), else `k`.
  static func afterYear(_ k: Int, _ t: [Token]) -> Int {
    func isYear(_ i: Int) -> Bool {
      guard i < t.count else { return false }
      let u = Array(t[i].text.utf8)
      return u.count == 4 && u.allSatisfy { (48...57).contains($0) } && (u[0...1] == [49, 57] || u[0...1] == [50, 48])
    }
    if isYear(k) { return k + 1 }
    if k + 1 < t.count, ["in", "im"].contains(t[k].lowercased), isYear(k + 1) { return k + 2 }
    if k + 2 < t.count, t[k].lowercased == "im", t[k + 1].text == "Jahr", isYear(k + 2) { return k + 3 }
    return k
  }

  /// Whether a regulator's name is a government's, a ministry's or the EU's: bodies that also invest and own.
  static func isGovernment(_ name: String) -> Bool {
    let lower = name.lowercased()
    return ["government", "regierung", "ministerium", "ministry"].contains { lower.contains($0) }
      || ["bund", "eu", "eu-kommission", "europäische kommission", "european commission", "europäische union", "european union"].contains(lower)
  }

  static let headedUnitNouns: Set<String> = [
    "business", "businesses", "unit", "division", "arm", "operations", "segment", "subsidiary", "sparte", "geschäft",
    "geschäftsbereich", "bereich", "tochter", "ländergesellschaft",
  ]

  /// A title of two to eight capitalised words from `start` that ends in a role word, and the first role
  /// word of each of its coordinated parts with its relation: "Senior Vice President and Chief Financial
  /// Officer" → President, Chief; "President and CEO" → President, CEO. No word may open a mention; nil for a single word (read as before) or
  /// when no role word ends it.
  func titlePhrase(from start: Int, _ t: [Token], _ mentions: [Mention]) -> (end: Int, roles: [(Relation, String)])? {
    var roles: [(Relation, String)] = []
    var first: (Relation, String)? = nil
    var lastRole: Int? = nil
    var k = start
    while k < t.count, k - start < 8 {
      let w = t[k]
      if w.isWord, w.isCapitalized, !mentions.contains(where: { $0.first <= k && k <= $0.last }) {
        if let r = roleRelation(of: w) {
          if first == nil { first = (r, w.text) }
          lastRole = k
        }
        k += 1
      } else if ["and", "&"].contains(w.lowercased), let f = first, lastRole == k - 1, k + 1 < t.count, t[k + 1].isCapitalized {
        if !roles.contains(where: { $0.1 == f.1 }) { roles.append(f) }
        first = nil
        k += 1
      } else {
        break
      }
    }
    guard let end = lastRole, end > start, let f = first ?? roles.last else { return nil }
    if first != nil, !roles.contains(where: { $0.1 == f.1 }) { roles.append(f) }
    return (end, roles)
  }

  /// Whether the title around `k` (role words and their modifiers on both sides, not across "and") names a
  /// vice president or an officer other than the chief executive: "executive vice president", "Chief
  /// Financial Officer" (not "Chief Executive Officer", nor "Vice Chairman"). At a company (`atCompany`) an
  /// English deputy is staff too, unless the title also names the chief executive ("Canning Fok, deputy
  /// chairman of CK Hutchison"; not a university's deputy head). (A president leads: news annotators split
  /// on it, and many presidents are the chief executive.)
  func isStaffTitle(around k: Int, _ t: [Token], atCompany: Bool = false) -> Bool {
    func inTitle(_ i: Int) -> Bool {
      t[i].isWord && (roleRelation(of: t[i]) != nil || RelationExtractor.roleModifiers.contains(t[i].lowercased))
    }
    var a = k
    while a > 0, k - a < 4, inTitle(a - 1) { a -= 1 }
    var b = k
    while b + 1 < t.count, b - k < 4, inTitle(b + 1) { b += 1 }
    let words = t[a...b].map(\.lowercased)
    // (A vice chair is the board's deputy head, like German "Vize": it leads.)
    if let v = words.firstIndex(of: "vice"), v + 1 < words.count, words[v + 1].hasPrefix("president") { return true }
    if words.contains(where: { $0.hasPrefix("vice-president") }) { return true }
    if atCompany, words.contains("deputy") {
      let near = t[max(0, a - 4)...min(t.count - 1, b + 4)].map(\.lowercased)
      let namesChief = near.contains("ceo") || near.contains("co-ceo")
        || zip(near, near.dropFirst()).contains { $0 == "chief" && $1 == "executive" }
      if !namesChief { return true }
    }
    return ["officer", "officers"].contains(words.last ?? "") && !words.contains("executive")
  }

  /// Whether an organisation is a business (a company or a power producer), not a university, an institute
  /// or a public body: at a business a deputy is staff.
  func isCompany(_ ref: EntityRef) -> Bool {
    guard ref.kind == .organization, ref.subtype == "company" || ref.subtype == "energy" else { return false }
    return !ref.name.split(separator: " ").contains { RelationExtractor.academicNameWords.contains(String($0)) }
  }

  static let academicNameWords: Set<String> = [
    "University", "Universität", "Universitat", "College", "Institute", "Institut", "School", "Hochschule", "Academy",
    "Akademie", "Foundation", "Stiftung", "Society", "Association", "Council", "Commission",
  ]

  static let areaOpeners: Set<String> = ["für", "der", "des", "for", "of"]
  static let areaClosers: Set<String> = ["bei", "at"]

  /// Whether two statements have equal `StatementKey`s (compared field by field, without building them).
  private static func sameKey(_ a: Statement, _ b: Statement) -> Bool {
    a.relation == b.relation && (a.source === b.source || a.source.key == b.source.key)
      && (a.target === b.target || a.target.key == b.target.key) && (a.role ?? "") == (b.role ?? "")
  }

  /// The statements without an `invests_in` whose cue also gave a `participates_in` between the same pair.
  private func withoutInvestmentsReadAsParticipations(_ statements: [Statement]) -> [Statement] {
    var out = statements
    let participations = Set(
      out.filter { $0.relation == .participatesIn }.map {
        StatementKey(source: $0.source.key, target: $0.target.key, relation: .participatesIn, role: "\($0.cue ?? -1)")
      })
    out.removeAll {
      $0.relation == .investsIn
        && participations.contains(
          StatementKey(source: $0.source.key, target: $0.target.key, relation: .participatesIn, role: "\($0.cue ?? -1)"))
    }
    return out
  }

  private struct StatementKey: Hashable {
    let source: EntityKey
    let target: EntityKey
    let relation: Relation
    let role: String
  }

  static let definiteArticles: Set<String> = ["die", "der", "das", "den", "dem", "des", "the"]
  static let indefiniteArticles: Set<String> = ["ein", "eine", "einem", "einen", "einer", "eines", "a", "an"]
  static let appointmentAuxiliaries: Set<String> = ["has", "have", "had", "been", "was", "is", "will", "be", "wird", "wurde", "ist", "soll"]
  static let appointmentVerbs: Set<String> = ["named", "appointed", "promoted", "elected", "ernannt", "berufen", "bestellt", "befördert"]
  /// Words that may follow a complete English noun phrase.
  static let phraseEnders: Set<String> = [
    "and", "or", "is", "was", "has", "had", "will", "would", "said", "says", "which", "who", "that", "in", "on", "to", "for",
  ]
  /// Funding cues that say where money comes from ("stammt von"), and the nouns for the money.
  static let moneyOrigins: Set<String> = ["stammt", "stammen", "kommt", "kommen", "comes", "came"]
  static let moneyNouns: Set<String> = [
    "kapital", "geld", "mittel", "finanzierung", "summe", "betrag", "money", "capital", "funding", "cash", "investment",
  ]
  static let shareWords: Set<String> = ["stock", "shares", "stake", "aktien", "anteile", "anteil", "aktienpaket"]
  static let allSharesWords: Set<String> = ["all", "remaining", "alle", "sämtliche", "restlichen", "übrigen"]
  /// Words inside an English multi-word role that are no role by themselves ("chief operating officer").
  static let roleModifiers: Set<String> = [
    "chief", "operating", "financial", "technology", "technical", "vice", "executive", "general", "senior", "managing",
    "deputy", "interim",
  ]

  // MARK: - Roles and compounds

  /// The role a word names; `compoundRole` is `lexicon.compoundRole(word)` when the caller has it.
  private func roleRelation(_ word: String, compoundRole: Relation?? = nil) -> Relation? {
    if lexicon.roleStarts.mayHoldTrimmed(word) {
      for candidate in [word, String(word.dropLast()), String(word.dropLast(2))] where !candidate.isEmpty {
        if let r = lexicon.roles[candidate] { return r }
      }
    }
    if let r = compoundRole ?? lexicon.compoundRole(word) { return r }
    // "Google-Deutschland-Chef": the head's last part.
    if word.utf8.contains(UInt8(ascii: "-")), let hyphen = word.lastIndex(of: "-"), word.index(after: hyphen) < word.endIndex {
      return roleRelation(String(word[word.index(after: hyphen)...]))
    }
    return nil
  }

  /// (The cached answer inline, the computation out of line: rules ask this for most tokens.)
  @inline(__always)
  func roleRelation(of token: Token) -> Relation? {
    if let info = token.info { return info.roleRelation }
    return uncachedRoleRelation(of: token)
  }

  private func uncachedRoleRelation(of token: Token) -> Relation? {
    guard token.isWord else { return nil }
    return roleRelation(of: token, compoundRoleOfText: lexicon.compoundRole(token.text))
  }

  /// `roleRelation(of:)` of a token without a `WordInfo`, given `lexicon.compoundRole(token.text)`.
  func roleRelation(of token: Token, compoundRoleOfText: Relation?) -> Relation? {
    guard token.isWord else { return nil }
    if let r = roleRelation(token.text, compoundRole: .some(compoundRoleOfText)) { return r }
    let parts = token.parts
    if parts.count > 1, let last = parts.last { return roleRelation(String(last)) }
    return nil
  }

  private func roleStatements(
    _ sentence: Sentence, _ mentions: [Mention], _ context: Context, _ add: Add
  ) {
    let t = sentence.tokens
    func mention(startingAt i: Int) -> Mention? { mentions.first { $0.first == i } }
    func skipTitles(_ i: Int) -> Int {
      var j = i
      while j < t.count, t[j].is(.title) { j += 1 }
      return j
    }
    for m in mentions where m.ref.kind == .organization || m.ref.kind == .project {
      // "<Org>-<Role> <Person>" and "<Known>-<Head> <Name>".
      if let head = m.head {
        // "der ehemalige Google-Chef X", "Ex-Google-Chef": a former role is no current relation.
        let former = isFormer(max(0, m.first - 2)..<m.first, t) || t[m.first].lowercased.hasPrefix("ex-")
        if !former, let r = roleRelation(head), let p = mention(startingAt: skipTitles(m.last + 1)), p.ref.kind == .person {
          add(p, m, r, head, nil)
        }
        // "Nvidia-Gründer und -Chef Jensen Huang", "Spotify-Gründer und Chef Daniel Ek": a second role that
        // shares the compound's name, with or without the hyphen of the left-out part.
        // (Only "und/and/&": "der Adidas-Chef oder Finanzvorstand X" are two people; nor a political title:
        // "der Tesla-Chef und Präsident Donald Trump".)
        if !former, let r = roleRelation(head), m.last + 3 < t.count, ["und", "and", "&"].contains(t[m.last + 1].lowercased) {
          let k = t[m.last + 2].text == "-" ? m.last + 3 : m.last + 2
          if k + 1 < t.count, !t[k].isHyphenated, !RelationExtractor.politicalTitles.contains(t[k].lowercased),
            let second = roleRelation(of: t[k]), let p = mention(startingAt: skipTitles(k + 1)), p.ref.kind == .person
          {
            add(p, m, r, head, nil)
            add(p, m, second, t[k].text, nil)
          }
        }
        for candidate in [head, String(head.dropLast()), String(head.dropLast(2))] {
          guard let compound = lexicon.compoundHeads[candidate] else { continue }
          var j = m.last + 1
          while j < t.count, ["der", "die", "das", "dem", "den", "des"].contains(t[j].lowercased) { j += 1 }
          // The name after the compound ("Blackstone-Tochter QTS") or before it, as an apposition ("QTS,
          // eine Blackstone-Tochter").
          if let after = mention(startingAt: j), after.ref.kind == compound.nameKind {
            // A list after a plural compound: "die Vodafone-Konkurrenten Deutsche Telekom und Telefónica" (not
            // after "Blackstone-backed Phoenix Tower International and Bouygues Telecom").
            let names = candidate == head ? [after] : expand(after, forwardIn: mentions.filter { $0.ref.kind == compound.nameKind }, tokens: t)
            for n in names {
              if compound.nameIsSource { add(n, m, compound.relation, nil, nil) } else { add(m, n, compound.relation, nil, nil) }
            }
          } else if let n = appositionOwner(of: m, in: t, mentions), n.ref.kind == compound.nameKind {
            if compound.nameIsSource { add(n, m, compound.relation, nil, nil) } else { add(m, n, compound.relation, nil, nil) }
          }
          break
        }
        continue
      }
      // English writes the compound apart: "ChatGPT maker OpenAI", "Google parent Alphabet", and as a
      // predicate "Accenture is a Microsoft partner".
      if m.last + 1 < t.count, t[m.last + 1].isWord, !t[m.last + 1].isCapitalized,
        let compound = lexicon.compoundHeads[t[m.last + 1].text]
      {
        if m.last + 2 < t.count, let n = mention(startingAt: m.last + 2), n.ref.kind == compound.nameKind {
          if compound.nameIsSource { add(n, m, compound.relation, nil, nil) } else { add(m, n, compound.relation, nil, nil) }
          continue
        }
        // "Google's parent company, Alphabet,": "company" after the head, and the name in commas.
        var j = m.last + 2
        if j < t.count, ["company", "firm", "group"].contains(t[j].text) { j += 1 }
        if j + 1 < t.count, t[j].is(.comma), let n = mention(startingAt: j + 1), n.ref.kind == compound.nameKind,
          n.last + 1 == t.count || [",", ".", ";", ")"].contains(t[n.last + 1].text)
        {
          if compound.nameIsSource { add(n, m, compound.relation, nil, nil) } else { add(m, n, compound.relation, nil, nil) }
          continue
        }
        if m.last + 2 == t.count || !t[m.last + 2].isWord, let n = appositionOwner(of: m, in: t, mentions), n.ref.kind == compound.nameKind,
          n.ref.key != m.ref.key
        {
          if compound.nameIsSource { add(n, m, compound.relation, nil, nil) } else { add(m, n, compound.relation, nil, nil) }
          continue
        }
      }
      // "<Org>s Konzern-Vize, <Person>": a role word within three words after the organisation.
      if isFormer(max(0, m.first - 2)..<m.first, t) { continue }  // "Former Intel CEO X"
      // A short bracket after the name (a ticker or short form) is passed over: "Amazon (AMZN, Financials)
      // founder Jeff Bezos", "Microsoft (NASDAQ: MSFT) CEO Satya Nadella".
      let start = RelationExtractor.afterBracket((m.last + 1)..<t.count, t).lowerBound
      // (A fourth word only after three lower-case ones: "AT&T's network chief technology officer".)
      for r in start..<min(start + 4, t.count) {
        // An article opens a new noun phrase: "Aleph Alpha warb den Manager X ab" is no "Aleph-Alpha-Manager X";
        // another name another one ("Nvidia (NVDA) said Intel CEO X").
        guard t[r].isWord, !t[r].is(.definiteArticle), r == start || mention(startingAt: r) == nil else { break }
        if r == start + 3, t[start..<r].contains(where: { $0.isCapitalized }) { break }
        // "Rappaport führt Wiz als Vorstandschef": a role after "als" is the subject's.
        if ["als", "as"].contains(t[r].lowercased) { break }
        guard let relation = roleRelation(of: t[r]) else { continue }
        // "Jane Roe, Acme's chief executive, met …": the apposition describes the person before it (unless
        // a person follows the role: "Peter Thiel, GitHub CEO Thomas Dohmke and …" is a list).
        // ("Jane Roe, the company's CEO, said": an epithet with its article.)
        // (Only an unambiguous one: "BMW and Mercedes reported results. Jane Roe, the company's CEO" is either's.)
        if m.isAnaphor, !isUnambiguousDescription(m, mentions, context, t) { break }
        var opening = m.isAnaphor && m.first >= 1 && t[m.first - 1].is(.definiteArticle) ? m.first - 1 : m.first
        // "Jane Roe, one of Acme's founders, said".
        if opening >= 4, t[opening - 1].lowercased == "of", t[opening - 2].lowercased == "one" { opening -= 2 }
        if opening >= 2, t[opening - 1].text == ",", let before = mentions.first(where: { $0.last == opening - 2 && $0.ref.kind == .person }),
          mention(startingAt: skipTitles(r + 1))?.ref.kind != .person
        {
          if isFormer((m.last + 1)..<r, t) { break }  // "Jane Roe, the company's former CEO"
          add(before, m, relation, t[r].text, nil)
          // "James Roe, IBM Senior Vice President and CEO of Red Hat": a coordinated role with its own
          // organisation.
          var k = r + 1
          while k < t.count, k - r <= 4, t[k].isWord, roleRelation(of: t[k]) != nil || RelationExtractor.roleModifiers.contains(t[k].lowercased) {
            k += 1
          }
          if k + 1 < t.count, let (c, second) = coordinatedRole(after: k, modifiers: 2, t) {
            if let (_, o2) = roleOrganisation(after: c, t, mentions, context), o2.ref.key != m.ref.key {
              add(before, o2, second, t[c].text, nil)
            } else if c + 1 == t.count || !t[c + 1].isWord {
              // "Jensen Huang, NVIDIA founder and CEO, said": the second role is at the same organisation.
              add(before, m, second, t[c].text, nil)
            }
          }
          break
        }
        // Further words of a multi-word role: "Acme's chief executive officer, Jane Roe".
        // Title case continues a title-case role: "Alibaba Executive Vice Chairman X", "AMD Executive Vice
        // President and General Manager, X".
        // A coordinated role word continues it whatever its case: "Blackstone president & COO Jon Gray".
        func continuesRole(_ k: Int, coordinated: Bool = false) -> Bool {
          guard k < t.count, t[k].isWord else { return false }
          if coordinated, roleRelation(of: t[k]) != nil { return true }
          return (!t[k].isCapitalized || t[r].isCapitalized)
            && (roleRelation(of: t[k]) != nil || RelationExtractor.roleModifiers.contains(t[k].lowercased))
        }
        var j = r + 1
        var relations = [relation]
        while j < t.count, j - r <= 5,
          continuesRole(j) || (["and", "&"].contains(t[j].lowercased) && continuesRole(j + 1, coordinated: true))
        {
          if ["and", "&"].contains(t[j].lowercased), let second = roleRelation(of: t[j + 1]) {
            if !relations.contains(second) { relations.append(second) }  // "Co-Founder and CEO X" founded and leads
            j += 1
          }
          j += 1
        }
        if j < t.count, t[j].text == "," { j += 1 }
        if let p = mention(startingAt: skipTitles(j)), p.ref.kind == .person {
          // A plural role names every person after it: "Intel co-CEOs A and B".
          for q in isPluralRole(t[r]) ? listedHolders(after: p, t, mentions) : [p] {
            for r2 in relations { add(q, m, r2, t[r].text, nil) }
          }
          // "Rapidus President A (left) and Chairman B": a second role and person at the same organisation.
          var a = p.last + 1
          if a < t.count, t[a].text == "(", let close = (a..<min(a + 4, t.count)).first(where: { t[$0].text == ")" }) { a = close + 1 }
          // (Not "President": "Nvidia CEO Jensen Huang and President Donald Trump".)
          if a + 2 < t.count, ["and", "und", "&"].contains(t[a].lowercased), t[a + 1].isCapitalized,
            !RelationExtractor.politicalTitles.contains(t[a + 1].lowercased), let second = roleRelation(of: t[a + 1]),
            let q = mention(startingAt: skipTitles(a + 2)), q.ref.kind == .person
          {
            add(q, m, second, t[a + 1].text, nil)
          }
        }
        break
      }
    }
    for p in mentions where p.ref.kind == .person {
      // "<Person>, <role> von <Org>".
      var j = p.last + 1
      // "<Person> has been named chief executive officer at X", "<Person> wird zum Chef von X ernannt" is
      // read like the apposition "<Person>, CEO of X"; the organisation also hires the person.
      var appointed = false
      var v = j
      // ("Matt Garman, who took over as chief executive of AWS in June, said": a relative clause.)
      if v + 4 < t.count, t[v].text == ",", t[v + 1].lowercased == "who", ["took", "takes", "has"].contains(t[v + 2].lowercased) { v += 2 }
      while v < t.count, v - j < 4, RelationExtractor.appointmentAuxiliaries.contains(t[v].lowercased) { v += 1 }
      if v < t.count, RelationExtractor.appointmentVerbs.contains(t[v].lowercased) {
        appointed = true
        j = v
      } else if v + 2 < t.count, ["take", "takes", "took", "taking"].contains(t[v].lowercased), t[v + 1].lowercased == "over",
        t[v + 2].lowercased == "as"
      {
        // "McDermott will take over as CEO at ServiceNow": taking a post over is being appointed to it.
        appointed = true
        j = v + 1
      } else if v > j, v < t.count, ["zum", "zur"].contains(t[v].lowercased),
        t[v..<min(v + 10, t.count)].contains(where: { RelationExtractor.appointmentVerbs.contains($0.lowercased) })
      {
        appointed = true
        j = v
      } else if !(j < t.count && (t[j].text == "," || ["als", "as"].contains(t[j].lowercased))) {
        // Neither an apposition nor "<Person> als Chef der Festnetzsparte T-Com", read like one.
        continue
      }
      j += 1
      // "was named Friday as the new CEO".
      if appointed, j < t.count, RelationExtractor.weekdays.contains(t[j].lowercased) { j += 1 }
      if appointed, j < t.count, ["as", "als", "zum", "zur"].contains(t[j].lowercased) { j += 1 }
      // A relative clause: ", who is also the CEO of", ", der auch Chef von … ist".
      if j + 1 < t.count, ["who", "der", "die"].contains(t[j].lowercased),
        ["is", "was", "ist", "war", "auch", "also"].contains(t[j + 1].lowercased)
      {
        j += 1
        while j < t.count, ["is", "was", "ist", "war", "auch", "also", "now", "jetzt"].contains(t[j].lowercased) { j += 1 }
      }
      // "Jane Roe, one of the founders of X", "one of its co-founders": a member of a plural role holds it
      // (German "einer der Gründer" passes the adjective skip below).
      if !appointed, j + 2 < t.count, t[j].lowercased == "one", t[j + 1].lowercased == "of" { j += 2 }
      while j < t.count, ["der", "die", "das", "the", "a", "an"].contains(t[j].lowercased) { j += 1 }
      // "Jane Roe, its CEO, said": the possessive's company holds the post (`itsCompany`: a company opening
      // this sentence or the one before); the apposition ends after the role. Only "its": German "sein",
      // English "their" may stand for persons ("Jane Roe, sein Chef").
      if !appointed, j + 2 < t.count, t[j].lowercased == "its",
        let r = ((j + 1)..<min(j + 4, t.count)).first(where: { roleRelation(of: t[$0]) != nil }),
        ((j + 1)..<r).allSatisfy({ RelationExtractor.roleModifiers.contains(t[$0].lowercased) }),
        r + 1 == t.count || [",", ".", ";"].contains(t[r + 1].text), !isFormer((j + 1)..<r, t),
        let o = itsCompany(before: p.first, t, mentions, context)
      {
        add(p, o, roleRelation(of: t[r])!, t[r].text, nil)
        continue
      }
      let titleStart = j
      // Adjectives or a first role word before the role: "the chief executive of", "leitender Forscher bei".
      var skipped = 0
      while skipped < 2, j + 1 < t.count, t[j].isWord, roleRelation(of: t[j]) == nil,
        !t[j].isCapitalized || roleRelation(of: t[j + 1]) != nil
      {
        j += 1
        skipped += 1
      }
      // A title of several capitalised words ending in a role word: "Senior Vice President and Chief
      // Financial Officer, IBM", "Vice President Google Zentraleuropa"; `j` moves to its last role word.
      let title = titleStart < t.count && t[titleStart].isCapitalized ? titlePhrase(from: titleStart, t, mentions) : nil
      if let title { j = title.end }
      guard j + 1 < t.count, let relation = roleRelation(of: t[j]) else { continue }
      if isFormer((p.last + 1)..<j, t) { continue }  // "X, the former CEO of Y"
      // Coordinated roles: "founder and CEO of".
      var roles = title?.roles ?? [(relation, t[j].text)]
      if j + 3 < t.count, let (k, second) = coordinatedRole(after: j + 1, modifiers: 2, t) {
        roles.append((second, t[k].text))
        j = k
      }
      // "X, Vice President Google Zentraleuropa": a title of several words names its organisation without
      // a link word.
      if title != nil, let o = mention(startingAt: j + 1), o.ref.kind == .organization, !o.isGenitive {
        for (r, word) in roles { add(p, o, r, word, nil) }
        continue
      }
      // The organisation after the link word, or after a short complement: "director of engineering for X";
      // English descriptions may stand between: "CEO at data center builder X".
      func organisation(after link: Int) -> Mention? {
        if let o = mention(startingAt: link + 1), o.ref.kind != .place, !o.isAnaphor || roleEpithet(at: link + 1, t, mentions, context) != nil {
          return o
        }
        // "CEO of the company", "chairman of the company's board": an epithet for the company under discussion.
        if link + 2 < t.count, t[link + 1].is(.definiteArticle), let o = roleEpithet(at: link + 2, t, mentions, context) { return o }
        // "Chef der Festnetzsparte T-Com": a unit or organisation noun before the name.
        if link + 2 < t.count, t[link + 1].isCapitalized, isSubsidiaryNoun(t[link + 1]) || lexicon.orgHeadNouns.contains(t[link + 1].text),
          let o = mention(startingAt: link + 2)
        {
          return o
        }
        // "Chefin des Konzerns Siemens", "Gründer des Karlsruher Cloud-Start-ups Codesphere": after a German
        // genitive article, up to two adjectives (a capitalised one of a place, "Münchner") and an
        // organisation noun (inflected or in a compound) before the name.
        if ["des", "der"].contains(t[link].lowercased) {
          var k = link + 1
          while k < min(link + 3, t.count), t[k].isWord, !t[k].isCapitalized || (t[k].text.hasSuffix("er") && !(t[k].info?.isOrgHeadNoun ?? true)) {
            k += 1
          }
          if k + 1 < t.count, t[k].isCapitalized, t[k].info?.isOrgHeadNoun == true, let o = mention(startingAt: k + 1), o.ref.kind == .organization {
            return o
          }
        }
        // "Vorsitzender des Aufsichtsrats der Siemens AG": the body's organisation.
        if let o = bodysOrganisation(after: link, t, mentions) { return o }
        // "CEO of US telecom group Verizon": a place may open the description.
        var k = link + 1
        if let place = mentions.first(where: { $0.first == link + 1 && $0.ref.kind == .place }), place.last + 1 < t.count,
          !t[place.last + 1].isCapitalized
        {
          k = place.last + 1
        } else {
          guard appointed || !t[link + 1].isCapitalized else { return nil }
        }
        let start = k
        // (An epithet ends the description: "head of sales at the company"; a relative clause ends the search:
        // "one of the founders of a fund that invested in Acme".)
        while k < t.count, k - link <= 8, t[k].isWord, !t[k].isCapitalized, roleEpithet(at: k, t, mentions, context) == nil {
          if ["that", "which", "who", "whose"].contains(t[k].lowercased) { return nil }
          k += 1
        }
        if k > start, k < t.count, let o = roleEpithet(at: k, t, mentions, context) { return o }
        return k > start ? mention(startingAt: k) : nil
      }
      // "said Philip Jansen, CEO, BT.": the organisation right after a comma, closing the apposition.
      if j + 2 < t.count, t[j + 1].text == ",", let o = mention(startingAt: j + 2), o.ref.kind == .organization,
        o.last + 1 == t.count || !t[o.last + 1].isWord
      {
        for (r, word) in roles { add(p, o, r, word, nil) }
        continue
      }
      // The role's region between commas: "Dana Roe, President, North America at X".
      let inPlace = { (k: Int) in mentions.contains { $0.ref.kind == .place && $0.first <= k && k <= $0.last } }
      var regionEnd = j + 1
      if j + 2 < t.count, t[j + 1].text == ",", inPlace(j + 2) {
        regionEnd = j + 2
        while regionEnd < t.count, regionEnd - j <= 8, inPlace(regionEnd) || [",", "and", "&"].contains(t[regionEnd].lowercased) {
          regionEnd += 1
        }
        if regionEnd >= t.count || !["at", "bei"].contains(t[regionEnd].lowercased) { regionEnd = j + 1 }
      }
      guard let link = (regionEnd..<min(regionEnd + 3, t.count - 1)).first(where: {
        t[$0].is(.linkPreposition) && organisation(after: $0) != nil
      }), t[regionEnd..<link].allSatisfy({ $0.isWord && (!$0.isCapitalized || roleRelation(of: $0) != nil) }),  // "Chief Executive Officer of"
        let o = organisation(after: link)
      else {
        // The role of an area: the person works for the organisation, and leads only the area.
        if roles.count == 1, let o = areaRoleOrganisation(after: j, t, mentions) { add(p, o, .worksFor, t[j].text, nil) }
        continue
      }
      // "head of cloud sales at Microsoft": likewise.
      let leadsAnArea = RelationExtractor.areaOpeners.contains(t[link].lowercased) && link + 1 < o.first
        && t[(link + 1)..<o.first].contains { RelationExtractor.areaClosers.contains($0.lowercased) }
      for (r, word) in roles { add(p, o, leadsAnArea && r == .leads ? .worksFor : r, word, nil) }
      if appointed, o.ref.kind == .organization { add(o, p, .hires, nil, nil) }
      // "CEO of A and Chair of B": a second role with its own organisation.
      if o.last + 3 < t.count, let (k, second) = coordinatedRole(after: o.last + 1, modifiers: 3, t), k + 2 < t.count,
        t[k + 1].is(.linkPreposition),
        let o2 = mention(startingAt: k + 2), o2.ref.kind == .organization || o2.ref.kind == .project, !o2.isGenitive
      {
        add(p, o2, second, t[k].text, nil)
      }
    }
    // "<role> (und <role>) von <Org>, <Person>" (a plural role: every person listed).
    for r in t.indices {
      guard let relation = roleRelation(of: t[r]) else { continue }
      for v in (r + 1)..<min(r + 5, t.count) where t[v].is(.linkPreposition) || (v == r + 1 && ["des", "der"].contains(t[v].lowercased)) {
        // "Der Gründer des Musikstreaming-Dienstes Spotify, Daniel Ek": a noun may describe the organisation.
        let described = v + 2 < t.count && t[v + 1].isCapitalized && mention(startingAt: v + 1) == nil ? mention(startingAt: v + 2) : nil
        guard let o = mention(startingAt: v + 1) ?? described, o.last + 2 < t.count, t[o.last + 1].text == ",",
          let p = mention(startingAt: skipTitles(o.last + 2)), p.ref.kind == .person
        else { break }
        let roleWords = t[r..<v].filter { roleRelation(of: $0) != nil }.map(\.text)
        let best = roleWords.compactMap { roleRelation($0) }.contains(.leads) ? Relation.leads : relation
        // A plural role names every person listed: "die beiden Co-Chefs von Schwarz Digits, A und B" (not a
        // former one: "die beiden Ex-Co-Chefs").
        if t[r].lowercased.hasPrefix("ex-") || isFormer(max(0, r - 2)..<r, t) { break }
        for q in isPluralRole(t[r]) ? listedHolders(after: p, t, mentions) : [p] {
          add(q, o, best, roleWords.joined(separator: ", "), nil)
        }
        break
      }
    }
    // "X war zuvor beim Pharmakonzern Merck als Leiter des Vertriebs", "Zuvor war X bei Y tätig": a
    // person's past or present post at an organisation.
    for p in mentions where p.ref.kind == .person {
      var b = p.last + 1
      while b < t.count, b - p.last <= 3, RelationExtractor.postAdverbs.contains(t[b].lowercased) { b += 1 }
      let copulaBefore = p.first >= 1 && ["war", "ist"].contains(t[p.first - 1].lowercased)
      guard b < t.count, b > p.last + 1 || copulaBefore, ["bei", "beim"].contains(t[b].lowercased),
        t[(p.last + 1)..<b].contains(where: { ["war", "ist"].contains($0.lowercased) }) || copulaBefore
      else { continue }
      var k = b + 1
      while k < t.count, k - b <= 3, mention(startingAt: k) == nil, t[k].isWord,
        t[k].is(.definiteArticle) || !t[k].isCapitalized || t[k].info?.isOrgHeadNoun == true || lexicon.orgHeadNouns.contains(t[k].text)
      {
        k += 1
      }
      guard let o = mention(startingAt: k), o.ref.kind == .organization, o.last + 1 < t.count else { continue }
      let next = t[o.last + 1].lowercased
      if ["tätig", "beschäftigt", "angestellt"].contains(next) {
        add(p, o, .worksFor, nil, nil)
      } else if next == "als", o.last + 2 < t.count,
        let r = ((o.last + 2)..<min(o.last + 5, t.count)).first(where: { roleRelation(of: t[$0]) != nil }),
        // Not another predicate after the role: "war bei Google als Berater im Gespräch".
        !t[(r + 1)...].prefix(while: { !$0.is(.clauseBreak) }).contains(where: { ["im", "in", "zum", "zur", "zu"].contains($0.lowercased) })
      {
        add(p, o, roleRelation(of: t[r])!, t[r].text, nil)
      }
    }
    // "die Manager Jane Roe von SAP und John Doe von IBM": a role word introduces persons, each with
    // the organisation after "von/bei/from/at".
    for p in mentions where p.ref.kind == .person {
      var j = p.last + 1
      guard j < t.count, ["von", "vom", "bei", "beim", "from", "at"].contains(t[j].lowercased) else { continue }
      j += 1
      if j < t.count, ["der", "die", "das", "dem", "den", "the"].contains(t[j].lowercased) { j += 1 }
      guard let o = mention(startingAt: j), o.ref.kind == .organization,
        let r = (max(0, p.first - 10)..<p.first).last(where: { roleRelation(of: t[$0]) != nil }),
        inSameClause(r, p.first, t, commas: false), let relation = roleRelation(of: t[r])
      else { continue }
      add(p, o, relation, t[r].text, nil)
    }
    // "Intel appointed Jane Roe as CEO", "SAP holt Jane Roe als neue Finanzchefin": the role is held at the
    // sentence's subject.
    let subject = mentions.first { $0.ref.kind == .organization && !$0.isGenitive && !isInPrepositionalPhrase($0, t) }
    // Without an organisation as the subject, a generic role is held at the company under discussion: "Der
    // Aufsichtsrat habe Jane Roe zum Vorstandsvorsitzenden berufen, teilte das Unternehmen mit".
    let namesOnlyReferences = !mentions.contains { $0.ref.kind == .organization && !$0.isAnaphor }
    for p in mentions where p.ref.kind == .person {
      guard p.last + 2 < t.count else { continue }
      // "Jane Roe zum 1. Juli als Chefin": a date between the person and the role; "Jane Roe (pictured, left)
      // as CEO": a bracket.
      var a = RelationExtractor.afterBracket((p.last + 1)..<t.count, t).lowerBound
      guard a + 1 < t.count else { continue }
      if a + 4 < t.count, ["zum", "am", "ab"].contains(t[a].lowercased), t[a + 1].text.first?.isNumber == true,
        t[a + 2].text == ".", t[a + 3].info?.month != nil
      {
        a += 4
      }
      var j = a + 1
      // "dass sie Jane Roe zu ihrem neuen Chef ernannt hat": appointed to a role at the subject.
      let toRole = ["zu", "zum", "zur"].contains(t[a].lowercased)
        && t[a..<min(a + 10, t.count)].contains(where: { RelationExtractor.appointmentVerbs.contains($0.lowercased) })
      guard ["as", "als"].contains(t[a].lowercased) || toRole else { continue }
      if toRole, j < t.count, isAnyPossessive(t[j]) {
        j += 1
      }
      func role(from start: Int) -> Int? {
        var j = start
        while j < t.count - 1, j - start <= 2, t[j].isWord, !t[j].isCapitalized || t[j].is(.definiteArticle),
          roleRelation(of: t[j]) == nil
        {
          j += 1
        }
        guard j < t.count, roleRelation(of: t[j]) != nil else { return nil }
        // A role with its own complement ("als Vorstand für den Bereich X", "as CEO of Y") is not held at the subject.
        if j + 1 < t.count, t[j + 1].is(.linkPreposition) || t[j + 1].lowercased == "für" { return nil }
        return j
      }
      guard let first = role(from: j) else { continue }
      // The verb after the person ("Jane Roe wurde als … berufen") or between the subject and the person
      // ("Acme Wednesday named Jane Roe as its CEO").
      let appointed = toRole || t[(p.last + 1)...].contains(where: { RelationExtractor.appointmentVerbs.contains($0.lowercased) })
        || subject.map { s in
          // Not a verb in a relative clause: "Acme, which named a new CFO last year, confirmed Jane Roe".
          s.last < p.first && t[(s.last + 1)..<p.first].contains(where: { RelationExtractor.appointmentVerbs.contains($0.lowercased) })
            && !t[(s.last + 1)..<p.first].contains(where: { RelationExtractor.relativePronouns.contains($0.lowercased) })
        } == true
      // Coordinated roles: "als Vorstandsmitglied und neuen Vorstandsvorsitzenden".
      var roles = [first]
      if first + 2 < t.count, ["und", "and"].contains(t[first + 1].lowercased), let second = role(from: first + 2) {
        roles.append(second)
      }
      let o: Mention
      // "The board of Unilever named …": the organisation whose board appoints, when the board opens the
      // sentence (or follows an article there) and no other organisation stands before the person.
      if let s = mentions.first(where: { m in
        m.ref.kind == .organization && m.last < p.first && m.first >= 2 && ["of", "von", "des", "der"].contains(t[m.first - 1].lowercased)
          && RelationExtractor.governanceNouns.contains(t[m.first - 2].lowercased)
          && (m.first == 2 || (m.first == 3 && ["the", "der", "die", "das"].contains(t[0].lowercased)))
      }), !mentions.contains(where: { o in
        // (An organisation in the person's own title between them does not count: "named Nestlé executive X".)
        o.ref.kind == .organization && o.first > s.last && o.last < p.first && o.ref.key != s.ref.key
          && !t[(o.last + 1)..<p.first].allSatisfy { roleRelation(of: $0) != nil || RelationExtractor.roleModifiers.contains($0.lowercased) }
      }) {
        o = s
      } else if let s = subject, s.last < p.first {
        o = s
      } else if namesOnlyReferences, roles.contains(where: { isGenericRole(t[$0]) }),
        // Only an appointment: "als Vorstandsvorsitzende abberufen" or "bestätigt" is none.
        appointed, let company = context.recentOrganizations.first ?? context.topics.first
      {
        o = implicit(company, at: p.first)
      } else {
        continue
      }
      for j in roles { add(p, o, roleRelation(of: t[j])!, t[j].text, nil) }
      if appointed {
        add(o, p, .hires, nil, nil)
      }
    }
    // "kündigte Konzernchef Reinhard Ploss an": a generic role refers to the sentence's subject or, without
    // one, to the previous sentence's main organisation.
    // A subject after the role is another clause's ("will Konzernchef X nutzen, um … die Tochter Y"). A bare
    // chief's title ("said CEO Jane Roe") in a sentence that names no organisation but the document's main
    // one refers to that (not a president or minister: those lead states).
    // (A description that refers back to the main organisation names no other: "die Kosten des Startups
    // betragen laut Gründer und CEO X"; nor does its name: "Founder Jim Keller said the money will grow
    // Tenstorrent's technical staff", "die Nummer zwei hinter CEO Satya Nadella".)
    // (Names inside a quotation the speaker is attributed after are the speech's: "„Splunk will help us,“
    // Chief Executive X said".)
    let firstQuote = t.firstIndex { $0.is(.quoteMark) }
    let lastQuote = t.lastIndex { $0.is(.quoteMark) }
    let quoted = firstQuote.flatMap { a in lastQuote.flatMap { b in a < b ? (a + 1)..<b : nil } } ?? 0..<0
    // (An epithet — "the company's top priority" — names no other: it is mostly the chief's own company.)
    let namesNoOtherOrganisation = !mentions.contains {
      ($0.ref.kind == .organization || $0.ref.kind == .project) && !$0.ref.isMedia && !$0.isAnaphor
        && !(!$0.isImplicit && $0.ref.key == context.topics.first?.key)
        && !(quoted.contains($0.first) && quoted.contains($0.last))
    }
    // (Asked only for a title with a comma after a possessive or a founders' list.)
    lazy var atMostOnePreviousCompany = context.previousOrganisations.isEmpty || context.previousOnlyOrganisation != nil
    for r in t.indices {
      let generic = isGenericRole(t[r])
      // A bare title stands alone: not after a modifier ("Wikipedia founder X", "the band's founder X") and
      // not with its own organisation after the name ("Geschäftsführer X von der Handwerkskammer").
      // Nor after a rival ("Rival CEO Lisa Su") or a relative possessive ("a startup whose founder X").
      // ("Chief executive Lisa Su said": the two words as one title, standing where "Chief" stands.)
      let chiefExecutive = r >= 1 && roleRelation(of: t[r]) != nil && t[r].lowercased == "executive"
        && t[r - 1].lowercased == "chief"
      // ("Chief Financial Officer Scott Herren said": "Chief … Officer" as one title; an officer other than the
      // chief executive works for the company.)
      let chiefOfficer = r >= 2 && t[r].lowercased == "officer" && t[r - 2].lowercased == "chief" && t[r - 1].isWord
        && !t[r - 1].is(.preposition)
      let at = chiefOfficer ? r - 2 : chiefExecutive ? r - 1 : r
      let standsAlone = (at == 0 || !t[at - 1].isWord || !t[at - 1].isCapitalized || at == 1)
        && !(at > 0 && (t[at - 1].endsInApostropheS || t[at - 1].is(.rivalNoun) || ["rival", "whose", "dessen", "deren"].contains(t[at - 1].lowercased)))
      let chiefRelation: Relation? = chiefOfficer ? (t[r - 1].lowercased == "executive" ? .leads : .worksFor) : chiefExecutive ? .leads : nil
      let bare = namesNoOtherOrganisation && standsAlone ? (chiefRelation ?? RelationExtractor.bareTitles[t[r].text]) : nil
      guard generic || bare != nil else { continue }
      // Coordinated titles: "laut Gründer und CEO Jan Goetz" founded and leads.
      var q = r + 1
      var relations = [bare ?? roleRelation(of: t[r]) ?? .leads]
      while q + 1 < t.count, ["und", "and", "&"].contains(t[q].lowercased),
        let second = RelationExtractor.bareTitles[t[q + 1].text] ?? (isGenericRole(t[q + 1]) ? roleRelation(of: t[q + 1]) ?? .leads : nil)
      {
        relations.append(second)
        q += 2
      }
      // ("Its founders, A and B, moved …": a comma after a possessive's title, when the sentence before names
      // one company at most: "SAP bought Signavio. Its founders, …" are Signavio's.)
      var named = skipTitles(q)
      if named + 1 < t.count, t[named].text == ",", r > 0, isAnyPossessive(t[r - 1]), atMostOnePreviousCompany {
        named += 1
      }
      guard !mentions.contains(where: { $0.first <= r && r <= $0.last }), let p = mention(startingAt: named),
        p.ref.kind == .person, !isFormer(max(0, r - 2)..<r, t),
        generic || p.last + 1 >= t.count || !["of", "von", "vom", "at", "bei", "beim", "der", "des"].contains(t[p.last + 1].lowercased),
        let o = generic
          ? subject.flatMap({ $0.last < r ? $0 : nil })
            // ("„Der Zukauf ist eine Ergänzung für Infineon“, sagte Vorstandschef X": the document's main
            // organisation named in the sentence, before the one named last.)
            // (Not the object of a quote in the first person: "„Wir verkaufen an Infineon“, sagte Vorstandschef X".)
            ?? context.topics.first.flatMap({ top in
              mentions.first { $0.ref.key == top.key && !$0.isImplicit && $0.last < r }
                .flatMap { m in isInPrepositionalPhrase(m, t) && t[..<r].contains(where: { RelationExtractor.firstPersonWords.contains($0.lowercased) }) ? nil : m }
            })
            ?? (relations[0] == .worksFor ? context.topics.first ?? context.recentOrganizations.first : context.recentOrganizations.first)
            .map({ implicit($0, at: r) })
          : context.topics.first.map({ implicit($0, at: r) })
      else { continue }
      // "Die beiden Gründer Stephan Wolf und Alexander Zosel", "founders Jane Roe and John Doe": founders'
      // titles name every person coordinated with the first.
      let plural = RelationExtractor.pluralFounderTitles.contains(t[r].text)
        || (t[r].text == "Gründer" && r > 0 && ["die", "beiden", "zwei", "drei"].contains(t[r - 1].lowercased))
      // (Only when no other company is in sight: none later in the sentence, one at most in the sentence before.)
      let unambiguous = !mentions.contains { $0.ref.kind == .organization && $0.first > p.last } && atMostOnePreviousCompany
      let persons = relations == [.founded] && plural && unambiguous
        ? expand(p, forwardIn: mentions.filter { $0.ref.kind == .person }, tokens: t).filter { $0.first == p.first || roleRelation(of: t[$0.first - 1]) == nil }
        : [p]
      // (The role as written: "Chief Financial Officer", "Chief Executive".)
      let roleText = chiefRelation != nil ? sentence.text(t[at].start, t[r].end) : t[r].text
      for person in persons { for relation in relations { add(person, o, relation, roleText, nil) } }
    }
    // "Der Konkurrent United Internet hatte … geboten": a bare rival noun before an organisation names a
    // competitor of the sentence's subject before it, else of the company under discussion.
    lazy var companyUnderDiscussion = (context.recentOrganizations + context.topics).first { r in !mentions.contains { $0.ref.key == r.key } }
    for o in mentions where o.ref.kind == .organization && o.first >= 2 && t[o.first - 1].is(.rivalNoun) {
      guard ["der", "den", "dem", "des", "the", "its", "seinen", "seinem", "seines", "sein", "ihren", "ihrem"].contains(t[o.first - 2].lowercased),
        let other = subject.flatMap({ $0.last < o.first - 2 && $0.ref.key != o.ref.key ? $0 : nil })
          ?? companyUnderDiscussion.map({ implicit($0, at: o.first - 1) })
      else { continue }
      add(other, o, .competesWith, nil, o.first - 1)
    }
    // "Jochen Hanebeck werde zum 1. April neuer Vorstandsvorsitzender": a person becomes a generic role;
    // "Jane Roe (55) wird im nächsten Jahr neuer Vorstandsvorsitzender von Acme": or a role at the
    // organisation after it.
    for p in mentions where p.ref.kind == .person {
      // "President Teruo Fujii of UTokyo": a role right before the person (titles between) and the
      // organisation right after "of" (with "von/bei/at", the rule for "die Manager Jane Roe von SAP" above).
      // Not a former post ("Ex-CEO X of Acme"), not a role another organisation qualifies ("Siemens CEO X of
      // Siemens Energy fame"), not a genitive ("of Acme's board").
      if p.first >= 1, p.last + 2 < t.count, t[p.last + 1].lowercased == "of" {
        var r = p.first - 1
        while r > 0, t[r].is(.title) { r -= 1 }
        if let relation = roleRelation(of: t[r]), !isFormer(max(0, r - 2)..<r, t),
          !(t[r].isHyphenated && t[r].parts.first.map({ RelationExtractor.formerPrefixes.contains($0.lowercased()) }) == true),
          !mentions.contains(where: { $0.last == r - 1 }), !(r >= 1 && isAnyPossessive(t[r - 1])),
          let o = mentions.first(where: { $0.first == p.last + 2 && $0.ref.kind == .organization && !$0.isGenitive })
        {
          add(p, o, relation, t[r].text, nil)
        }
      }
      var k = p.last + 1
      if k + 2 < t.count, t[k].text == "(", t[k + 2].text == ")" { k += 3 }  // an age: "(55)"
      if k < t.count, t[k].text == "," { k += 1 }
      // "Sievers has been NXP's president since 2018", "X ist NXPs Präsident": a present copula, the
      // organisation's genitive and its role (not "was": a past post).
      // (Not a person in a prepositional phrase, nor a role that names its own person: "The biggest rival of
      // Jensen Huang is AMD's CEO Lisa Su".)
      var c = k
      if c + 1 < t.count, ["has", "have"].contains(t[c].lowercased), t[c + 1].lowercased == "been" { c += 1 }
      if c + 2 < t.count, RelationExtractor.presentCopulas.contains(t[c].lowercased), !isInPrepositionalPhrase(p, t) {
        var g = c + 1
        while g < t.count, RelationExtractor.copulaAdverbs.contains(t[g].lowercased) { g += 1 }
        if let o = mentions.first(where: { $0.first == g && $0.isGenitive && $0.ref.kind == .organization && !$0.ref.isMedia }) {
          var r = o.last + 1
          while r < t.count, r - o.last <= 3, roleRelation(of: t[r]) == nil, RelationExtractor.roleModifiers.contains(t[r].lowercased) { r += 1 }
          if r < t.count, let relation = roleRelation(of: t[r]), !isFormer((c + 1)..<r, t),
            mention(startingAt: skipTitles(r + 1))?.ref.kind != .person
          {
            add(p, o, relation, t[r].text, nil)
            continue
          }
        }
      }
      // The role words start after the verb, or after the person when the verb stands before it (German
      // inversion, a pronoun as well: "Seit 2020 ist er Chef von X").
      let from: Int
      // "has been", "had been": the copula is "been".
      if k + 1 < t.count, ["has", "have", "had"].contains(t[k].lowercased), t[k + 1].lowercased == "been" { k += 1 }
      // "had served as", "has been serving as", "fungiert als": the role follows "as/als" (read as a copula).
      if k + 1 < t.count, ["had", "has", "have", "been"].contains(t[k].lowercased), RelationExtractor.servingVerbs.contains(t[k + 1].lowercased) {
        k += 1
      }
      if k + 1 < t.count, RelationExtractor.servingVerbs.contains(t[k].lowercased), ["as", "als"].contains(t[k + 1].lowercased) {
        k += 1
        from = k + 1
      } else if k < t.count, RelationExtractor.becomingVerbs.contains(t[k].lowercased) {
        from = k + 1
      } else if p.first >= 1, RelationExtractor.invertedCopulas.contains(t[p.first - 1].lowercased) {
        k = p.first - 1
        from = p.last + 1
      } else {
        continue
      }
      guard let r = (from..<min(from + 8, t.count)).first(where: { isGenericRole(t[$0]) || roleRelation(of: t[$0]) != nil }),
        !t[from..<r].contains(where: { $0.is(.clauseBreak) }),
        !mentions.contains(where: { $0.first >= from && $0.first < r })
      else { continue }
      // Only a role the person takes: "wird neuer Chef von", "becomes CEO of"; not "will meet the CEO of",
      // "wird den Chef von X treffen", "ist sauer auf den Chef von X". After a copula ("is", "ist") only
      // articles, adverbs and role modifiers: "is currently chief technology officer", not "is meeting the CEO".
      let englishWill = t[k].lowercased == "will"
      let copula = RelationExtractor.roleCopulas.contains(t[k].lowercased)
      let takesRole = (!englishWill || (from < r && ["be", "become", "serve", "take"].contains(t[from].lowercased)))
        && !t[from..<r].contains { w in
          ["den", "dem"].contains(w.lowercased)
            || (w.is(.preposition) && !["zum", "zur", "im", "ab", "am", "as", "als"].contains(w.lowercased))
        }
        && (!copula || t[from..<r].allSatisfy { w in
          RelationExtractor.copulaGapWords.contains(w.lowercased) || RelationExtractor.roleModifiers.contains(w.lowercased)
            || w.text.first?.isNumber == true
        })
      if takesRole, !isFormer(from..<r, t), let (relation, o) = roleOrganisation(after: r, t, mentions, context) {
        add(p, o, relation, t[r].text, nil)
      } else if takesRole, !isFormer(from..<r, t), let relation = roleRelation(of: t[r]), let o = areaRoleOrganisation(after: r, t, mentions) {
        // "had served as a director of machine learning at Amazon".
        add(p, o, relation, t[r].text, nil)
      } else if isGenericRole(t[r]), takesRole || !RelationExtractor.pastCopulas.contains(t[k].lowercased),
        let o = subject ?? context.recentOrganizations.first.map({ implicit($0, at: r) })
      {
        add(p, o, .leads, t[r].text, nil)
      }
    }
    // "unter der Leitung (des/von) ... <Person>".
    for l in t.indices where t[l].is(.leadership) {
      guard l >= 2, t[l - 2].lowercased == "unter",
        let p = mentions.first(where: { $0.ref.kind == .person && $0.first > l && $0.first <= l + 8 }),
        let o = mentions.last(where: { ($0.ref.kind == .organization || $0.ref.kind == .project) && $0.last < l - 2 })
      else { continue }
      add(p, o, .leads, nil, nil)
    }
  }

  /// "and Vice Chairman", "und CEO": the role word after a coordinator at `and`, past at most `modifiers`
  /// role modifiers, with its index.
  private func coordinatedRole(after and: Int, modifiers: Int, _ t: [Token]) -> (Int, Relation)? {
    guard ["and", "und"].contains(t[and].lowercased) else { return nil }
    var k = and + 1
    // (A modifier that is itself the role ends it: "and chief executive," — "executive" is both.)
    while k + 1 < t.count, k - and <= modifiers, RelationExtractor.roleModifiers.contains(t[k].lowercased),
      roleRelation(of: t[k + 1]) != nil || RelationExtractor.roleModifiers.contains(t[k + 1].lowercased)
    {
      k += 1
    }
    // ("and chief executive officer": the officer who leads.)
    if ["officer", "Officer"].contains(t[k].text), t[(and + 1)..<k].contains(where: { $0.lowercased == "executive" }) { return (k, .leads) }
    return roleRelation(of: t[k]).map { (k, $0) }
  }

  /// The role at `r` with the organisation it names right after it: "Vorstandsvorsitzender von Acme",
  /// "CEO of Acme", "Chef des Chipkonzerns Acme".
  private func roleOrganisation(after r: Int, _ t: [Token], _ mentions: [Mention], _ context: Context) -> (Relation, Mention)? {
    guard let relation = roleRelation(of: t[r]), r + 2 < t.count else { return nil }
    var j = r + 1
    // ("Professorin an der TU München", "Forscher am KIT".)
    if t[j].is(.linkPreposition) || ["an", "am"].contains(t[j].lowercased) { j += 1 } else if !["des", "der"].contains(t[j].lowercased) { return nil }
    while j < t.count, ["der", "die", "das", "dem", "den", "des", "the"].contains(t[j].lowercased) { j += 1 }
    // "Chef des Konzerns", "CEO of the company": the noun is an epithet for the company under discussion.
    if let o = roleEpithet(at: j, t, mentions, context) { return (relation, o) }
    guard j < t.count - 1 else { return nil }
    if j + 1 < t.count, t[j].isCapitalized, isSubsidiaryNoun(t[j]) || (t[j].info?.isOrgHeadNoun ?? lexicon.orgHeadNouns.contains(t[j].text)) {
      j += 1
    } else if let head = (j..<min(j + 4, t.count - 1)).first(where: { k in
      !t[k].isCapitalized && (t[k].info?.isOrgHeadNoun ?? lexicon.orgHeadNouns.contains(t[k].text))
    }), (j..<head).allSatisfy({ k in
      t[k].isWord && (!t[k].isCapitalized || mentions.contains { $0.ref.kind == .place && $0.first <= k && k <= $0.last })
    }) {
      // "CEO of US telecom group Verizon": a lower-case description (and a place) before the name.
      j = head + 1
    }
    if let o = bodysOrganisation(after: j - 1, t, mentions) { return (relation, o) }
    guard let o = mentions.first(where: { $0.first == j }), o.ref.kind == .organization || o.ref.kind == .project,
      !o.isAnaphor || roleEpithet(at: j, t, mentions, context) != nil  // not "CEO of the company's largest customer"
    else { return nil }
    return (relation, o)
  }

  /// The organisation of a governing body named after `link`: "(Vorsitzender) des Vorstands von Siemens",
  /// "der Geschäftsführung von Microsoft Deutschland", "des Aufsichtsrats der Deutschen Bank", "of the board
  /// of Acme". Nil when no such body and organisation follow.
  func bodysOrganisation(after link: Int, _ t: [Token], _ mentions: [Mention]) -> Mention? {
    var k = link + 1
    if k < t.count, ["the", "der", "des", "dem"].contains(t[k].lowercased) { k += 1 }
    guard k + 2 < t.count, RelationExtractor.governingBodies.contains(t[k].lowercased), ["von", "vom", "der", "des", "of"].contains(t[k + 1].lowercased)
    else { return nil }
    var j = k + 2
    if j < t.count, ["der", "des", "dem", "the"].contains(t[j].lowercased) { j += 1 }
    return mentions.first { $0.first == j && $0.ref.kind == .organization }
  }

  /// Governing bodies between a chair's title and its organisation.
  static let governingBodies: Set<String> = [
    "vorstands", "vorstand", "aufsichtsrats", "aufsichtsrat", "aufsichtsrates", "vorstandes", "geschäftsführung", "verwaltungsrats",
    "verwaltungsrates", "konzernleitung", "direktoriums", "board",
  ]

  /// Chiefs' and founders' titles that, alone before a name, mean the chief or founder of the company the
  /// article is about ("said CEO Jane Roe", "founder John Doe will retain a stake").
  static let bareTitles: [String: Relation] = [
    "CEO": .leads, "Chefin": .leads, "Geschäftsführer": .leads, "Geschäftsführerin": .leads,
    "Firmenchef": .leads, "Firmenchefin": .leads, "founder": .founded, "co-founder": .founded, "Gründer": .founded,
    "Gründerin": .founded, "Mitgründer": .founded, "Mitgründerin": .founded, "Firmengründer": .founded,
    "Founder": .founded, "Co-Founder": .founded, "Co-founder": .founded, "cofounder": .founded,
    "founders": .founded, "co-founders": .founded, "Founders": .founded, "Co-Founders": .founded, "Co-founders": .founded,
    "Mitgründern": .founded, "Gründern": .founded,
  ]
  /// Founders' titles in the plural ("founders A and B"; German "Gründer" only after "die/beiden").
  static let pluralFounderTitles: Set<String> = ["founders", "co-founders", "Founders", "Co-Founders", "Co-founders", "Mitgründern", "Gründern"]
  /// "der Konkurrent X", "rival X": a competitor of the company under discussion.
  static let rivalNouns: Set<String> = [
    "Konkurrent", "Konkurrenten", "Rivale", "Rivalen", "Wettbewerber", "Wettbewerbers", "rival", "competitor",
  ]

  /// Verbs after a person that give the person the role after them: "X wird neuer Chef", "X is CEO of".
  static let becomingVerbs: Set<String> = [
    "wird", "werde", "wurde", "soll", "ist", "bleibt", "becomes", "will", "is", "remains", "was", "war", "been",
  ]
  /// Copulas of a post held now or before ("was CEO of X", "has been chair of Y", "served as"; the graph
  /// keeps no tense, a former post stays out): a role after them is read only with articles, adverbs and role
  /// modifiers between, never one further on ("has been appointed chairman").
  static let pastCopulas: Set<String> = ["was", "war", "been", "as", "als"]
  /// Verbs of serving before "as/als": "served as a director of X", "fungiert als Chef von X".
  static let servingVerbs: Set<String> = ["served", "serves", "serve", "serving", "fungiert", "fungierte", "arbeitet", "arbeitete"]
  /// German verbs before their subject, in inversion: "Seit 2020 ist er Chef von X".
  static let invertedCopulas: Set<String> = ["ist", "war", "wird", "wurde", "bleibt"]
  static let roleCopulas: Set<String> = ["ist", "war", "is", "was", "bleibt", "remains", "been", "as", "als"]
  /// Bodies that appoint for their organisation: "The board of Unilever named …".
  static let governanceNouns: Set<String> = [
    "board", "directors", "aufsichtsrat", "aufsichtsrats", "vorstand", "vorstands", "verwaltungsrat", "verwaltungsrats",
  ]
  /// Copulas of a present post before an organisation's genitive ("is NXP's president", "has been").
  static let presentCopulas: Set<String> = ["is", "ist", "remains", "bleibt", "been"]
  /// Adverbs between such a copula and the genitive ("is also NXP's president").
  static let copulaAdverbs: Set<String> = ["also", "now", "currently", "still", "auch", "jetzt", "derzeit", "nun", "noch"]
  /// What may stand between a copula and the role: articles and adverbs of time.
  static let copulaGapWords: Set<String> = [
    "the", "a", "an", "der", "die", "das", "ein", "eine", "now", "also", "currently", "still", "already", "auch", "jetzt", "derzeit",
    "nun", "bereits", "seit", "since", "noch", "zuletzt", "neuer", "neue", "new", "interim", "interims",
    // A post held before counts as well, as after "was/war" ("Er war zuvor Manager bei X", "was previously a
    // director at X"); only "former"/"ehemalig" keeps a post out.
    "zuvor", "vorher", "bisher", "bislang", "previously",
  ]

  static let determiners: Set<String> = ["the", "a", "an", "its", "their", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem"]

  /// Subject pronouns, in either language.
  static let subjectPronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you", "er", "sie", "es", "wir", "ich"]

  /// What may stand between a verb of leading and its organisation: articles and time adverbs.
  static let leadingGapWords: Set<String> = [
    "the", "der", "die", "das", "den", "dem", "des", "seit", "since", "also", "auch", "bereits", "now", "jetzt", "nun", "künftig",
  ]

  /// The index of the relative pronoun that makes the clause of `subject` an object relative clause: "which",
  /// "den" right before the subject, or German "die/das/den" before the subject's own article ("…, die die
  /// Schwarz Gruppe übernommen hatte"). Nil otherwise.
  func objectRelativeIndex(before subject: Mention, _ t: [Token]) -> Int? {
    if subject.first >= 2, RelationExtractor.objectRelatives.contains(t[subject.first - 1].lowercased) { return subject.first - 1 }
    if subject.first >= 3, ["der", "die", "das"].contains(t[subject.first - 1].lowercased),
      ["die", "das", "den"].contains(t[subject.first - 2].lowercased), t[subject.first - 3].text == ","
    {
      return subject.first - 2
    }
    return nil
  }

  /// Relative pronouns that open a clause with its own subject after them: English "which/that" before a
  /// name, German accusative "den"/"welchen".
  static let objectRelatives: Set<String> = ["which", "that", "whom", "den", "welchen"]

  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "heute", "gestern",
  ]

  static let appositionArticles: Set<String> = ["ein", "eine", "einer", "der", "die", "das", "a", "an", "the"]

  /// The name an apposition at `m` describes: "QTS, eine Blackstone-Tochter" and "Quality Technology
  /// Services (QTS), eine hundertprozentige Blackstone-Tochter" → QTS or its long form.
  /// "IQM-Investoren", "Microsoft-Partner": a compound naming a group around an organisation (`group_nouns.tsv`).
  func isGroupCompound(_ m: Mention) -> Bool {
    m.head.map { lexicon.groupNouns[$0] != nil } ?? false
  }

  private func appositionOwner(of m: Mention, in t: [Token], _ mentions: [Mention]) -> Mention? {
    var k = m.first - 1
    while k >= 0, m.first - k <= 3, t[k].isWord, !t[k].isCapitalized, !RelationExtractor.appositionArticles.contains(t[k].lowercased) {
      k -= 1
    }
    guard k >= 2, RelationExtractor.appositionArticles.contains(t[k].lowercased) else { return nil }
    // A predicate noun says the same of the subject: "Der Anbieter O2 ist eine Telefónica-Tochter", "X is a
    // Google partner" (the subject right before the copula, not inside a prepositional phrase).
    if RelationExtractor.copulas.contains(t[k - 1].lowercased) {
      return mentions.first { $0.last == k - 2 && !$0.isGenitive && !isInPrepositionalPhrase($0, t) }
    }
    guard t[k - 1].text == "," else { return nil }
    let e = k - 2
    if t[e].text == ")", let open = (0..<e).last(where: { t[$0].text == "(" }) {
      return mentions.first { $0.last == open - 1 } ?? mentions.first { $0.last == e - 1 && $0.first > open }
    }
    return mentions.first { $0.last == e }
  }

  /// "Microsofts Azure", "Microsoft Azure", "seine Azure-Plattform" → develops.
  private func possessionStatements(
    _ sentence: Sentence, _ mentions: [Mention], _ context: Context, _ add: Add
  ) {
    let t = sentence.tokens
    for (a, b) in zip(mentions, mentions.dropFirst())
    where a.ref.kind == .organization && b.ref.kind == .project && b.first == a.last + 1 && a.head == nil {
      // "dass Apple Gemini integriert": side by side without a genitive, another maker's product is no
      // product of the name before it.
      if !a.isGenitive, let maker = b.ref.maker, !RelationExtractor.sameFamily(maker, a.ref.name) { continue }
      add(a, b, .develops, nil, nil)
    }
    // "Caterpillar’s latest G3520K generator sets", "Nvidia’s next-generation “Vera Rubin” superchips": a
    // genitive, lower-case modifiers or a quote mark, the product, then up to two lower-case nouns and a
    // product noun (as `EntityRecognizer.possessedProducts` reads them).
    for (a, b) in zip(mentions, mentions.dropFirst())
    where a.isGenitive && !a.isAnaphor && a.ref.kind == .organization && b.ref.kind == .project && a.head == nil
      && b.first > a.last + 1 && b.first - a.last <= 4 && b.last + 1 < t.count
    {
      guard t[(a.last + 1)..<b.first].allSatisfy({ ($0.isWord && !$0.isCapitalized) || $0.is(.quoteMark) }) else { continue }
      // A power plant with its energy words and noun: "ENGIE's new 600-MW Swenson Ranch Solar project" (only
      // modifiers between: not "Meta's deal with the … project").
      if b.ref.subtype == "infrastructure",
        t[(a.last + 1)..<b.first].allSatisfy({ !$0.is(.preposition) && !$0.is(.definiteArticle) && !RelationExtractor.determiners.contains($0.lowercased) })
      {
        var e = b.last + 1
        while e < t.count, lexicon.siteNames.energyWords.contains(t[e].lowercased) { e += 1 }
        if e < t.count, lexicon.siteNames.plantNouns.contains(t[e].text) {
          add(a, b, .develops, nil, nil)
          continue
        }
      }
      var n = b.last + 1
      if t[n].is(.quoteMark), n + 1 < t.count { n += 1 }
      let nouns = n
      while n + 1 < t.count, n - nouns < 2, t[n].isWord, !t[n].isCapitalized, !lexicon.isProductNoun(t[n]), !t[n].is(.preposition) {
        n += 1
      }
      guard t[n].isWord, !t[n].isCapitalized, lexicon.isProductNoun(t[n]) else { continue }
      if let maker = b.ref.maker, !RelationExtractor.sameFamily(maker, a.ref.name) { continue }
      add(a, b, .develops, nil, nil)
    }
    // "Microsofts Cloud-Plattform Azure", "Nvidia's chip GB300": a genitive, a product noun, then the product
    // (not "Nvidias Kunde Stargate").
    for (a, b) in zip(mentions, mentions.dropFirst())
    where a.isGenitive && !a.isAnaphor && a.ref.kind == .organization && b.ref.kind == .project && b.first == a.last + 2
      && a.head == nil && t[a.last + 1].isWord && lexicon.isProductNoun(t[a.last + 1])
    {
      if let maker = b.ref.maker, !RelationExtractor.sameFamily(maker, a.ref.name) { continue }
      add(a, b, .develops, nil, nil)
    }
    // "Googles DeepMind", "Intel's Mobileye." → owns. English genitives also qualify nouns ("OpenAI's
    // Microsoft deal"), so there the owned name must end its phrase.
    for (a, b) in zip(mentions, mentions.dropFirst())
    where a.isGenitive && !a.isAnaphor && a.ref.kind == .organization && b.ref.kind == .organization && b.first == a.last + 1
      && a.head == nil && b.head == nil
    {
      let english = a.surface.hasSuffix("'s") || a.surface.hasSuffix("’s")
      let next = b.last + 1 < t.count ? t[b.last + 1] : nil
      if english, let next, next.isWord, !RelationExtractor.phraseEnders.contains(next.lowercased) { continue }
      add(a, b, .owns, nil, nil)
    }
    for i in t.indices
    where t[i].info.map({ $0.classes.contains(.possessive) }) ?? lexicon.possessives.contains(t[i].lowercased)
      // ("ihre „Industrial AI Cloud“": "ihre/their" only before a quoted name, when no person precedes it.)
      || (i + 1 < t.count && t[i + 1].is(.quoteMark) && ["ihre", "ihren", "ihrem", "ihrer", "their"].contains(t[i].lowercased)
        && !mentions.contains(where: { $0.ref.kind == .person && $0.last < i }))
    {
      // "seine Plattform", "mit seinem Chatbot Le Chat", "Its chatbot Le Chat", "ihre „Industrial AI Cloud“":
      // the project right after the possessive (or its quote mark) or after a product noun (lower-case
      // adjectives before it).
      let quoted = i + 2 < t.count && t[i + 1].is(.quoteMark) && mentions.contains(where: { $0.first == i + 2 && $0.ref.kind == .project })
      var k = quoted ? i + 2 : i + 1
      while k < t.count, k - i <= 3, t[k].isWord, !mentions.contains(where: { $0.first == k }),
        !t[k].isCapitalized || lexicon.isProductNoun(t[k])
      {
        k += 1
      }
      // ("its own C1 modem", "its next-generation MI400 accelerators": lower-case modifiers, the project, and
      // a product noun after it.)
      guard let project = mentions.first(where: { $0.first == k && $0.ref.kind == .project }),
        k == i + 1 || quoted || lexicon.isProductNoun(t[k - 1]) || productNounFollows(project, t)
      else { continue }
      // The organisation before the possessive, or at the sentence's start the previous sentence's company.
      let before = mentions.filter { $0.ref.kind == .organization && $0.last < i }
      // "AMD's future chips and its Helios rack-scale systems": a genitive coordinated right before is the owner.
      let coordinatedGenitive = before.last.flatMap { g in
        g.isGenitive && i - g.last <= 6 && t[(g.last + 1)..<i].contains(where: { ["and", "und", "sowie"].contains($0.lowercased) })
          && !t[(g.last + 1)..<i].contains(where: { $0.is(.clauseBreak) }) ? g : nil
      }
      guard let owner = coordinatedGenitive ?? before.first ?? (i == 0 ? itsCompany(before: 0, t, mentions, context) : nil) else { continue }
      // A product named before its noun ("its own C1 modem") has its owner only when one company in sight can be
      // the subject (not a genitive, a name in a prepositional phrase or a compound's modifier: "Apple, which buys
      // Qualcomm modems, is replacing them with its own C1 modem" is Apple's).
      if k > i + 1, !quoted, !lexicon.isProductNoun(t[k - 1]), coordinatedGenitive == nil {
        let subjects = before.filter {
          !$0.isGenitive && !isInPrepositionalPhrase($0, t) && !isCompoundModifier($0, t, before) && !isInRelativeClause($0, t)
        }
        // (At the sentence's start "Its" is the previous sentence's company: "Its own Oryon chips …".)
        if before.isEmpty, i == 0 {
          add(owner, project, .develops, nil, nil)
          continue
        }
        guard let subject = subjects.first, subjects.allSatisfy({ $0.ref.key == subject.ref.key }) else { continue }
        add(subject, project, .develops, nil, nil)
        continue
      }
      if k > i + 1, let maker = project.ref.maker, !RelationExtractor.sameFamily(maker, owner.ref.name) { continue }
      add(owner, project, .develops, nil, nil)
    }
    // "das Sprachmodell Luminous von Aleph Alpha", "ChatGPT von OpenAI", "einem DGX SuperPOD des
    // US-Chipkonzerns Nvidia": a product and its maker after "von/vom/of/des" (an organisation noun and
    // adjectives may come between).
    for p in mentions where p.ref.kind == .project && p.ref.subtype != "infrastructure" && p.last + 2 < t.count
      && ["von", "vom", "of", "des"].contains(t[p.last + 1].lowercased)
    {
      var j = p.last + 2
      while j < t.count, j - p.last <= 4, t[j].isWord, !mentions.contains(where: { $0.first == j }),
        !t[j].isCapitalized || lexicon.publicBodies.isNationAdjective(t[j]) || t[j].info?.isOrgHeadNoun ?? lexicon.orgHeadNouns.contains(t[j].text)
          || t[j].text.hasSuffix("er")  // "des Essener Konzerns"
      {
        j += 1
      }
      // Its operator or customer is no maker: "der Forschungsreaktor X des Betreibers RWE".
      if (p.last + 2..<j).contains(where: { RelationExtractor.nonMakerNouns.contains(t[$0].lowercased) }) { continue }
      // ("von" alone before the maker; after "des" an organisation noun: "des Konzerns Nvidia", not "des Jahres".)
      guard let maker = mentions.first(where: { $0.first == j && $0.ref.kind == .organization && !$0.isGenitive && !$0.isAnaphor }),
        t[p.last + 1].lowercased != "des" || (p.last + 2..<j).contains(where: { t[$0].info?.isOrgHeadNoun ?? lexicon.orgHeadNouns.contains(t[$0].text) }),
        (p.last + 2..<j).allSatisfy({ !t[$0].is(.preposition) && !t[$0].is(.definiteArticle) || t[$0].lowercased == "des" })
      else { continue }
      if let known = p.ref.maker, !RelationExtractor.sameFamily(known, maker.ref.name) { continue }
      add(maker, p, .develops, nil, nil)
    }
    lazy var subject = mentions.first { $0.ref.kind == .organization && !isInPrepositionalPhrase($0, t) && !$0.isGenitive }
    for (i, token) in t.enumerated() where i + 1 < t.count {
      // "sell its Wolfspeed business", "its Acme unit" → the subject owns the named unit.
      if token.info.map({ $0.classes.contains(.possessive) }) ?? lexicon.possessives.contains(token.lowercased),
        let unit = mentions.first(where: { $0.first == i + 1 && $0.ref.kind == .organization }), unit.last + 1 < t.count,
        isSubsidiaryNoun(t[unit.last + 1]) || t[unit.last + 1].lowercased == "business",
        let owner = subject, owner.last < i
      {
        add(owner, unit, .owns, nil, nil)
      }
      // "seine Wagniskapital-Tochter X", "its subsidiary X" → the subject owns X; "its co-founders A and B"
      // → A and B founded the subject.
      if isAnyPossessive(token)
      {
        var k = i + 1
        while k < t.count - 1, t[k].isWord, !t[k].isCapitalized, !isSubsidiaryNoun(t[k]), roleRelation(of: t[k]) == nil, k - i <= 2 { k += 1 }
        // "appointed its new CEO, Jane Roe", "Its in-house software unit, Cariad,": an apposition after the noun.
        let after = k + 1 < t.count && t[k + 1].text == "," && (roleRelation(of: t[k]) != nil || isSubsidiaryNoun(t[k])) ? k + 2 : k + 1
        guard let named = mentions.first(where: { $0.first == after }) else { continue }
        if isSubsidiaryNoun(t[k]), named.ref.kind == .organization, !isFormer((i + 1)..<k, t),
          let owner = subject.flatMap({ $0.last < i ? $0 : nil }) ?? (i == 0 && t[0].lowercased == "its" ? itsCompany(before: 0, t, mentions, context) : nil),
          owner.ref.key != named.ref.key
        {
          add(owner, named, .owns, nil, nil)
        } else if let relation = roleRelation(of: t[k]), named.ref.kind == .person,
          // Without a subject, the only organisation named before ("die Ankündigung von Salesforce, dass sein
          // Co-CEO Bret Taylor …").
          let owner = subject.flatMap({ $0.last < i ? $0 : nil }) ?? soleOrganisation(before: i, mentions)
        {
          let persons = mentions.filter { $0.ref.kind == .person }
          for p in expand(named, forwardIn: persons, tokens: t) { add(p, owner, relation, t[k].text, nil) }
        }
      }
      // "Amazons Cloud-Sparte AWS", "Bertelsmann's IT services arm Arvato" → the genitive's organisation owns
      // the named unit (English words between may be abbreviations: "IT").
      if isSubsidiaryNoun(token),
        let unit = mentions.first(where: { $0.first == i + 1 && $0.ref.kind == .organization })
      {
        var k = i - 1
        while k >= 0, i - k <= 3, t[k].isWord, !t[k].isCapitalized || (!token.isCapitalized && EntityRecognizer.isAbbreviationWithoutDigit(t[k])), !t[k].is(.definiteArticle) {
          k -= 1
        }
        if k >= 0, let owner = mentions.first(where: { $0.last == k && $0.isGenitive && $0.ref.kind == .organization }) {
          add(owner, unit, .owns, nil, nil)
        }
      }
      // "Die Schwarz-Gruppe, Mutterkonzern der Handelsketten Lidl und Kaufland," "X, the parent of Y and Z" →
      // the name before the apposition owns the names listed after the parent noun.
      if token.text == ",", i + 3 < t.count, let parent = mentions.first(where: { $0.last == i - 1 && $0.ref.kind == .organization && !$0.isGenitive }) {
        var k = i + 1
        if RelationExtractor.determiners.contains(t[k].lowercased) { k += 1 }
        if k + 2 < t.count, RelationExtractor.parentNouns.contains(t[k].lowercased) {
          if t[k + 1].lowercased == "company" { k += 1 }
          let link = k + 1
          if ["der", "des", "von", "of"].contains(t[link].lowercased) {
            let german = t[link].lowercased != "of"
            var j = link + 1
            while j < t.count, j - link <= 3, t[j].isWord, !mentions.contains(where: { $0.first == j }),
              !t[j].isCapitalized || (german && !t[j].is(.preposition)), !t[j].is(.coordinator)
            {
              j += 1
            }
            if let first = mentions.first(where: { $0.first == j && $0.ref.kind == .organization }) {
              // (Not a rival listed with them: "der Handelsketten Lidl und des Konkurrenten Aldi".)
              for owned in expand(first, forwardIn: mentions.filter { $0.ref.kind == .organization }, tokens: t)
              where owned.ref.key != parent.ref.key && !(owned.first >= 1 && t[owned.first - 1].is(.rivalNoun)) {
                add(parent, owned, .owns, nil, nil)
              }
            }
          }
        }
      }
      // "X, der IT-Sparte der Y", "X, a unit of Y", "X – the US subsidiary of Y –" → Y owns X; also after the
      // unit's seat ("die Ionos SE aus Montabaur, einer Tochter des Internetkonzerns United Internet").
      if token.is(.clauseBreak), token.text == "," || Token.isSpacedDash(i, in: t),
        let unit = mentions.first(where: { $0.last == i - 1 && $0.ref.kind == .organization }) ?? unitBeforeSeat(endingAt: i - 1, t, mentions)
      {
        var k = i + 1
        // (Not past a preposition: "Vantage, a customer of the unit of Siemens"; nor a former unit.)
        while k < t.count, t[k].isWord || isSuspendedHyphen(k, t), !isSubsidiaryNoun(t[k]),
          !t[k].is(.preposition) || RelationExtractor.indefiniteArticles.contains(t[k].lowercased), k - i <= 6
        {
          k += 1
        }
        guard k < t.count, k - i <= 6, isSubsidiaryNoun(t[k]), !isFormer((i + 1)..<k, t),
          !t[(i + 1)..<k].contains(where: { RelationExtractor.pastAdverbs.contains($0.lowercased) })  // "X, früher eine Tochter von Y"
        else { continue }
        // "AWS, Amazon's cloud computing arm,": the parent's genitive opens the apposition (not a unit sold:
        // "DB Schenker, Deutsche Bahn's logistics arm, was sold to DSV").
        if let parent = mentions.first(where: { $0.first == i + 1 && $0.isGenitive && $0.ref.kind == .organization && $0.last < k }),
          parent.ref.key != unit.ref.key,
          // (A sale of the unit: a selling word after the apposition, or right before the unit: "sold DB
          // Schenker, …"; not one of another clause: "it sells them partly through T-Systems, …".)
          !t[k...].contains(where: { RelationExtractor.sellingWords.contains($0.lowercased) }),
          !t[max(0, unit.first - 3)..<unit.first].contains(where: {
            RelationExtractor.sellingWords.contains($0.lowercased) || RelationExtractor.saleNouns.contains($0.lowercased)
          }),
          t[(parent.last + 1)..<k].allSatisfy({ $0.isWord && (!$0.isCapitalized || EntityRecognizer.isAbbreviationWithoutDigit($0)) })
        {
          add(parent, unit, .owns, nil, nil)
          continue
        }
        // "Delos Cloud, an SAP subsidiary": the parent's name before the noun, after an article.
        if k - i == 3, RelationExtractor.indefiniteArticles.contains(t[i + 1].lowercased),
          let parent = mentions.first(where: { $0.first == i + 2 && $0.last == k - 1 && $0.ref.kind == .organization && !$0.isGenitive }),
          parent.ref.key != unit.ref.key
        {
          add(parent, unit, .owns, nil, nil)
          continue
        }
        guard k + 2 < t.count, ["der", "des", "von", "of"].contains(t[k + 1].lowercased) else { continue }
        // "of Spanish utility Iberdrola", "des spanischen Versorgers Iberdrola": an organisation noun (after a
        // nationality or lower-case adjectives) before the parent.
        var j = k + 2
        // "a subsidiary of New Orleans-based Entergy Corp.": the parent's seat before it is passed over.
        if let based = (j..<min(j + 3, t.count - 1)).first(where: { EntityRecognizer.isBasedCompound(t[$0]) }),
          (j..<based).allSatisfy({ t[$0].isWord && t[$0].isCapitalized })
        {
          j = based + 1
        }
        let german = ["der", "des", "von"].contains(t[k + 1].lowercased)
        // (German nouns are capitalised, and so are place adjectives: "des Wolfsburger Konzerns Volkswagen".)
        if let head = (j..<min(j + 3, t.count - 1)).first(where: { h in
          (!t[h].isCapitalized || german) && (t[h].info?.isOrgHeadNoun ?? lexicon.orgHeadNouns.contains(t[h].text))
        }), (j..<head).allSatisfy({ w in
          t[w].isWord && (!t[w].isCapitalized || lexicon.publicBodies.isNationAdjective(t[w]) || german && t[w].text.hasSuffix("er"))
        }) {
          // "der Softwaretochter des Volkswagen-Konzerns": the parent's name is the compound's first part.
          j = mentions.contains(where: { $0.first == head && $0.head != nil && $0.ref.kind == .organization }) ? head : head + 1
        }
        guard let parent = mentions.first(where: { $0.first == j && $0.ref.kind == .organization }), parent.ref.key != unit.ref.key else { continue }
        add(parent, unit, .owns, nil, nil)
      }
    }
  }

  /// An organisation followed by its seat, the seat ending at `end`: "die Ionos SE aus Montabaur", "Acme
  /// from Boston", "Acme in München".
  func unitBeforeSeat(endingAt end: Int, _ t: [Token], _ mentions: [Mention]) -> Mention? {
    // (A town the gazetteer does not know is one capitalised word: "aus Montabaur".)
    let start = mentions.first(where: { $0.last == end && $0.ref.kind == .place })?.first
      ?? (end >= 2 && t[end].isCapitalized && t[end].isWord && !mentions.contains(where: { $0.first <= end && end <= $0.last }) ? end : nil)
    guard let start, start >= 2, ["aus", "from", "in"].contains(t[start - 1].lowercased) else { return nil }
    return mentions.first { $0.last == start - 2 && $0.ref.kind == .organization }
  }

  /// First-person pronouns of a quoted speaker.
  static let firstPersonWords: Set<String> = ["wir", "uns", "unser", "unsere", "unseren", "unserem", "we", "us", "our"]
  /// First-person subjects and possessives (no objects): the speaker's company in a quotation.
  static let firstPersonSubjects: Set<String> = ["wir", "unser", "unsere", "unseren", "unserem", "unserer", "we", "our"]
  /// Speakers who talk about a company without belonging to it.
  static let outsiderNouns: Set<String> = ["analyst", "analysts", "analystin", "analysten", "economist", "ökonom", "ökonomin", "professor", "professorin", "researcher"]

  /// Nouns of a product's operator, owner or user, which name no maker after "des/of".
  static let nonMakerNouns: Set<String> = [
    "betreibers", "betreiber", "kunden", "nutzers", "eigentümers", "käufers", "operator", "customer", "user", "owner", "buyer",
    "konkurrent", "konkurrenten", "rivalen", "rivale", "rival", "competitor", "wettbewerber", "wettbewerbers", "partner", "partners",
  ]

  /// Subtypes of projects that are products, not sites (entities.tsv; `EntityRecognizer.productsBesideNouns`).
  static let productSubtypes: Set<String> = ["product", "chip", "model"]

  /// Whether a product noun follows a project within two lower-case words: "C1 modem", "MI400 data
  /// accelerators", "Oryon CPU cores".
  func productNounFollows(_ project: Mention, _ t: [Token]) -> Bool {
    var n = project.last + 1
    while n < t.count, n - project.last <= 3, t[n].isWord {
      if lexicon.isProductNoun(t[n]) { return true }
      guard !t[n].isCapitalized else { return false }
      n += 1
    }
    return false
  }

  /// The one organisation (not a medium) the mentions name before `i`, or nil when they name none or several.
  /// (Not past a person: "Nach dem Treffen mit Siemens sagte Olaf Scholz, sein Berater …".)
  func soleOrganisation(before i: Int, _ mentions: [Mention]) -> Mention? {
    let before = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia && $0.last < i }
    guard let first = before.first, before.allSatisfy({ $0.ref.key == first.ref.key }),
      !mentions.contains(where: { $0.ref.kind == .person && $0.first > before.last!.last && $0.last < i })
    else { return nil }
    return first
  }

  /// Words before an "as" that names or lists: "known as Zoox", "such as", "as well as".
  static let namingBeforeAs: Set<String> = [
    "such", "well", "known", "called", "named", "dubbed", "rebranded", "renamed", "branded", "formerly", "now",
  ]

  /// Whether `m` (after a cue ending at `end`) follows an "as" of a comparison or a role, "on the same terms
  /// as Google", "took over as TVA's president" (not one that names or lists, `namingBeforeAs`: "known as
  /// Zoox", "such as", "as well as"), or "than" ("more than Intel"), or holds what is bought, "the stake in
  /// the plant held by X and Y" (after "held/owned by" in the six words before, with no "in/an" of the
  /// stake's company between: "the stake held by Bosch in Quantica" is in Quantica): then it is no object of
  /// the cue.
  func isComparedOrHolder(_ m: Mention, after end: Int, _ t: [Token]) -> Bool {
    let k = m.first - 1
    guard k >= end, k >= 1 else { return false }
    switch t[k].lowercased {
    case "as": return !RelationExtractor.namingBeforeAs.contains(t[k - 1].lowercased)
    case "than": return true
    default:
      // (The holders may be listed: "held by CIPCO and Corn Belt".)
      guard let by = (max(end + 1, m.first - 6)..<m.first).last(where: { t[$0].lowercased == "by" && ["held", "owned"].contains(t[$0 - 1].lowercased) })
      else { return false }
      return !t[(by + 1)..<m.first].contains { ["in", "an", "am"].contains($0.lowercased) }
    }
  }

  /// Whether two organisation names share their first word ("Amazon", "Amazon Web Services").
  static func sameFamily(_ a: String, _ b: String) -> Bool {
    a.split(separator: " ").first == b.split(separator: " ").first
  }

  /// Auxiliaries and adverbs between an English subject and its verb ("Denso will invest", "X has also
  /// invested").
  static let englishAuxiliaries: Set<String> = [
    "will", "would", "has", "have", "had", "is", "was", "are", "were", "also", "to", "can", "could", "may", "might", "shall",
    "should", "plans", "planned", "agreed", "already",
  ]

  /// Whether a name right before a verb, or before it with English auxiliaries only ("Denso will invest"),
  /// is the verb's English subject rather than the object of a German clause-final verb ("dass Telefónica
  /// E-Plus übernimmt").
  func isEnglishSubject(_ m: Mention, of hit: CueHit, _ t: [Token]) -> Bool {
    let gap = (m.last + 1)..<hit.start
    guard gap.allSatisfy({ RelationExtractor.englishAuxiliaries.contains(t[$0].lowercased) }) else { return false }
    return !gap.isEmpty || !RelationExtractor.isGermanVerbForm(t[hit.start])
  }

  /// A verb form German puts at the end of a clause: "übernimmt", "beteiligt", "investierte", "kaufen",
  /// "erwarb" (umlauts, or a German verb ending), not English "acquired", "buys", "backed".
  static func isGermanVerbForm(_ t: Token) -> Bool { hasUmlautOrEnding(t, ["t", "te", "ten", "en", "erwarb"]) }

  /// A verb form German has and the English cue verbs lack: umlauts, or an ending in "en", "te" or "ten"
  /// ("schlucken", "kaufte"; not "buy", "invest", "acquired").
  static func isGermanInfinitiveOrPast(_ t: Token) -> Bool { hasUmlautOrEnding(t, ["en", "te", "ten"]) }

  private static func hasUmlautOrEnding(_ t: Token, _ endings: [String]) -> Bool {
    let w = t.lowercased
    return w.unicodeScalars.contains { !$0.isASCII } || endings.contains { w.hasSuffix($0) }
  }

  /// Words that set a sentence against the one before: its investor is not the round's.
  static let contrastWords: Set<String> = ["dagegen", "derweil", "hingegen", "indes", "jedoch", "meanwhile", "however", "separately", "whereas"]

  /// Adverbs between a person and "war bei": "X war zuvor bei", "X war bis 2020 bei" (numbers are no adverbs).
  static let postAdverbs: Set<String> = ["war", "ist", "zuvor", "vorher", "bisher", "bislang", "lange", "jahrelang", "auch", "zuletzt", "früher"]

  static let copulas: Set<String> = ["is", "was", "remains", "became", "ist", "war", "bleibt", "wurde"]

  /// A possessive pronoun of either list: "seine", "its" (`possessives.txt`) or "ihre", "their".
  func isAnyPossessive(_ token: Token) -> Bool {
    (token.info.map { $0.classes.contains(.possessive) } ?? lexicon.possessives.contains(token.lowercased)) || token.is(.possessiveForRole)
  }

  static let possessivesForRoles: Set<String> = ["ihre", "ihren", "ihrem", "ihrer", "sein", "ihr", "their"]

  /// The persons a plural role lists from `p` on: `p` and those coordinated with it, up to one with a role of
  /// its own ("…, A und B, sowie Finanzchefin C").
  func listedHolders(after p: Mention, _ t: [Token], _ mentions: [Mention]) -> [Mention] {
    let listed = expand(p, forwardIn: mentions.filter { $0.ref.kind == .person }, tokens: t)
    let end = listed.firstIndex { $0.first != p.first && $0.first >= 1 && roleRelation(of: t[$0.first - 1]) != nil } ?? listed.count
    return Array(listed[..<end])
  }

  /// "co-CEOs", "Co-Chefs": a role word in the plural (its last part with "-s", a role without it).
  func isPluralRole(_ token: Token) -> Bool {
    let last = String(token.parts.last ?? "")
    return last.hasSuffix("s") && lexicon.roles[last] == nil && lexicon.roles[String(last.dropLast())] != nil
  }

  /// Nouns of a parent company in an apposition: "X, Mutterkonzern der Y", "X, the parent of Y".
  static let parentNouns: Set<String> = [
    "mutterkonzern", "muttergesellschaft", "konzernmutter", "mutter", "eigentümer", "eigner", "parent", "owner",
  ]

  /// "Tochter", "Digitalsparte", "Cloud-Einheit", "subsidiary", "unit", "division".
  @inline(__always)
  func isSubsidiaryNoun(_ token: Token) -> Bool {
    if let info = token.info { return info.isSubsidiaryNoun }
    return isSubsidiaryNounUncached(token)
  }

  private func isSubsidiaryNounUncached(_ token: Token) -> Bool {
    guard token.isWord else { return false }
    let word = token.lowercased
    if ["subsidiary", "unit", "division", "arm"].contains(word) { return true }
    // "Investmentarm", "Beteiligungsarm", "Venture-Arm" (not "Alarm", "Serverfarm", "Partnerarm").
    if word.hasSuffix("arm"), word.hasSuffix("-arm") || RelationExtractor.investmentArmEndings.contains(where: { word.hasSuffix($0) }) {
      return true
    }
    return word.withASCIIBytes { ascii in RelationExtractor.subsidiaryEndings.contains { $0.isSuffix(of: word, ascii: ascii) } }
  }

  /// Closed compounds in "-arm" that name an investing unit ("Investmentarm", "Wagniskapitalarm").
  static let investmentArmEndings = ["investmentarm", "beteiligungsarm", "kapitalarm", "venturearm", "finanzierungsarm", "finanzarm"]

  /// Endings of German subsidiary nouns (compared by bytes in ASCII words, with the answers of `hasSuffix`).
  private static let subsidiaryEndings = ["tochter", "tochterfirma", "tochtergesellschaft", "sparte", "einheit"].map(ASCIIAffix.init)

  /// Last parts of German compounds that name a unit or a firm: "Investmentarm", "Beteiligungsgesellschaft".
  static let unitCompoundEndings = ["arm", "arme", "armen", "gesellschaft", "firma", "bank", "fonds", "sparte", "einheit", "tochter"]

  /// English nouns of a unit or firm that a noun cue may qualify: "investment arm", "investment firm".
  /// Nouns of a company's holders written after its name: "Cohere shareholders", "Nvidia investors".
  static let holderNouns: Set<String> = ["shareholders", "stockholders", "investors", "backers", "holders", "owners", "aktionäre", "anteilseigner"]

  /// Nouns of a sale before the unit sold: "the sale of DB Schenker, Deutsche Bahn's logistics arm".
  static let saleNouns: Set<String> = ["sale", "divestment", "disposal", "spin-off", "verkauf", "verkaufs", "abspaltung"]

  static let unitNouns: Set<String> = ["arm", "arms", "unit", "units", "firm", "firms", "bank", "banks", "fund", "funds", "vehicle", "division", "company", "group"]

  /// A closed compound of at least four letters before a unit ending ("Investmentarm"; not "Investment").
  func isUnitCompound(_ t: Token) -> Bool {
    let word = t.lowercased
    return RelationExtractor.unitCompoundEndings.contains { word.count >= $0.count + 4 && word.hasSuffix($0) }
  }

  // MARK: - Cue words

  struct CueHit {
    let cue: RelationCue
    let start: Int
    let end: Int
  }

  func cueHits(in tokens: [Token]) -> [CueHit] {
    var hits: [CueHit] = []
    let cues = lexicon.cueIndex.cues
    for i in tokens.indices {
      // The vocabulary knows which cues' first word matches; the later words are checked here.
      let firstMatching = tokens[i].info?.relationCues
        ?? lexicon.cueIndex.candidateIndices(for: tokens[i]).filter { cues[$0].words[0].matches(tokens[i]) }
      for c in firstMatching {
        let cue = cues[c]
        let n = cue.words.count
        guard i + n <= tokens.count, (1..<n).allSatisfy({ cue.words[$0].matches(tokens[i + $0]) }) else {
          // A German separable verb with its particle at the end of the clause: "steigt X bei Y ein".
          // (Word 0 matches: the candidates are the cues whose first word matches.)
          if n == 2, i + 3 < tokens.count, RelationExtractor.separableParticles.contains(cue.words[1].text), cue.words[0].matches(tokens[i]),
            let p = ((i + 2)..<min(i + 14, tokens.count)).first(where: { tokens[$0].lowercased == cue.words[1].text }),
            p + 1 == tokens.count || !tokens[p + 1].isWord,
            !tokens[(i + 1)..<p].contains(where: { $0.is(.clauseBreak) })
          {
            hits.append(CueHit(cue: cue, start: i, end: i + 1))
          } else if n == 2, i + 2 < tokens.count, RelationExtractor.gapPrepositions.contains(cue.words[1].text),
            cue.words[0].matches(tokens[i]), RelationExtractor.isVerbForm(tokens[i]),
            let p = ((i + 2)..<min(i + 5, tokens.count)).first(where: { cue.words[1].matches(tokens[$0]) }),
            tokens[(i + 1)..<p].allSatisfy({
              $0.isWord && (!$0.isCapitalized || $0.text.first?.isNumber == true || $0.info?.isCommonNoun == true || RelationExtractor.isShortCapitals($0))
            })
          {
            // Adverbs between a verb and its preposition: "arbeitet bereits 15 Jahre für SAP", "worked
            // for years for X" (lower-case words, numbers and common nouns, at most three).
            hits.append(CueHit(cue: cue, start: i, end: p + 1))
          }
          continue
        }
        hits.append(CueHit(cue: cue, start: i, end: i + n))
      }
    }
    // A longer cue wins over one inside it ("investors including" over "investors"), but not over a passive
    // noun, which needs its "durch/by" anyway: "die Übernahme des Krebsspezialisten X durch Y".
    return hits.filter { h in
      h.cue.shape == .passive || !hits.contains { $0.start <= h.start && h.end <= $0.end && $0.end - $0.start > h.end - h.start }
    }
  }

  private func cueStatements(
    _ sentence: Sentence, _ mentions: [Mention], _ context: Context, _ hits: [CueHit], powerDeal: Bool, _ add: Add
  ) {
    let t = sentence.tokens
    func isRegular(_ m: Mention) -> Bool { !m.ref.needsRelation || m.ref.kind == .place }
    let regular = mentions.allSatisfy(isRegular) ? mentions : mentions.filter(isRegular)
    for hit in hits {
      let relation = hit.cue.relation
      let kinds = relation.argumentKinds
      // A cue inside a mention's own compound ("Microsoft-Investor") is handled by compound heads.
      if regular.contains(where: { $0.first <= hit.start && hit.start <= $0.last }) { continue }
      // "baut … Stellen ab", "baut … Vertrauen auf": the particle that closes the clause makes "bauen" cut or
      // build up, not build.
      if relation == .buildsIn, t[hit.start].lowercased.hasPrefix("bau"), undoesBuilding(from: hit.end, t) { continue }
      // A title is no act: "chief investment officer", "Chief Investment Officer".
      if relation == .investsIn, hit.start > 0, t[hit.start - 1].lowercased == "chief" { continue }
      // "poured $13 billion into OpenAI", "pumpt Milliarden in": money must be named ("poured cold water on").
      if relation == .investsIn, RelationExtractor.pouringCues.contains(t[hit.start].lowercased),
        !t.contains(where: { RelationExtractor.currencyWords.contains($0.lowercased) || RelationExtractor.moneyNouns.contains($0.lowercased) })
      {
        continue
      }
      // "kaufen sich … ein": buying into something (`einkaufen`), no company bought.
      if relation == .acquires, hit.end < t.count, t[hit.end].lowercased == "sich" { continue }
      // "OpenAI's largest investor is Microsoft": a noun owned by a genitive, before a copula, names the
      // genitive's investor, shareholder or customer (`possessedRoleStatements`), not one of the genitive's.
      if hit.end == hit.start + 1, hit.end < t.count, RelationExtractor.copulas.contains(t[hit.end].lowercased), groupNoun(t[hit.start]) != nil,
        let g = regular.last(where: { $0.last < hit.start && $0.last >= hit.start - 3 }), g.isGenitive,
        t[(g.last + 1)..<hit.start].allSatisfy({ $0.isWord && !$0.isCapitalized })
      {
        continue
      }
      // "Cognigy, 2016 gegründet, hat …", "Acme, founded in 2016, makes …": a participle between commas that
      // names nobody describes the name before it; its founders are not told.
      if relation == .founded, ["gegründet", "founded"].contains(t[hit.start].lowercased), hit.end < t.count, t[hit.end].text == ",",
        let comma = (max(0, hit.start - 5)..<hit.start).last(where: { t[$0].text == "," }),
        regular.contains(where: { $0.last == comma - 1 && $0.ref.kind == .organization }),
        !regular.contains(where: { $0.first > comma && $0.last < hit.end }),
        !t[(comma + 1)..<hit.start].contains(where: { ["von", "by", "vom"].contains($0.lowercased) })
      {
        continue
      }
      // A compound that names a unit or a firm ("Investmentarm", "Beteiligungsgesellschaft", "Investmentbank")
      // is no act: "dem Investmentarm von Salesforce" invests in nobody.
      if hit.end == hit.start + 1, t[hit.start].isCapitalized, isUnitCompound(t[hit.start]) { continue }
      // … and so does an English noun cue before a unit noun: "the investment arm of Intel".
      if hit.end == hit.start + 1, hit.end < t.count, !isVerb(hit, t), RelationExtractor.unitNouns.contains(t[hit.end].lowercased) { continue }
      // A cue inside a quotation takes its names from the quotation; a first-person subject there is the
      // speaker's company, named after it ('"We are buying Wiz," Alphabet chief executive X said').
      // (Not for partners and rivals: "our cooperation with X," says the speaker of company Y, who pairs with X.)
      let quote = [.partnersWith, .competesWith, .associatedWith].contains(relation) ? nil : quotation(around: hit, t)
      var sources = regular.filter { m in kinds.source.contains(m.ref.kind) && quote.map { $0.contains(m.first) } ?? true }
      let targets = regular.filter { m in kinds.target.contains(m.ref.kind) && quote.map { $0.contains(m.first) } ?? true }
      if let q = quote, kinds.source.contains(.organization), !sources.contains(where: { $0.last < hit.start }),
        let we = (q.lowerBound..<hit.start).last(where: { RelationExtractor.firstPersonSubjects.contains(t[$0].lowercased) }),
        let speaker = regular.first(where: { $0.ref.kind == .organization && $0.first >= q.upperBound && $0.first <= q.upperBound + 9 }),
        // (Not an outsider's: "said Jane Roe, an analyst at Goldman Sachs".)
        !t[q.upperBound..<speaker.first].contains(where: { RelationExtractor.outsiderNouns.contains($0.lowercased) })
      {
        sources.insert(implicit(speaker.ref, at: we), at: 0)
      }
      // "manufactures parts for Ford and GM": a verb with its "for" names the customer after it and the
      // maker before it; without a maker before it ("The supplier …"), nobody supplies.
      if hit.cue.shape == .forward, hit.end - hit.start >= 2, let last = hit.cue.words.last?.text, ["for", "für"].contains(last),
        relation == .supplies, !sources.contains(where: { $0.last < hit.start })
      {
        continue
      }
      switch hit.cue.shape {
      case .forward:
        var relation = relation
        // "tritt gegen die Salesforce-Tochter MuleSoft und gegen Informatica an": stepping up against companies is
        // rivalry with each (not with a compound's first part), not joining.
        if relation == .memberOf, ["tritt", "trat", "treten", "traten"].contains(t[hit.start].lowercased),
          let gegen = (hit.end..<min(hit.end + 6, t.count)).first(where: { t[$0].lowercased == "gegen" }),
          inSameClause(hit.end, gegen, t)
        {
          let clauseEnd = ((gegen + 1)..<t.count).first(where: { t[$0].is(.clauseBreak) && t[$0].text != "," }) ?? t.count
          // (The subject before the verb or, inverted, between it and "gegen": "Dort tritt IBM gegen …".)
          if let subject = regular.last(where: { $0.ref.kind == .organization && $0.last < hit.start && inSameClause($0.last + 1, hit.start, t) })
            ?? regular.first(where: { $0.ref.kind == .organization && $0.first >= hit.end && $0.last < gegen })
          {
            for rival in regular where rival.ref.kind == .organization && rival.first > gegen && rival.first < clauseEnd && rival.head == nil
              && rival.ref.key != subject.ref.key
            {
              add(subject, rival, .competesWith, nil, hit.start)
            }
          }
          continue
        }
        // A noun cue that is the head of an apposition names the agent itself: "der Frühphasen-Investor
        // Earlybird" says what Earlybird is, not in whom it invests.
        // (Also inflected: "des bestehenden Investors General Catalyst".)
        if hit.end == hit.start + 1, !isVerb(hit, t),
          lexicon.orgHeadNouns.contains(String(t[hit.start].parts.last ?? "")) || lexicon.orgHeadNouns.contains(t[hit.start].text)
            || (t[hit.start].isCapitalized && t[hit.start].info?.isOrgHeadNoun == true),
          hit.end < t.count, regular.contains(where: { $0.first == hit.end })
        {
          continue
        }
        // The participle first: "Ebenfalls beteiligt waren A, B und C" (in the company named with "an",
        // else in the company raising money).
        let isStakeCue = t[hit.start].lowercased.hasPrefix("beteilig")
        if relation == .investsIn || isStakeCue,
          let holders = postposedHolders(hit, t, sources: sources)
        {
          let lastHolder = holders.map(\.last).max()!
          let named = targets.first {
            $0.first > lastHolder && (max(lastHolder + 1, $0.first - 3)..<$0.first).contains(where: { ["an", "am", "in"].contains(t[$0].lowercased) })
              && inSameClause(lastHolder, $0.first, t, commas: false)
          }
          if let object = named ?? context.fundingReceiver.map({ r in mentions.first(where: { $0.ref.key == r.key }) ?? implicit(r, at: hit.start) }) {
            for holder in holders where holder.ref.key != object.ref.key { add(holder, object, .investsIn, nil, hit.start) }
          }
          continue
        }
        // "die beteiligten Unternehmen", "alle Beteiligten": the participle as an adjective or noun takes no stake.
        if hit.start > 0, ["beteiligte", "beteiligten", "beteiligter"].contains(t[hit.start].lowercased),
          t[hit.start].isCapitalized || RelationExtractor.determiners.contains(t[hit.start - 1].lowercased)
            || ["alle", "all"].contains(t[hit.start - 1].lowercased)
        {
          continue
        }
        // A stake is taken in the name after "an", not in one a debate is about: "beteiligte sich an der
        // Diskussion über die Orbis GmbH".
        if isStakeCue, let an = (hit.end..<t.count).first(where: { ["an", "am"].contains(t[$0].lowercased) }),
          let object = targets.first(where: { $0.first > an }),
          t[(an + 1)..<object.first].contains(where: { RelationExtractor.topicPrepositions.contains($0.lowercased) })
        {
          continue
        }
        // The company first: "An der Berliner Firma haben sich A und B beteiligt".
        if isStakeCue {
          if let stake = frontedStakeArguments(hit, t, sources: sources, targets: targets) {
            for holder in stake.holders { add(holder, stake.object, relation, nil, hit.start) }
            continue
          }
          // "An der Studie des Fraunhofer-Instituts haben sich SAP und Bosch beteiligt": a fronted object that
          // is no name; the names after it are no source and target of each other.
          if opensWithAnPhrase(hit, t) { continue }
        }
        // An attributive participle with its agent: "dem von Microsoft unterstützten OpenAI", "die von
        // SoftBank finanzierte Firma X".
        if let agents = attributiveAgents(hit, t, sources) {
          if let object = targets.first(where: { o in o.first >= hit.end && o.first <= hit.end + 2 && !agents.contains { $0.ref.key == o.ref.key } }) {
            for a in agents where a.ref.key != object.ref.key { add(a, object, relation, nil, hit.start) }
          }
          continue
        }
        // Without its agent an inflected participle only describes: "das 2019 gegründete Aleph Alpha galt
        // neben Mistral …" names no founder.
        // (Before its noun: a past tense such as "genehmigte den Kauf" stands before an article.)
        if hit.end == hit.start + 1, t[hit.start].is(.inflectedParticipleForm), t[hit.start].lowercased.hasPrefix("ge"),
          hit.end < t.count, t[hit.end].isWord, t[hit.end].isCapitalized
        {
          continue
        }
        // An object relative clause: "Mobileye, which Intel bought in 2017, competes with Nvidia", "Kuka, den
        // Midea übernahm, …": the clause's subject acts on the antecedent; names after the clause do not
        // belong to the cue.
        // (German "die"/"das" as the object only before the subject's own article: "XM Cyber, die die Schwarz
        // Gruppe 2021 übernommen hatte".)
        if isVerb(hit, t), let subject = sources.last(where: { $0.last < hit.start && inSameClause($0.last + 1, hit.start, t) }),
          let relative = objectRelativeIndex(before: subject, t),
          let antecedent = targets.last(where: { $0.last < relative && $0.last >= relative - 2 }),
          (antecedent.last + 1..<relative).allSatisfy({ t[$0].text == "," }), antecedent.ref.key != subject.ref.key
        {
          add(subject, antecedent, relation, nil, hit.start)
          continue
        }
        // "raised $6.6 billion with Microsoft and Nvidia both investing": the names after "with" invest in the
        // subject of the clause the phrase belongs to.
        if relation == .investsIn, isVerb(hit, t), t[hit.start].lowercased.hasSuffix("ing"),
          let last = sources.last(where: { $0.last < hit.start }),
          t[(last.last + 1)..<hit.start].allSatisfy({ ["both", "all", "also"].contains($0.lowercased) })
        {
          let agents = expand(last, backwardIn: sources, tokens: t)
          let opener = agents.map(\.first).min()! - 1
          if opener >= 1, ["with", "mit"].contains(t[opener].lowercased),
            let receiver = targets.first(where: { $0.last < opener && !$0.isGenitive && !isInPrepositionalPhrase($0, t) })
          {
            for a in agents where a.ref.key != receiver.ref.key { add(a, receiver, relation, nil, hit.start) }
            continue
          }
        }
        // An investment for someone is made on their behalf: "manages the global investments for the Canada
        // Pension Plan Fund".
        if relation == .investsIn, !isVerb(hit, t), hit.end < t.count, ["for", "für"].contains(t[hit.end].lowercased) { continue }
        // A power purchase agreement buys electricity, not the company: "signed a power purchase agreement
        // (PPA) with Talen Energy".
        if relation == .acquires, hit.start > 0, hit.end < t.count, ["agreement", "agreements"].contains(t[hit.end].lowercased),
          ["power", "energy", "electricity"].contains(t[hit.start - 1].lowercased)
        {
          continue
        }
        // "X invested, as did Y": Y is a second subject of the same verb, not its object.
        if relation == .investsIn, isVerb(hit, t), let first = targets.first(where: { $0.first >= hit.end }), first.first >= hit.end + 2,
          ["as", "so"].contains(t[first.first - 2].lowercased), ["did", "does", "has", "have", "had"].contains(t[first.first - 1].lowercased)
        {
          if let receiver = context.fundingReceiver, let subject = sources.last(where: { $0.last < hit.start && $0.ref.key != receiver.key }),
            first.ref.key != receiver.key
          {
            let target = mentions.first(where: { $0.ref.key == receiver.key }) ?? implicit(receiver, at: hit.start)
            add(subject, target, relation, nil, hit.start)
            add(first, target, relation, nil, hit.start)
          }
          continue
        }
        // "new investors A and B": names right after a plural group noun are its members (the group rule).
        // "raised €600 million from investors, including A and B": the plural noun names the investors after it,
        // which the round and list rules read; the subject invests in none of them. So does "X's investors
        // include A and B" (the group rule reads it).
        if relation == .investsIn, hit.end == hit.start + 1, RelationExtractor.investorNouns.contains(t[hit.start].lowercased),
          hit.end + 1 < t.count,
          t[hit.end..<min(hit.end + 3, t.count)].contains(where: {
            RelationExtractor.listOpeners.contains($0.lowercased) || RelationExtractor.includeVerbs.contains($0.lowercased)
              || RelationExtractor.leadingCues.contains($0.lowercased)  // "from investors led by General Catalyst"
          })
        {
          continue
        }
        if hit.end == hit.start + 1, isPluralGroupNoun(t[hit.start]),
          regular.contains(where: { $0.first == hit.end && $0.ref.kind == .organization })
        {
          continue
        }
        // A noun cue names its agent with a preposition: "an investment from X", "Finanzierungsrunde mit X".
        if let agent = nounCueAgent(hit, t, sources) {
          let agents = expand(agent, forwardIn: sources, tokens: t)
          let afterAgents = agents.map(\.last).max()! + 1
          let object = targets.first {
            $0.first > afterAgents && $0.first <= afterAgents + 3 && inSameClause(afterAgents, $0.first, t)
              && t[afterAgents..<$0.first].contains { ["in", "into", "an", "am", "bei", "beim"].contains($0.lowercased) }
          } ?? targets.last { $0.last < hit.start && !agents.map(\.ref.key).contains($0.ref.key) }
          if let object { for a in agents { add(a, object, relation, nil, hit.start) } }
          continue
        }
        // A noun cue whose possessor is no name ("the e-commerce giant's biggest investment") has an
        // unknown agent.
        if !isVerb(hit, t), let owner = (max(0, hit.start - 3)..<hit.start).last(where: { t[$0].lowercased.hasSuffix("'s") }),
          t[(owner + 1)..<hit.start].allSatisfy({ $0.isWord && !$0.isCapitalized }),
          !regular.contains(where: { $0.first <= owner && owner <= $0.last })
        {
          continue
        }
        // "used" is a verb after its subject or "has/had": not "the widely used X", "software used by".
        if relation == .uses, t[hit.start].lowercased == "used", hit.end == hit.start + 1 {
          var b = hit.start - 1
          while b > 0, ["already", "also", "previously", "long", "successfully"].contains(t[b].lowercased) { b -= 1 }
          guard b >= 0, ["has", "have", "had"].contains(t[b].lowercased) || sources.contains(where: { $0.last == b }) else { continue }
        }
        // "die Investitionen des Konzerns (in X)", "die Investition der Telekom in X": the genitive after an
        // investment noun is the investor; what it goes into follows "in" ("die Beteiligung der Telekom an X": "an").
        // (Act nouns only: "Investor/Anteilseigner der Telekom" names the investee.)
        if relation == .investsIn, !isVerb(hit, t), hit.end + 1 < t.count, ["des", "der"].contains(t[hit.end].lowercased),
          ["investition", "investment", "beteiligung", "einstieg"].contains(where: { t[hit.start].lowercased.hasPrefix($0) }),
          let investor = sources.first(where: { $0.first > hit.end && $0.first <= hit.end + 3 && inSameClause(hit.end, $0.first, t) }),
          t[(hit.end + 1)..<investor.first].allSatisfy({ $0.isWord && !$0.is(.preposition) })
        {
          if investor.last + 2 < t.count, ["in", "ins", "an", "am"].contains(t[investor.last + 1].lowercased),
            let object = targets.first(where: { $0.first > investor.last + 1 && $0.first <= investor.last + 4 }), object.ref.key != investor.ref.key
          {
            for o in expand(object, forwardIn: targets, tokens: t) { add(investor, o, relation, nil, hit.start) }
          }
          continue
        }
        var src = sources.last { $0.last < hit.start }.map { expand($0, backwardIn: sources, tokens: t) } ?? []
        // "Die Schwarz-Gruppe, Mutterkonzern von Lidl und Kaufland, übernimmt …": the names between the
        // sentence's subject and its verb are in an apposition or relative clause; the subject acts.
        if let subject = subjectBeforeInterruption(hit, t, sources) { src = expand(subject, backwardIn: sources, tokens: t) }
        // (Not past a semicolon, nor past a colon that opens a clause of its own: "… wird großzügig
        // unterstützt: So erhält die Smart Power Fab …"; a list right after a colon is the cue's: "Investoren
        // sind: A, B".)
        // (A name compared with, "on the same terms as Google", or holding what is bought, "the stake in the
        // plant held by X", is no object either.)
        var tgt = targets.first { m in
          m.first >= hit.end && !(hit.end..<m.first).contains { t[$0].text == ";" || (t[$0].text == ":" && m.first > $0 + 2) }
            && !isComparedOrHolder(m, after: hit.end, t)
        }.map { expand($0, forwardIn: targets, tokens: t) } ?? []
        // "… for computing resources and hiring, Kon said": the speaker is not hired.
        tgt.removeAll { RelationExtractor.isTrailingSpeaker($0, t) }
        // A verb with an object of its own, a noun phrase without a name, takes no name past the clause's end:
        // "SAP kontrolliert den Zugang, Microsoft liefert die Software". (Not supplying: the goods are its
        // object and the customer is often the next clause's subject, "Nvidia liefert die Chips, die Telekom
        // stellt das Gebäude".)
        // (The name must open the next clause as its subject: right after the break, or after an article, and
        // before a lower-case word; not "acquired a Dallas, Texas-based data center from Bosch".)
        if isVerb(hit, t), relation != .supplies, opensObject(after: hit, t, mentions), let first = tgt.first,
          let b = (hit.end..<first.first).last(where: { t[$0].is(.clauseBreak) }),
          first.first == b + 1 || (first.first == b + 2 && t[b + 1].is(.definiteArticle)),
          first.last + 1 < t.count, t[first.last + 1].isWord, !t[first.last + 1].isCapitalized
        {
          tgt = []
        }
        // "Die Telekom steigt gemeinsam mit dem Chipkonzern Nvidia in das Geschäft ein": a name after
        // "gemeinsam/zusammen mit", "together with" acts with the subject; it is no object of the verb.
        if relation != .founded, tgt.contains(where: { isJointAgent($0, t) }) {
          tgt.removeAll { isJointAgent($0, t) }
          if tgt.isEmpty { continue }
        }
        // A noun cue's object stands before the next verb cue: in "the biggest acquisition in history after
        // Microsoft bought LinkedIn" LinkedIn is the object of "bought".
        if !isVerb(hit, t), let first = tgt.first, hits.contains(where: { $0.start >= hit.end && $0.start < first.first && isVerb($0, t) }) {
          tgt = []
        }
        // A group of an organisation is not the organisation: in "Alle bisherigen IQM-Investoren haben sich
        // beteiligt, wie etwa A und B" the investors act, not IQM; the names the cue then lists are members of
        // the group when the group's relation is the cue's.
        if let group = src.last(where: isGroupCompound) {
          src.removeAll(where: isGroupCompound)
          if src.isEmpty, let noun = lexicon.groupNouns[group.head!], noun.relation == relation, !tgt.isEmpty {
            let members = targets.filter { $0.first >= hit.end && !$0.isGenitive && inSameClause(hit.end, $0.first, t, commas: false) }
            for m in members where m.ref.key != group.ref.key {
              if noun.ownerIsSource { add(group, m, relation, nil, hit.start) } else { add(m, group, relation, nil, hit.start) }
            }
            continue
          }
        }
        // A German subordinate clause ends in its verb: in "wonach Telefónica E-Plus übernimmt und KPN …" the
        // subject and the object both stand before the verb, and the name after "und" opens another clause.
        if let (subject, objects) = subordinateClauseArguments(hit, t, sources: sources, targets: targets) {
          for g in objects { add(subject, g, relation, nil, hit.start) }
          continue
        }
        // Names after a verb that closes a subordinate clause are no objects of it: "weil Silex den Standort
        // übernehmen wollte – eine Tochter der Firma X".
        if let k = closedSubordinateClause(hit, t),
          targets.filter({ $0.first > k && $0.last < hit.start }).dropFirst().isEmpty  // (the first is the subject)
        {
          continue
        }
        // A fronted noun cue with its subject after a copula or as an apposition: "Hauptaktionär von X ist die
        // Y-Gruppe", "The largest shareholder of X, Y, sold".
        if src.isEmpty, !isVerb(hit, t), hit.start <= 1, let target = tgt.first, target.first <= hit.end + 1 {
          let copula = ((target.last + 1)..<min(target.last + 3, t.count)).first(where: {
            ["ist", "is", "war", "was", "bleibt", "remains"].contains(t[$0].lowercased)
          })
          let subject = copula.flatMap { c in sources.first(where: { $0.first > c && $0.first <= c + 4 && $0.ref.key != target.ref.key }) }
          let apposition = target.last + 2 < t.count && t[target.last + 1].text == ","
            ? sources.first(where: { m in
              m.first == target.last + 2 && m.last + 1 < t.count && t[m.last + 1].text == "," && m.ref.key != target.ref.key
            }) : nil
          if let s = subject ?? apposition {
            src = [s]
            tgt = [target]
          }
        }
        // "backing a plan by Apple", "backs Arm's plan": backing invests only in the name right after it.
        if relation == .investsIn, t[hit.start].lowercased.hasPrefix("back"), hit.end < t.count, t[hit.end].lowercased != "by",
          let first = tgt.first, first.isGenitive || t[hit.end..<first.first].contains(where: { $0.is(.preposition) })
        {
          continue
        }
        // "steckt 100 Millionen Euro in X": the money goes into the name after "in" ("Hinter X steckt Y" is
        // no investment: `behindStatements`).
        if t[hit.start].lowercased.hasPrefix("steck") {
          guard let k = (hit.end..<t.count).first(where: { ["in", "ins"].contains(t[$0].lowercased) }), inSameClause(hit.end, k, t),
            let object = targets.first(where: { $0.first > k && $0.first <= k + 4 })
          else { continue }
          tgt = expand(object, forwardIn: targets, tokens: t)
        }
        // Founding something with a partner: "Equinix gründet ein Joint Venture mit GIC und CPP", "X founded a
        // company with Y": the names after "mit/with" are partners, not what is founded.
        if relation == .founded, let first = tgt.first, ["mit", "with"].contains(governingPreposition(first, t) ?? "") {
          if let subject = src.last, subject.ref.kind == .organization {
            for partner in tgt where partner.ref.kind == .organization { add(subject, partner, .partnersWith, nil, hit.start) }
          }
          continue
        }
        // A name the lexicon does not know, bought from a seller: "kauft Dotmatics von Insight Partners" (the name
        // after "von" sells; not shares, "kaufte Aktien von SAP", nor assets, "buy 29 datacenters from Verizon",
        // read below; a noun cue's "von" names what is bought: "die Übernahme von X").
        if relation == .acquires, isVerb(hit, t), let first = tgt.first, first.first >= hit.end + 2, first.first <= hit.end + 4,
          ["von", "vom", "from"].contains(t[first.first - 1].lowercased),
          t[hit.end..<(first.first - 1)].allSatisfy({ $0.isWord && $0.isCapitalized && !RelationExtractor.shareWords.contains($0.lowercased) })
        {
          tgt = []
        }
        // Goods bought from a maker: "kauft weniger Elektroautos von Tesla" buys no Tesla (a German noun or a
        // lower-case word before "von"; "kauft Dotmatics von Insight Partners" is read above).
        if relation == .acquires, isVerb(hit, t), let first = tgt.first, first.first >= hit.end + 2,
          ["von", "vom"].contains(t[first.first - 1].lowercased),
          t[hit.end..<(first.first - 1)].contains(where: {
            $0.isWord && ($0.info?.isCommonNoun ?? lexicon.germanCommonNouns.contains($0.text))
              && !RelationExtractor.shareWords.contains($0.lowercased) && !RelationExtractor.allSharesWords.contains($0.lowercased)
          }),
          !t[hit.end..<(first.first - 1)].contains(where: { w in
            ["anteil", "aktie", "geschäft", "mehrheit", "rest", "kontrolle", "firma", "unternehmen"].contains { w.lowercased.hasPrefix($0) }
          })
        {
          tgt = []
        }
        // Goods bought from a seller: "kauft Batteriezellen bei CATL" buys no CATL.
        if relation == .acquires, let first = tgt.first, ["bei", "beim"].contains(governingPreposition(first, t) ?? "") {
          tgt = []
        }
        // Buying a maker's goods buys no company: "buying Huawei equipment", "kauft Nvidia-Chips"
        // (`equipmentStatements` reads the supply).
        if relation == .acquires, let first = tgt.first,
          (first.last + 1 < t.count && lexicon.supplyNouns.contains(t[first.last + 1].lowercased))
            || (first.head.map { lexicon.supplyNouns.contains($0.lowercased()) } ?? false)
        {
          continue
        }
        // "buy now, pay later": the name of a kind of loan.
        if relation == .acquires, hit.end < t.count, t[hit.end - 1].lowercased == "buy", t[hit.end].lowercased == "now" { continue }
        // Buying a company's unit buys no company: "acquire Walmart's Advanced Systems and Robotics business",
        // "kauft IBMs PC-Geschäft", "übernimmt das Ethernet-Geschäft von Marvell", "the PC business of IBM" (a
        // unit the lexicon names is a target of its own).
        if relation == .acquires, let first = tgt.first, first.ref.kind == .organization,
          (first.isGenitive
            && ((first.last + 1)..<min(t.count, first.last + 7)).first(where: { isCarvedOutUnit(t[$0]) }).map { unit in
              t[(first.last + 1)..<unit].allSatisfy({ $0.isWord && !$0.is(.preposition) && $0.lowercased != "to" })
                && !targets.contains(where: { $0.first > first.last && $0.first < unit })
            } ?? false)
            || (first.first >= hit.end + 2 && ["von", "vom", "of"].contains(t[first.first - 1].lowercased) && isCarvedOutUnit(t[first.first - 2])
              && t[hit.end..<(first.first - 1)].allSatisfy({ $0.isWord }))
        {
          tgt.removeFirst()
          if tgt.isEmpty { continue }
        }
        // The holder of the shares bought is no target: "erwirbt sämtliche Anteile, die X an Y hält" buys into Y.
        // (The holder may be described: "…, die der Technologiekonzern Bosch … an Y hält".)
        if relation == .acquires || relation == .investsIn, let holder = tgt.first, holder.first >= 2,
          let pronoun = (max(1, holder.first - 4)..<holder.first).first(where: {
            ["die", "den", "which", "that"].contains(t[$0].lowercased) && t[$0 - 1].text == ","
          }),
          pronoun + 1 == holder.first || isDescribedObject(holder, from: pronoun + 1, t),
          t[hit.end..<holder.first].contains(where: { RelationExtractor.stakeWords.contains($0.lowercased) }),
          let an = ((holder.last + 1)..<min(holder.last + 3, t.count)).first(where: { ["an", "am", "in"].contains(t[$0].lowercased) }),
          let object = targets.first(where: { $0.first > an && $0.first <= an + 3 })
        {
          for buyer in src { add(buyer, object, .investsIn, nil, hit.start) }
          continue
        }
        // A seller is no target: "übernimmt von X die Anteile an Y", "buys from X its stake in Y".
        if relation == .acquires || relation == .investsIn, let seller = tgt.first, seller.first > 0,
          ["von", "vom", "from"].contains(t[seller.first - 1].lowercased),
          let object = targets.first(where: { $0.first > seller.last && inSameClause(seller.last + 1, $0.first, t) })
        {
          if t[hit.end..<object.first].contains(where: { $0.lowercased.hasPrefix("anteil") || ["stake", "shares"].contains($0.lowercased) }) {
            relation = .investsIn
          }
          tgt = expand(object, forwardIn: targets, tokens: t)
        }
        // "buy the stake in the provider from a consortium of investors including X": X sells. But buying
        // assets from a named company acquires them from it: "buy 29 datacenters from Verizon".
        if relation == .acquires || relation == .investsIn, let first = tgt.first,
          let from = (hit.end..<first.first).last(where: { t[$0].lowercased == "from" })
        {
          // Only built assets or a business: "buy chips from Samsung" buys goods, not the company.
          // Places may qualify the asset: "a Dallas, Texas-based data center from X".
          let inPlace = Set(mentions.filter { $0.ref.kind == .place }.flatMap { Array($0.first...$0.last) })
          let assets = relation == .acquires && from + 1 == first.first
            && !(hit.end..<from).contains { k in
              RelationExtractor.shareWords.contains(t[k].lowercased)
                || ((t[k].isCapitalized || t[k].text == ",") && !inPlace.contains(k) && !(t[k].text == "," && inPlace.contains(k - 1)))
            }
            && t[hit.end..<from].contains {
              $0.siteKind(in: lexicon) == .facility || ["business", "assets", "unit", "division", "portfolio"].contains($0.lowercased)
            }
          tgt = assets ? [first] : []
        }
        // "the acquisition of a stake in X", "der Erwerb einer Beteiligung an X": a stake, not the company.
        if relation == .acquires, let first = tgt.first, first.first > hit.end,
          t[hit.end..<first.first].contains(where: { ["stake", "stakes", "beteiligung", "minderheitsbeteiligung"].contains($0.lowercased) || $0.lowercased.hasPrefix("anteil") })
        {
          relation = .investsIn
        }
        // Buying shares in a company is investing in it: "bought shares in SAP", "kaufte Aktien von SAP",
        // "kaufte SAP-Aktien" (not "all outstanding shares of X": that is the company), "buy Intel's common
        // stock".
        if relation == .acquires, let first = tgt.first {
          let sharesBefore = first.first >= hit.end
            && !t[hit.end..<first.first].contains(where: { RelationExtractor.allSharesWords.contains($0.lowercased) })
            && (t[hit.end..<first.first].contains(where: { RelationExtractor.shareWords.contains($0.lowercased) })
              || (first.head.map { RelationExtractor.shareWords.contains($0.lowercased()) } ?? false)
              || (first.first == first.last && t[first.first].isHyphenated
                && RelationExtractor.shareWords.contains(String(t[first.first].parts.last ?? "").lowercased())))
          let sharesAfterPossessor = tgt.count == 1 && first.isGenitive
            && t[(first.last + 1)..<min(first.last + 4, t.count)].contains(where: { RelationExtractor.shareWords.contains($0.lowercased) })
          if sharesBefore || sharesAfterPossessor { relation = .investsIn }
        }
        // Investing in something unnamed is no investment in a name further on: "to further invest in
        // internal manufacturing capacity given … the CHIPS and Science Act". A description of the name
        // that ends in an organisation noun right before it is no such thing: "invested in the Santa
        // Clara-based AI chip firm Tenstorrent".
        if relation == .investsIn, isVerb(hit, t), let first = tgt.map(\.first).min(),
          let inWord = (hit.end..<min(hit.end + 6, first)).first(where: { ["in", "into"].contains(t[$0].lowercased) }),
          t[(inWord + 1)..<first].contains(where: { $0.isWord && !$0.isCapitalized && !RelationExtractor.determiners.contains($0.lowercased) }),
          !(first - inWord <= 7 && !t[first - 1].isCapitalized && t[first - 1].info?.isOrgHeadNoun == true
            && t[(inWord + 1)..<first].allSatisfy(\.isWord)
            && tgt.first.map({ !$0.isGenitive && $0.head == nil && !t[$0.last].text.hasSuffix("'s") && !t[$0.last].text.hasSuffix("’s") }) == true)
        {
          tgt = []
        }
        // A verb of leading takes its organisation as the direct object: "er führt seit 2019 SAP", "led the
        // company", not "led efforts to buy AOL and Yahoo".
        if relation == .leads, isVerb(hit, t), let first = tgt.map(\.first).min(),
          !t[hit.end..<first].allSatisfy({ RelationExtractor.leadingGapWords.contains($0.lowercased) || $0.text.first?.isNumber == true })
        {
          tgt = []
        }
        // Verb-final clause (only for verbs; a noun cue does not link the names of its own list).
        // (Not a name after "von", "mit", "über" …: "will er die Frequenzen von Orange nutzen und … investieren".)
        // (Not in English, unless the verb is a German form: a short German text may pass for English.)
        if tgt.isEmpty, isVerb(hit, t), sentence.language == .de || RelationExtractor.isGermanInfinitiveOrPast(t[hit.start]),
          !speakerIsSubject(hit, t),
          // (Not before its object: "die Telekom übernimmt den Betrieb", "übernimmt Betrieb und Sicherheit" is
          // a main clause whose subject stands before the verb.)
          !opensObject(after: hit, t, mentions),
          // (Nor the seller of goods: "will Batteriezellen bei CATL kaufen"; "ist bei X eingestiegen" invests.)
          let before = targets.last(where: {
            $0.last < hit.start && !RelationExtractor.nonObjectPrepositions.contains(governingPreposition($0, t) ?? "")
              && !(relation == .acquires && ["bei", "beim"].contains(governingPreposition($0, t) ?? "")) && !isJointAgent($0, t)
          }),
          inSameClause(before.last + 1, hit.start, t, brackets: true),
          // English has no verb-final clause: in "said that Denso will invest" Denso is the subject.
          !isEnglishSubject(before, of: hit, t)
        {
          tgt = expand(before, backwardIn: targets, tokens: t)
          let firstTarget = tgt.map(\.first).min() ?? before.first
          // Shares bought before a clause-final verb: "Der Bund hat Anteile an der Lufthansa gekauft".
          if relation == .acquires, (max(0, firstTarget - 4)..<firstTarget).contains(where: { RelationExtractor.shareWords.contains(t[$0].lowercased) }),
            !(max(0, firstTarget - 5)..<firstTarget).contains(where: { RelationExtractor.allSharesWords.contains(t[$0].lowercased) })
          {
            relation = .investsIn
          }
          src = sources.first { $0.last < firstTarget }.map { expand($0, forwardIn: sources.filter { $0.last < firstTarget }, tokens: t) } ?? []
          // One coordinated subject, not a source and a target: "haben sich A, die Saab-Gruppe und die
          // Wagniskapitalfirma B beteiligt" (the first target follows "und/and", past its description).
          if let s0 = src.first {
            var k = firstTarget - 1
            let words: Set<String> = ["und", "and", "sowie", "oder", "or"]
            // Only a description may stand between: articles, adjectives, an organisation noun.
            while k > s0.last, firstTarget - k <= 4, t[k].isWord, !words.contains(t[k].lowercased),
              RelationExtractor.determiners.contains(t[k].lowercased) || t[k].info?.isOrgHeadNoun == true
                || (!t[k].isCapitalized && !RelationExtractor.prepositions.contains(t[k].lowercased))
            {
              k -= 1
            }
            if k > s0.last, words.contains(t[k].lowercased) {
              src = []
              tgt = []
            }
          }
          // A compound right before the name describes it: "der neue Bosch-Fonds Bosch Ventures investierte"
          // names one investor, not Bosch investing in its fund.
          if src.count == 1, src[0].head != nil, src[0].last + 1 == firstTarget { src = [] }
          src.removeAll(where: isGroupCompound)
          // An investor with no object in a sentence about a round invests in the company raising the money:
          // "X sammelt 50 Millionen Euro ein. Auch Y investierte."
          // Not with an object after all ("investiert eine Milliarde in Dresden"), not a contrast ("hat
          // dagegen weniger investiert", "Meanwhile Google invested"), not for a compound's modifier
          // ("Spotify-Gründer Daniel Ek hatte investiert").
          if src.isEmpty, relation == .investsIn, let receiver = context.fundingReceiver, !tgt.contains(where: { $0.ref.key == receiver.key }),
            !tgt.contains(where: { $0.isGenitive || $0.isAnaphor || $0.head != nil }),
            !t[hit.end...].prefix(while: { !$0.is(.clauseBreak) }).contains(where: { ["in", "into", "ins", "an", "am"].contains($0.lowercased) }),
            !t.contains(where: { RelationExtractor.contrastWords.contains($0.lowercased) })
          {
            src = tgt
            tgt = [mentions.first(where: { $0.ref.key == receiver.key }) ?? implicit(receiver, at: hit.start)]
          }
        }
        if src.isEmpty, let lastTarget = tgt.map(\.last).max(),
          let after = sources.first(where: { $0.first > lastTarget }),
          t[(lastTarget + 1)..<after.first].contains(where: { RelationExtractor.agentMarkers.contains($0.lowercased) })
        {
          src = [after]
        }
        // Verb before its subject after a fronted phrase: "2023 investierte Amazon … in Anthropic".
        // (Not after a subject pronoun no name stands for: "He founded X, which Intel acquired".)
        // (Not an English infinitive with its object: "agreed to buy Dotmatics from Insight Partners".)
        if src.isEmpty, let verb = t[hit.start].text.unicodeScalars.first, verb.properties.isLowercase,
          hit.start == 0 || !RelationExtractor.subjectPronouns.contains(t[hit.start - 1].lowercased),
          hit.start == 0 || t[hit.start - 1].lowercased != "to",
          // Articles, or a noun right before the name ("steigt der Finanzinvestor X … ein").
          let subject = sources.first(where: { m in
            m.first >= hit.end && m.first <= hit.end + 2
              && (hit.end..<m.first).allSatisfy {
                t[$0].is(.definiteArticle) || ($0 == m.first - 1 && t[$0].isCapitalized && m.first > hit.end + 1)
              }
          }),
          let object = targets.first(where: { $0.first > subject.last && $0.ref.key != subject.ref.key }),
          !["from", "von", "vom"].contains(governingPreposition(object, t) ?? "")  // a seller
        {
          src = [subject]
          tgt = expand(object, forwardIn: targets, tokens: t)
        }
        let frontedParticiple = hit.start == 0 && hit.end == 1 && t[0].lowercased.hasSuffix("ed")
        if isVerb(hit, t) || frontedParticiple {
          // A verb's subject never stands in a prepositional phrase ("die Ingenieure von OpenAI … übernehmen",
          // "Google, a rival of Amazon, invested"), unless a relative pronoun makes it the antecedent
          // ("for Anthropic, which will use …").
          // ("after Microsoft bought LinkedIn": "after", "before", "since" also open clauses; a name right
          // before the verb is its subject.)
          if let firstSource = src.map(\.first).min(), isInPrepositionalPhrase(src.first { $0.first == firstSource }!, t),
            !relativeClauseLinks(src.first { $0.first == firstSource }!, hit, t),
            !(src.map(\.last).max()! + 1 == hit.start && firstSource >= 1
              && RelationExtractor.clauseOpeningPrepositions.contains(t[firstSource - 1].lowercased))
          {
            src = sources.last { $0.last < firstSource && !isInPrepositionalPhrase($0, t) && inSameClause($0.last + 1, hit.start, t, commas: false) }
              .map { expand($0, backwardIn: sources, tokens: t) } ?? []
          }
          // A possessor is no subject: "X is Y's biggest customer and has agreed to use Z" → X.
          if src.count == 1, src[0].isGenitive, !src[0].isAnaphor, src[0].last + 1 < hit.start,
            !regular.contains(where: { $0.first == src[0].last + 1 })
          {
            let possessor = src[0]
            src = sources.last {
              $0.last < possessor.first && !$0.isGenitive && !isInPrepositionalPhrase($0, t)
                && inSameClause($0.last + 1, possessor.first, t, commas: false)
            }.map { [$0] } ?? []
          }
          // Passive voice: "Aleph Alpha wurde von der Schwarz Gruppe übernommen", "X was acquired by Y".
          if let passive = passiveArguments(hit, t, sources: sources, targets: targets) {
            src = passive.agents
            tgt = passive.patients
          } else if let by = (hit.end..<min(hit.end + 4, t.count)).first(where: { t[$0].lowercased == "by" }),
            t[hit.end..<by].allSatisfy({ $0.isWord && (!$0.isCapitalized || $0.text.first!.isNumber) })
          {
            continue  // "X, backed by an investment from Y", "X, founded in 2021 by <unknown>": passive, no named agent
          }
        }
        // "Das Geld soll in ein neues Rechenzentrum in Dietzenbach fließen": a facility in a place, in a
        // sentence that names no organisation, is built by the organisation under discussion (unless a
        // project is: then the place is the project's, below).
        if src.isEmpty, relation == .buildsIn, !tgt.isEmpty, !mentions.contains(where: { $0.ref.kind == .organization }),
          context.recentProject == nil, let topic = context.recentOrganizations.first
        {
          src = [implicit(topic, at: hit.start)]
        }
        // No relation is reflexive: when the nearest source is the target itself ("Microsoft – der größte
        // Investor von OpenAI und dessen Cloud-Partner – … für den KI-Pionier"), take the one before it.
        if !src.isEmpty, !tgt.isEmpty, src.allSatisfy({ s in tgt.contains { $0.ref.key == s.ref.key } }),
          let firstSource = src.map(\.first).min()
        {
          let excluded = Set(tgt.map(\.ref.key))
          src = sources.last {
            $0.last < firstSource && !excluded.contains($0.ref.key)
              && !t[($0.last + 1)..<firstSource].contains { [";", ":"].contains($0.text) }
          }.map { [$0] } ?? []
        }
        // A participant named without its project takes part in the project under discussion.
        if tgt.isEmpty, !src.isEmpty, kinds.target.contains(NodeKinds.project), relation == .participatesIn,
          let project = context.recentProject,
          !regular.contains(where: { $0.first >= hit.end && inSameClause(hit.end, $0.first, t) })
            && !regular.contains(where: { $0.last < hit.start && $0.first > src.map(\.last).max()! && inSameClause($0.last, hit.start, t) })
        {
          tgt = [implicit(project, at: hit.start)]
        }
        // Building in a place with no organisation as the subject ("Wir bauen … in Texas"): the project
        // named in the sentence, or else the one under discussion, is located there.
        if src.isEmpty, relation == .buildsIn, !tgt.isEmpty {
          let project = regular.last { $0.ref.kind == .project && $0.last < hit.start }
            ?? context.recentProject.map { implicit($0, at: hit.start) }
          if let project { for g in tgt { add(project, g, .locatedIn, nil, hit.start) } }
        }
        // "gründete das Start-up zusammen mit A und B": the people named with the founder founded it too; also
        // before a German verb at the end ("der Zalando 2008 zusammen mit A gegründet hat").
        func isTogetherWith(_ k: Int) -> Bool {
          ["zusammen", "gemeinsam", "together", "along"].contains(t[k].lowercased) && ["mit", "with"].contains(t[k + 1].lowercased)
        }
        if relation == .founded, !src.isEmpty, let objectEnd = tgt.map(\.last).max(),
          let with = (hit.end..<max(hit.end, t.count - 2)).first(where: { isTogetherWith($0) && inSameClause(hit.end, $0, t) })
            ?? ((objectEnd + 1)..<max(objectEnd + 1, hit.start - 2)).first(where: { isTogetherWith($0) && inSameClause($0, hit.start, t) }),
          let first = sources.first(where: { $0.first == with + 2 && $0.ref.kind == .person })
        {
          src += expand(first, forwardIn: sources.filter { $0.ref.kind == .person }, tokens: t)
        } else if relation == .founded, src.contains(where: { $0.ref.kind == .person }), let last = tgt.map(\.last).max(),
          case let w = afterTimeOrPlace(last + 1, t), w + 1 < t.count, ["with", "mit"].contains(t[w].lowercased),
          let first = sources.first(where: { $0.first == w + 1 && $0.ref.kind == .person })
        {
          // "Anna Berger co-founded Quarnox with Tom Weller and Jane Roe": right after the company, or
          // after its year or place ("co-founded Quarnox in Oslo in 2013 with …").
          src += expand(first, forwardIn: sources.filter { $0.ref.kind == .person }, tokens: t)
        }
        for s in src { for g in tgt { add(s, g, relation, nil, hit.start) } }
      case .reverse:
        // "Zu den Gründern von Helsing gehört X", "Zu den Kunden von SAP gehört Siemens", "A und B gehören zu den
        // Kunden von X": one of a group, no owner ("gehört zum Konzern X" is owned).
        if t[hit.start].lowercased.hasPrefix("gehör"),
          (0..<min(2, max(0, hit.start - 1))).contains(where: { t[$0].lowercased == "zu" && ["den", "dem"].contains(t[$0 + 1].lowercased) })
            || (hit.start + 2 < t.count && t[hit.start + 1].lowercased == "zu" && t[hit.start + 2].lowercased == "den")
        {
          continue
        }
        // A past parent: "Stromnetz Berlin, früher eine Tochtergesellschaft der Vattenfall, …".
        if relation == .owns, t[max(0, hit.start - 3)..<hit.start].contains(where: { $0.is(.former) || RelationExtractor.pastAdverbs.contains($0.lowercased) }) {
          continue
        }
        // A fronted participle phrase: "Owned by Starwood Capital, Echelon will hold …", "Based in Dublin and
        // owned by X, Y …": the subject after the phrase's comma.
        if t[hit.end - 1].lowercased == "by", !targets.contains(where: { $0.last < hit.start }),
          // Not a past owner: "Formerly owned by IBM, …", "Once owned by Siemens, …".
          !t[0..<hit.start].contains(where: { $0.is(.former) || RelationExtractor.pastAdverbs.contains($0.lowercased) }),
          let owner = sources.first(where: { $0.first == hit.end }), owner.last + 2 < t.count, t[owner.last + 1].text == ",",
          let subject = targets.first(where: { $0.first == owner.last + 2 }), subject.ref.key != owner.ref.key
        {
          add(owner, subject, relation, nil, hit.start)
          continue
        }
        // (Also a reduced relative clause right after the name: "MGX, established by A and B, …".)
        // So is an apposition with an article and a noun: "DeepMind, an AI research company owned by Google",
        // "Waymo, a self-driving unit owned by Alphabet".
        func isApposition(_ m: Mention) -> Bool {
          let gap = (m.last + 2)..<hit.start
          return t[hit.end - 1].lowercased == "by" && m.last + 1 < t.count && t[m.last + 1].text == "," && (2...7).contains(gap.count)
            && !t[gap].contains(where: { $0.is(.former) || RelationExtractor.pastAdverbs.contains($0.lowercased) })  // "once owned by"
            && ["a", "an", "the"].contains(t[gap.lowerBound].lowercased) && !t[gap.upperBound - 1].isCapitalized
            && t[gap].allSatisfy(\.isWord) && !t[gap.dropFirst()].contains(where: { $0.is(.preposition) })  // ("an" is German too)
            && !mentions.contains { gap.contains($0.first) }
        }
        guard let patient = targets.last(where: {
          $0.last < hit.start
            && (inSameClause($0.last + 1, hit.start, t)
              || ($0.last + 2 == hit.start && t[$0.last + 1].text == "," && t[hit.end - 1].lowercased == "by") || isApposition($0))
        }),
          // "joined from X" names where someone came from, not who took them.
          let owner = sources.first(where: {
            $0.first >= hit.end && inSameClause(hit.end, $0.first, t) && !["from", "aus"].contains(t[$0.first - 1].lowercased)
          })
            // Verb-final: "… wird X zu Y stoßen".
            ?? sources.first(where: {
              $0.first > patient.last && $0.last < hit.start && ["zu", "zum", "zur", "to"].contains(t[$0.first - 1].lowercased)
                && inSameClause($0.last + 1, hit.start, t)
            })
        else { continue }
        // A unit named as a prepositional object is no apposition of the name before it: "AT&T will pay
        // cash for the unit of Lumen" (but "AT&T, a unit of …", "X is a unit of …").
        var b = hit.start - 1
        while b > patient.last, hit.start - b <= 3, t[b].isWord, !t[b].isCapitalized, !NameResolver.prepositions.contains(t[b].lowercased) {
          b -= 1
        }
        if b > patient.last, NameResolver.prepositions.contains(t[b].lowercased) { continue }
        for g in expand(patient, backwardIn: targets, tokens: t) {
          for s in expand(owner, forwardIn: sources, tokens: t) { add(s, g, relation, nil, hit.start) }
        }
      case .joins:
        joinStatements(hit, t, regular, context, add)
      case .funding:
        // "X raised $1 billion from A and B", "X sammelte bei A und B Geld ein": the subject receives, the
        // names after "from/von/bei/led by" in the same clause invest.
        // "Das Kapital stammt unter anderem von A, B und C": money without a named receiver goes to the
        // company raising money or the organisation under discussion, from everyone named after the cue.
        if RelationExtractor.moneyOrigins.contains(t[hit.start].lowercased),
          (0..<hit.start).contains(where: { RelationExtractor.moneyNouns.contains(t[$0].lowercased) }),
          !targets.contains(where: { $0.last < hit.start }),
          // (The company raising money, when one does, before the organisations named last.)
          let receiver = ([context.fundingReceiver].compactMap { $0 } + context.recentOrganizations + context.topics)
            .first(where: { r in !sources.contains { $0.ref.key == r.key } })
        {
          for s in sources where s.first > hit.start {
            if s.isGenitive, sources.contains(where: { $0.first == s.last + 1 }) { continue }
            // "von Next47, dem Investmentarm des Konzerns Siemens, sowie vom Fonds HTGF": not the parent.
            if appositionHolder(of: s, sources, t) != nil { continue }
            add(s, implicit(receiver, at: hit.start), relation, nil, hit.start)
          }
          continue
        }
        // "Lacroix and Lample, who both came from Meta": coming from someone without money or a round is
        // a career, not funding.
        if RelationExtractor.moneyOrigins.contains(t[hit.start].lowercased),
          !t.contains(where: {
            $0.is(.roundWord) || RelationExtractor.moneyNouns.contains($0.lowercased) || RelationExtractor.currencyWords.contains($0.lowercased)
              || RelationExtractor.moneyWords.contains($0.text) || $0.text.hasPrefix("$") || $0.text.hasPrefix("€") || $0.text.hasPrefix("£")
          })
        {
          continue
        }
        // "Apptronik is led by Jeff Cardenas": leading without a round or a sum is leading the company
        // (`RelationExtractor+LedBy.swift`).
        if RelationExtractor.leadingCues.contains(t[hit.start].lowercased),
          !t.contains(where: { $0.is(.roundWord) || RelationExtractor.currencyWords.contains($0.lowercased) || RelationExtractor.investorNouns.contains($0.lowercased) })
        {
          continue
        }
        // "X sicherte sich 25 Millionen Euro, angeführt von A und B": a participle phrase after a comma
        // belongs to the clause before it.
        let clauseEnd = hit.start >= 1 && t[hit.start - 1].text == "," && RelationExtractor.leadingCues.contains(t[hit.start].lowercased)
          ? hit.start - 1 : hit.start
        func isReceiver(_ m: Mention) -> Bool {
          m.last < clauseEnd && !m.isGenitive && !isInPrepositionalPhrase(m, t) && inSameClause(m.last + 1, clauseEnd, t, commas: false)
        }
        // A verb of receiving only with money: "erhält 920 Millionen Euro von", not "erhält Aufträge von".
        let receiving = RelationExtractor.receivingVerbs.contains(t[hit.start].lowercased)
        // The receiver may be a project ("So erhält die Smart Power Fab 920 Millionen Euro von der
        // Bundesregierung"); public money for it supports it (below).
        var receiverMention = targets.last(where: isReceiver)
        // German inversion: "So erhält die Firma X 5 Millionen Euro von Y" (the subject right after the verb,
        // past an article and an organisation noun).
        if receiverMention == nil, receiving,
          let after = regular.first(where: { $0.first >= hit.end }), after.first <= hit.end + 3,
          after.ref.kind == .organization || after.ref.kind == .project,
          t[hit.end..<after.first].allSatisfy({ RelationExtractor.determiners.contains($0.lowercased) || $0.info?.isOrgHeadNoun == true })
        {
          receiverMention = after
        }
        if relation == .investsIn, let project = regular.last(where: { $0.ref.kind == .project && isReceiver($0) }),
          receiverMention.map({ $0.last < project.first }) ?? true
        {
          receiverMention = project
        }
        guard let receiver = receiverMention else { continue }
        // Revenue and payments are no funding: "received $10 billion from Microsoft in revenue", "receives
        // $20 billion a year from Google", "… for the cloud contract".
        if receiving, t.indices.contains(where: { k in
          let w = t[k]
          return RelationExtractor.paymentWords.contains(w.lowercased)
            || (w.isHyphenated && RelationExtractor.paymentWords.contains(String(w.parts.last ?? "").lowercased()))
            || (k > 0 && ["year", "jahr"].contains(w.lowercased) && ["a", "per", "pro", "each", "every", "jedes"].contains(t[k - 1].lowercased))
        }) {
          continue
        }
        // (From the cue's own last word on: "angeführt von", "led by" end in their preposition.)
        var k = hit.end - 1
        while k < t.count, !t[k].is(.clauseBreak) || t[k].text == "," {
          if ["from", "von", "vom", "bei", "beim", "by"].contains(t[k].lowercased),
            !receiving || t[hit.end..<max(hit.end, k)].contains(where: { RelationExtractor.currencyWords.contains($0.lowercased) }),
            let first = sources.first(where: { $0.first > k && $0.first <= k + 4 && inSameClause(k, $0.first, t) }),
            // After the comma only organisations lead money in: "…, angeführt von Vorstandschef X als
            // Verhandlungsführer" names no investor.
            clauseEnd == hit.start || first.ref.kind == .organization
          {
            for s in expand(first, forwardIn: sources, tokens: t) {
              // Public money for a project supports it: "erhält die Smart Power Fab 920 Millionen Euro von der
              // Bundesregierung" (a company's money invests in it).
              let publicFunding = receiver.ref.kind == .project && (s.ref.subtype == "public" || lexicon.isRegulator(s.ref))
              add(s, receiver, publicFunding ? .supports : relation, nil, hit.start)
            }
            break
          }
          k += 1
        }
      case .sale:
        // "the sale of Frontier to Verizon", "verkauft X an Y": the buyer follows "to/an" after the object.
        guard let object = targets.first(where: { $0.first >= hit.end && inSameClause(hit.end, $0.first, t) }),
          let to = ((object.last + 1)..<min(object.last + 6, t.count)).first(where: { ["to", "an"].contains(t[$0].lowercased) }),
          let buyer = sources.first(where: { $0.first > to && $0.first <= to + 3 && inSameClause(to, $0.first, t) }),
          buyer.ref.kind == .organization
        else { continue }
        add(buyer, object, relation, nil, hit.start)
      case .regulator:
        regulatorStatements(hit, t, regular, context, add)
      case .list:
        // The list's head: the first name before the cue, or the subject of the cue's own clause when
        // there is one ("Meta's rival xAI raised … from investors including …" → xAI).
        // (Not a name set beside the list's: "Neben Boston Dynamics buhlen Anbieter wie A und B um Kunden".)
        guard let target = targets.last(where: {
          $0.last < hit.start && !$0.isGenitive && !isInPrepositionalPhrase($0, t) && inSameClause($0.last + 1, hit.start, t)
        }) ?? targets.first(where: { m in
          m.last < hit.start && !RelationExtractor.besidePrepositions.contains(governingPreposition(m, t) ?? "")
            && !(m.first >= 1 && RelationExtractor.besidePrepositions.contains(t[m.first - 1].lowercased))
        })
        else { continue }
        // "X, darunter A und B" names members of an alliance or in a sentence of belonging ("Zum Verbund X
        // gehören 30 Firmen, darunter A"); otherwise customers or partners ("nutzen die Angebote von DeepL,
        // darunter die Deutsche Bahn", `customerExampleStatements`; "arbeiten mit Microsoft, darunter A").
        if relation == .memberOf, t[hit.start].lowercased == "darunter", !isAllianceLike(target, t),
          !t.contains(where: { w in RelationExtractor.membershipWords.contains(where: { w.lowercased.hasPrefix($0) }) })
        {
          continue
        }
        // Investors a stake is bought from sell it: "buy the stake … from a consortium of investors including X".
        if hits.contains(where: { $0.cue.relation == .acquires && $0.start > target.last && $0.start < hit.start }) { continue }
        let stop = hits.first { $0.start >= hit.end && $0.cue.relation != relation }?.start ?? t.count
        for s in sources where s.first >= hit.end && s.first < stop {
          // "Alphabet's Google": the possessor only qualifies the name after it.
          if s.isGenitive, sources.contains(where: { $0.first == s.last + 1 }) { continue }
          add(s, target, relation, nil, hit.start)
        }
      case .passive:
        guard let by = t.indices.first(where: { $0 >= hit.end && ["durch", "by"].contains(t[$0].lowercased) }),
          let buyer = regular.first(where: { $0.first > by && $0.ref.kind == .organization })
        else { continue }
        for m in regular where m.first >= hit.end && m.last < by {
          add(buyer, m, m.ref.kind == .person ? .hires : relation, nil, hit.start)
        }
      case .symmetric:
        // A power purchase agreement whose seller is told is a supply (`powerDealStatements`), no partnership.
        if relation == .partnersWith, powerDeal, isPowerDeal(at: hit.start, t) || (hit.start >= 2 && isPowerDeal(at: hit.start - 2, t)) {
          continue
        }
        // "mit der Telekom, EWE oder einem Wettbewerber": an indefinite noun without a complement names
        // nobody ("ein Konkurrent von X", "a rival to X", "eine Partnerschaft mit X" do).
        // Only a one-word noun for a party: not "eine Zusammenarbeit", not "a race with X".
        let partyNoun = hit.end == hit.start + 1 && (relation == .competesWith || t[hit.start].lowercased.hasSuffix("partner"))
        if partyNoun, !isVerb(hit, t), hit.start > 0, RelationExtractor.indefiniteArticles.contains(t[hit.start - 1].lowercased),
          hit.end >= t.count
            || !["von", "vom", "des", "der", "mit", "zwischen", "of", "to", "für", "for", "with", "between"].contains(t[hit.end].lowercased)
        {
          continue
        }
        var before = sources.filter { $0.last < hit.start && !isCompoundModifier($0, t, sources) }
        if isVerb(hit, t) { before = before.filter { !isInPrepositionalPhrase($0, t) } }
        // "Avangrid, a unit of Iberdrola, signed a contract with X": the apposition's object is not the subject.
        if before.count >= 2 { before = before.filter { !isAppositionObject($0, t, before) } }
        var after = sources.filter { $0.first >= hit.end && !isCompoundModifier($0, t, sources) }
        // A relative clause after a noun cue names no partner or rival of the cue's own: "des Berliner Konkurrenten, zu
        // dem Marken wie A und B gehören".
        if !isVerb(hit, t), hit.end + 2 < t.count, t[hit.end].text == ",",
          RelationExtractor.relativePronouns.contains(t[hit.end + 1].lowercased)
            || (t[hit.end + 1].is(.preposition) && ["dem", "der", "denen", "which", "whom"].contains(t[hit.end + 2].lowercased))
        {
          continue
        }
        // (Before a cue ending in "mit/with" narrows `after` to the name right after it: its list.)
        var allAfter = after
        var pair: [Mention] = []
        // "die Partnerschaft von/zwischen X und Y", "the partnership between X and Y": the pair follows.
        if !isVerb(hit, t), hit.end + 1 < t.count, ["von", "zwischen", "of", "between"].contains(t[hit.end].lowercased),
          let first = after.first(where: { $0.first <= hit.end + 2 })
        {
          let members = expand(first, forwardIn: after, tokens: t)
          if members.count >= 2 {
            add(members[0], members[1], relation, nil, hit.start)
            continue
          }
        }
        // "die Gründung des Joint Ventures „Glasfaser Nordwest“", "a joint venture called X": the named
        // venture is founded by the partners before the cue, who partner with each other.
        if relation == .partnersWith, !isVerb(hit, t), t[hit.end - 1].lowercased.contains("venture"),
          let venture = after.first(where: { $0.ref.kind == .organization }),
          t[hit.end..<venture.first].allSatisfy({ !$0.isWord || RelationExtractor.namingWords.contains($0.lowercased) }),
          venture.first - hit.end <= 2
        {
          // Without partners before it ("Das Joint Venture „Ionity“ wurde von A und B gegründet") the
          // founding verb names them; the venture partners with nobody.
          guard let last = before.last(where: { $0.ref.kind == .organization }) else { continue }
          let parents = expand(last, backwardIn: before, tokens: t).reversed().filter { $0.ref.kind == .organization && $0.ref.key != venture.ref.key }
          for parent in parents { add(parent, venture, .founded, nil, hit.start) }
          if parents.count >= 2 { add(parents[0], parents[1], relation, nil, hit.start) }
          continue
        }
        // "gemeinsam mit X", "together with X": X follows the preposition directly.
        // ("together with Bertelsmann's unit Arvato Systems": the possessor only qualifies the partner.)
        // Without a name there ("gemeinsam mit der Bonner Behörde") the cue names no pair.
        if let last = hit.cue.words.last?.text, ["mit", "with"].contains(last) {
          let possessor = after.first.flatMap { $0.isGenitive && $0.first <= hit.end + 2 ? $0 : nil }
          if RelationExtractor.jointlyWords.contains(t[hit.start].lowercased) {
            // The partner right after "mit/with" (`isJointAgent`; past a possessor) and those coordinated with it
            // ("together with Airbus, Boeing and Embraer") act with the subject, the last organisation or person
            // before the cue. Without a name there ("gemeinsam mit der Bonner Behörde", "mit Vertretern von A"),
            // without a subject ("The airline, together with Airbus, Boeing and Embraer") or with a project
            // right before ("OpenAI unveiled Stargate UK together with Nvidia": they take part in it), nothing
            // is paired.
            let first = possessor.map { g in after.first { $0.first > g.last && $0.first <= g.last + 5 } } ?? after.first { isJointAgent($0, t) }
            guard let first, var subject = before.last, subject.ref.kind != .project else { continue }
            // "founded by Arthur Mensch, a former researcher at Google DeepMind, together with …": the name
            // before an apposition that closes right before the cue acts, not one inside it.
            if let holder = appositionBearer(before: hit.start, of: subject, before, t) { subject = holder }
            for partner in expand(first, forwardIn: after, tokens: t) { add(subject, partner, relation, nil, hit.start) }
            continue
          }
          allAfter = after
          // (Or past a description: "im Wettbewerb mit dem indischstämmigen Anbieter Whatfix".)
          after = possessor.map { g in after.filter { $0.first > g.last && $0.first <= g.last + 5 } }
            ?? after.filter { $0.first <= hit.end + 2 || isDescribedObject($0, from: hit.end, t) }
        }
        // "Nvidia and Oracle team up to build … at Argonne": a coordinated subject right before the verb is
        // the partners, not its last member and a name after the verb.
        // So is one before a verb and the cue noun: "A, B and C announced their partnership", "A und B haben
        // eine Kooperation vereinbart" (up to four lower-case words between, no preposition).
        // Not with a partner after the noun ("announced their partnership with Nvidia": the partner after
        // "with" is read below), nor a noun that only qualifies another ("partnership programs",
        // `qualifiedCueNouns`).
        let withPartner = hit.end < t.count && ["with", "mit"].contains(t[hit.end].lowercased)
        let qualifies = hit.end < t.count && RelationExtractor.qualifiedCueNouns.contains(t[hit.end].lowercased)
        // (A short bracket after the last subject is passed: "Google und die TU München (TUM) haben eine
        // Partnerschaft geschlossen".)
        if let b = before.last,
          isVerb(hit, t)
            ? b.last + 1 == hit.start
            : !withPartner && !qualifies
              && RelationExtractor.isVerbPhraseBeforeNoun(RelationExtractor.afterBracket((b.last + 1)..<hit.start, t), t)
        {
          let subjects = Array(expand(b, backwardIn: before, tokens: t).reversed())
          if (2...4).contains(subjects.count) {
            for (k, x) in subjects.enumerated() { for y in subjects[(k + 1)...] { add(x, y, relation, nil, hit.start) } }
            // "Nvidia and Oracle team up with Microsoft": the partner after "with" is read below as well.
            if hit.end >= t.count || !["with", "mit"].contains(t[hit.end].lowercased) { continue }
          }
        }
        // "Competitors such as A, B and C are watching": examples of a rival or partner noun with no name before
        // it are the rivals or partners of the organisation under discussion, not of each other: the document's
        // main one when this or the previous sentence names it, else the previous sentence's only one.
        if before.isEmpty, relation == .competesWith || relation == .partnersWith, let a = after.first, a.first >= 2,
          t[max(hit.end, a.first - 3)..<a.first].contains(where: { RelationExtractor.listOpeners.contains($0.lowercased) })
        {
          let members = expand(a, forwardIn: after, tokens: t)
          let keys = Set(members.map(\.ref.key))
          let named = context.topics.first.flatMap { top in
            mentions.contains(where: { $0.ref.key == top.key }) || context.previousMentions.contains(where: { $0.ref.key == top.key }) ? top : nil
          }
          if let main = [named, context.previousOnlyOrganisation?.ref].compactMap({ $0 }).first(where: { !keys.contains($0.key) }) {
            let m = mentions.first(where: { $0.ref.key == main.key }) ?? implicit(main, at: hit.start)
            for member in members { add(m, member, relation, nil, hit.start) }
          }
          continue
        }
        if let b = before.last, let a = after.first {
          pair = [b, a]
          // "Siemens, SAP and Bosch announced their partnership with Nvidia": every subject partners with Nvidia.
          if withPartner, a.first <= hit.end + 2, RelationExtractor.isVerbPhraseBeforeNoun((b.last + 1)..<hit.start, t) {
            for subject in expand(b, backwardIn: before, tokens: t).dropFirst() { add(subject, a, relation, nil, hit.start) }
          }
          // A list after "such as", "wie", "including", "darunter": the subject pairs with every member.
          // So does a list after "mit/with": "a joint venture with GIC and CPP Investments".
          // So does a list right after a plural noun cue: "larger rivals Foxconn, Jabil and Flex".
          if a.first >= 2, t[max(hit.end, a.first - 3)..<a.first].contains(where: { RelationExtractor.listOpeners.contains($0.lowercased) })
            || (a.first - hit.end <= 8 && t[hit.end..<a.first].contains(where: { ["mit", "with"].contains($0.lowercased) }))
            || ["mit", "with"].contains(hit.cue.words.last?.text ?? "")  // "steht im Wettbewerb mit A und B"
            || (a.first == hit.end && RelationExtractor.pluralRivalNouns.contains(t[hit.end - 1].lowercased))
          {
            // Not a clause of its own after ", and": "with Bosch, and Nvidia and IBM later joined as customers".
            let members = expand(a, forwardIn: allAfter, tokens: t)
            let next = members.last!.last + 1
            let commaAnd = members.count > 1 && (a.last..<members.last!.first).contains { k in t[k].text == "," && k + 1 < t.count && t[k + 1].is(.coordinator) && t[k + 1].isWord }
            let clauseFollows = next < t.count && t[next].isWord && !t[next].isCapitalized && !t[next].is(.preposition)
              && !RelationExtractor.relativePronouns.contains(t[next].lowercased) && t[next].lowercased != "to"
            if !(commaAnd && clauseFollows) {
              for member in members.dropFirst() { add(b, member, relation, nil, hit.start) }
            }
          }
        } else if before.count >= 2 {
          // Not partners who deny or end the partnership right before it ("Siemens and SAP rejected a
          // partnership"), nor a noun that qualifies another ("their partnership programs").
          let last = before[before.count - 1]
          let gap = (last.last + 1)..<hit.start
          let denied = gap.count <= 4 && gap.contains { RelationExtractor.deniesPartnership(t[$0]) }
          if !denied && !(qualifies && RelationExtractor.isVerbPhraseBeforeNoun(gap, t)) { pair = Array(before.suffix(2)) }
        } else if after.count >= 2 {
          pair = Array(after.prefix(2))
        }
        // Verb-final with the partner in a "mit" phrase: "die Telekom, die seit Jahren mit SAP zusammenarbeitet".
        if pair.isEmpty, isVerb(hit, t), let subject = before.last,
          let partner = sources.last(where: {
            $0.first > subject.last && $0.last < hit.start && $0.first > 0 && ["mit", "with"].contains(t[$0.first - 1].lowercased)
              && inSameClause($0.last + 1, hit.start, t)
          })
        {
          pair = [subject, partner]
        }
        // A partnership noun with one organisation after "mit/with" in a sentence that names no other ("wurde
        // eine Partnerschaft mit dem Versorger EVO geschlossen"): the partner of the organisation under discussion.
        if pair.isEmpty, relation == .partnersWith, !isVerb(hit, t), sources.count == 1, let partner = sources.first,
          partner.first > hit.start, partner.first >= 1,
          ["mit", "with"].contains(t[partner.first - 1].lowercased) || (partner.first >= 2 && ["mit", "with"].contains(t[partner.first - 2].lowercased))
            || (partner.first >= 3 && ["mit", "with"].contains(t[partner.first - 3].lowercased)),
          !mentions.contains(where: { $0.ref.kind == .organization && $0.ref.key != partner.ref.key }),
          let topic = context.recentOrganizations.first, topic.key != partner.ref.key
        {
          pair = [implicit(topic, at: hit.start), partner]
        }
        if pair.count == 2 { add(pair[0], pair[1], relation, nil, hit.start) }
      }
    }
  }

  static let prepositions: Set<String> = [
    "von", "vom", "mit", "bei", "beim", "zu", "zur", "zum", "für", "aus", "an", "auf", "über", "unter", "nach",
    "gegen", "durch", "in", "neben", "of", "with", "for", "from", "at", "on", "about", "against", "by", "into",
  ]
  static let separableParticles: Set<String> = ["ein", "an", "vor", "zusammen", "mit"]
  static let listOpeners: Set<String> = ["such", "including", "like", "wie", "darunter", "etwa"]
  /// Prepositions that name what something is about, not what is taken part in: "Diskussion über X".
  static let topicPrepositions: Set<String> = ["über", "um", "gegen", "zu", "zur", "zum", "about", "over", "against"]
  /// Verbs that list a group's members after it: "X's investors include A and B".
  static let includeVerbs: Set<String> = ["include", "includes", "included", "comprise", "comprised", "umfassen", "umfasste"]
  /// Words that make money received a payment, not funding (and "a year", "pro Jahr").
  static let paymentWords: Set<String> = [
    "revenue", "revenues", "sales", "annually", "contract", "contracts", "fees", "payment", "payments", "order", "orders",
    "umsatz", "umsätze", "jährlich", "auftrag", "aufträge", "zahlung", "zahlungen", "gebühren", "vertrag", "lizenzgebühren",
    "damages", "royalties", "loan", "loans", "refund", "services", "donation", "taxes", "ruling", "schadensersatz", "schadenersatz",
    "kredit", "darlehen", "rückzahlung", "dienste", "spende", "spenden", "stiftungsprofessur", "steuern", "urteil", "entschädigung",
    "fine", "fines", "penalty", "dividend", "dividends", "proceeds", "strafe", "bußgeld", "dividende", "erlös", "verkaufserlös",
    "kaufpreis", "frequenzen",
  ]
  /// Verbs of receiving that read as funding only with an amount of money after them.
  static let receivingVerbs: Set<String> = ["erhält", "erhielt", "bekommt", "bekam", "receives", "received"]
  /// Currency words and signs of an amount: "920 Millionen Euro", "$270 million".
  static let currencyWords: Set<String> = [
    "euro", "euros", "dollar", "dollars", "us-dollar", "$", "€", "franken", "pfund", "pounds", "yen", "usd", "eur",
  ]
  /// Titles a head of state or government shares with a company's head.
  static let politicalTitles: Set<String> = ["president", "präsident", "präsidentin", "prime", "premier", "chancellor", "kanzler", "kanzlerin"]
  /// Plural nouns of a described list of backers: "by eight Japanese companies, namely A and B" (English:
  /// the rule reads the agent after "by").
  static let backerNouns: Set<String> = [
    "companies", "firms", "corporations", "investors", "backers", "shareholders", "banks", "groups", "funds",
  ]
  /// Words that open the list of names after a description of them: the English list openers and "namely".
  static let agentListOpeners: Set<String> = listOpeners.union(["namely"])
  static let demonstratives: Set<String> = ["diesem", "dieser", "diesen", "dieses", "this", "these", "that"]
  /// Relations a newcomer takes over when it joins "this group" of the previous sentence.
  static let joinableRelations: Set<Relation> = [.supplies, .memberOf, .participatesIn, .investsIn, .partnersWith, .supports]

  static let passiveAuxiliaries: Set<String> = [
    "wurde", "wurden", "worden", "wird", "werden", "werde", "würde", "was", "were", "been", "is", "are", "be", "being",
  ]
  static let agentPrepositions: Set<String> = ["von", "vom", "durch", "by"]
  /// English prepositions that also open a clause ("after Microsoft bought LinkedIn").
  static let clauseOpeningPrepositions: Set<String> = ["after", "before", "since", "until"]
  /// Adverbs that put a state in the past: "Formerly owned by IBM".
  static let pastAdverbs: Set<String> = ["formerly", "once", "previously", "früher", "einst", "ehemals", "vormals"]
  /// The finite verbs of a German perfect passive ("ist/war … übernommen worden").
  static let perfectAuxiliaries: Set<String> = ["ist", "war", "sind", "waren", "sei", "seien", "wäre", "wären"]
  /// Cues of pouring money, which need the money named.
  static let pouringCues: Set<String> = ["poured", "pumped", "pumpt", "pumpte", "gepumpt"]

  static let relativePronouns: Set<String> = ["which", "who", "that", "der", "die", "das", "welche", "welcher", "welches"]

  static let formerWords: Set<String> = ["former", "ehemalige", "ehemaliger", "ehemaligen", "frühere", "früherer", "früheren", "einstige", "einstiger", "einstigen", "ex"]

  /// Words between a noun and the name it introduces: "a joint venture called X", "namens X".
  static let namingWords: Set<String> = ["called", "named", "dubbed", "namens", "genannt"]
  /// The first parts of a former role's compound: "Ex-CEO", "Ex-Chef".
  static let formerPrefixes: Set<String> = ["ex", "former"]

  /// Whether a word in `range` says that a role is past ("former", "ehemalige").
  func isFormer(_ range: Range<Int>, _ t: [Token]) -> Bool {
    t[range].contains { $0.is(.former) }
  }

  /// Whether the word starts in lower case and ends like an inflected participle ("unterstützten").
  static func isInflectedParticipleForm(_ t: Token) -> Bool {
    guard let first = t.text.unicodeScalars.first, first.properties.isLowercase else { return false }
    let word = t.lowercased
    return word.withASCIIBytes { ascii in participleEndings.contains { $0.isSuffix(of: word, ascii: ascii) } }
  }

  /// (Compared by bytes in ASCII words, with the answers of `hasSuffix`.)
  private static let participleEndings = ["te", "ten", "tes", "tem", "ter"].map(ASCIIAffix.init)

  /// The agents of an attributive participle cue ("von Microsoft unterstützten", "von A und B gegründete"):
  /// the names right before the lower-case inflected participle, after "von"/"vom".
  private func attributiveAgents(_ hit: CueHit, _ t: [Token], _ sources: [Mention]) -> [Mention]? {
    guard hit.end == hit.start + 1, hit.start >= 2, t[hit.start].is(.inflectedParticipleForm),
      let agent = sources.first(where: { $0.last == hit.start - 1 })
    else { return nil }
    // "von Siemens und Bosch gegründete": every agent coordinated before it.
    let agents = expand(agent, backwardIn: sources, tokens: t)
    guard let first = agents.map(\.first).min(), first >= 1, ["von", "vom"].contains(t[first - 1].lowercased) else { return nil }
    return agents
  }

  /// Prepositions whose name is no object of a verb at the end of the clause (the cue's own "in", "an",
  /// "bei" are; "über Azure anbieten" names the channel): a possessor, a partner or an agent.
  static let nonObjectPrepositions: Set<String> = ["von", "vom", "mit", "für", "aus", "durch", "from", "with", "for"]

  /// The index of the preposition a mention's phrase stands after, past at most two articles and
  /// lower-case adjectives ("von der schwächelnden OpenAI"); nil when there is none. With
  /// `stoppingAtRelatives`, a relative pronoun opens a clause instead ("under which X will …": X is its
  /// subject).
  private func prepositionIndex(before m: Mention, _ t: [Token], stoppingAtRelatives: Bool) -> Int? {
    var k = m.first - 1
    // (A compound adjective is a modifier too: "with Microsoft-backed OpenAI".)
    // (So is a possessor: "by Canada's Inovia Capital", and a nationality before a lower-case noun: "of
    // Spanish utility Iberdrola".)
    while k >= 0, t[k].isWord,
      !t[k].isCapitalized || RelationExtractor.isCompoundAdjective(t[k]) || t[k].endsInApostropheS
        || k + 1 < m.first && !t[k + 1].isCapitalized && lexicon.publicBodies.isNationAdjective(t[k]),
      !t[k].is(.preposition), m.first - k <= 3,
      !stoppingAtRelatives || !["which", "who", "whom", "where"].contains(t[k].lowercased)
    {
      k -= 1
    }
    return k >= 0 && t[k].is(.preposition) ? k : nil
  }

  /// The company "its" stands for in an apposition after a person: the sentence's subject when it opens the
  /// sentence and names an organisation, else the previous sentence's only organisation when that opened
  /// its sentence ("NXP reported results. Jane Roe, its CEO, said"; not "The ministry fined NXP. Jane Roe,
  /// its head, said").
  func itsCompany(before i: Int, _ t: [Token], _ mentions: [Mention], _ context: Context) -> Mention? {
    if let first = mentions.first, first.last < i {
      return first.first == 0 && first.ref.kind == .organization && !first.ref.isMedia && !first.isGenitive ? first : nil
    }
    guard let only = context.previousOnlyOrganisation, !only.isGenitive, opensSentence(only, context.previousTokens) else { return nil }
    return implicit(only.ref, at: i)
  }

  /// Whether a mention opens its sentence: first, after an article ("Die Telekom"), or past an article and a
  /// describing noun ("The carmaker BMW", "Das Start-up Enpal", "The German carmaker BMW"; not "The ministry
  /// fined NXP", nor a compound's first part: "Das Siemens-Werk").
  func opensSentence(_ m: Mention, _ t: [Token]) -> Bool {
    guard m.first > 0 else { return true }
    // "Die Telekom", "Der Konzern" (not a compound's first part: "Das Siemens-Werk").
    if m.first == 1 {
      return (t[0].is(.definiteArticle) || RelationExtractor.determiners.contains(t[0].lowercased)) && m.head == nil && !m.isGenitive
        && !t[m.last].isHyphenated
    }
    guard m.first <= 4, m.first <= t.count, t[0].is(.definiteArticle) || RelationExtractor.determiners.contains(t[0].lowercased)
    else { return false }
    let head = t[m.first - 1]
    guard head.isWord, head.info?.isOrgHeadNoun ?? lexicon.orgHeadNouns.contains(head.text) else { return false }
    return t[1..<(m.first - 1)].allSatisfy { $0.isWord && (!$0.isCapitalized || lexicon.publicBodies.isNationAdjective($0)) }
  }

  /// An epithet for an organisation starting at `k` ("the company", "des Konzerns") that can hold a role: not
  /// a genitive before anything but a governing body ("the company's board", not "the company's largest
  /// customer").
  ///
  /// Only an unambiguous one (`isUnambiguousDescription`: no other organisation in the sentence before or
  /// the sentence before it), and not after a sentence that introduced a company without its name ("SAP will
  /// acquire a small software company. Jane Roe, CEO of the company, …").
  func roleEpithet(at k: Int, _ t: [Token], _ mentions: [Mention], _ context: Context) -> Mention? {
    guard let o = mentions.first(where: { $0.first == k && $0.isAnaphor && $0.ref.kind == .organization }) else { return nil }
    if o.isGenitive, !(o.last + 1 < t.count && RelationExtractor.governingBodies.contains(t[o.last + 1].lowercased)) { return nil }
    guard isUnambiguousDescription(o, mentions, context, t), !introducesUnnamedCompany(context.previousTokens, context.previousMentions) else { return nil }
    return o
  }

  /// Whether a sentence names a company by an indefinite noun phrase without a name after it ("a small
  /// software company in Lisbon", "ein Start-up aus Berlin").
  func introducesUnnamedCompany(_ t: [Token], _ mentions: [Mention]) -> Bool {
    t.indices.contains { a in
      guard RelationExtractor.indefiniteArticles.contains(t[a].lowercased),
        let h = ((a + 1)..<min(a + 5, t.count)).first(where: { t[$0].info?.isOrgHeadNoun ?? lexicon.orgHeadNouns.contains(t[$0].text) })
      else { return false }
      return !mentions.contains { $0.first == h + 1 }
    }
  }

  /// Whether `m` is the object of a preposition in an apposition of an earlier mention, opened by a comma or
  /// a spaced dash: Iberdrola in "Avangrid, a unit of Iberdrola, signed …", "Avangrid – the US subsidiary
  /// of Spanish utility Iberdrola – …".
  /// The aside must close after `m` (a comma or a dash), its head must stand outside a prepositional phrase,
  /// and its preposition is none of company ("Siemens, together with Bosch, signed": both sign).
  /// The subject that opens the sentence (after at most two words: an article) when a stretch between
  /// commas with names in it stands between it and the verb cue right after the second comma: "Die
  /// Schwarz-Gruppe, Mutterkonzern von Lidl und Kaufland, übernimmt …", "Siemens, das mit Bosch kooperiert,
  /// kauft …". Nil otherwise. O(t + m).
  /// (Lower-case verbs may stand between the second comma and the cue: "X, the arm of Y, agreed to buy …".)
  func subjectBeforeInterruption(_ hit: CueHit, _ t: [Token], _ sources: [Mention]) -> Mention? {
    guard isVerb(hit, t), hit.start >= 4,
      let close = (max(0, hit.start - 4)..<hit.start).last(where: { t[$0].text == "," }),
      t[(close + 1)..<hit.start].allSatisfy({ $0.isWord && !$0.isCapitalized }),
      let open = (0..<max(0, close - 1)).last(where: { t[$0].text == "," }), open >= 1,
      let subject = sources.first(where: { $0.last == open - 1 }), !subject.isGenitive,
      // (After an opening adverbial with its comma: "In February, X, the arm of Y, agreed to buy …".)
      case let opening = subject.first >= 3 && subject.first <= 6 && t[subject.first - 1].text == ","
        && (0..<(subject.first - 1)).allSatisfy({ t[$0].isWord }) && !sources.contains(where: { $0.first < subject.first })
        ? subject.first : 0,
      subject.first - opening <= 2,
      (opening..<subject.first).allSatisfy({ t[$0].isWord && ($0 == opening || !t[$0].isCapitalized) && !t[$0].is(.preposition) }),
      sources.contains(where: { $0.first > open && $0.last < close })
    else { return nil }
    return subject
  }

  func isAppositionObject(_ m: Mention, _ t: [Token], _ mentions: [Mention]) -> Bool {
    guard m.last + 1 < t.count, t[m.last + 1].text == "," || Token.isSpacedDash(m.last + 1, in: t),
      let k = prepositionIndex(before: m, t, stoppingAtRelatives: true), !["with", "mit"].contains(t[k].lowercased),
      let head = mentions.last(where: { $0.last + 2 < m.first }), m.first - head.last <= 9,
      t[head.last + 1].text == "," || Token.isSpacedDash(head.last + 1, in: t),
      ((head.last + 2)..<m.first).allSatisfy({ t[$0].isWord }), !isInPrepositionalPhrase(head, t)
    else { return false }
    return true
  }

  /// A hyphen compound whose last part is lower-case: "Microsoft-backed", "Texas-based", "KI-gestützte".
  static func isCompoundAdjective(_ t: Token) -> Bool {
    t.isHyphenated && t.parts.count >= 2 && t.parts.last?.first?.isLowercase == true
  }

  /// A name inside a compound adjective right before another name ("Microsoft-backed OpenAI"): it only
  /// describes that name, which is the phrase's head.
  func isCompoundModifier(_ m: Mention, _ t: [Token], _ mentions: [Mention]) -> Bool {
    m.first == m.last && RelationExtractor.isCompoundAdjective(t[m.last]) && mentions.contains { $0.first == m.last + 1 }
  }

  /// A name that says what it reports after a comma: "…, Kon said", "…, sagte Kon", "…, Microsoft told
  /// Reuters": the speaker, not an argument of the words before.
  static func isTrailingSpeaker(_ m: Mention, _ t: [Token]) -> Bool {
    guard m.first >= 2 else { return false }
    if t[m.first - 1].text == ",", m.last + 1 < t.count, trailingReportingVerbs.contains(t[m.last + 1].lowercased) { return true }
    // (With a lower-case title or an article before the name: "…, chief executive Chris Walti said", "…, the
    // company said"; not "…, and X said".)
    if m.last + 1 < t.count, trailingReportingVerbs.contains(t[m.last + 1].lowercased),
      let comma = (max(0, m.first - 4)..<m.first).last(where: { t[$0].text == "," }), comma + 1 < m.first,
      t[(comma + 1)..<m.first].allSatisfy({ $0.isWord && !$0.isCapitalized }),
      determiners.contains(t[comma + 1].lowercased) || t[(comma + 1)..<m.first].contains(where: { $0.info?.roleRelation != nil || titleWords.contains($0.lowercased) })
    {
      return true
    }
    // ", teilte der Telekom-Konzern mit": an article may stand between the verb and the speaker.
    var v = m.first - 1
    if v >= 2, determiners.contains(t[v].lowercased) { v -= 1 }
    return t[v - 1].text == "," && trailingReportingVerbs.contains(t[v].lowercased)
  }

  /// Lower-case words of a speaker's title before the name ("chief executive", "spokesperson").
  static let titleWords: Set<String> = [
    "chief", "executive", "president", "spokesperson", "spokesman", "spokeswoman", "founder", "co-founder", "chairman", "chair",
    "officer", "director", "head", "manager", "partner",
  ]

  static let trailingReportingVerbs: Set<String> = [
    "said", "says", "told", "added", "explained", "noted", "wrote", "sagte", "sagt", "erklärte", "erklärt", "betonte",
    "betont", "ergänzte", "schrieb", "so", "teilte", "teilten", "berichtete", "meldete",
  ]

  /// Beginnings of words of belonging to a group: "gehören", "angehören", "zählen", "Mitglieder", "members".
  static let membershipWords = ["gehör", "angehör", "zähl", "mitglied", "member"]

  /// Plural nouns of rivals and partners that a list of names may follow directly ("rivals Foxconn, Jabil and
  /// Flex", "den Konkurrenten A und B").
  static let pluralRivalNouns: Set<String> = ["rivals", "competitors", "partners", "konkurrenten", "wettbewerbern", "wettbewerber", "rivalen", "partnern"]

  /// Whether a mention stands in a relative clause opened after a comma before it: "Apple, which buys
  /// Qualcomm modems, …", "Intel, das Mobileye kaufte, …" (a German article before a capitalised word opens
  /// no clause).
  func isInRelativeClause(_ m: Mention, _ t: [Token]) -> Bool {
    guard let comma = (0..<m.first).last(where: { t[$0].is(.clauseBreak) }), t[comma].text == ",", comma + 2 <= m.first else { return false }
    let w = t[comma + 1]
    guard RelationExtractor.relativePronouns.contains(w.lowercased) else { return false }
    return !(w.is(.definiteArticle) && comma + 2 < t.count && t[comma + 2].isCapitalized && comma + 2 == m.first)
  }

  /// Whether a name follows "gemeinsam mit", "zusammen mit", "together with" (past an article and a noun:
  /// "gemeinsam mit dem US-Chipkonzern Nvidia").
  func isJointAgent(_ m: Mention, _ t: [Token]) -> Bool {
    guard m.first >= 2, let k = (max(1, m.first - 4)..<m.first).last(where: { ["mit", "with"].contains(t[$0].lowercased) }),
      RelationExtractor.jointlyWords.contains(t[k - 1].lowercased)
    else { return false }
    // Only an article, lower-case adjectives and one describing noun right before the name: "gemeinsam mit dem
    // US-Chipkonzern Nvidia" (not "gemeinsam mit Partnern den Softwarekonzern Altair", whose name is the object).
    var j = k + 1
    if j < m.first, t[j].is(.definiteArticle) || RelationExtractor.determiners.contains(t[j].lowercased) { j += 1 }
    while j < m.first, t[j].isWord, !t[j].isCapitalized, !t[j].is(.definiteArticle), !RelationExtractor.determiners.contains(t[j].lowercased) { j += 1 }
    if j < m.first, t[j].isWord, t[j].isCapitalized { j += 1 }
    return j == m.first
  }

  /// The preposition a mention's phrase stands after ("von" in "die Frequenzen von Orange"); nil when it
  /// stands in no prepositional phrase.
  func governingPreposition(_ m: Mention, _ t: [Token]) -> String? {
    prepositionIndex(before: m, t, stoppingAtRelatives: false).map { t[$0].lowercased }
  }

  func isInPrepositionalPhrase(_ m: Mention, _ t: [Token]) -> Bool {
    guard let k = prepositionIndex(before: m, t, stoppingAtRelatives: true) else { return false }
    // "for Google to use …": the subject of an infinitive clause.
    if t[k].lowercased == "for", m.last + 1 < t.count, t[m.last + 1].lowercased == "to" { return false }
    return true
  }

  /// "…, which will use": a relative pronoun right after the mention's phrase opens the cue's clause.
  private func relativeClauseLinks(_ m: Mention, _ hit: CueHit, _ t: [Token]) -> Bool {
    let k = m.last + 1
    return k + 1 < hit.start && t[k].text == "," && RelationExtractor.relativePronouns.contains(t[k + 1].lowercased)
      && inSameClause(k + 2, hit.start, t)
  }

  /// The agent after "von/durch/by" and the patients before a passive auxiliary, when the cue is a
  /// participle in a passive clause.
  private func passiveArguments(
    _ hit: CueHit, _ t: [Token], sources: [Mention], targets: [Mention]
  ) -> (agents: [Mention], patients: [Mention])? {
    // English: "was acquired by Y", and the reduced relative "X, backed by Y, …".
    // Also with a short phrase before "by": "X, founded in 2021 by Y".
    let by = (hit.end..<min(hit.end + 4, t.count)).first { t[$0].lowercased == "by" }
    let aux = (max(0, hit.start - 3)..<hit.start).last { RelationExtractor.passiveAuxiliaries.contains(t[$0].lowercased) }
    // (Also after an apposition's noun: "Humain, the AI company backed by Saudi Arabia's Public Investment Fund".)
    let describedComma = hit.start >= 3 && !t[hit.start - 1].isCapitalized
      ? (max(0, hit.start - 6)..<(hit.start - 2)).last(where: { c in
        t[c].text == "," && RelationExtractor.englishArticles.contains(t[c + 1].lowercased)
          && t[(c + 2)..<hit.start].allSatisfy { $0.isWord && !$0.is(.preposition) && !$0.is(.coordinator) && !RelationExtractor.relativePronouns.contains($0.lowercased) }
      }) : nil
    let reduced = hit.start > 0 && (t[hit.start - 1].text == "," || describedComma != nil) && t[hit.start].lowercased.hasSuffix("ed")
    if let by, aux != nil || reduced, t[hit.end..<by].allSatisfy({ $0.isWord && (!$0.isCapitalized || $0.text.first!.isNumber) }) {
      // "founded by a pair of Harvard dropouts, A and B, along with C and former X CTO D": the persons of
      // the agent phrase, when it opens with a description.
      let people = sources.filter { $0.ref.kind == .person }
      if !sources.contains(where: { $0.first > by && $0.first <= by + 3 && $0.ref.kind == .person }),
        let first = people.first(where: { $0.first > by + 1 && $0.first <= by + 9 }),
        t[(by + 1)..<first.first].allSatisfy({ $0.isWord || $0.text == "," }),
        let patient = targets.last(where: { $0.last < (aux ?? hit.start) })
      {
        return (personList(from: first, in: people, t), expand(patient, backwardIn: targets, tokens: t))
      }
      // "is backed by eight Japanese companies, namely A, B and its unit C": every organisation of the list
      // after a description. (Not for buying: "acquired by a consortium including A" may name members of a
      // buyer.)
      if [.investsIn, .founded, .supports].contains(hit.cue.relation), by + 2 < t.count,
        !sources.contains(where: { $0.first > by && $0.first <= by + 3 }),
        let opener = ((by + 2)..<min(by + 10, t.count)).first(where: { RelationExtractor.agentListOpeners.contains(t[$0].lowercased) }),
        !sources.contains(where: { $0.first > by && $0.first < opener }),
        // The description is a plural noun of backers ("companies", not "former employees of several firms",
        // not "researchers who worked at companies").
        let noun = (by + 1..<opener).last(where: { t[$0].isWord }), RelationExtractor.backerNouns.contains(t[noun].lowercased),
        !t[(by + 1)..<opener].contains(where: { $0.is(.preposition) || RelationExtractor.relativePronouns.contains($0.lowercased) }),
        let patient = targets.last(where: { $0.last < (aux ?? hit.start) })
      {
        // The list ends at a clause break, or at ", and" before a verb: "namely A and B, and competes with C".
        let end = ((opener + 1)..<t.count).first(where: { k in
          (t[k].is(.clauseBreak) && t[k].text != ",")
            || (t[k].text == "," && k + 2 < t.count && t[k + 1].is(.coordinator) && t[k + 1].isWord && t[k + 2].isWord && !t[k + 2].isCapitalized
              && !RelationExtractor.determiners.contains(t[k + 2].lowercased))
        }) ?? t.count
        let agents = sources.filter { s in
          s.ref.kind == .organization && s.first > opener && s.last < end && !(s.isGenitive && sources.contains { $0.first == s.last + 1 })
        }
        return agents.isEmpty ? nil : (agents, [patient])
      }
      guard let agent = sources.first(where: { $0.first > by && $0.first <= by + 3 }),
        var patient = targets.last(where: { $0.last < (aux ?? hit.start) })
      else { return nil }
      // A coordinated predicate: "Meta — which owns Facebook, Instagram and was co-founded by X": the
      // subject of the first predicate (the relative clause's antecedent), not its last object.
      if let aux, aux >= 1, t[aux - 1].is(.coordinator),
        let relative = (0..<aux).last(where: { ["which", "that", "who", "das", "die", "der"].contains(t[$0].lowercased) }),
        let antecedent = targets.last(where: { $0.last < relative && $0.last >= relative - 2 })
      {
        patient = antecedent
        return ([agent], [patient])
      }
      // "founded by Google engineers A and B": the organisation only says where the people come from.
      if agent.ref.kind == .organization,
        let person = people.first(where: {
          $0.first > agent.last && $0.first <= agent.last + 3
            && t[(agent.last + 1)..<$0.first].allSatisfy { $0.isWord && !$0.isCapitalized && !$0.is(.coordinator) }
        })
      {
        return (expand(person, forwardIn: people, tokens: t), expand(patient, backwardIn: targets, tokens: t))
      }
      // "founded by A, B and C": every person of the list.
      if agent.ref.kind == .person { return (personList(from: agent, in: people, t), expand(patient, backwardIn: targets, tokens: t)) }
      // "established by Mubadala and G42": every organisation coordinated with the first.
      var agents = expand(agent, forwardIn: sources.filter { $0.ref.kind == .organization }, tokens: t)
      // "founded by former Apple chip architects", "by Apple and Google veterans": people from an organisation,
      // unnamed, are no agent (the staff noun after the last conjunct counts for all before it).
      if agent.ref.kind == .organization, let last = agents.last {
        let staff = ((last.last + 1)..<min(last.last + 4, t.count)).prefix(while: { t[$0].isWord && !t[$0].isCapitalized })
          .contains(where: { RelationExtractor.formerStaffNouns.contains(t[$0].lowercased) })
        agents.removeAll { a in staff || (a.first > by + 1 && t[a.first - 1].is(.former)) }
        if agents.isEmpty { return nil }
      }
      // (An apposition's list ends at its closing comma: "NGP Capital, the investor backed by Nokia, and
      // Bessemer also participated".)
      // (Not the comma of a list written with one before "and": "backed by Microsoft, Nvidia, and Salesforce".)
      if describedComma != nil, let close = ((by + 1)..<max(by + 1, t.count - 1)).first(where: { t[$0].text == "," && t[$0 + 1].is(.coordinator) }),
        !t[(by + 1)..<close].contains(where: { $0.text == "," })
      {
        agents = agents.filter { $0.first < close }
      }
      return (agents, expand(patient, backwardIn: targets, tokens: t))
    }
    // A fronted participle: "Founded in 2017 by Y, who …, X has become …".
    if hit.start == 0, t[hit.start].lowercased.hasSuffix("ed"),
      let by = (hit.end..<min(hit.end + 4, t.count)).first(where: { t[$0].lowercased == "by" }),
      let agent = sources.first(where: { $0.first == by + 1 })
    {
      let agents = expand(agent, forwardIn: sources, tokens: t)
      guard let patient = targets.first(where: { $0.first > agents.map(\.last).max()! && t[$0.first - 1].text == "," }) else { return nil }
      return (agents, [patient])
    }
    // The perfect passive has its "worden" after the participle: "war 2018 von Wingtech übernommen worden".
    let perfect = hit.end < t.count && t[hit.end].lowercased == "worden"
    guard
      let aux = (0..<hit.start).last(where: {
        RelationExtractor.passiveAuxiliaries.contains(t[$0].lowercased) || (perfect && RelationExtractor.perfectAuxiliaries.contains(t[$0].lowercased))
      }),
      let by = (aux..<hit.start).first(where: { RelationExtractor.agentPrepositions.contains(t[$0].lowercased) }),
      inSameClause(aux, by, t), inSameClause(by, hit.start, t, commas: false),
      // The subject, not a name in a phrase of it: "Die Rolle von SAP ist von Oracle übernommen worden".
      let patient = targets.last(where: { $0.last < aux && !isInPrepositionalPhrase($0, t) && !$0.isGenitive })
    else { return nil }
    // The agent phrase may be long ("von den ehemaligen Forschern A, B und C gegründet"): persons named
    // in it are the agents; otherwise the first organisation right after the preposition.
    let inPhrase = sources.filter { $0.first > by && $0.last < hit.start }
    let persons = inPhrase.filter { $0.ref.kind == .person }
    if let last = persons.last, inSameClause(last.last + 1, hit.start, t) {
      return (expand(last, backwardIn: persons, tokens: t), expand(patient, backwardIn: targets, tokens: t))
    }
    // "wurde von BMW, Daimler und Ford gegründet": the list's commas are no clause breaks.
    guard let agent = inPhrase.first(where: { $0.first <= by + 4 }), inSameClause(by, hit.start, t, commas: false) else { return nil }
    let agents = expand(agent, forwardIn: inPhrase, tokens: t)
    return (agents.last.map { inSameClause($0.last + 1, hit.start, t) } == true ? agents : [agent], expand(patient, backwardIn: targets, tokens: t))
  }

  /// The agent of a noun cue named with a preposition right after it ("investment from Amazon",
  /// "Finanzierungsrunde unter anderem mit Nvidia", "Beteiligung von Bosch an …"). Not for agent nouns
  /// ("Investor von X" names the target).
  private func nounCueAgent(_ hit: CueHit, _ t: [Token], _ sources: [Mention]) -> Mention? {
    guard !isVerb(hit, t), hit.cue.relation == .investsIn || hit.cue.relation == .acquires else { return nil }
    let word = t[hit.end - 1].lowercased
    if ["er", "or", "ors", "oren", "ern"].contains(where: { word.hasSuffix($0) }) { return nil }
    if hit.cue.words.last.map({ ["in", "an", "bei", "from", "von"].contains($0.text) }) ?? false { return nil }
    var k = hit.end
    while k < min(hit.end + 4, t.count), !t[k].is(.clauseBreak) {
      if ["from", "by", "von", "vom", "durch", "seitens", "mit", "with"].contains(t[k].lowercased) {
        return sources.first { $0.first > k && $0.first <= k + 3 && $0.ref.kind == .organization }
      }
      k += 1
    }
    return nil
  }

  /// Whether a cue is a verb: one lower-case word (German nouns are capitalised) that does not end like
  /// an English noun ("partnership", "investment", "supplier") and is no preposition ("hinter", "behind").
  func isVerb(_ hit: CueHit, _ t: [Token]) -> Bool {
    // One word, or a phrasal verb: "snapped up", "took over".
    (hit.end - hit.start == 1 || (hit.end - hit.start == 2 && RelationExtractor.verbParticles.contains(t[hit.start + 1].lowercased)))
      && (t[hit.start].info.map { $0.isVerbForm } ?? RelationExtractor.isVerbForm(t[hit.start]))
  }
  static let verbParticles: Set<String> = ["up", "over", "out"]
  /// Prepositions a verb cue may be separated from by adverbs: "arbeitet seit 1998 für".
  static let gapPrepositions: Set<String> = ["für", "bei", "for", "at"]

  /// "AI", "KI", "5G": an abbreviation in capitals of at most four characters, which a gap may hold ("manufacture
  /// next-generation AI chips for").
  static func isShortCapitals(_ t: Token) -> Bool {
    t.text.utf8.count <= 4 && t.text.unicodeScalars.allSatisfy { $0.properties.isUppercase || ("0"..."9").contains($0) }
  }

  /// The word test of `isVerb`: lower-case, no English noun ending, no preposition.
  static func isVerbForm(_ token: Token) -> Bool {
    guard token.text.unicodeScalars.first?.properties.isLowercase ?? false else { return false }
    let word = token.lowercased
    if ["hinter", "behind"].contains(word) { return false }
    return word.withASCIIBytes { ascii in !nounEndings.contains { $0.isSuffix(of: word, ascii: ascii) } }
  }

  /// Endings of nouns that are no verb cue (compared by bytes in ASCII words, with the answers of `hasSuffix`).
  private static let nounEndings = [
    "ship", "ment", "tion", "ance", "er", "or", "ers", "ors", "ships", "ments", "tions", "ances",
  ].map(ASCIIAffix.init)

  /// The tokens inside the quotation that holds the cue, when the quotation opens the sentence (a statement
  /// quoted before its speaker; not a phrase quoted inside a sentence: 'the company was "collaborating with
  /// X"'), or nil.
  func quotation(around hit: CueHit, _ t: [Token]) -> Range<Int>? { quotation(around: hit.start..<hit.end, t) }

  /// The inside of a quotation that opens the sentence and holds the tokens `span`, or nil.
  func quotation(around span: Range<Int>, _ t: [Token]) -> Range<Int>? {
    // (Only the first two tokens can open it: no scan of the whole sentence per cue.)
    guard let open = t.prefix(2).firstIndex(where: { $0.is(.quoteMark) }), open < span.lowerBound,
      !t[(open + 1)..<span.lowerBound].contains(where: { $0.is(.quoteMark) }),
      let close = (span.upperBound..<t.count).first(where: { t[$0].is(.quoteMark) })
    else { return nil }
    return (open + 1)..<close
  }

  func implicit(_ ref: EntityRef, at position: Int) -> Mention {
    var m = Mention(ref: ref, first: position, last: position, surface: "", isAnaphor: true)
    m.isImplicit = true
    return m
  }

  /// "X macht mit", "X schloss sich der Allianz an", "X schloss sich diesem Mix an": X joins the
  /// organisation named after the cue; with a demonstrative ("diesem"), X takes over the relations of the
  /// previous sentence's group; otherwise X joins the nearest organisation named before it.
  private func joinStatements(_ hit: CueHit, _ t: [Token], _ regular: [Mention], _ context: Context, _ add: Add) {
    // "… and joined by other investors such as A and B": a passive names who joined, read as the round's
    // investors by the list rule.
    if hit.end < t.count, ["by", "von"].contains(t[hit.end].lowercased) { return }
    let orgs = regular.filter { $0.ref.kind == .organization }
    let clauseSubject = orgs.last(where: { $0.last < hit.start && inSameClause($0.last + 1, hit.start, t) })
    // "Rahul Mehta, AT&T's former chief technology officer, joined Verizon": a person who opens the sentence
    // joins the organisation after the verb as its employee (it is no subject of its own).
    // (Only the sentence's subject: the person opens it, and only the person's apposition or coordinated
    // people stand between it and the verb; not "Olaf Scholz said Sweden joined NATO".)
    if clauseSubject == nil, let person = regular.first, person.ref.kind == .person, person.first == 0, person.last < hit.start,
      !person.isGenitive
    {
      let people = expand(person, forwardIn: regular.filter { $0.ref.kind == .person && $0.last < hit.start }, tokens: t)
      let last = people.map(\.last).max() ?? person.last
      // (Past auxiliaries: "…, has joined".)
      var verb = hit.start
      while verb - 1 > last, RelationExtractor.appointmentAuxiliaries.contains(t[verb - 1].lowercased) { verb -= 1 }
      let direct = last + 1 == verb
      let apposition = !direct && verb - 1 > last + 1 && t[last + 1].text == "," && t[verb - 1].text == ","
        && !t[(last + 2)..<(verb - 1)].contains(where: { $0.is(.clauseBreak) })
      guard direct || apposition else { return }
      if let employer = orgs.first(where: { $0.first == hit.end }) {
        for p in people { add(p, employer, .worksFor, nil, hit.start) }
      }
      return
    }
    guard let subject = clauseSubject ?? orgs.first(where: { $0.first == hit.end }) else { return }
    let members = expand(subject, backwardIn: orgs, tokens: t)
    if t[hit.end..<min(hit.end + 3, t.count)].contains(where: { RelationExtractor.demonstratives.contains($0.lowercased) }) {
      for previous in context.previousStatements where RelationExtractor.joinableRelations.contains(previous.relation) {
        for m in members { add(m, implicit(previous.target, at: hit.start), previous.relation, nil, hit.start) }
      }
      return
    }
    // The object follows in the same clause, before a second verb ("… an und diversifizierte …").
    var clauseEnd = hit.end
    while clauseEnd < t.count, !t[clauseEnd].is(.clauseBreak),
      !["und", "and", "an"].contains(t[clauseEnd].lowercased)
    {
      clauseEnd += 1
    }
    if let target = orgs.first(where: {
      $0.first >= hit.end && $0.last < clauseEnd && $0.ref.key != subject.ref.key
        && !t[$0.first - 1].is(.preposition)
    }) {
      // "SoftBank joined OpenAI, Oracle and MGX in announcing Stargate": joining others in an act is no
      // membership; all who announce, launch or build a project take part in it.
      // (A gerund, not a place or a season: "in Beijing", "in Reading", "in spring 2023" keep the membership.)
      if let e = ((target.last + 1)..<max(target.last + 1, min(target.last + 12, t.count - 1))).first(where: {
        t[$0].lowercased == "in" && !t[$0 + 1].isCapitalized && t[$0 + 1].lowercased.hasSuffix("ing")
          && !RelationExtractor.nounsInIng.contains(t[$0 + 1].lowercased)
      }), inSameClause(target.last + 1, e, t, commas: false) {
        let joined = orgs.filter { $0.first >= target.first && $0.last < e && !$0.isGenitive }
        if RelationExtractor.projectStartingGerunds.contains(t[e + 1].lowercased),
          let project = regular.first(where: { $0.ref.kind == .project && $0.first > e + 1 && $0.first <= e + 4 }),
          t[(e + 2)..<project.first].allSatisfy({ $0.isWord && !$0.isCapitalized })
        {
          for m in members + joined { add(m, project, .participatesIn, nil, hit.start) }
        }
        return
      }
      for m in members { add(m, target, .memberOf, nil, hit.start) }
      return
    }
    let firstMember = members.map(\.first).min() ?? subject.first
    if let group = orgs.last(where: { $0.last < firstMember && !members.contains($0) }) {
      for m in members { add(m, group, .memberOf, nil, hit.start) }
    }
  }

  /// Nouns that end like a gerund: "joined the alliance in spring".
  static let nounsInIng: Set<String> = [
    "spring", "morning", "evening", "ceiling", "thing", "king", "ring", "string", "wing", "sibling", "housing", "listing",
    "ruling", "hearing", "filing", "briefing",
  ]

  static let englishArticles: Set<String> = ["the", "a", "an"]
  /// What introduces the names of a list after its noun: "suppliers such as A", "suppliers, among them A".
  static let exampleWords = EntityRecognizer.exampleIntroducers.union(["such", "as", "among", "them"])
  static let endingVerbs: Set<String> = [
    "ended", "ends", "end", "terminated", "terminates", "terminate", "dissolved", "beendet", "beendete", "beendeten",
    "aufgekündigt",
  ]

  static let raisingVerbs: Set<String> = ["raised", "raises", "raise", "raising"]
  /// Money without a sum: "raised funds from", "sammelte Kapital bei" (as written: "Durable Capital" is a name).
  static let moneyWords: Set<String> = ["funds", "capital", "cash", "financing", "funding", "Kapital", "Geld", "Finanzierung"]

  /// People of an organisation named by their trade: "founded by former Apple chip architects".
  static let formerStaffNouns: Set<String> = [
    "engineers", "architects", "designers", "employees", "executives", "researchers", "scientists", "veterans", "alumni",
    "managers", "staff", "staffers", "developers", "founders", "mitarbeitern", "ingenieuren", "managern", "forschern",
  ]

  static let projectStartingGerunds: Set<String> = [
    "announcing", "launching", "unveiling", "building", "forming", "creating", "founding", "developing", "funding",
  ]

  /// Words between a target and a later source that make the source the agent: passive "von"/"durch",
  /// or a quote's attribution ("…“, sagt der Konzern-Chef").
  static let agentMarkers: Set<String> = ["von", "durch", "sagt", "so", "erklärt", "betont", "by", "said", "says"]
  static let clauseBreaks: Set<String> = [",", ";", ":", "-", "–", "—", "(", ")"]
  static let firstPerson: Set<String> = ["wir", "ich", "we", "i"]

  /// Whether no clause break lies between two token positions. With `brackets`, a closed bracket of at
  /// most twelve tokens that holds a number and no clause break is an aside, no break: "will Altair für 10
  /// Milliarden Dollar (9,2 Milliarden Euro) übernehmen" (not "dass Siemens (München) …": a name in
  /// brackets may be the subject before them).
  func inSameClause(_ from: Int, _ to: Int, _ t: [Token], commas: Bool = true, brackets: Bool = false) -> Bool {
    guard brackets else {
      return from >= to || !(from..<to).contains { k in
        t[k].is(.clauseBreak) && (commas || t[k].text != ",") && !isSuspendedHyphen(k, t)
      }
    }
    var k = from
    while k < to {
      if t[k].text == "(", let close = t[(k + 1)..<min(to, k + 14)].firstIndex(where: { $0.text == ")" }),
        !t[(k + 1)..<close].contains(where: { $0.text == "(" || ($0.is(.clauseBreak) && $0.text != ",") }),
        t[(k + 1)..<close].contains(where: { $0.text.first?.isNumber == true })
      {
        k = close + 1
        continue
      }
      if t[k].is(.clauseBreak) && (commas || t[k].text != ",") && !isSuspendedHyphen(k, t) { return false }
      k += 1
    }
    return true
  }

  /// The hyphen of a suspended compound ("Google- und Meta-Forscher") does not break a clause.
  private func isSuspendedHyphen(_ k: Int, _ t: [Token]) -> Bool {
    t[k].text == "-" && k > 0 && k + 1 < t.count && t[k - 1].isWord && t[k - 1].end == t[k].start
      && ["und", "oder", "and", "or", ","].contains(t[k + 1].lowercased)
  }

  /// "unterstützen wir": the speaker, not a named entity, is the subject of the cue.
  private func speakerIsSubject(_ hit: CueHit, _ t: [Token]) -> Bool {
    [hit.start - 1, hit.end].contains { $0 >= 0 && $0 < t.count && RelationExtractor.firstPerson.contains(t[$0].lowercased) }
  }

  /// The mention and those joined to it by ",", "und", "oder" … going forward.
  func expand(_ m: Mention, forwardIn list: [Mention], tokens: [Token]) -> [Mention] {
    var result = [m]
    var current = m
    // (A bracket may close the conjunct: "Caterpillar (NYSE: CAT) and Amazon Web Services (AWS)".)
    // ("angeführt von A sowie vom Fonds B": the agent's preposition may come again after a word coordinator;
    // so may an article: "der Softwarekonzern SAP, die Christ-Gruppe und …". Such a conjunct must go on with
    // the list or end it: "Quorvel, die Bosch gehört" is a relative clause.)
    func coordinated(_ range: Range<Int>, _ next: Mention) -> Bool {
      var gap = RelationExtractor.afterBracket(range, tokens)
      let repeated = tokens[gap.upperBound - 1].lowercased
      if gap.count >= 2, RelationExtractor.repeatedListPrepositions.contains(repeated) || tokens[gap.upperBound - 1].is(.definiteArticle) {
        // ("with" only after a first "with": "majority-owned by Toyota, with Toyota Tsusho holding …" is no list.)
        if ["with", "mit"].contains(repeated), governingPreposition(m, tokens) != repeated { return false }
        gap = gap.dropLast()
        guard gap.contains(where: { tokens[$0].isWord }) || continuesList(after: next, tokens) else { return false }
      }
      return !gap.isEmpty && gap.allSatisfy { tokens[$0].is(.coordinator) }
    }
    while var next = list.first(where: { $0.first > current.last }), next.first > current.last + 1 {
      // "mit NXP aus Eindhoven und dem japanischen Hersteller Renesas": a conjunct's origin is passed over.
      let from = originEnd(after: current, before: next.first, tokens) ?? current.last + 1
      if !(coordinated(from..<next.first, next) || isDescribedConjunct(next, from: from, tokens)) {
        // "A, dem Investmentarm des Konzerns B, sowie C": an apposition between two conjuncts is passed over
        // (not before a new clause: "Quorvel, a startup, and Google bought …").
        // (The closing comma may itself join: "Tesla, the US carmaker, BMW and Stellantis".)
        guard let close = appositionEnd(after: current, tokens),
          let after = list.first(where: { $0.first > close }),
          after.first == close + 1 || coordinated((close + 1)..<after.first, after) || isDescribedConjunct(after, from: close + 1, tokens),
          continuesList(after: after, tokens, finalVerb: tokens[(close + 1)..<after.first].contains(where: { $0.isWord && $0.is(.coordinator) }))
        else { break }
        next = after
      }
      // "Nvidia and Alphabet's Google": the possessor only qualifies the name after it; so does the first part
      // of a compound before a name ("und Lidl-Eigentümer Dieter Schwarz").
      if next.isGenitive || next.head != nil, let owned = list.first(where: { $0.first == next.last + 1 }) { next = owned }
      result.append(next)
      current = next
    }
    return result
  }

  /// The coordinator after an origin phrase right after `m` ("aus Eindhoven", "from Munich": "aus" or "from"
  /// and one or two capitalised words), when it comes before `limit`; nil otherwise. O(1).
  func originEnd(after m: Mention, before limit: Int, _ t: [Token]) -> Int? {
    let k = m.last + 1
    guard k + 2 < limit, t[k].text == "aus" || t[k].text == "from", t[k + 1].isWord, t[k + 1].isCapitalized else { return nil }
    let end = t[k + 2].isWord && t[k + 2].isCapitalized && !t[k + 2].is(.coordinator) ? k + 3 : k + 2
    return end < limit && t[end].is(.coordinator) ? end : nil
  }

  /// The mention whose apposition (`appositionEnd`) holds `m` ("A, dem Investmentarm des Konzerns B,": A for
  /// B), or nil.
  func appositionHolder(of m: Mention, _ list: [Mention], _ t: [Token]) -> Mention? {
    list.last { e in
      e.last < m.first && m.first - e.last <= 11 && appositionEnd(after: e, t).map({ $0 > m.last }) == true
    }
  }

  /// Whether the list goes on or ends after `m`: the sentence ends, or punctuation or a coordinator follows
  /// (not a verb: "… and Google bought").
  /// (With `finalVerb`, also a German verb closing the clause: "…, und B gegründet worden"; not after a bare
  /// comma, where a relative clause ends in its verb: "Quorvel, die Bosch gehört".)
  func continuesList(after m: Mention, _ t: [Token], finalVerb: Bool = false) -> Bool {
    let k = m.last + 1
    return k >= t.count || !t[k].isWord || t[k].is(.coordinator) || (finalVerb && isClauseFinalGermanVerb(at: k, t))
  }

  /// Whether a noun phrase without a name opens right after the cue verb: an article or determiner, or a
  /// capitalised word that starts no mention ("übernimmt den Betrieb", "übernimmt Betrieb und Sicherheit").
  func opensObject(after hit: CueHit, _ t: [Token], _ mentions: [Mention]) -> Bool {
    guard hit.end < t.count, t[hit.end].isWord else { return false }
    let next = t[hit.end]
    return RelationExtractor.determiners.contains(next.lowercased)
      || (next.isCapitalized && !mentions.contains { $0.first <= hit.end && hit.end <= $0.last })
  }

  /// A German participle or verb closing its clause after a list: "von A, einem früheren Manager, und B
  /// gegründet worden" (not English "Google bought …": German prefixes only).
  func isClauseFinalGermanVerb(at k: Int, _ t: [Token]) -> Bool {
    let w = t[k].lowercased
    // A participle ("gegründet", "beteiligt") or any verb before an auxiliary; not an adverb ("zuletzt", "erneut").
    guard !t[k].isCapitalized, RelationExtractor.isGermanVerbForm(t[k]),
      RelationExtractor.germanVerbPrefixes.contains(where: { w.hasPrefix($0) && w.count > $0.count + 2 })
    else { return false }
    if k + 1 < t.count, RelationExtractor.germanClauseEndAuxiliaries.contains(t[k + 1].lowercased) { return true }
    let participle = w.hasPrefix("ge") || ["be", "er", "ver", "zer", "ent"].contains(where: { w.hasPrefix($0) }) && w.hasSuffix("t")
    return participle && !RelationExtractor.germanAdverbsLikeVerbs.contains(w) && (k + 1 >= t.count || !t[k + 1].isWord)
  }

  static let germanAdverbsLikeVerbs: Set<String> = ["zuletzt", "erneut", "vorerst", "bereits", "bisher", "erst", "gerecht"]
  static let germanVerbPrefixes = ["ge", "be", "er", "ver", "über", "an", "auf", "ein", "aus", "zu", "mit", "vor"]
  static let germanClauseEndAuxiliaries: Set<String> = ["worden", "wurde", "wurden", "haben", "hat", "hatte", "hatten", "sind", "ist", "werden", "wird", "war", "waren"]

  /// Prepositions that set a name beside or against others: it is none of theirs ("Neben X …", "Like X, …").
  static let besidePrepositions: Set<String> = ["neben", "außer", "wie", "besides", "beside", "alongside", "like", "unlike"]

  /// Prepositions a list's item may repeat after its coordinator: "von A sowie vom Fonds B", "by A and by B",
  /// "competes with A, with B and with C".
  static let repeatedListPrepositions: Set<String> = ["von", "vom", "by", "from", "with", "mit"]

  /// The closing comma of an apposition right after `m`: a comma, an article, then at most nine words
  /// (names among them) up to the next comma ("A, dem Investmentarm des Konzerns B, sowie C"), or nil.
  func appositionEnd(after m: Mention, _ t: [Token]) -> Int? {
    let c = m.last + 1
    guard c + 2 < t.count, t[c].text == ",", RelationExtractor.appositionOpeners.contains(t[c + 1].lowercased) else { return nil }
    var k = c + 2
    while k < t.count, k - c <= 11, t[k].isWord, !t[k].is(.coordinator) { k += 1 }
    return k < t.count && t[k].text == "," && k - c <= 11 ? k : nil
  }

  /// (Also a relative clause's pronoun: "Accel, das mit Siemens kooperiert, sowie Lightspeed".)
  static let appositionOpeners: Set<String> = ["dem", "der", "die", "das", "des", "the", "a", "an", "einem", "einer", "eines", "ein", "eine"]

  /// A conjunct with a short description before its name: "…, dem deutschen Software-Spezialisten ParTec
  /// und dem Grafikprozessoren-Hersteller NVIDIA", "… and state-backed fund Sailing Capital", "… und
  /// Finanzvorstand Eick". Coordinators, then at most four words (an article first) that end in an
  /// organisation noun, or a role word before a person. No verb fits: the last word is a noun.
  private func isDescribedConjunct(_ next: Mention, after current: Mention, _ t: [Token]) -> Bool {
    isDescribedConjunct(next, from: current.last + 1, t)
  }

  /// Whether only an article, lower-case adjectives and an organisation noun (at most four words) stand
  /// between `start` and the mention: "mit dem indischstämmigen Anbieter Whatfix".
  func isDescribedObject(_ m: Mention, from start: Int, _ t: [Token]) -> Bool {
    guard m.first > start + 1, m.first - start <= 4 else { return false }
    let head = t[m.first - 1]
    guard head.info?.isOrgHeadNoun ?? lexicon.orgHeadNouns.contains(head.text) else { return false }
    return t[start..<(m.first - 1)].allSatisfy(isDescribingWord)
  }

  /// A word of a name's description before its noun: an article or determiner, a lower-case adjective or a
  /// hyphen compound ("US-Chipkonzern"), no preposition.
  private func isDescribingWord(_ w: Token) -> Bool {
    w.isWord && !w.is(.preposition) && (RelationExtractor.determiners.contains(w.lowercased) || !w.isCapitalized || w.isHyphenated)
  }

  /// `isDescribedConjunct(_:after:_:)` with the gap starting at `start`; a preposition of the list may come
  /// again after the coordinators ("sowie vom Wagniskapitalfonds AMP").
  private func isDescribedConjunct(_ next: Mention, from start: Int, _ t: [Token]) -> Bool {
    var k = start
    while k < next.first, RelationExtractor.coordinators.contains(t[k].lowercased) { k += 1 }
    if k > start, k < next.first, RelationExtractor.repeatedListPrepositions.contains(t[k].lowercased) { k += 1 }
    // "… sowie weiterer Beteiligungsgesellschaften wie X", "and other investors such as X": the noun before
    // the word that opens the examples.
    var h = next.first - 1
    if h > k, ["wie", "like", "including"].contains(t[h].lowercased) {
      h -= 1
    } else if h - 1 > k, t[h].lowercased == "as", t[h - 1].lowercased == "such" {
      h -= 2
    }
    guard k > start, k <= h, h - k < 4 else { return false }
    let head = t[h]
    // (Or a seat's adjective: "CoreWeave and the Amsterdam-based Nebius".)
    let headFits = next.ref.kind == .person
      ? roleRelation(of: head) != nil
      : head.info?.isOrgHeadNoun ?? lexicon.orgHeadNouns.contains(head.text)
        || (head.isHyphenated && head.parts.last.map { lexicon.orgHeadNouns.contains(String($0)) } == true)
        || (head.isHyphenated && head.parts.last.map { ["based", "basierte", "ansässige"].contains($0.lowercased()) } == true)
    // (No preposition: in "Audi, a carmaker owned by Volkswagen, invested in the startup Holoride" the
    // startup is an object, no conjunct.)
    // (A known place may describe it too: "Singapore sovereign wealth fund GIC".)
    return headFits && t[k..<h].allSatisfy { w in
      isDescribingWord(w)
        || w.isWord && !w.is(.preposition) && lexicon.gazetteer.candidates(for: w).contains { $0.ref.kind == .place && $0.tokens.count == 1 }
    }
  }

  /// Persons listed from `first` on: "A and B, along with C and former Cypress CTO D". Between two
  /// persons only separators and list connectors ("along with", "as well as"), or a separator and a
  /// description with a role (`isDescribedPerson`); not a relative clause ("A, who hired B").
  func personList(from first: Mention, in people: [Mention], _ t: [Token]) -> [Mention] {
    var result = [first]
    var current = first
    while let next = people.first(where: { $0.first > current.last }), next.first - current.last <= 8,
      ((current.last + 1)..<next.first).allSatisfy({ k in
        t[k].text == "," || t[k].is(.coordinator) || RelationExtractor.listConnectors.contains(t[k].lowercased)
      }) || RelationExtractor.isDescribedPerson(next, after: current, t, roleRelation: roleRelation(of:))
    {
      result.append(next)
      current = next
    }
    return result
  }

  /// Words that join the members of a list: "along with", "as well as", "together with".
  static let listConnectors: Set<String> = ["along", "with", "as", "well", "together", "plus", "sowie", "gemeinsam", "mit"]

  /// Between two persons: separators, then a description with a role and its organisation ("and former
  /// Cypress Semiconductor CTO Mark Ross").
  static func isDescribedPerson(_ next: Mention, after current: Mention, _ t: [Token], roleRelation: (Token) -> Relation?) -> Bool {
    let gap = (current.last + 1)..<next.first
    guard gap.count <= 7, gap.contains(where: { t[$0].is(.coordinator) || t[$0].text == "," }), next.first >= 1,
      roleRelation(t[next.first - 1]) != nil
    else { return false }
    return gap.allSatisfy { t[$0].isWord || t[$0].text == "," }
  }

  /// `range` without a bracketed phrase of at most eight tokens at its start ("(NYSE: CAT)", "(AWS)").
  static func afterBracket(_ range: Range<Int>, _ t: [Token]) -> Range<Int> {
    guard range.count >= 3, t[range.lowerBound].text == "(",
      let close = t[range.lowerBound..<min(range.upperBound, range.lowerBound + 9)].firstIndex(where: { $0.text == ")" })
    else { return range }
    return (close + 1)..<range.upperBound
  }

  /// Whether `range` is a short verb phrase before a cue noun: one to four lower-case words, no
  /// preposition, comma or other punctuation ("announced their", "have formed a", "haben eine"), and no
  /// word that denies or ends the partnership ("reject a", "beenden ihre", "no").
  static func isVerbPhraseBeforeNoun(_ range: Range<Int>, _ t: [Token]) -> Bool {
    (1...4).contains(range.count)
      && range.allSatisfy {
        t[$0].isWord && !t[$0].isCapitalized && !t[$0].is(.preposition) && !t[$0].is(.coordinator)
          && !RelationExtractor.deniesPartnership(t[$0])
      }
  }
  /// Whether a word denies, ends or leaves a partnership (`partnershipDenials`, `partnershipDenialStarts`).
  static func deniesPartnership(_ t: Token) -> Bool {
    partnershipDenials.contains(t.lowercased) || partnershipDenialStarts.contains(where: t.lowercased.hasPrefix)
  }
  /// Nouns that a cue noun before them only qualifies: "partnership programs" are offers, no partnership.
  static let qualifiedCueNouns: Set<String> = ["program", "programs", "programme", "programmes", "programm", "manager", "managers"]
  /// Words that deny a partnership.
  static let partnershipDenials: Set<String> = ["no", "not", "never", "kein", "keine", "keinen", "nicht", "nie", "end", "ends", "ended", "ending"]
  /// Starts of words that deny, end or leave a partnership ("rejected", "ended", "beenden"; not "kündigen",
  /// which also announces: "kündigen eine Partnerschaft an").
  static let partnershipDenialStarts = [
    "reject", "deni", "deny", "terminat", "cancel", "quit", "abandon", "scrap", "beend", "lehnt", "abgelehnt",
    "stopp", "aufgekündigt", "exit",
  ]

  /// The mention and those joined to it by ",", "und", "oder" … going backward.
  func expand(_ m: Mention, backwardIn list: [Mention], tokens: [Token]) -> [Mention] {
    var result = [m]
    var current = m
    while var previous = list.last(where: { $0.last < current.first }) {
      // "Der Fonds A, dem Frühphasenarm des Konzerns B, sowie C zogen mit": B is inside A's apposition, and
      // the gap to C starts after its closing comma.
      var gapStart = previous.last + 1
      if let holder = appositionHolder(of: previous, list, tokens), let close = appositionEnd(after: holder, tokens), close < current.first {
        previous = holder
        gapStart = close
      }
      // "A, B und Hermann Hauser's Onsight Ventures": the possessor only qualifies the name after it.
      if previous.isGenitive, previous.last + 1 == current.first, current.first == result[result.count - 1].first {
        current = previous
        continue
      }
      // (A bracket may close the previous conjunct: "Caterpillar (NYSE: CAT), and", "Amazon Web Services (AWS) und".)
      let gap = RelationExtractor.afterBracket(gapStart..<current.first, tokens)
      guard gap.allSatisfy({ tokens[$0].is(.coordinator) }) && !gap.isEmpty
        || isDescribedConjunct(current, after: previous, tokens)  // "die Telekom und der Regionalanbieter EWE"
      else { break }
      result.append(previous)
      current = previous
    }
    return result
  }
}
