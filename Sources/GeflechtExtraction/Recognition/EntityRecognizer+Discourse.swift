import GeflechtCore

/// Names that only the next sentence shows to be companies.
extension EntityRecognizer {
  /// Nouns that take up a company named just before: "The company, located in San Jose, …".
  static let companyAnaphors: Set<String> = ["company", "startup", "start-up", "firm", "chipmaker"]
  static let determiners: Set<String> = [
    "this", "that", "these", "those", "the", "a", "an", "its", "their", "his", "her", "all", "some", "many", "most",
  ]

  /// "Recogni appears to have defied the trend … The company, located in San Jose, …": in an English
  /// document, an unknown single name that opens a sentence, before a lower-case verb, and is taken up by
  /// "the company" (or "the startup", "the firm") at the start of the next sentence is an organisation.
  /// Not a plural ("Shares fell. The company said …"), a first name, a known word of the lexicon, or a
  /// sentence that already names an organisation. Linear in the number of sentences.
  func companiesTakenUp(_ sentences: [Sentence], _ mentions: [[Mention]], language: Language) -> [[Mention]] {
    guard language == .en, sentences.count > 1 else { return mentions }
    var result = mentions
    for s in sentences.indices.dropLast() {
      let t = sentences[s].tokens
      let next = sentences[s + 1].tokens
      guard t.count > 2, next.count > 2, next[0].lowercased == "the",
        EntityRecognizer.companyAnaphors.contains(next[1].lowercased),
        !mentions[s].contains(where: { $0.first == 0 || $0.ref.kind == .organization }),
        isNameWord(t[0]), !isFirstName(t[0]), !t[0].text.hasSuffix("s"), !hasNounSuffix(t[0]),
        t[1].isWord, t[1].text.unicodeScalars.first!.properties.isLowercase,
        !EntityRecognizer.determiners.contains(t[1].lowercased),  // "Beyond this, …"
        // A verb: "appears", "announced" (not "Net income rose").
        t[1].lowercased.hasSuffix("s") || t[1].lowercased.hasSuffix("ed")
      else { continue }
      let m = Mention(
        ref: entityRef(sentences[s], .organization, t[0].text, subtype: "company", isMedia: false), first: 0, last: 0,
        surface: t[0].text)
      result[s].insert(m, at: 0)
    }
    return result
  }
}

extension EntityRecognizer {
  /// "Jan Zendrix gründete … Später sammelte Zendrix Geld ein": a one-word organisation no list knows (or
  /// only in another case: "Jean Dupont … Dupont said" is not DuPont) and no organisation noun introduces ("das Startup Zendrix" stays a company named after its founder) that
  /// is the surname of a person named in an earlier sentence is that person. Linear in the number of
  /// mentions (one dictionary of the persons' surnames).
  func surnamesTakenBack(_ mentions: [[Mention]], in sentences: [Sentence]) -> [[Mention]] {
    var persons: [String: EntityRef] = [:]
    var result = mentions
    for s in mentions.indices {
      let tokens = sentences[s].tokens
      for (k, m) in mentions[s].enumerated()
      where !persons.isEmpty && m.ref.kind == .organization && m.first == m.last && m.head == nil && !m.isAnaphor && !m.isGenitive
        && !(m.first > 0 && isOrgHeadNoun(tokens[m.first - 1]))
        && (lexicon.gazetteer.refsByName[m.ref.name] == nil || EntityRecognizer.isCaseVariant(m.surface, of: m.ref.name))
      {
        if let person = persons[m.surface] ?? persons[m.ref.name] {
          result[s][k] = Mention(ref: person, first: m.first, last: m.last, surface: m.surface)
        }
      }
      for m in mentions[s] where m.ref.kind == .person {
        if let space = m.ref.name.lastIndex(of: " ") { persons[String(m.ref.name[m.ref.name.index(after: space)...])] = m.ref }
      }
    }
    return result
  }
}

extension EntityRecognizer {
  /// A surface that is a listed name in other letter case only: "Dupont" for "DuPont".
  static func isCaseVariant(_ surface: String, of name: String) -> Bool {
    surface != name && surface.lowercased() == name.lowercased()
  }
}
