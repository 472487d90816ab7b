import GeflechtCore

/// Power purchase agreements: the power producer supplies the buyer (power_deals.tsv).
///
/// "Avangrid has signed a power purchase agreement (PPA) with Meta", "ENGIE entered into PPAs with technology
/// group Meta", "Microsoft signed a power purchase agreement with Constellation Energy", "Neoen hat mit
/// Google einen Stromabnahmevertrag geschlossen". The two sides are the organisations after "with/mit" (and
/// those coordinated with them) and the sentence's first organisation outside a prepositional phrase before
/// them (with its conjuncts). The side that is a power producer (subtype `energy` in the lexicon, a name
/// word such as "Energy", or a producer's noun right before its name: "the utility X", "das
/// Energieunternehmen Y") supplies the other; when neither or both are, the sentence does not say who sells,
/// and nothing is added. O(n + m) per sentence; a sentence without a word of such a deal costs one pass
/// over its tokens.
extension RelationExtractor {
  /// Whether the tokens from `k` name a power purchase agreement: "PPA", "power purchase agreement",
  /// "Stromabnahmevertrag".
  func isPowerDeal(at k: Int, _ t: [Token]) -> Bool {
    guard t[k].isWord else { return false }
    let w = t[k].lowercased
    guard let c = w.utf8.first, [UInt8(ascii: "p"), UInt8(ascii: "s"), UInt8(ascii: "g"), UInt8(ascii: "e"), 0xC3].contains(c) else { return false }
    let words = lexicon.powerDeals
    if words.deals.contains(w) { return true }
    if w == "power", k + 2 < t.count, t[k + 1].lowercased == "purchase", t[k + 2].lowercased.hasPrefix("agreement") { return true }
    return (w.contains("vertrag") || w.contains("verträg")) && words.dealStarts.contains(where: { w.hasPrefix($0) })
  }

  /// Whether an organisation is a power producer.
  func isPowerProducer(_ m: Mention, _ t: [Token]) -> Bool {
    let words = lexicon.powerDeals
    if m.ref.subtype == "energy" { return true }
    if m.ref.name.split(separator: " ").contains(where: { words.nameWords.contains(String($0)) }) { return true }
    guard m.first > 0 else { return false }
    let before = t[m.first - 1]
    let noun = before.isHyphenated ? String(before.parts.last ?? "").lowercased() : before.lowercased
    return words.heads.contains(noun) || words.heads.contains(where: { $0.count > 8 && noun.hasSuffix($0) })
  }

  /// The sellers and buyers of the power deal a sentence names, or nil.
  func powerDealSides(_ t: [Token], _ mentions: [Mention]) -> (sellers: [Mention], buyers: [Mention])? {
    guard t.indices.contains(where: { isPowerDeal(at: $0, t) }) else { return nil }
    let orgs = mentions.filter { $0.ref.kind == .organization && !$0.ref.isMedia && !$0.isGenitive && !$0.isImplicit }
    // The side after "with/mit": at most four lower-case words or an organisation noun between.
    guard let partner = orgs.first(where: { m in
      guard let with = (max(0, m.first - 5)..<m.first).last(where: { ["with", "mit"].contains(t[$0].lowercased) }) else { return false }
      return t[(with + 1)..<m.first].allSatisfy { $0.isWord && (!$0.isCapitalized || $0.info?.isOrgHeadNoun == true || $0.is(.definiteArticle)) }
    }) else { return nil }
    let partners = expand(partner, forwardIn: orgs, tokens: t)
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

  func powerDealStatements(_ sentence: Sentence, _ mentions: [Mention], _ add: Add) {
    guard mentions.count >= 2, let sides = powerDealSides(sentence.tokens, mentions) else { return }
    for s in sides.sellers { for b in sides.buyers { add(s, b, .supplies, nil, nil) } }
  }
}
