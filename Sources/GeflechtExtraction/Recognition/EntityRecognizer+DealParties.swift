import GeflechtCore

/// Organisations no list knows, named as the parties of a deal that only companies make:
/// - The subject opening an English sentence before a verb of buying, perhaps after an auxiliary ("Zendrix
///   acquires Quorvia", "Zendrix has acquired …", "Zendrix agreed to buy …"), or before "was acquired
///   by" ("Quorvia was acquired by Zendrix").
/// - A German main clause "<A> übernimmt/kauft/erwirbt <B>" whose other party is a name too (a known
///   organisation or an unknown run): "Zendrix übernimmt Quorvia für …" (not "Müller übernimmt den
///   Vorsitz", whose object is no name).
/// - The German passive "<A> wird/wurde von <B> übernommen/gekauft/erworben": both parties.
/// - Two names coordinated at the start of a sentence before a short verb phrase and a word of
///   partnership: "Zendrix and Quorvia announced a partnership", "Zendrix und Quorvia kooperieren".
///
/// A run of one to three unknown name words (`unknownNameRun`) opens the sentence in every case, so a
/// person's name with a known first name (found before) or a German common noun ("Der Konzern …") is
/// none. A surname alone could still be read as a company ("Musk kauft Twitter") when its person was
/// not named in the same sentence; `NameResolver` then still finds the person by the full name's earlier
/// mention only when the surname is unclaimed, so the rules leave a word alone that a person mention
/// earlier in the sentence ends with.
///
/// - Complexity: O(n) per sentence of n tokens: each rule looks at a bounded window from the sentence's
///   start or from each verb.
extension EntityRecognizer {
  /// Auxiliaries and phrases between an English subject and its verb of buying ("has", "agreed to",
  /// "is set to"; "was" and "been" of the passive are added where they are read).
  static let englishDealAuxiliaries: Set<String> = ["has", "have", "had", "will", "would", "to", "agreed", "plans", "is", "set", "also", "now"]
  /// German participles of buying that close a passive clause.
  static let germanBuyingParticiples: Set<String> = ["übernommen", "gekauft", "erworben", "geschluckt", "akquiriert"]
  /// Words of partnership after a coordinated subject (lower case, by their start).
  static let partnershipStarts = ["partner", "kooperation", "kooperier", "zusammenarbeit", "joint", "team"]

