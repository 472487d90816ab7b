import GeflechtCore

/// Where organisations build, expand or are based, and where projects are: "Losgehen soll der Ausbau in
/// A, B und C", "Baugenehmigungen für die Standorte A und B", "das in A angesiedelte Unternehmen", "expand
/// its cloud footprint in A", "die im Frankfurter Stadtteil A errichtet wird".
///
/// A place is a site when a locative preposition ("in", "im", "bei", "near") stands before it, past at
/// most three articles, adjectives and area words ("im US-Bundesstaat", "in the"), or a facility noun
/// right before it ("Standorte A"), and a site word (`site_words.tsv`) stands within six words before that
/// in the same clause, or within three words after the place ("in A angesiedelte", "in A errichtet").
/// Places coordinated with a site ("in A, B und C") are sites too.
///
/// Who builds there: a project named before the place in the same clause is located there; the builder
/// is the sentence's subject (its first organisation outside a prepositional phrase and not a possessor),
/// or for a relative clause ("X, das seinen Sitz in A hat") its antecedent; for a seat word ("Sitz",
/// "headquartered", "angesiedelt") the organisation named nearest before, or right after the place
/// ("das in A angesiedelte Unternehmen"). A sentence that names no organisation outside a prepositional
/// phrase is about the document's topic (`Context.topics`, else `Context.recentOrganizations`). Building
/// gives builds_in; a seat ("mit Sitz in", "X-based", "aus Bristol", "der Münchener Konzern") gives
/// located_in from the organisation, which the extractor keeps only with `ExtractionOptions.includesSeats`. A
/// superlative's scope ("eine der größten Fabriken in Europa") and a region after a town ("Houston,
/// Texas") are no sites. Linear in the sentence's tokens times its mentions.
extension RelationExtractor {
  static let locativePrepositions: Set<String> = ["in", "im", "bei", "nahe", "near", "outside", "außerhalb"]

  /// Where an organisation is from, told by its name's neighbours: "das Startup Graphcore aus Bristol",
  /// "Virtus, ein Betreiber von Rechenzentren aus London, …" and "Cylance Inc., a California cybersecurity
  /// company": the place right after "aus", or opening an English apposition before its head noun.
  /// Continents and world regions, which name a market or a unit's area in brackets ("Vodafone (Europe)").
  static let worldRegions: Set<String> = [
    "Europa", "Asien", "Afrika", "Nordamerika", "Südamerika", "Lateinamerika", "Amerika", "Ozeanien", "Australien", "Nahost",
    "Naher Osten", "Mittlerer Osten", "Skandinavien", "Osteuropa", "Westeuropa",
  ]

