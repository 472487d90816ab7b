import GeflechtCore

/// Towns that no list knows, placed by the region after them: "in Abilene, Texas", "in Lübbenau in
/// Brandenburg", "in Marcy im Bundesstaat New York", "near Siler City in North Carolina". The region (a
/// country, state, Land or province of the generated `regions.txt`) says that the words before it name a
/// place inside it.
extension EntityRecognizer {
  /// The towns of a sentence, none overlapping a claimed word. Linear in tokens: each region mention looks
  /// at most eight words back.
  func townsBeforeRegions(in sentence: Sentence, claimed: [Bool], found: [Mention]) -> [Mention] {
    // (Most sentences name no place: nothing is hashed or copied for them.)
    guard found.contains(where: { $0.ref.kind == .place }) else { return [] }
    let tokens = sentence.tokens
    var result: [Mention] = []
    var taken = claimed
    for region in found where region.ref.kind == .place && !region.isGenitive && region.first >= 3 && lexicon.regions.contains(region.ref.name) {
      guard let end = townEnd(before: region, tokens) else { continue }
      let comma = tokens[region.first - 1].text == ","
      // "In Response, Texas regulators said": a region before a lower-case word is an attribute, not a town's.
      if comma, region.last + 1 < tokens.count, tokens[region.last + 1].isWord, !tokens[region.last + 1].isCapitalized { continue }
      // Before ", <state>" a first name may be a town's ("in Charlotte, North Carolina").
      let firstNames = comma && !lexicon.countries.contains(region.ref.name)
      guard !taken[end], isTownWord(tokens[end], orTail: true, firstNames: firstNames) else { continue }
      // One to three name words (a site tail after the first: "Siler City"), opened by a locative
      // preposition ("in", "near", "bei").
      var start = end
      while start > 0, end - start < 2, !taken[start - 1], isTownWord(tokens[start - 1], orTail: false, firstNames: firstNames) { start -= 1 }
      // (Without a comma not "bei", which names firms as often, "bei Zentrix in Bayern", nor after a verb of
      // investing: "invested in Zentrix in California".)
      guard start > 0 else { continue }
      let preposition = tokens[start - 1].lowercased
      guard isTownWord(tokens[start], orTail: false, firstNames: firstNames),
        RelationExtractor.locativePrepositions.contains(preposition), comma || preposition != "bei",
        comma || start < 2 || !EntityRecognizer.investingWords.contains(tokens[start - 2].lowercased)
      else { continue }
      let name = sentence.text(tokens[start].start, tokens[end].end)
      result.append(Mention(ref: EntityRef(kind: .place, name: name, subtype: nil, maker: nil, isMedia: false), first: start, last: end, surface: name))
      for k in start...end { taken[k] = true }
    }
    return result
  }

  /// "Spartanburg, South Carolina": a town written with its region keeps that as its surface (an alias of
  /// the node), so that the town reads as written. `mentions` sorted by position; O(n) for a sentence
  /// without a region after a comma, O(n·m) at worst (`isRegionOfTown` per such pair).
  func townsWithRegions(_ mentions: [Mention], in sentence: Sentence) -> [Mention] {
    let tokens = sentence.tokens
    var result = mentions
    for n in mentions.indices.dropLast() {
      let (town, region) = (mentions[n], mentions[n + 1])
      guard town.ref.kind == .place, region.ref.kind == .place, region.first == town.last + 2, tokens[town.last + 1].text == ",",
        !town.isGenitive, !region.isGenitive, lexicon.regions.contains(region.ref.name), !lexicon.regions.contains(town.ref.name),
        EntityRecognizer.isRegionOfTown(region, mentions, tokens)
      else { continue }
      result[n] = Mention(
        ref: town.ref, first: town.first, last: town.last, surface: sentence.text(tokens[town.first].start, tokens[region.last].end),
        head: town.head)
    }
    return result
  }

  /// Whether a region after "Town," says where the town is, rather than going on with a list of places: no
  /// further place after it (past a comma and a coordinator), or one that is a town with its own region
  /// ("in Fremont, California, and Austin, Texas"); not "in London, New York, Tokio und Paris". O(m) for m
  /// mentions.
  static func isRegionOfTown(_ region: Mention, _ mentions: [Mention], _ t: [Token]) -> Bool {
    var k = region.last + 1
    if k < t.count, t[k].text == "," { k += 1 }
    if k < t.count, t[k].is(.coordinator) { k += 1 }
    guard k > region.last + 1, let next = mentions.first(where: { $0.ref.kind == .place && $0.first >= k && $0.first <= k + 1 }) else {
      return true
    }
    // A second pair: the next place followed by ", <place>".
    return next.last + 2 < t.count && t[next.last + 1].text == ","
      && mentions.contains { $0.ref.kind == .place && $0.first == next.last + 2 }
  }

  /// The last word of a town before a region: before ", R"; before "in R" or "im [Bundesstaat] R" when
  /// R is a region inside a country or follows an area word (after a bare "in", a country is as often where
  /// a firm sits: "investiert in Quantinuum in Großbritannien").
  private func townEnd(before region: Mention, _ tokens: [Token]) -> Int? {
    let r = region.first
    guard r >= 3 else { return nil }
    if tokens[r - 1].text == "," { return r - 2 }
    // "im Bundesstaat", "in the state of", "im US-Bundesstaat": area words, articles and "of" between (an area
    // word makes even a country's name a state's: "im US-Bundesstaat Georgia").
    var k = r - 1
    var area = false
    while k > 0, r - k <= 4, !RelationExtractor.locativePrepositions.contains(tokens[k].lowercased) {
      let lower = tokens[k].lowercased
      if tokens[k].siteKind(in: lexicon) == .area { area = true } else {
        guard lower == "the" || lower == "of" || lower == "u.s." || lower == "us" else { return nil }
      }
      k -= 1
    }
    guard k >= 2, ["in", "im"].contains(tokens[k].lowercased), area || !lexicon.countries.contains(region.ref.name) else { return nil }
    return k - 1
  }

  /// A word of a town's name: an unknown plain name word (or, with `firstNames`, a first name), or
  /// (`orTail`, after the first) a site tail ("City").
  private func isTownWord(_ t: Token, orTail: Bool, firstNames: Bool) -> Bool {
    if orTail, t.isCapitalized, lexicon.siteNames.tails.contains(t.text) { return true }
    guard t.isWord, !isStopword(t), !t.endsInApostropheS else { return false }
    if firstNames, isFirstName(t) { return t.isCapitalized }
    return isPlainNameWord(t)
  }

  static let investingWords: Set<String> = [
    "invest", "invests", "invested", "investing", "investment", "investments", "investiert", "investierte", "investieren",
    "investition", "beteiligt", "partnered", "stake", "beteiligung",
  ]
}
