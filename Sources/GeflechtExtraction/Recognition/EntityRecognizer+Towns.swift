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
      guard let end = townEnd(before: region, tokens), !taken[end], isTownWord(tokens[end], orTail: true) else { continue }
      // One to three name words (a site tail after the first: "Siler City"), opened by a locative
      // preposition ("in", "near", "bei").
      var start = end
      while start > 0, end - start < 2, !taken[start - 1], isTownWord(tokens[start - 1], orTail: false) { start -= 1 }
      guard start > 0, isTownWord(tokens[start], orTail: false), EntityRecognizer.townPrepositions.contains(tokens[start - 1].lowercased)
      else { continue }
      let name = sentence.text(tokens[start].start, tokens[end].end)
      result.append(Mention(ref: EntityRef(kind: .place, name: name, subtype: nil, maker: nil, isMedia: false), first: start, last: end, surface: name))
      for k in start...end { taken[k] = true }
    }
    return result
  }

  /// "Spartanburg, South Carolina": a town written with its region keeps that as its surface (an alias of
  /// the node), so that the town reads as written. `mentions` sorted by position; O(n).
  func townsWithRegions(_ mentions: [Mention], in sentence: Sentence) -> [Mention] {
    let tokens = sentence.tokens
    var result = mentions
    for n in mentions.indices.dropLast() {
      let (town, region) = (mentions[n], mentions[n + 1])
      guard town.ref.kind == .place, region.ref.kind == .place, region.first == town.last + 2, tokens[town.last + 1].text == ",",
        !town.isGenitive, !region.isGenitive, lexicon.regions.contains(region.ref.name), !lexicon.regions.contains(town.ref.name)
      else { continue }
      result[n] = Mention(
        ref: town.ref, first: town.first, last: town.last, surface: sentence.text(tokens[town.first].start, tokens[region.last].end),
        head: town.head)
    }
    return result
  }

  /// The last word of a town before a region: before ", R"; before "in R" or "im [Bundesstaat] R" when
  /// R is a region inside a country (after "in", a country is as often where a firm sits: "investiert in
  /// Quantinuum in Großbritannien").
  private func townEnd(before region: Mention, _ tokens: [Token]) -> Int? {
    let r = region.first
    guard r >= 3 else { return nil }
    if tokens[r - 1].text == "," { return r - 2 }
    guard !lexicon.countries.contains(region.ref.name) else { return nil }
    // "im Bundesstaat", "in the state of", "im US-Bundesstaat": area words, articles and "of" between.
    var k = r - 1
    while k > 0, r - k <= 4, !EntityRecognizer.townPrepositions.contains(tokens[k].lowercased) {
      let lower = tokens[k].lowercased
      guard tokens[k].siteKind(in: lexicon) == .area || lower == "the" || lower == "of" || lower == "u.s." || lower == "us" else { return nil }
      k -= 1
    }
    guard k >= 2, ["in", "im"].contains(tokens[k].lowercased) else { return nil }
    return k - 1
  }

  /// A word of a town's name: an unknown plain name word, or (`orTail`, after the first) a site tail ("City").
  private func isTownWord(_ t: Token, orTail: Bool) -> Bool {
    if orTail, t.isCapitalized, lexicon.siteNames.tails.contains(t.text) { return true }
    return t.isWord && isPlainNameWord(t) && !isStopword(t) && !t.endsInApostropheS
  }

  static let townPrepositions: Set<String> = ["in", "im", "near", "nahe", "bei", "outside", "außerhalb"]
}
