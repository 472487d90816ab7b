import GeflechtCore

/// Organisations given as examples after a plural noun for organisations: "Unternehmen wie Lufthansa,
/// Allianz und Ergo", "Firmen wie A und B", "companies such as A, B and C", "investors including A and B".
///
/// The noun (`exampleListNouns`, or the last part of a hyphen compound: "Tech-Konzerne") stands right
/// before "wie", "like", "including" or "such as"; the list's items are separated by commas and
/// "und/and/sowie/oder/or", and each is a known name (claimed before) or one to three capitalised name words
/// no list knows. The list ends at any other token. The unknown items become organisations when the list
/// names a known organisation (not "Companies such as Open, Next and Global"); a German common noun in a
/// plural form ends the list ("Banken", "Versicherungen", "Start-ups": categories, not names), and so does a
/// form of address ("Kunden wie Herr Müller"). A first name opens a person, not an organisation: the item
/// is passed over.
///
/// - Complexity: O(n) for n tokens: only the few example words start a walk, which ends with its list.
extension EntityRecognizer {
  static let exampleListNouns: Set<String> = [
    "unternehmen", "firmen", "konzerne", "konzernen", "startups", "start-ups", "hersteller", "herstellern", "anbieter", "anbietern",
    "investoren", "geldgeber", "geldgebern", "kapitalgeber", "kapitalgebern", "companies", "firms", "investors",
    "backers", "providers", "vendors", "manufacturers", "operators", "automakers", "carmakers", "chipmakers", "hyperscalers",
    "customers", "clients", "kunden", "großkunden", "partner", "partnern", "partners",
  ]
  private static let exampleWords: Set<String> = ["wie", "like", "including", "such"]
  private static let exampleJoiners: Set<String> = [",", "und", "and", "sowie", "oder", "or"]
  private static let pluralEndings = ["n", "er", "e", "s"]

  func exampleListOrganizations(in sentence: Sentence, claimed: inout [Bool], found: inout [Mention]) {
    let tokens = sentence.tokens
    // (The example words are product list words: most tokens are answered by their class.)
    for w in tokens.indices where w >= 1 && tokens[w].is(.productListWord) && EntityRecognizer.exampleWords.contains(tokens[w].lowercased) {
      var i = w + 1
      if tokens[w].lowercased == "such" {
        guard i < tokens.count, tokens[i].lowercased == "as" else { continue }
        i += 1
      }
      let noun = tokens[w - 1]
      guard noun.isWord,
        EntityRecognizer.exampleListNouns.contains(noun.lowercased)
          || noun.isHyphenated && EntityRecognizer.exampleListNouns.contains(String(noun.parts.last ?? "").lowercased())
      else { continue }
      // The unknown runs, and whether the list names a known organisation.
      var unknown: [(first: Int, end: Int)] = []
      var namesKnown = false
      while i < tokens.count {
        while i < tokens.count, ["der", "die", "das", "den", "dem", "the"].contains(tokens[i].lowercased) { i += 1 }
        guard i < tokens.count else { break }
        if claimed[i] {
          guard let m = found.first(where: { $0.first <= i && i <= $0.last }) else { break }
          if m.ref.kind == .organization { namesKnown = true }
          i = m.last + 1
        } else {
          var e = i
          // (A common noun after the first word ends the name: "Siemens und Behörden Daten austauschen".)
          while e < tokens.count, e - i < 3, !claimed[e], isNameWordOutsideGazetteer(tokens[e]), lexicon.months[tokens[e].lowercased] == nil,
            e == i || !isCommonNoun(tokens[e])
          {
            e += 1
          }
          guard e > i else { break }
          // (A person's name is no organisation, and the list goes on after it.)
          if !isFirstName(tokens[i]) {
            if isCommonNoun(tokens[i]), EntityRecognizer.pluralEndings.contains(where: { tokens[i].lowercased.hasSuffix($0) }) { break }
            // "Kunden wie Herr Müller": a form of address opens a person.
            if EntityRecognizer.honorifics.contains(tokens[i].text) { break }
            unknown.append((i, e))
          }
          i = e
        }
        // A joiner, or a comma and a joiner, continues the list.
        guard i < tokens.count, EntityRecognizer.exampleJoiners.contains(tokens[i].lowercased) else { break }
        i += 1
        if tokens[i - 1].text == ",", i < tokens.count, ["und", "and", "sowie", "oder", "or"].contains(tokens[i].lowercased) { i += 1 }
      }
      // Only a list that names a known organisation is one of organisations: "Companies such as Open, Next
      // and Global" or "Firmen wie Mittelständler und Handwerksbetriebe" name none.
      guard namesKnown else { continue }
      for item in unknown {
        guard !(item.first..<item.end).contains(where: { claimed[$0] }) else { continue }
        let name = sentence.text(tokens[item.first].start, tokens[item.end - 1].end)
        for k in item.first..<item.end { claimed[k] = true }
        found.append(
          Mention(
            ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: item.first, last: item.end - 1,
            surface: name))
      }
    }
  }
}
