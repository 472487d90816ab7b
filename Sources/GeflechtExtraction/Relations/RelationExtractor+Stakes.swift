import GeflechtCore

/// Stakes stated with the company first: "An der Berliner Firma haben sich A, die Saab-Gruppe und B
/// beteiligt", "Am Projekt X ist auch Y beteiligt".
///
/// German fronts the prepositional object of "beteiligt sein" / "sich beteiligen": the name after a
/// clause-initial "An"/"Am" is what the stake is in, and the names between it and the participle (outside
/// prepositional phrases) hold the stakes. Without this rule the fronted name reads as the subject and the
/// relation comes out reversed. O(m) per cue of m mentions.
extension RelationExtractor {
  /// The holders and the object of a stake cue ("beteiligt", "beteiligten" …; the caller checks the word)
  /// whose object is fronted after "An"/"Am"; nil for any other word order ("X ist an Y beteiligt" is the
  /// regular order).
  func frontedStakeArguments(_ hit: CueHit, _ t: [Token], sources: [Mention], targets: [Mention]) -> (holders: [Mention], object: Mention)? {
    guard let object = targets.first(where: { $0.last < hit.start && opensWithAn($0, t) }),
      inSameClause(object.last + 1, hit.start, t, commas: false)
    else { return nil }
    let holders = sources.filter {
      $0.first > object.last && $0.last < hit.start && $0.ref.key != object.ref.key && !$0.isGenitive && !isInPrepositionalPhrase($0, t)
    }
    return holders.isEmpty ? nil : (holders, object)
  }

  /// Auxiliaries that follow a fronted participle before its subjects: "Beteiligt waren A und B".
  static let postposingAuxiliaries: Set<String> = ["waren", "sind", "ist", "war", "haben", "hatten", "hat", "hatte"]

  /// The holders of a stake or investment whose participle opens the clause, with the subjects after the
  /// auxiliary: "Ebenfalls beteiligt waren A, B und C", "Investiert haben außerdem A und B". Only adverbs
  /// stand before the participle; the holders are the names (and those coordinated with them) right after
  /// the auxiliary, with at most two adverbs between. Nil for any other order. O(m) per cue.
  func postposedHolders(_ hit: CueHit, _ t: [Token], sources: [Mention]) -> [Mention]? {
    guard hit.end == hit.start + 1, hit.end < t.count,
      RelationExtractor.postposingAuxiliaries.contains(t[hit.end].lowercased),
      // Only adverbs before it: "Ebenfalls beteiligt", "Zudem investiert" (the first word may be capitalised).
      hit.start <= 3, (0..<hit.start).allSatisfy({ k in t[k].isWord && (k == 0 || !t[k].isCapitalized) }),
      !sources.contains(where: { $0.first < hit.start })
    else { return nil }
    guard let first = sources.first(where: { $0.first > hit.end && $0.first <= hit.end + 3 }),
      t[(hit.end + 1)..<first.first].allSatisfy({ $0.isWord && !$0.isCapitalized }), !first.isGenitive
    else { return nil }
    return expand(first, forwardIn: sources, tokens: t)
  }

  /// Whether a stake cue's clause opens with "An"/"Am" (its object is fronted).
  func opensWithAnPhrase(_ hit: CueHit, _ t: [Token]) -> Bool {
    guard let k = (0..<hit.start).last(where: { ["an", "am"].contains(t[$0].lowercased) && ($0 == 0 || !t[$0 - 1].isWord) })
    else { return false }
    return inSameClause(k, hit.start, t, commas: false)
  }

