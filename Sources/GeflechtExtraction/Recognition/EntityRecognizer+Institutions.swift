import GeflechtCore

/// English institutions named by a noun at their end or before "of" (`institution_heads.tsv`): "the
/// Louisiana Public Service Commission", "Sierra Club", "the Union of Concerned Scientists", "the Fifth
/// Circuit Court of Appeals", "the U.S. Department of Energy".
///
/// The head is a capitalised word of the list that no list claimed. Up to four capitalised words stand
/// before it: no stopword ("The"), role, time word, genitive or German noun ("der Stiftung Earth Fire
/// Alliance"), and no sentence adverb, quantifier or verb of saying first ("However", "Every", "Said"); a
/// known place among them is part of the name ("Louisiana", "Central Iowa"), any other claimed word ends the
/// walk. After the head, "of" or "for" and capitalised words may follow, joined by "of", "for", "and", "&"
/// and, after "of" or "for", "the" (a known place too: "University of California", "Department of Health
/// and Human Services", "China Council for the Promotion of International Trade"; no role: "Board of
/// Directors"); the part ends at its last capitalised word. A name is the head with a word before it or such
/// a part after it; a capitalised word after the name that is no role leaves the name to a later head
/// ("European Union Agency"), and a title-case line names nothing (headlines capitalise every word). The
/// place mentions inside the name are no places of the story. An abbreviation in brackets right after the
/// name ("(LPSC)", also a translated one: "the German Association of the Automotive Industry (VDA)") names
/// it too.
///
/// - Complexity: O(n + m) for n tokens and m mentions: each head looks at most four words back and nine
/// ahead, and finds the place mentions it takes in by a scan of the mentions.
extension EntityRecognizer {
  /// Words inside the "of" part of an institution's name.
  static let institutionJoiners: Set<String> = ["of", "for", "and", "&", "the"]
  /// Endings of German nouns only ("Stiftung", "Gesellschaft"), not of English words ("Corporation").
  static let germanNounEndings = ["ung", "ungen", "heit", "keit", "schaft", "schaften", "tät", "ismus", "nis"]
  /// Capitalised words that open a sentence but no institution's name.
  static let nonNameOpeners: Set<String> = sentenceAdverbs.union(quantifiers).union(RelationExtractor.speakerVerbs)

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
      guard tokens[h].isCapitalized, !claimed[h], tokens[h].text.utf8.count >= 4, let subtype = heads[tokens[h].text] else { continue }
      // The words before the head.
      var b = h
      while b > 0, h - b < 4 {
        let k = b - 1
        if claimed[k] {
          guard let p = place(endingAt: k), h - p.first <= 5 else { break }
          b = p.first
        } else {
          // (A German noun before an English name is no part of it: "der Stiftung Earth Fire Alliance".)
          guard isNamePart(tokens[k]), !EntityRecognizer.germanNounEndings.contains(where: { tokens[k].lowercased.hasSuffix($0) }) else { break }
          b = k
        }
      }
      // Sentence adverbs, quantifiers and verbs of saying name nothing: "However University staff", "Every
      // University", "Said University spokesperson".
      while b < h, !claimed[b], EntityRecognizer.nonNameOpeners.contains(tokens[b].lowercased) { b += 1 }
      // An "of" or "for" part after it: capitalised words, joined by "of", "for", "and", "&" and "the"
      // ("of the Automotive Industry", "for the Promotion of International Trade").
      var e = h + 1
      if e + 1 < tokens.count, ["of", "for"].contains(tokens[e].text) {
        var j = e + 1
        var end = e
        while j < tokens.count, j - e <= 8 {
          if claimed[j] {
            guard let p = place(startingAt: j) else { break }
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
        if end > e { e = end }
      }
      guard b < h || e > h + 1 else { continue }
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