  func originStatements(_ t: [Token], _ places: [Mention], _ mentions: [Mention], _ add: Add) {
    let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia }
    for p in places where p.first >= 2 {
      // "Tenstorrent (Toronto, Canada) has raised": a town in brackets right after the name is its seat
      // (not a country alone, which may name a market or a nationality).
      if t[p.first - 1].text == "(", let o = orgs.first(where: { $0.last == p.first - 2 }), !lexicon.countries.contains(p.ref.name),
        !RelationExtractor.worldRegions.contains(p.ref.name),
        p.last + 1 < t.count, [")", ","].contains(t[p.last + 1].text)
      {
        add(o, p, .locatedIn, nil, p.first - 1)
        continue
      }
      // "Mistral AI aus Frankreich" names a nationality; a town or region names the seat.
      if t[p.first - 1].lowercased == "aus" || (t[p.first - 1].lowercased == "dem" && p.first >= 3 && t[p.first - 2].lowercased == "aus") {
        guard !lexicon.countries.contains(p.ref.name) else { continue }
        let aus = t[p.first - 1].lowercased == "aus" ? p.first - 1 : p.first - 2
        if let o = orgs.first(where: { $0.last == aus - 1 }) {
          add(o, p, .locatedIn, nil, aus)
        } else if let comma = (max(0, aus - 8)..<aus).last(where: { t[$0].text == "," }), comma + 1 < aus,
          ["ein", "eine", "einer", "einem", "einen"].contains(t[comma + 1].lowercased),
          t[(comma + 1)..<aus].contains(where: { $0.info?.isOrgHeadNoun == true }),
          let o = orgs.first(where: { $0.last == comma - 1 })
        {
          add(o, p, .locatedIn, nil, aus)
        }
        continue
      }
      // "Cylance Inc., a California cybersecurity company".
      guard p.first >= 3, ["a", "an"].contains(t[p.first - 1].lowercased), t[p.first - 2].text == ",",
        let o = orgs.first(where: { $0.last == p.first - 3 }),
        let head = ((p.last + 1)..<min(p.last + 5, t.count)).first(where: { !t[$0].isWord || t[$0].isCapitalized || t[$0].info?.isOrgHeadNoun == true }),
        t[head].isWord, !t[head].isCapitalized
      else { continue }
      add(o, p, .locatedIn, nil, p.first)
    }
  }

  /// A German place adjective before a definite description of an organisation says where it is based:
  /// "Der Münchener Konzern hat …" (the organisation the description refers back to), and the nominalised
  /// "teilten die Münchener mit" (the document's topic, unless the sentence names it: then "die Bonner"
  /// are someone else). The adjective is a town or region of the gazetteer plus "-er" ("Stuttgarter",
  /// "Münchener") or with "-en" dropped ("Münchner", "Dresdner", "Bremer"); countries are nationalities
  /// ("der Schweizer Konzern"), not seats. Not before a name: the held-out gold does not read "der Berliner
  /// Verein KI Park" as a seat. An organisation named after its town ("TU München") says nothing new. O(t)
  /// per sentence of t tokens (only a word before a description or after "die" is looked at further), with
  /// at most three dictionary lookups for a capitalised word ending in "-er".
  func placeAdjectiveSeats(_ t: [Token], _ mentions: [Mention], _ context: Context, _ add: Add) {
    // (Descriptions referring back are rare: most sentences have none, and the filter then allocates nothing.)
    let descriptions = mentions.filter { m in
      m.ref.kind == .organization && !m.ref.isMedia && m.isAnaphor && !m.isImplicit && m.first == m.last
    }
    for k in t.indices where k > 0 && k + 1 < t.count && t[k].isCapitalized && !t[k].isHyphenated {
      let described = descriptions.first { $0.first == k + 1 }
      guard described != nil || t[k - 1].lowercased == "die", t[k].text.hasSuffix("er") else { continue }
      var subject = described.flatMap { isUnambiguousDescription($0, mentions, context, t) ? $0 : nil }
      // The nominalised form only with a verb of saying ("teilten die Münchner mit"): "Die Münchner haben
      // einen Stadtrat gewählt" are the town's people.
      if described == nil, t[k - 1].lowercased == "die", !t[k + 1].isWord || !t[k + 1].isCapitalized,
        (max(0, k - 3)..<min(t.count, k + 5)).contains(where: { RelationExtractor.reportingVerbs.contains(t[$0].lowercased) }),
        let topic = context.topics.first, !mentions.contains(where: { $0.ref.key == topic.key })
      {
        subject = implicit(topic, at: k)
      }
      guard let subject, let place = placeOfAdjective(t[k].text), !subject.ref.name.contains(place.name) else { continue }
      add(subject, Mention(ref: place, first: k, last: k, surface: t[k].text), .locatedIn, nil, k)
    }
  }

  /// Verbs of saying and announcing that make "die Münchner" the company speaking.
  static let reportingVerbs: Set<String> = [
    "teilte", "teilten", "mitteilten", "mitteilte", "sagte", "sagten", "erklärte", "erklärten", "betonte", "betonten",
    "kündigte", "kündigten", "meldete", "meldeten", "bestätigte", "bestätigten", "gaben", "gab", "berichtete", "berichteten",
  ]

  /// Whether a description referring back ("der Münchener Konzern", "the Redmond-based company") can only
  /// mean its referent: the sentence before names no other organisation ("BMW kooperiert mit SAP. Der
  /// Walldorfer Konzern …" could mean either), and this one none before it outside a prepositional phrase
  /// ("The Florida-based company bought towers from AT&T" and "An der Heidelberger Firma haben sich SAP und
  /// Bosch beteiligt" still mean the company before). Only a list of seats could tell more.
  func isUnambiguousDescription(_ m: Mention, _ mentions: [Mention], _ context: Context, _ t: [Token]) -> Bool {
    let key = m.ref.key
    return !mentions.contains {
      $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isAnaphor && $0.ref.key != key && $0.last < m.first && !isInPrepositionalPhrase($0, t)
    } && !context.previousMentions.contains {
      $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isAnaphor && $0.ref.key != key
    }
  }

  /// The town or region a German place adjective names ("Münchener", "Münchner" → München), or nil.
  func placeOfAdjective(_ word: String) -> EntityRef? {
    let stem = String(word.dropLast(2))
    var names = [stem, stem + "en"]
    if stem.hasSuffix("n") { names.append(String(stem.dropLast()) + "en") }
    for name in names where name.count >= 3 {
      if let ref = lexicon.gazetteer.refsByName[name], ref.kind == .place, !lexicon.countries.contains(name) { return ref }
    }
    return nil
  }

  func siteStatements(_ sentence: Sentence, _ mentions: [Mention], _ context: Context, _ add: Add) {
    let t = sentence.tokens
    placeAdjectiveSeats(t, mentions, context, add)
    let places = mentions.filter { $0.ref.kind == .place }
    guard !places.isEmpty else {
      thereStatements(t, mentions, context, add)
      return
    }
    // "TSMC's Arizona factory", "Broadcom's Fort Collins FBAR filter manufacturing facility": a place between an
    // organisation's genitive and a noun of production (up to three words between) is where it builds (not a
    // seat or an office: "Apple's Cupertino headquarters", "Apple's Munich design center").
    for p in places where p.first >= 1 && !t[p.last].isHyphenated {
      guard let o = mentions.first(where: { $0.last == p.first - 1 && $0.isGenitive && $0.ref.kind == .organization }),
        let f = ((p.last + 1)..<min(p.last + 5, t.count)).first(where: { RelationExtractor.productionSiteNouns.contains(t[$0].lowercased) }),
        ((p.last + 1)..<f).allSatisfy({ k in t[k].isWord && !mentions.contains { m in m.first <= k && k <= m.last } })
      else { continue }
      add(o, p, .buildsIn, nil, f)
    }
    // "Dallas-based Evoque", "New Jersey-headquartered ZT Systems": based where the compound says.
    for p in places where t[p.last].isHyphenated && EntityRecognizer.basedSuffixes.contains(String(t[p.last].parts.last ?? "").lowercased()) {
      // Right after it, or after a short description: "US-based FTTH provider Lumos Networks".
      if let o = mentions.first(where: { m in
        m.ref.kind == .organization && m.first > p.last && m.first <= p.last + 4
          && (m.first == p.last + 1 || (t[m.first - 1].info?.isOrgHeadNoun ?? false) && !mentions.contains { $0.first > p.last && $0.first < m.first })
      }), !o.isAnaphor || isUnambiguousDescription(o, mentions, context, t) {
        add(o, p, .locatedIn, nil, p.last)
      }
    }
    originStatements(t, places, mentions, add)
    let kinds = t.map { $0.siteKind(in: lexicon) }
    guard kinds.contains(where: { $0 != nil && $0 != .area }) else { return }
    var sited: [(place: Mention, cue: Int)] = []
    for p in places where !sited.contains(where: { $0.place.first == p.first }) {
      guard let anchor = siteAnchor(of: p, t, kinds, places),
        let cue = siteCue(anchor: anchor, place: p, t, kinds)
          ?? frontedSiteCue(anchor: anchor, place: p, t, kinds, places, mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia }),
        !isSuperlativeScope(anchor, t)
      else { continue }
      // Regions that only qualify a town ("in Houston, Texas") are dropped by `add`.
      for q in expand(p, forwardIn: places, tokens: t) where !sited.contains(where: { $0.place.first == q.first }) {
        sited.append((q, cue))
      }
    }
    guard !sited.isEmpty else { return }
    let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia }
    // (A product stands nowhere: "Apollo units are working at the Mercedes plant in Kecskemét".)
    let projects = mentions.filter { $0.ref.kind == .project && !RelationExtractor.productSubtypes.contains($0.ref.subtype ?? "") }
    let products = mentions.filter { $0.ref.kind == .project && RelationExtractor.productSubtypes.contains($0.ref.subtype ?? "") }
    // Organisations in a prepositional phrase, with those coordinated after them ("von A, B und C").
    var attached = Set<Int>()
    for o in orgs where isInPrepositionalPhrase(o, t) { for c in expand(o, forwardIn: orgs, tokens: t) { attached.insert(c.first) } }
    // (A group compound is no builder: "Die Apple-Partner Foxconn und Pegatron bauen Werke in Indien".)
    let free = orgs.filter { !attached.contains($0.first) && !isGroupCompound($0) }
    // A public body funds, allows or sits somewhere, but builds nothing: "Der Bund fördert die Chipfabrik von
    // Intel in Magdeburg" is built by Intel.
    let builders = orgs.filter { $0.ref.subtype != "public" }
    let freeBuilders = free.filter { $0.ref.subtype != "public" }
    for (place, cue) in sited {
      // "Brose baut 950 Stellen in Coburg ab", "In Berlin baut Zalando Vertrauen auf": jobs cut, or trust
      // built up, build nothing there (the particle closes the clause of "bauen").
      if undoesBuilding(from: place.last + 1, t), t.contains(where: { $0.isWord && !$0.isCapitalized && $0.text.hasPrefix("bau") }) { continue }
      // A sentence that opens with its place builds there only what it names: "In Köln baut X ein
      // Rechenzentrum", not "In Rüsselsheim baut Opel an der Zukunft".
      if RelationExtractor.locativePrepositions.contains(t[0].lowercased), place.first <= 3, cue > place.last,
        !((cue + 1)..<t.count).prefix(while: { !t[$0].is(.clauseBreak) || t[$0].text == "," }).contains(where: { kinds[$0] == .facility })
      {
        continue
      }
      // "expand in Europe, North America and the Middle East", "AI built in Germany": a country or world
      // region without a facility word names a market, not a site.
      if kinds[cue] != .seat, isCountryOrWorldRegion(place.ref), !hasFacilityWord(near: place, cue: cue, t, kinds) { continue }
      // A project named with the place is what stands there ("in das Datacenter im Spreewald").
      if let project = projects.last(where: { $0.last < place.first && inSameClause($0.last + 1, place.first, t, commas: false) }) {
        // A facility named by its noun stands only where the place right after it says ("the Mohawk Valley Fab
        // in Marcy"); its builder builds there too.
        if project.ref.subtype == "facility" {
          if place.first - project.last <= 3,
            t[(project.last + 1)..<place.first].allSatisfy({ $0.is(.preposition) || $0.is(.definiteArticle) || $0.text == "," })
          {
            add(project, place, .locatedIn, nil, cue)
          }
        } else {
          add(project, place, .locatedIn, nil, cue)
          continue
        }
      }
      // The maker of a product named with the place builds nothing there ("auf einem DGX SuperPOD des
      // Chipkonzerns Nvidia … im Rechenzentrum des Betreibers X im schwedischen Falun": X may).
      var makers = Set<Int>()
      if let product = products.last(where: { $0.last < place.first && inSameClause($0.last + 1, place.first, t, commas: false) }),
        product.last + 1 < t.count, ["des", "von", "vom", "of"].contains(t[product.last + 1].lowercased)
      {
        makers = Set(orgs.filter { $0.first > product.last && $0.first <= product.last + 4 }.map(\.first))
      }
      // "Uber, a company whose drivers are based in Paris": a possessive relative clause is about its own
      // subject, which names no organisation.
      if let rel = (max(0, place.first - 8)..<place.first).last(where: { ["whose", "deren", "dessen"].contains(t[$0].lowercased) }),
        !orgs.contains(where: { $0.first > rel && $0.last < place.first })
      {
        continue
      }
      let seat = kinds[cue] == .seat
      let topic = seat
        ? context.topics.first ?? context.recentOrganizations.first
        : context.topics.first(where: { $0.subtype != "public" }) ?? context.recentOrganizations.first(where: { $0.subtype != "public" })
      var candidates = (seat ? orgs : builders).filter { !makers.contains($0.first) }
      // "\"The investment in data centres in Germany is a major step,\" said X, Mercedes-Benz's CSO": a place
      // inside a quotation is none of the speaker's company named after it (a first person may make it so,
      // read by the quotation rules, not here).
      var frees = (seat ? free : freeBuilders).filter { !makers.contains($0.first) }
      if let quote = quotation(around: min(place.first, cue)..<(max(place.last, cue) + 1), t) {
        candidates.removeAll { $0.first >= quote.upperBound }
        frees.removeAll { $0.first >= quote.upperBound }
      }
      if let builder = builder(of: place, cue: cue, t, kinds, candidates, frees)
        ?? ((seat ? free : freeBuilders).isEmpty ? topic.map { implicit($0, at: cue) } : nil)
      {
        // "QTS and NorthC also operate data centers in Groningen": every member of a coordinated subject, when
        // only lower-case words stand between it and the cue (not "A, B and C announced their partnership to
        // power Joule's campus in Utah").
        var subjects = [builder]
        if !builder.isImplicit, builder.last < cue {
          let members = expand(builder, backwardIn: candidates, tokens: t).reversed() + expand(builder, forwardIn: candidates.filter { $0.last < cue }, tokens: t).dropFirst()
          if members.count > 1, let last = members.last, ((last.last + 1)..<cue).allSatisfy({ t[$0].isWord && !t[$0].isCapitalized }) {
            subjects = Array(members)
          }
        }
        for b in subjects { add(b, place, kinds[cue] == .seat ? .locatedIn : .buildsIn, nil, cue) }
      }
    }
  }

  func isCountryOrWorldRegion(_ place: EntityRef) -> Bool {
    lexicon.countries.contains(place.name) || RelationExtractor.worldRegions.contains(place.name)
  }

  /// Whether the cue or a word in the clause up to six words before or after the place is a facility word
  /// ("plants in New Jersey, Texas and the Netherlands", "Standorte in Vietnam und Malaysia", "eröffnet in
  /// Indien ein Werk", "expands in Mexico with a new data center region").
  private func hasFacilityWord(near place: Mention, cue: Int, _ t: [Token], _ kinds: [SiteWords.Kind?]) -> Bool {
    kinds[cue] == .facility
      || (max(0, place.first - 6)..<place.first).contains { kinds[$0] == .facility && inSameClause($0, place.first, t) }
      || ((place.last + 1)..<min(t.count, place.last + 7)).contains { kinds[$0] == .facility && inSameClause(place.last, $0, t) }
  }

  /// Words that undo a site "dort": cutting jobs ("baut … ab"), closing, not building.
  static let undoingWords: Set<String> = [
    "ab", "schließt", "schließen", "schloss", "stilllegen", "stillgelegt", "nicht", "kein", "keine", "keinen", "closes", "closed",
    "not", "no",
  ]

  /// "Dort betreibt Iren bereits ein Rechenzentrum": "dort" stands for the place the previous sentence named
  /// last, when this sentence names none; a facility or activity word in the same clause makes it a site,
  /// built by the sentence's subject (the first organisation outside a prepositional phrase, not a
  /// genitive). Linear in the sentence's tokens.
  func thereStatements(_ t: [Token], _ mentions: [Mention], _ context: Context, _ add: Add) {
    guard let d = t.firstIndex(where: { $0.lowercased == "dort" }),
      let place = context.previousMentions.last(where: { $0.ref.kind == .place && !$0.isImplicit })
    else { return }
    // The clause around "dort": up to the clause breaks on either side.
    let lower = (0..<d).last(where: { !inSameClause($0, d, t) }).map { $0 + 1 } ?? 0
    let upper = ((d + 1)..<t.count).first(where: { !inSameClause(d, $0 + 1, t) }) ?? t.count
    let clause = lower..<upper
    // Not cutting, closing or not building: "Dort baut X 1000 Stellen ab", "Dort schließt X ein Werk".
    guard !clause.contains(where: { RelationExtractor.undoingWords.contains(t[$0].lowercased) }) else { return }
    guard let cue = clause.first(where: { k in
      let kind = t[k].siteKind(in: lexicon)
      return kind == .facility || kind == .activity
    }),
      let builder = mentions.first(where: { m in
        m.ref.kind == .organization && !m.ref.isMedia && !m.isGenitive && !isInPrepositionalPhrase(m, t) && clause.contains(m.first)
      })
    else { return }
    add(builder, implicit(place.ref, at: d), .buildsIn, nil, cue)
  }

  static let productionSiteNouns: Set<String> = ["plant", "plants", "factory", "fab", "facility", "werk", "fabrik", "gigafactory"]

  /// "in Houston, Texas metro area", "Troy, Michigan": a region after a town and a comma only says where
  /// the town is (unless a list goes on after it: "in A, B und C").
  func isQualifyingRegion(_ place: Mention, _ mentions: [Mention], _ t: [Token]) -> Bool {
    guard place.first >= 2, t[place.first - 1].text == ",",
      let town = mentions.first(where: { $0.ref.kind == .place && $0.last == place.first - 2 })
    else { return false }
    let next = place.last + 1 < t.count ? t[place.last + 1].lowercased : "."
    // A known region after a town qualifies it whatever the clause does next ("in Abilene, Texas, and has
    // announced …"), unless more places follow in a list ("in Dresden, Sachsen und Bayern", "in London, New
    // York, Tokio und Paris").
    if lexicon.regions.contains(place.ref.name), !lexicon.regions.contains(town.ref.name) {
      return EntityRecognizer.isRegionOfTown(place, mentions, t)
    }
    // "in A, B und C" goes on with a coordinator or another place; "Houston, Texas, the company said" does not.
    if next == "," {
      // "in A, B, and C": an Oxford comma goes on, too.
      let after = place.last + 2 < t.count ? t[place.last + 2].lowercased : "."
      return !mentions.contains { $0.ref.kind == .place && $0.first == place.last + 2 } && !RelationExtractor.coordinators.contains(after)
    }
    return !RelationExtractor.coordinators.contains(next)
  }

  /// "eine der größten KI-Fabriken in Europa", "the largest provider in Houston": a superlative's scope
  /// compares, it does not say where something is built.
  func isSuperlativeScope(_ anchor: Int, _ t: [Token]) -> Bool {
    anchor > 0 && (max(0, anchor - 4)..<anchor).contains { k in t[k].is(.superlative) && inSameClause(k, anchor, t) }
  }

  static let superlatives: Set<String> = [
    "größte", "größten", "größter", "größtes", "führenden", "führende", "largest", "biggest", "leading",
  ]

  /// The preposition or facility noun that makes a place a site, or nil.
  private func siteAnchor(of place: Mention, _ t: [Token], _ kinds: [SiteWords.Kind?], _ places: [Mention]) -> Int? {
    var k = place.first - 1
    var skipped = 0
    while k >= 0, skipped <= 3 {
      if RelationExtractor.locativePrepositions.contains(t[k].lowercased) {
        // "in Troy im US-Bundesstaat Michigan": a place after another place only says where that one is.
        return places.contains(where: { $0.last == k - 1 }) ? nil : k
      }
      // "die Standorte A und B", "the plants A and B"; not "Hightechstandorte Europas", not "der
      // Wirtschaftsstandort Deutschland" (one facility word in the singular names no site).
      if skipped == 0, kinds[k] == .facility, !place.isGenitive,
        t[k].lowercased.hasSuffix("e") || t[k].lowercased.hasSuffix("s") || places.contains(where: { $0.first > place.last && $0.first <= place.last + 2 })
      {
        return k
      }
      // "in the", "in rural", "im brandenburgischen", "im US-Bundesstaat", "im Frankfurter Stadtteil".
      let adjective = t[k].isCapitalized && t[k].lowercased.hasSuffix("er") && k + 1 < t.count && kinds[k + 1] == .area
      guard t[k].isWord, !t[k].isCapitalized || kinds[k] == .area || adjective else { return nil }
      k -= 1
      skipped += 1
    }
    return nil
  }

  /// The site word that goes with an anchor: the anchor itself, one shortly before it in the clause, or a
  /// participle shortly after the place.
  private func siteCue(anchor: Int, place: Mention, _ t: [Token], _ kinds: [SiteWords.Kind?]) -> Int? {
    // (A compound's seat is its own place: "The Berlin-based startup … in Boston" says nothing of Boston.)
    func isCue(_ k: Int) -> Bool { kinds[k] != nil && kinds[k] != .area && !(kinds[k] == .seat && t[k].isHyphenated) }
    if isCue(anchor) { return anchor }
    if let k = (max(0, anchor - 6)..<anchor).last(where: { isCue($0) && inSameClause($0, anchor, t) }) { return k }
    // After the place only right after it: "in A angesiedelte", not "listed in A and based in B".
    let after = (place.last + 1)..<min(place.last + 4, t.count)
    return after.first { isCue($0) && inSameClause(place.last + 1, $0, t) && kinds[$0] != .facility }
      .flatMap { k in t[(place.last + 1)..<k].contains(where: { $0.is(.coordinator) }) ? nil : k }
  }

  /// A sentence that opens with its site: "In Köln und Berlin baut Microsoft Rechenzentren", "In Texas,
  /// Microsoft is building a data center". A word of building or expanding follows the places (and one
  /// comma after them) within six words, in the same clause, and a facility after it in that clause names
  /// what is built: not "In Berlin baut Zalando Vertrauen auf", "In Paris, Mistral is building a model",
  /// nor a facility alone ("In Germany, data centres consume …") or a seat ("In Texas, Dallas-based X …").
  /// An organisation names the builder in that clause ("In Dresden baut die Branche Fabriken, sagte
  /// Infineon-Chef X" names none), and a particle that undoes or abstracts the verb ends no clause there
  /// ("baut … Stellen ab", "baut … auf"). O(t) for the clause.
  private func frontedSiteCue(anchor: Int, place: Mention, _ t: [Token], _ kinds: [SiteWords.Kind?], _ places: [Mention], _ orgs: [Mention]) -> Int? {
    guard anchor == 0 else { return nil }
    var k = expand(place, forwardIn: places, tokens: t).last!.last + 1
    if k < t.count, t[k].text == "," { k += 1 }
    let start = k
    guard let cue = (start..<min(start + 6, t.count)).first(where: { c in kinds[c] == .activity && inSameClause(start, c, t) }) else { return nil }
    let end = (cue..<t.count).first(where: { !inSameClause($0, $0 + 1, t) }) ?? t.count
    guard ((cue + 1)..<max(cue + 1, end)).contains(where: { kinds[$0] == .facility }),
      orgs.contains(where: { $0.first >= start && $0.last < end && !$0.isGenitive }), !undoesBuilding(from: cue + 1, t)
    else { return nil }
    return cue
  }

  /// Whether the clause going on at `k` (past the commas of a list) closes with a particle that makes
  /// "bauen" cut or build up: "baut … Stellen ab", "baut in A, B und C Stellen ab", "baut … Vertrauen auf"
  /// (but "baut eine Fabrik auf" builds one: a facility in the clause keeps "auf"; the legal form "AB" is
  /// no particle). O(c) for the c tokens up to the clause's end.
  func undoesBuilding(from k: Int, _ t: [Token]) -> Bool {
    var last: Int? = nil
    var facility = false
    var j = k
    while j < t.count, !t[j].is(.clauseBreak) || t[j].text == "," {
      if t[j].isWord {
        last = j
        if !facility, t[j].siteKind(in: lexicon) == .facility { facility = true }
      }
      j += 1
    }
    guard let last else { return false }
    return t[last].text == "ab" || (t[last].text == "auf" && !facility)
  }

  /// Words that say a plan was given up or refused: "Intel's plan … was cancelled".
  static let abandonedPlanWords: Set<String> = [
    "cancelled", "canceled", "scrapped", "shelved", "abandoned", "rejected", "halted", "paused", "hold", "dropped", "blocked",
    "abgesagt", "gestoppt", "aufgegeben", "abgelehnt", "verschoben", "eingestellt", "gekippt",
  ]
  /// Nouns of a plan whose possessor builds what it plans: "Intel's plans to build …".
  static let planNouns: Set<String> = ["plan", "plans", "pläne", "plänen", "proposal", "application", "antrag", "vorhaben"]

  /// The organisation that builds at or is based in a site, or nil.
  private func builder(of place: Mention, cue: Int, _ t: [Token], _ kinds: [SiteWords.Kind?], _ orgs: [Mention], _ free: [Mention]) -> Mention? {
    let candidates = free.filter { !$0.isGenitive && ($0.last < place.first || $0.first > place.last) }
    if kinds[cue] == .seat {
      if cue > place.last, let after = candidates.first(where: { $0.first > cue && $0.first <= cue + 2 }) { return after }
      // An apposition says where its name is based, even inside a prepositional phrase: "the operations of
      // Switch, a colocation provider based in Las Vegas".
      if cue < place.first, let named = orgs.last(where: { o in
        o.last + 2 < cue && cue - o.last <= 8 && t[o.last + 1].text == "," && ["a", "an", "ein", "eine", "einer", "einem"].contains(t[o.last + 2].lowercased)
          && t[(o.last + 2)..<cue].allSatisfy { $0.isWord && !["whose", "which", "that", "who", "deren", "dessen"].contains($0.lowercased) }
          && !orgs.contains { $0.first > o.last && $0.first < cue }
      }) {
        return named
      }
      // "Founded in 2000 and headquartered in San Jose, California, Infinera makes …": a participle phrase
      // that opens the sentence describes the subject after it.
      if cue < place.first, !candidates.contains(where: { $0.last < place.first }),
        t[..<cue].allSatisfy({ !$0.isWord || !$0.isCapitalized || $0.lowercased.hasSuffix("ed") || $0.text.first?.isNumber == true }),
        let subject = candidates.first(where: { $0.first > place.last }), t[subject.first - 1].text == ",",
        subject.last + 1 < t.count, t[subject.last + 1].isWord, !t[subject.last + 1].isCapitalized
      {
        return subject
      }
      // "Uber, a company whose drivers are based in Paris": the seat is the drivers'.
      return candidates.last { c in
        c.last < place.first && !t[(c.last + 1)..<place.first].contains { ["whose", "deren", "dessen"].contains($0.lowercased) }
      }
    }
    guard let subject = candidates.first(where: { $0.last < place.first }) else {
      // "Teslas erstes europäisches Werk in A", "Microsofts Ausbau in A": the possessor of the facility.
      if let owner = orgs.last(where: { $0.isGenitive && $0.last < cue && cue - $0.last <= 3 }),
        t[(owner.last + 1)..<cue].allSatisfy({ $0.isWord && !$0.isCapitalized })
      {
        return owner
      }
      // "approved Dominion Energy Virginia's plan to build a gas plant in A", "Intels Pläne, in A zu bauen":
      // the possessor of a plan to build.
      if let owner = orgs.last(where: { o in
        o.isGenitive && o.last + 2 < cue && cue - o.last <= 10 && RelationExtractor.planNouns.contains(t[o.last + 1].lowercased)
      }), !orgs.contains(where: { $0.first > owner.last && $0.last < place.first }),
        t[(owner.last + 2)..<cue].allSatisfy({ !$0.is(.clauseBreak) || $0.text == "," }),
        // (Not a plan given up: "was cancelled", "rejected Intel's plan", "put on hold".)
        !t.contains(where: { RelationExtractor.abandonedPlanWords.contains($0.lowercased) })
      {
        return owner
      }
      // "In Köln baut Microsoft": the subject after the verb; not "… mit dem Energieversorger X" (the
      // preposition before the place does not count).
      return candidates.first {
        $0.first > place.last && inSameClause(place.last + 1, $0.first, t, commas: false)
          && !(max(place.last + 1, $0.first - 4)..<$0.first).contains { t[$0].is(.preposition) }
      }
    }
    // "Siemens kauft X, das in A baut": the relative clause is about its antecedent.
    if let comma = ((subject.last + 1)..<place.first).last(where: {
      t[$0].text == "," && $0 + 1 < t.count && RelationExtractor.relativePronouns.contains(t[$0 + 1].lowercased)
    }), let antecedent = candidates.last(where: { $0.last == comma - 1 }) {
      return antecedent
    }
    // "… the formation of BlueOvalSK, LLC, a JV that will build one plant in Tennessee": a relative clause
    // on an apposition is about the name the apposition describes.
    if let antecedent = appositionAntecedent(before: place.first, after: subject.last, t, orgs.filter { !$0.isGenitive }) { return antecedent }
    return subject
  }

  /// The name before "X, a <description> that/which …" whose relative pronoun stands between `after` and
  /// `before`: at most five words of description after the article, an optional legal form between the
  /// name and the comma ("BlueOvalSK, LLC, a JV that"). O(w) for the w tokens between.
  private func appositionAntecedent(before: Int, after: Int, _ t: [Token], _ candidates: [Mention]) -> Mention? {
    guard let r = ((after + 1)..<before).last(where: { ["that", "which"].contains(t[$0].lowercased) }) else { return nil }
    var k = r - 1
    if k > after, t[k].text == "," { k -= 1 }
    let end = k
    while k > after, end - k < 5, t[k].isWord, !["a", "an"].contains(t[k].lowercased) { k -= 1 }
    guard k > after + 1, ["a", "an"].contains(t[k].lowercased), t[k - 1].text == "," else { return nil }
    var c = k - 2
    // A legal form between commas: "BlueOvalSK, LLC,".
    if c >= 1, lexicon.legalFormFirstWords.contains(t[c].text), t[c - 1].text == "," { c -= 2 }
    return candidates.last { $0.last == c }
  }
}