  /// Whether a mention follows a clause-initial "An"/"Am", with at most three words of description
  /// between: an article, lower-case adjectives, a place adjective, an organisation noun ("An der
  /// Münchener Firma", "Am Start-up"; not "An der Studie des Fraunhofer-Instituts").
  private func opensWithAn(_ m: Mention, _ t: [Token]) -> Bool {
    var k = m.first - 1
    while k >= 0, m.first - k <= 3, t[k].isWord, !["an", "am"].contains(t[k].lowercased), !t[k].is(.preposition),
      ["der", "dem", "den", "die"].contains(t[k].lowercased) || !t[k].isCapitalized || t[k].text.hasSuffix("er")
        || t[k].info?.isOrgHeadNoun == true
    {
      k -= 1
    }
    guard k >= 0, ["an", "am"].contains(t[k].lowercased) else { return false }
    return k == 0 || !t[k - 1].isWord
  }
}

/// Holding a stake: "Bosch Ventures hält Anteile an Aleph Alpha", "SoftBank holds a 90% stake in Arm",
/// the German relative clause "sämtliche Anteile, die (der Konzern) Bosch an Aleph Alpha hält", and the
/// English one on the company ("Arm, the British chip company in which SoftBank holds a 90% stake"). The
/// holder invests in the company the stake is in.
///
/// A verb of holding (`holdingVerbs`) with a stake word (`stakeWords`: "Anteile", "Beteiligung", "Prozent",
/// "stake", "%") between it and "an/am/in/of" and the company after that preposition, in one clause. The
/// holder is the subject: the organisation before the verb outside a prepositional phrase; in the German
/// verb-final relative clause, the organisation right after the relative pronoun. A single holder of a
/// majority ("die Mehrheit", "a majority stake", "controlling") owns the company instead. O(t + m) per sentence of
/// t tokens and m mentions (only sentences with a verb of holding are read further).
extension RelationExtractor {
  static let holdingVerbs: Set<String> = [
    "hält", "hielt", "halten", "hielten", "gehalten", "holds", "held", "hold", "holding", "owns", "owned", "besitzt", "besaß",
  ]
  static let stakeWords: Set<String> = [
    "anteile", "anteil", "anteilen", "beteiligung", "minderheitsbeteiligung", "mehrheitsbeteiligung", "prozent", "%",
    "stake", "stakes", "percent", "aktien", "shares", "mehrheit",
  ]
  /// Words that make a stake a controlling one: the holder owns the company ("TSMC hält mit 70 % die
  /// Mehrheit an ESMC", "holds a majority stake in", "eine Mehrheitsbeteiligung an").
  static let majorityWords: Set<String> = [
    "mehrheit", "majority", "controlling", "mehrheitsbeteiligung", "mehrheitsanteil", "mehrheitsanteile", "kontrollmehrheit",
  ]
  static let pastHoldingVerbs: Set<String> = ["hielt", "hielten", "held", "owned", "besaß"]
  static let sellingWords: Set<String> = [
    "sell", "sells", "sold", "selling", "verkauft", "verkaufte", "verkauften", "verkaufen", "veräußert", "veräußerte", "abgeben",
    "gibt", "gab",
  ]
  static let jointlyWords: Set<String> = ["gemeinsam", "zusammen", "together", "jointly"]

