import GeflechtCore

/// English institutions named by a noun at their end or before "of" (`institution_heads.tsv`): "the
/// Louisiana Public Service Commission", "Sierra Club", "the Union of Concerned Scientists", "the Fifth
/// Circuit Court of Appeals", "the U.S. Department of Energy".
///
/// The head is a capitalised word of the list that no list claimed. Up to four capitalised words stand
/// before it: no stopword ("The"), role, time word, genitive or German noun ("der Stiftung Earth Fire
/// Alliance"), and no sentence adverb, quantifier, verb of saying or preposition first ("However", "Every",
/// "Said", "Under"); a known place among them is part of the name ("Louisiana", "Central Iowa"). After the
/// head, "of", "for" or "on" and capitalised words may follow, joined by "of", "for", "and", "&" and, after
/// "of" or "for", "the" (a known place too: "University of California", "Department of Health and Human
/// Services", "China Council for the Promotion of International Trade"; no role: "Board of Directors");
/// the part ends at its last capitalised word. A name is the head with a word before it or such a part
/// after it; a capitalised word after the name that is no role leaves the name to a later head ("European
/// Union Agency"), and a title-case line names nothing (headlines capitalise every word).
///
/// No institution is named by a head after an organisation or a company's genitive ("The Siemens Supervisory
/// Board", "Nvidia's Compensation Committee": that organisation's body; not "the country's Supreme Court"), by words of a company's bodies ("Audit
/// Committee", "Works Council"), by an "of" part that reaches a known organisation ("the Board of Governors
/// of the Federal Reserve System"); a public body's short name may open it ("the EU Agency for the Space
/// Programme"), and words joined by "&" belong to it ("the Pennsylvania Building & Construction Trades
/// Council"). The place mentions inside a name are no places of the story. An abbreviation in brackets
/// right after the name ("(LPSC)", also a translated one: "the German Association of the Automotive
/// Industry (VDA)") names it too.
///
/// - Complexity: O(n + h·m) for n tokens, h heads and m mentions: each head looks at most four words back
/// and nine ahead, and finds the mentions it meets there by a scan of the mentions.
extension EntityRecognizer {
  /// Words inside the "of" part of an institution's name.
  static let institutionJoiners: Set<String> = ["of", "for", "and", "&", "the"]
  /// Endings of German nouns only ("Stiftung", "Gesellschaft"), not of English words ("Corporation").
  static let germanNounEndings = ["ung", "ungen", "heit", "keit", "schaft", "schaften", "tät", "ismus", "nis"]
  /// Capitalised words that open a sentence but no institution's name.
  static let nonNameOpeners: Set<String> = sentenceAdverbs.union(quantifiers).union(RelationExtractor.speakerVerbs).union([
    "under", "after", "before", "despite", "with", "without", "following", "during", "amid", "since", "laut", "beim", "vom", "zum", "zur",
  ])
  /// Nouns for a company whose genitive makes the head its body: "the company's Audit Committee".
  static let companyEpithets: Set<String> = [
    "company", "group", "firm", "bank", "carmaker", "chipmaker", "automaker", "utility", "insurer", "lender", "retailer", "conglomerate",
  ]
  /// Words that name a body inside a company by its function: "Supervisory Board", "Works Council".
  static let internalBodyWords: Set<String> = [
    "Supervisory", "Management", "Advisory", "Executive", "Audit", "Compensation", "Nominating", "Remuneration", "Works",
    "Engineering", "Owners", "Shareholders", "Investment", "Steering",
  ]

