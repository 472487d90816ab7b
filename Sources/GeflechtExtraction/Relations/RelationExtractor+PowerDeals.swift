import GeflechtCore

/// Power purchase agreements: the power producer supplies the buyer (power_deals.tsv).
///
/// "Avangrid has signed a power purchase agreement (PPA) with Meta", "ENGIE entered into PPAs with technology
/// group Meta", "Microsoft signed a power purchase agreement with Constellation Energy", "Neoen hat mit
/// Google einen Stromabnahmevertrag geschlossen". One side is the organisation after the "with/mit" of the
/// deal (the nearest one after the deal word, or in German before it in its clause; with the names
/// coordinated with it when the list closes the clause), the other the sentence's first organisation
/// outside a prepositional phrase before that side (with its conjuncts). The side that is a power producer
/// (subtype `energy` in the lexicon; a name the lexicon does not know ending in a word such as "Energy"; or a
/// producer's noun right before the name: "the utility X", "das Energieunternehmen Y") supplies the other;
/// when neither or both are, the sentence does not say who sells, and nothing is added. O(n + m) per
/// sentence; a sentence without a word of such a deal costs one pass over its tokens' first bytes.
extension RelationExtractor {
  /// Whether the tokens from `k` name a power purchase agreement: "PPA", "power purchase agreement",
  /// "Stromabnahmevertrag".
  func isPowerDeal(at k: Int, _ t: [Token]) -> Bool {
    // (The class bit first: the lexicon's word lists are not touched for other words.)
    guard t[k].isWord, t[k].info.map({ $0.classes.contains(.powerDealWord) }) ?? lexicon.powerDeals.opensName(t[k].lowercased) else { return false }
    let words = lexicon.powerDeals
    let w = t[k].lowercased
    if words.namesDeal(w) { return true }
    // A name in several words: "power purchase agreement(s)".
    return words.dealPhrases.contains { phrase in
      phrase[0] == w && k + phrase.count <= t.count
        && (1..<phrase.count).allSatisfy { j in j == phrase.count - 1 ? t[k + j].lowercased.hasPrefix(phrase[j]) : t[k + j].lowercased == phrase[j] }
    }
  }

  /// Whether an organisation is a power producer.
  func isPowerProducer(_ m: Mention, _ t: [Token]) -> Bool {
    let words = lexicon.powerDeals
    if m.ref.subtype == "energy" { return true }
    // (A name word only for names the lexicon does not know: "Schneider Electric" makes equipment.)
    // (And only as its last word: "Apex Clean Energy", not "Solar Foods", "Wind River Systems".)
    if lexicon.gazetteer.refsByName[m.ref.name] == nil, let last = m.ref.name.split(separator: " ").last, words.nameWords.contains(String(last)) {
      return true
    }
    guard m.first > 0 else { return false }
    let before = t[m.first - 1]
    let noun = before.isHyphenated ? String(before.parts.last ?? "").lowercased() : before.lowercased
    return words.heads.contains(noun) || words.heads.contains(where: { $0.count > 8 && noun.hasSuffix($0) })
  }

  /// The sellers and buyers of the power deal a sentence names, or nil.
  func powerDealSides(_ t: [Token], _ mentions: [Mention]) -> (sellers: [Mention], buyers: [Mention])? {
    guard mentions.count >= 2, let deal = t.indices.first(where: { isPowerDeal(at: $0, t) }) else { return nil }
    let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isGenitive && !$0.isImplicit }
    // The deal's "with/mit": the first after the deal word, or (German) the last before it in its clause.
    let with = (deal..<min(deal + 12, t.count)).first(where: { ["with", "mit"].contains(t[$0].lowercased) })
      ?? (max(0, deal - 8)..<deal).last(where: { ["mit"].contains(t[$0].lowercased) && inSameClause($0, deal, t, commas: false) })
    // The side after it: at most six lower-case words, organisation nouns or places between ("with US
    // renewable energy companies Silicon Ranch and Apex Clean Energy").
    let places = mentions.filter { $0.ref.kind == .place }
    guard let with, let partner = orgs.first(where: { m in
      m.first > with && m.first <= with + 7
        && ((with + 1)..<m.first).allSatisfy { k in
          t[k].isWord
            && (!t[k].isCapitalized || t[k].info?.isOrgHeadNoun == true || t[k].is(.definiteArticle) || places.contains { $0.first <= k && k <= $0.last })
        }
    }) else { return nil }
    var partners = expand(partner, forwardIn: orgs, tokens: t)
    // A list goes on only when it closes its clause: in "a PPA with Engie and Microsoft announced …" Microsoft
    // opens another one.
    if partners.count > 1, let last = partners.last, last.last + 1 < t.count, t[last.last + 1].isWord, !t[last.last + 1].isCapitalized,
      !t[last.last + 1].is(.preposition)
    {
      partners = [partner]
    }
    let keys = Set(partners.map(\.ref.key))
    guard let subject = orgs.first(where: { !keys.contains($0.ref.key) && $0.last < partner.first && !isInPrepositionalPhrase($0, t) })
    else { return nil }
    let subjects = expand(subject, forwardIn: orgs.filter { $0.last < partner.first }, tokens: t).filter { !keys.contains($0.ref.key) }
    let subjectsProduce = subjects.contains { isPowerProducer($0, t) }
    let partnersProduce = partners.contains { isPowerProducer($0, t) }
    if subjectsProduce && !partnersProduce { return (subjects, partners) }
    if partnersProduce && !subjectsProduce { return (partners, subjects) }
    return nil
  }

  func powerDealStatements(_ sides: (sellers: [Mention], buyers: [Mention])?, _ add: Add) {
    guard let sides else { return }
    for s in sides.sellers { for b in sides.buyers { add(s, b, .supplies, nil, nil) } }
  }
}