  func dealPartyOrganizations(in sentence: Sentence, claimed: inout [Bool], found: inout [Mention]) {
    let tokens = sentence.tokens
    guard tokens.count >= 3 else { return }
    func claimOrganization(_ a: Int, _ end: Int) {
      let name = sentence.text(tokens[a].start, tokens[end - 1].end)
      for k in a..<end { claimed[k] = true }
      found.append(
        Mention(ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: a, last: end - 1, surface: name))
    }
    // A sentence opens at 0 or after a dateline's dash or a colon ("Berlin (dpa) - …", "Deal: …").
    let start = tokens.indices.prefix(8).last(where: { ["-", "–", "—", ":"].contains(tokens[$0].text) }).map { $0 + 1 } ?? 0
    guard start + 2 < tokens.count, let end = unknownNameRun(from: start, in: tokens, claimed: claimed),
      !EntityRecognizer.sentenceAdverbs.contains(tokens[start].lowercased), !EntityRecognizer.looksLikeAdjective(tokens[start].text)
        || end - start > 1
    else { return }
    // The run must not end a person's name named before it in the sentence ("Jan Zendrix … Zendrix kauft").
    if found.contains(where: { $0.ref.kind == .person && $0.ref.name.hasSuffix(" " + tokens[end - 1].text) }) { return }
    guard end < tokens.count else { return }
    let next = tokens[end]

    // English: "Zendrix (has) acquired …", "Zendrix agreed to buy …", "Quorvia was acquired by …" (not a
    // verb of investing, whose subject is often a person: "Conway invested in …").
    var v = end
    while v < tokens.count, v - end < 3, EntityRecognizer.englishDealAuxiliaries.contains(tokens[v].lowercased) || tokens[v].text == "was"
      || tokens[v].text == "been"
    {
      v += 1
    }
    if v < tokens.count, tokens[v].is(.englishBuyingVerb), !tokens[v].lowercased.hasSuffix("ing"), !tokens[v].lowercased.hasPrefix("invest") {
      claimOrganization(start, end)
      // "Quorvia was acquired by Zendrix": the buyer of a company is one too (not a person in apposition:
      // "by Okonkwo, a former …").
      if v > end, tokens[v - 1].text == "was" || tokens[v - 1].text == "been", v + 2 < tokens.count, tokens[v + 1].text == "by",
        let agentEnd = unknownNameRun(from: v + 2, in: tokens, claimed: claimed),
        !(agentEnd + 1 < tokens.count && tokens[agentEnd].text == "," && ["a", "an", "the"].contains(tokens[agentEnd + 1].lowercased))
      {
        claimOrganization(v + 2, agentEnd)
      }
      return
    }
    // German: "<A> übernimmt <B> …" with a name on both sides.
    if next.is(.germanBuyingVerb), end + 1 < tokens.count {
      let o = end + 1
      if let known = found.first(where: { $0.first == o }), known.ref.kind == .organization {
        claimOrganization(start, end)
      } else if let objectEnd = unknownNameRun(from: o, in: tokens, claimed: claimed),
        objectEnd == tokens.count || EntityRecognizer.germanAfterObject.contains(tokens[objectEnd].lowercased)
      {
        claimOrganization(start, end)
        claimOrganization(o, objectEnd)
      }
      return
    }
    // German passive: "<A> wird/wurde (nun) von <B> übernommen".
    if ["wird", "wurde", "soll", "sollte"].contains(next.text), end + 3 < tokens.count {
      var p = end + 1
      if ["nun", "jetzt", "bereits"].contains(tokens[p].lowercased) { p += 1 }
      guard p + 2 < tokens.count, ["von", "vom"].contains(tokens[p].lowercased) else { return }
      let agent = p + 1
      let agentEnd: Int
      if let known = found.first(where: { $0.first == agent }), known.ref.kind == .organization {
        agentEnd = known.last + 1
      } else if let e = unknownNameRun(from: agent, in: tokens, claimed: claimed) {
        agentEnd = e
      } else {
        return
      }
      guard agentEnd < tokens.count, EntityRecognizer.germanBuyingParticiples.contains(tokens[agentEnd].lowercased) else { return }
      claimOrganization(start, end)
      if !claimed[agent] { claimOrganization(agent, agentEnd) }
      return
    }
    // "Zendrix and Quorvia announced a partnership": two coordinated names before a word of partnership.
    if next.is(.coordinator), next.isWord, end + 1 < tokens.count {
      let b = end + 1
      let bEnd: Int
      if let known = found.first(where: { $0.first == b }), known.ref.kind == .organization {
        bEnd = known.last + 1
      } else if let e = unknownNameRun(from: b, in: tokens, claimed: claimed) {
        bEnd = e
      } else {
        return
      }
      var k = bEnd
      while k < tokens.count, k - bEnd < 4, tokens[k].isWord, !tokens[k].isCapitalized {
        if EntityRecognizer.partnershipStarts.contains(where: { tokens[k].lowercased.hasPrefix($0) }) {
          claimOrganization(start, end)
          if !claimed[b] { claimOrganization(b, bEnd) }
          return
        }
        k += 1
      }
      // German nouns are capitalised: "… haben eine Kooperation vereinbart".
      if k < tokens.count, k - bEnd <= 4, tokens[k].isCapitalized,
        EntityRecognizer.partnershipStarts.contains(where: { tokens[k].lowercased.hasPrefix($0) })
      {
        claimOrganization(start, end)
        if !claimed[b] { claimOrganization(b, bEnd) }
      }
    }
  }
}