  func institutions(in sentence: Sentence, claimed: [Bool], found: [Mention]) -> [Mention] {
    let heads = lexicon.institutionHeads
    let tokens = sentence.tokens
    var result: [Mention] = []
    var titleCase: Bool? = nil
    /// The place mention that ends at `k` (so that the walk back takes it in whole), or nil.
    func place(endingAt k: Int) -> Mention? {
      found.first { $0.last == k && $0.ref.kind == .place && !$0.isGenitive && $0.head == nil }
    }
    func place(startingAt k: Int) -> Mention? {
      found.first { $0.first == k && $0.ref.kind == .place && !$0.isGenitive && $0.head == nil }
    }
    func isNamePart(_ t: Token) -> Bool {
      t.isWord && t.isCapitalized && !t.endsInApostropheS && !isStopword(t) && !isRoleWord(t) && !isTimeWord(t)
    }
    var h = 0
    while h < tokens.count {
      defer { h += 1 }
      // (The first four bytes first: most capitalised words are spared the hashed lookup.)
      guard tokens[h].isCapitalized, !claimed[h],
        tokens[h].text.withUTF8Bytes({ $0.count >= 4 && lexicon.institutionHeadStarts.contains(FourByteSet.key($0, from: 0)) }),
        let subtype = heads[tokens[h].text]
      else { continue }
      // The words before the head.
      var b = h
      var bodyOfOwner = false
      while b > 0, h - b < 4 {
        let k = b - 1
        if claimed[k] {
          if let p = place(endingAt: k), h - p.first <= 5 {
            b = p.first
            continue
          }
          // "the EU Agency for the Space Programme", "the UN Security Council": a public body's short name opens
          // the name.
          if let o = found.first(where: { $0.last == k && $0.ref.kind == .organization && !$0.isGenitive }), o.first == k,
            o.ref.subtype == "public" || (2...3).contains(tokens[k].text.utf8.count) && tokens[k].text.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 })
          {
            b = k
            continue
          }
          // "The Siemens Supervisory Board", "Nvidia's Compensation Committee": a body of the organisation
          // before it, no institution of its own.
          bodyOfOwner = found.contains { $0.last == k && $0.ref.kind == .organization }
          break
        } else if tokens[k].endsInApostropheS {
          // ("the company's Audit Committee"; not "the country's Supreme Court".)
          bodyOfOwner = EntityRecognizer.companyEpithets.contains(String(tokens[k].lowercased.dropLast(2)))
          break
        } else {
          // (A German noun before an English name is no part of it: "der Stiftung Earth Fire Alliance".)
          // (Seven letters at least: "Jung", "Tennis" are names.)
          let word = tokens[k].lowercased
          guard isNamePart(tokens[k]), word.count < 7 || !EntityRecognizer.germanNounEndings.contains(where: { word.hasSuffix($0) }) else { break }
          b = k
        }
      }
      if bodyOfOwner { continue }
      // Sentence adverbs, quantifiers, verbs of saying and prepositions name nothing: "However University
      // staff", "Every University", "Said University spokesperson", "Under Commission rules", "Beim Panel".
      while b < h, !claimed[b], EntityRecognizer.nonNameOpeners.contains(tokens[b].lowercased) || tokens[b].is(.preposition) { b += 1 }
      // A company's own bodies are named by their function: "the Supervisory Board", "the Audit Committee".
      if (b..<h).contains(where: { EntityRecognizer.internalBodyWords.contains(tokens[$0].text) }) { continue }
      // An "of" or "for" part after it: capitalised words, joined by "of", "for", "and", "&" and "the"
      // ("of the Automotive Industry", "for the Promotion of International Trade").
      var e = h + 1
      var partOfKnown = false
      if e + 1 < tokens.count, ["of", "for", "on"].contains(tokens[e].text) {
        var j = e + 1
        var end = e
        while j < tokens.count, j - e <= 8 {
          if claimed[j] {
            // "the Board of Governors of the Federal Reserve System": a body of a known organisation.
            guard let p = place(startingAt: j) else {
              partOfKnown = found.contains { $0.first == j && $0.ref.kind == .organization }
              break
            }
            j = p.last + 1
            end = j
          } else if isNamePart(tokens[j]) {
            j += 1
            end = j
          } else if EntityRecognizer.institutionJoiners.contains(tokens[j].text), j + 1 < tokens.count, !claimed[j + 1] || tokens[j].text == "of",
            // ("the" only after "of" or "for": "… Scientists and the Alliance for …" are two names.)
            tokens[j].text != "the" || ["of", "for"].contains(tokens[j - 1].text)
          {
            j += 1
          } else {
            break
          }
        }
        // (Joiners before a known organisation: "… of the Federal Reserve System".)
        var k = j
        while k < tokens.count, k - j < 3, EntityRecognizer.institutionJoiners.contains(tokens[k].text) { k += 1 }
        if k < tokens.count, claimed[k], found.contains(where: { $0.first == k && $0.ref.kind == .organization }) { partOfKnown = true }
        if end > e { e = end }
      }
      guard b < h || e > h + 1, !partOfKnown else { continue }
      // "the Pennsylvania Building & Construction Trades Council": words joined by "&" belong to the name.
      if b >= 2, tokens[b - 1].text == "&", isNamePart(tokens[b - 2]) || claimed[b - 2] {
        var c = b - 2
        while c > 0, b - c < 4, isNamePart(tokens[c - 1]) || place(endingAt: c - 1) != nil { c = place(endingAt: c - 1)?.first ?? c - 1 }
        b = c
      }
      // A capitalised word (no role) after the name goes on with it.
      if e < tokens.count, tokens[e].isWord, tokens[e].isCapitalized, !isRoleWord(tokens[e]) { continue }
      if titleCase == nil { titleCase = EntityRecognizer.isTitleCase(tokens) }
      if titleCase == true { return [] }
      let name = sentence.text(tokens[b].start, tokens[e - 1].end)
      let ref = entityRef(sentence, .organization, name, subtype: subtype, isMedia: false)
      result.append(Mention(ref: ref, first: b, last: e - 1, surface: name))
      // "(LPSC)", "(VDA)": an abbreviation in brackets right after the name is the name's.
      if e + 2 < tokens.count, tokens[e].text == "(", tokens[e + 2].text == ")", !claimed[e + 1],
        (2...8).contains(tokens[e + 1].text.utf8.count), tokens[e + 1].text.unicodeScalars.allSatisfy({ $0.properties.isUppercase && $0.isASCII })
      {
        result.append(Mention(ref: ref, first: e + 1, last: e + 1, surface: tokens[e + 1].text))
      }
      h = e - 1
    }
    return result
  }
}