  func holdingStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    let t = sentence.tokens
    // (Most sentences have none: the first byte before the hashed lookup. A capitalised word inside the
    // sentence is a name's: "Porsche Automobil Holding hält …".)
    guard let verb = t.indices.first(where: { k in
      guard let b = t[k].text.utf8.first.map({ $0 | 0x20 }),
        b == UInt8(ascii: "h") || b == UInt8(ascii: "o") || b == UInt8(ascii: "b") || b == UInt8(ascii: "g"),
        k == 0 || !t[k].isCapitalized
      else { return false }
      return RelationExtractor.holdingVerbs.contains(t[k].lowercased)
    }) else { return }
    let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia }
    guard orgs.count >= 2 else { return }
    func company(after k: Int) -> Mention? {
      let found = orgs.first { $0.first > k && $0.first <= k + 4 && t[(k + 1)..<$0.first].allSatisfy { $0.isWord && !$0.isCapitalized || $0.info?.isOrgHeadNoun == true } }
      // "an der Lürssen-Marinesparte NVL": a compound that describes the name after it.
      if let found, found.head != nil, let named = orgs.first(where: { $0.first == found.last + 1 }) { return named }
      return found
    }
    func isStakeWord(_ k: Int) -> Bool {
      RelationExtractor.stakeWords.contains(t[k].lowercased) || t[k].lowercased.hasSuffix("beteiligung")
    }
    // Verb-final: "…, die Bosch Ventures an Aleph Alpha hält".
    if let pronoun = (max(0, verb - 8)..<verb).last(where: { ["die", "den", "welche", "which", "that"].contains(t[$0].lowercased) && $0 > 0 && t[$0 - 1].text == "," }),
      pronoun >= 2, (max(0, pronoun - 4)..<pronoun).contains(where: isStakeWord),
      let holder = orgs.first(where: { $0.first == pronoun + 1 || isDescribedObject($0, from: pronoun + 1, t) }), holder.last < verb,
      let an = ((holder.last + 1)..<verb).first(where: { ["an", "am", "in", "bei"].contains(t[$0].lowercased) }),
      let object = company(after: an), object.last < verb, object.ref.key != holder.ref.key
    {
      add(holder, object, .investsIn, nil, verb)
      return
    }
    // A relative clause on the company: "Arm, the British chip company in which SoftBank holds a 90% stake"
    // (the holder right after "in which", the stake word after the verb). The company is the name before
    // the comma that opens the apposition or the clause, with no other name between.
    // (Not a stake of the past: "in which Nvidia once held a stake".)
    if verb >= 4, !RelationExtractor.pastHoldingVerbs.contains(t[verb].lowercased),
      let rel = (max(1, verb - 4)..<verb).last(where: { k in t[k].lowercased == "in" && t[k + 1].lowercased == "which" }),
      let holder = orgs.first(where: { ($0.first == rel + 2 || isDescribedObject($0, from: rel + 2, t)) && $0.last < verb }),
      ((verb + 1)..<min(verb + 6, t.count)).contains(where: isStakeWord),
      let comma = (max(0, rel - 8)..<rel).last(where: { t[$0].text == "," }),
      let company = orgs.first(where: { $0.last == comma - 1 && !$0.isGenitive }), company.ref.key != holder.ref.key,
      t[(comma + 1)..<rel].allSatisfy({ $0.isWord }), !orgs.contains(where: { $0.first > comma && $0.last < rel })
    {
      add(holder, company, .investsIn, nil, verb)
      return
    }
    // Verb second: "X hält 20 Prozent an Y", "X holds a stake in Y".
    // ("a stake of 15% in X": the first preposition a company follows.)
    // German verb-final after an auxiliary: "Die Schwarz-Gruppe wird rund 20 Prozent an Aleph Alpha halten"
    // (the stake and its company between the subject and the infinitive or participle).
    func objectAfter(_ stake: Int) -> Mention? {
      ((stake + 1)..<min(stake + 6, t.count)).lazy
        .filter({ ["an", "am", "in", "of", "bei", "im"].contains(t[$0].lowercased) }).compactMap({ company(after: $0) }).first
    }
    var found: (stake: Int, object: Mention)? = nil
    if let stake = ((verb + 1)..<min(verb + 8, t.count)).first(where: isStakeWord), inSameClause(verb, stake, t),
      let object = objectAfter(stake)
    {
      found = (stake, object)
    } else if ["halten", "gehalten"].contains(t[verb].lowercased),
      let stake = (max(0, verb - 8)..<verb).first(where: isStakeWord), inSameClause(stake, verb, t),
      let object = objectAfter(stake), object.last < verb
    {
      found = (stake, object)
    }
    guard let (stake, object) = found,
      let holder = orgs.last(where: {
        $0.last < min(verb, stake) && !$0.isGenitive && !isInPrepositionalPhrase($0, t) && inSameClause($0.last + 1, min(verb, stake), t)
          && $0.ref.key != object.ref.key
      })
    else { return }
    // Every holder of a coordinated subject: "Bosch, Infineon und NXP halten jeweils 10 Prozent an ESMC".
    let holders = expand(holder, backwardIn: orgs, tokens: t).filter { $0.ref.key != object.ref.key }
    // A controlling stake held now by one holder is ownership (not "held … until 2016", not a majority held
    // jointly by several).
    // ("Siemens hatte bis 2016 die Mehrheit an Osram gehalten": a participle after a perfect auxiliary is past.)
    let perfect = t[verb].lowercased == "gehalten"
      && (max(0, verb - 10)..<verb).contains { ["hat", "hatte", "haben", "hatten"].contains(t[$0].lowercased) }
    let majority = holders.count == 1 && !RelationExtractor.pastHoldingVerbs.contains(t[verb].lowercased) && !perfect
      && (min(verb + 1, stake)..<object.first).contains { RelationExtractor.majorityWords.contains(t[$0].lowercased) }
      && !t.contains { RelationExtractor.jointlyWords.contains($0.lowercased) }
    for h in holders { add(h, object, majority ? .owns : .investsIn, nil, verb) }
  }

  /// Whether the stake an investor holds is a majority: a share above 50 per cent before a stake word, a
  /// preposition or the clause's end ("hält gut 84 Prozent der Anteile", "TSMC 70 Prozent,", "owns 59.65% of
  /// Ampere") or a majority word ("die Mehrheit", "a controlling stake") in the words after the investor, up
  /// to another organisation or a comma or clause break (at most eight words). Not for a holder coordinated
  /// with another ("A und B halten 60 Prozent"), nor after a past verb of holding, a verb of selling or a word
  /// of holding jointly. Such a holder owns the company. O(1): a window of eight tokens.
  func isMajorityStake(of holder: Mention, _ t: [Token], _ mentions: [Mention]) -> Bool {
    func isOtherOrganisation(_ k: Int) -> Bool {
      mentions.contains { $0.ref.kind == .organization && $0.ref.key != holder.ref.key && ($0.first == k || $0.last == k) }
    }
    // A coordinated holder: "Siemens und Bosch halten …", "Bosch and Siemens hold …".
    if holder.first >= 2, t[holder.first - 1].is(.coordinator), isOtherOrganisation(holder.first - 2) { return false }
    if holder.last + 2 < t.count, t[holder.last + 1].is(.coordinator), isOtherOrganisation(holder.last + 2) { return false }
    var k = holder.last + 1
    while k < t.count, k - holder.last <= 8, !t[k].is(.clauseBreak) {
      if isOtherOrganisation(k) { return false }
      let word = t[k].lowercased
      // ("Hitachi hielt 60 Prozent": a past stake; "sold a 51% stake", "sell its 60% stake": one given up;
      // "together hold a 70% stake": a majority held jointly.)
      // ("Siemens hatte bis 2016 die Mehrheit an Osram gehalten": a past perfect.)
      if RelationExtractor.pastHoldingVerbs.contains(word) || RelationExtractor.sellingWords.contains(word)
        || RelationExtractor.jointlyWords.contains(word) || word == "hatte" || word == "hatten"
      {
        return false
      }
      if RelationExtractor.majorityWords.contains(word) { return true }
      if k + 1 < t.count, ["%", "prozent", "percent"].contains(t[k + 1].lowercased), let share = Double(t[k].text), share > 50, share <= 100 {
        // Before a stake word, a preposition or the clause's end ("60 Prozent weniger Anteile" is no share).
        let next = k + 2 < t.count ? t[k + 2] : nil
        return next.map { n in
          !n.isWord || RelationExtractor.stakeWords.contains(n.lowercased) || ["an", "am", "of", "in", "der", "des", "at"].contains(n.lowercased)
        } ?? true
      }
      k += 1
    }
    return false
  }
}
