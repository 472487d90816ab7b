import GeflechtCore

/// Links mentions within one document: later bare surnames to the person named in full ("Altman" →
/// Sam Altman), later bare names of newly found organisations, short forms of a person to the longest
/// ("Thomas Hofmann" → "Thomas F. Hofmann"), and "das Projekt" to the project named last.
struct NameResolver: Sendable {
  let lexicon: Lexicon
  /// How many sentences back an anaphor may reach.
  let anaphoraWindow = 2

  func resolve(_ sentences: [Sentence], mentions: [[Mention]]) -> [[Mention]] {
    // Persons: the longest full name per (first name, surname); surnames that name two people are dropped.
    var longest: [String: EntityRef] = [:]
    var bySurname: [String: EntityRef?] = [:]
    var newNames: [String: EntityRef] = [:]
    // New names of several words by their first word, with the words after it.
    var newLongNames: [String: [(ref: EntityRef, rest: [String])]] = [:]
    // `shortName(of:)` once per reference (by identity; the mentions keep the references alive), for the
    // whole run when the sentences share a vocabulary.
    let vocabulary = sentences.first?.vocabulary
    var shortNameIndex = RefNumbers(capacity: 64)
    var shortNames: [String?] = []
    func cachedShortName(of ref: EntityRef) -> String? {
      if let vocabulary { return vocabulary.shortName(of: ref, shortName(of:)) }
      if let n = shortNameIndex.number(of: ref) { return shortNames[Int(n)] }
      let short = shortName(of: ref)
      shortNameIndex.insert(ref, Int32(shortNames.count))
      shortNames.append(short)
      return short
    }
    // A name of one word that no lexicon entry has, not a medium's: a new name the document may repeat.
    func cachedIsUnlistedOneWordName(_ ref: EntityRef) -> Bool {
      if let vocabulary { return vocabulary.isUnlistedOneWordName(ref, self.isUnlistedOneWordName(_:)) }
      return self.isUnlistedOneWordName(ref)
    }
    for m in mentions.joined() {
      if m.ref.kind == .person {
        guard let (firstName, surname) = NameResolver.firstAndLastWord(m.ref.name) else { continue }
        let group = "\(firstName) \(surname)"
        if let known = longest[group], known.name.count >= m.ref.name.count { continue }
        longest[group] = m.ref
      } else if cachedIsUnlistedOneWordName(m.ref), newNames[m.ref.name] == nil {
        newNames[m.ref.name] = m.ref
      }
      // A name of several words found only by its context ("der Chipausrüster Süss Microtec"): the document
      // may repeat it without that context.
      // So may a project's ("die sogenannte Smart Power Fab" … "die Smart Power Fab").
      if m.ref.kind == .organization || m.ref.kind == .project, m.first < m.last, !m.ref.isMedia, NameResolver.containsSpace(m.ref.name),
        lexicon.gazetteer.refsByName[m.ref.name] == nil
      {
        let words = m.ref.name.split(separator: " ").map(String.init)
        if words.count <= 4, !(newLongNames[words[0]]?.contains { $0.ref === m.ref } ?? false) {
          newLongNames[words[0], default: []].append((m.ref, Array(words.dropFirst())))
        }
      }
      // An abbreviation introduced in brackets names the new name again: "Federal Energy Regulatory
      // Commission (FERC) … FERC agreed".
      if m.first == m.last, m.surface != m.ref.name, m.surface.unicodeScalars.count >= 2,
        m.surface.unicodeScalars.allSatisfy({ $0.properties.isUppercase && $0.isASCII }), lexicon.gazetteer.refsByName[m.ref.name] == nil
      {
        newNames[m.surface] = m.ref
      }
      // A short form names the longer organisation, in either order: "SiFi Networks … SiFi", "SiFi … SiFi Networks".
      if m.ref.kind != .person, !m.ref.isMedia, let short = cachedShortName(of: m.ref), newNames[short].map({ $0.name == short }) ?? true {
        newNames[short] = m.ref
      }
    }
    for (group, ref) in longest.sorted(by: { $0.key < $1.key }) {
      let surname = NameResolver.lastWord(group)
      if let existing = bySurname[surname], existing != ref { bySurname[surname] = .some(nil) } else {
        bySurname[surname] = ref
      }
    }

    // Most capitalised words name none of these: the filter answers without hashing the word.
    var names = NameKeyFilter()
    for key in bySurname.keys { names.insert(key) }
    for key in newNames.keys { names.insert(key) }
    let hasNames = !bySurname.isEmpty || !newNames.isEmpty

    var result: [[Mention]] = []
    var lastProject: (sentence: Int, ref: EntityRef)? = nil
    var recentOrganizations: [(sentence: Int, mentions: [Mention])] = []
    var lastPerson: (sentence: Int, ref: EntityRef?)? = nil
    var lastPersonNearMasculineNoun = false
    for (s, sentence) in sentences.enumerated() {
      let tokens = sentence.tokens
      var claimed = [Bool](repeating: false, count: tokens.count)
      var list: [Mention] = []
      // Room for the sentence's mentions and a few anaphors, allocated once (growing from empty reallocated).
      if !mentions[s].isEmpty { list.reserveCapacity(mentions[s].count + 4) }
      for m in mentions[s] {
        var m = m
        if m.ref.kind == .person {
          if let (f, l) = NameResolver.firstAndLastWord(m.ref.name), let full = longest["\(f) \(l)"], full != m.ref {
            m = Mention(ref: full, first: m.first, last: m.last, surface: m.surface, head: m.head, isGenitive: m.isGenitive)
          }
        }
        // A newly found one-word organisation that is the short form of a longer one: "SiFi" → "SiFi Networks".
        if m.ref.kind == .organization, m.first == m.last, !newNames.isEmpty, let full = newNames[m.ref.name], full.name != m.ref.name {
          m = Mention(ref: full, first: m.first, last: m.last, surface: m.surface, head: m.head, isGenitive: m.isGenitive)
        }
        for k in m.first...m.last { claimed[k] = true }
        list.append(m)
      }
      for i in tokens.indices where !claimed[i] && tokens[i].isWord {
        let t = tokens[i]
        if t.lowercased == "it", let ref = pronounReferent(at: i, in: tokens, current: list, recent: recentOrganizations, sentence: s) {
          list.append(Mention(ref: ref, first: i, last: i, surface: t.text, isAnaphor: true))
          continue
        }
        // "Die Telekom baut Rechenzentren. Sie kooperiert mit Google": German "Sie" before a singular verb
        // opening the sentence, for the previous sentence's first organisation named with "die".
        if i == 0, t.lowercased == "sie", s > 0,
          let ref = germanPronounReferent(
            in: tokens, previous: sentences[s - 1].tokens, recent: recentOrganizations, sentence: s, previousNamesPerson: lastPerson?.sentence == s - 1)
        {
          list.append(Mention(ref: ref, first: i, last: i, surface: t.text, isAnaphor: true))
          continue
        }
        if t.is(.personReference), let head = personEpithetHead(at: i, in: tokens) {
          if !(tokens[i].lowercased == "der" && lastPersonNearMasculineNoun),
            let ref = personPronounReferent(at: head, in: tokens, current: list, recent: lastPerson, sentence: s)
          {
            list.append(Mention(ref: ref, first: i, last: head, surface: sentence.text(t.start, tokens[head].end), isAnaphor: true))
            for k in i...head { claimed[k] = true }
          }
          continue
        }
        if t.is(.personReference), NameResolver.personPronouns.contains(t.lowercased) {
          let masculine = t.lowercased == "er" && (lastPersonNearMasculineNoun || NameResolver.hasMasculineNounPhrase(tokens[..<i], mentions: list))
          if !masculine, let ref = personPronounReferent(at: i, in: tokens, current: list, recent: lastPerson, sentence: s) {
            list.append(Mention(ref: ref, first: i, last: i, surface: t.text, isAnaphor: true))
          }
          continue
        }
        if !t.isCapitalized {
          // English epithets are lower-case: "the company"; "his company" is the speaker's.
          if let ref = epithetReferent(at: i, in: tokens, current: list, recent: recentOrganizations, sentence: s)
            ?? speakersCompany(at: i, in: tokens, current: list)
          {
            list.append(Mention(ref: ref, first: i, last: i, surface: t.text, isAnaphor: true))
          }
          continue
        }
        let base = t.info.map { $0.withoutFinalS } ?? NameResolver.withoutFinalS(t.normalized)
        let genitive = base != t.normalized
        // "Süss Microtec" again, word for word (the longest such name).
        // (Its last word may carry an English genitive: "Standard Power's CEO".)
        func matches(_ token: Token, _ word: String, last: Bool) -> Bool {
          token.text == word || (last && token.endsInApostropheS && token.text.dropLast(2) == word)
        }
        if !newLongNames.isEmpty, let candidates = newLongNames[t.text],
          let hit = candidates.filter({ c in
            i + c.rest.count < tokens.count
              && c.rest.indices.allSatisfy { k in !claimed[i + 1 + k] && matches(tokens[i + 1 + k], c.rest[k], last: k == c.rest.count - 1) }
          }).max(by: { $0.rest.count < $1.rest.count })
        {
          let last = i + hit.rest.count
          list.append(
            Mention(
              ref: hit.ref, first: i, last: last, surface: sentence.text(t.start, tokens[last].end),
              isGenitive: tokens[last].text != hit.rest.last))
          for k in i...last { claimed[k] = true }
          continue
        }
        // (The dictionaries are often empty: a document without persons or new names asks nothing.)
        let named = hasNames && names.mayContain(t.normalized)
        let baseNamed = hasNames && genitive && names.mayContain(base)
        if named, !bySurname.isEmpty, let ref = bySurname[t.normalized] ?? nil {
          list.append(Mention(ref: ref, first: i, last: i, surface: t.text))
        } else if baseNamed, !bySurname.isEmpty, let ref = bySurname[base] ?? nil {
          list.append(Mention(ref: ref, first: i, last: i, surface: t.text, isGenitive: true))
        } else if named, !newNames.isEmpty, let ref = newNames[t.normalized], !isDoubtfulShortForm(ref, at: i, in: tokens) {
          list.append(Mention(ref: ref, first: i, last: i, surface: t.text))
        } else if genitive, !newNames.isEmpty, let ref = NameResolver.lookUp(
          t.normalized.hasSuffix("'s") ? String(t.normalized.dropLast(2)) : base, in: newNames, filter: names)
        {
          list.append(Mention(ref: ref, first: i, last: i, surface: t.text, isGenitive: true))
        } else if hasNames, !newNames.isEmpty, t.isHyphenated, let compound = newNameCompound(t, newNames, names) {
          // "Abacho-Chef Endemann": a compound with a new name as its modifier, like a known name's.
          list.append(Mention(ref: compound.ref, first: i, last: i, surface: t.text, head: compound.head))
        } else if let ref = epithetReferent(at: i, in: tokens, current: list, recent: recentOrganizations, sentence: s) {
          list.append(Mention(ref: ref, first: i, last: i, surface: t.text, isAnaphor: true))
        } else if let kind = t.info.map({ $0.anaphoraKind }) ?? lexicon.anaphora[t.text], kind == .project, i > 0,
          ["das", "des", "dem", "diesem", "dieses", "the"].contains(tokens[i - 1].lowercased),
          let last = lastProject, s - last.sentence <= anaphoraWindow
        {
          list.append(Mention(ref: last.ref, first: i, last: i, surface: t.text, isAnaphor: true))
        }
      }
      list.sort { $0.first < $1.first }
      if let p = list.last(where: { $0.ref.kind == .project }) { lastProject = (s, p.ref) }  // anaphors keep the topic alive
      // The person a pronoun of the next sentence may stand for: only when the sentence names exactly one
      // person, outside a prepositional phrase ("Tim Cook thanked Jensen Huang. He founded Nvidia" and
      // "According to A, B will leave. She …" stay unresolved), and, for German "er", no masculine noun
      // phrase ("der Vertrag … Er läuft bis 2030").
      let persons = list.filter { $0.ref.kind == .person }
      if !persons.isEmpty {
        let one = Set(persons.map(\.ref.key)).count == 1 && !NameResolver.isAttached(persons[0], in: tokens)
        lastPerson = (s, one ? persons[0].ref : nil)
        lastPersonNearMasculineNoun = NameResolver.hasMasculineNounPhrase(tokens[...], mentions: list)
      }
      let orgs = list.filter { $0.ref.kind == .organization && !$0.ref.isMedia }
      // Most salient first: names not inside a prepositional phrase ("… the CEO of X, Y has …" → Y).
      let inPhrase = { (m: Mention) in NameResolver.isAttached(m, in: tokens) }
      // A sentence whose most salient organisation opens a list of three or more ("Beteiligt waren A, B, C
      // und D") leaves no referent for "das Unternehmen" after it: the company under discussion is older.
      let salient = orgs.filter { !inPhrase($0) } + orgs.filter(inPhrase)
      // (Its list: three names or more, or the name stands between a comma and a coordinator, as in a list
      // whose other names the lexicon does not know.)
      let opensList = salient.first.map { first in
        first.last + 2 < tokens.count && [",", "und", "and", "sowie"].contains(tokens[first.last + 1].lowercased)
          && (Set(orgs.map(\.ref.key)).count >= 3 && orgs.contains(where: { $0.first > first.last && $0.first <= first.last + 3 })
            || first.first >= 1 && tokens[first.first - 1].text == ",")
      } ?? false
      if !orgs.isEmpty, !opensList { recentOrganizations.append((s, salient)) }
      result.append(list)
    }
    return result
  }

  /// The new organisation and the head of a two-part hyphen compound whose first part is its name
  /// ("Abacho-Chef" → Abacho AG, "Chef"), or nil. Only organisations: "Müller-Lüdenscheidt" is no compound.
  private func newNameCompound(_ t: Token, _ newNames: [String: EntityRef], _ filter: NameKeyFilter) -> (ref: EntityRef, head: String)? {
    let parts = t.parts
    guard parts.count == 2, let ref = NameResolver.lookUp(String(parts[0]), in: newNames, filter: filter),
      ref.kind == .organization, parts[1].first?.isUppercase == true
    else { return nil }
    return (ref, String(parts[1]))
  }

  /// `dictionary[key]` when `filter` says the key may be there, else nil without hashing the key.
  private static func lookUp(_ key: String, in dictionary: [String: EntityRef], filter: NameKeyFilter) -> EntityRef? {
    filter.mayContain(key) ? dictionary[key] : nil
  }

  /// `String(group.split(separator: " ").last!)` of a person's group key ("first last"); read from the
  /// bytes when every scalar is below U+0300 (see `firstAndLastWord`: the last word is what follows the last
  /// space byte when the key does not end in one), else by characters.
  static func lastWord(_ group: String) -> String {
    if group.utf8.allSatisfy({ $0 < 0xCC }), let space = group.utf8.lastIndex(of: UInt8(ascii: " ")),
      group.utf8.last != UInt8(ascii: " ")
    {
      return String(group[group.utf8.index(after: space)...])
    }
    return String(group.split(separator: " ").last!)
  }

  /// The word without a final "s" (a genitive "Altmans"), or the word itself.
  static func withoutFinalS(_ word: String) -> String {
    word.hasSuffix("s") ? String(word.dropLast()) : word
  }

  /// Foundation's `name.contains(" ")`, which never matches a space that a combining mark extends, read
  /// from the scalars when there is no combining mark (no scalar from U+0300 on).
  static func containsSpace(_ name: String) -> Bool {
    if name.unicodeScalars.allSatisfy({ $0.value < 0x300 }) { return name.utf8.contains(UInt8(ascii: " ")) }
    return name.contains(" ")
  }

  /// A name of one word that no lexicon entry has, not a medium's.
  private func isUnlistedOneWordName(_ ref: EntityRef) -> Bool {
    !NameResolver.containsSpace(ref.name) && lexicon.gazetteer.refsByName[ref.name] == nil && !ref.isMedia
  }

  /// The bare name a document may use after the full one: "Annapurna" for "Annapurna Labs", "Schwarz"
  /// for "Schwarz-Gruppe", "Rainier" for "Project Rainier".
  private func shortName(of ref: EntityRef) -> String? {
    // The bytes first: a name without a space or hyphen byte has no such character either.
    guard ref.name.utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }) else { return nil }
    guard ref.name.contains(where: { $0 == " " || $0 == "-" }) else { return nil }
    let parts = NameResolver.nameParts(ref.name)
    guard parts.count == 2 || parts.count == 3 else { return nil }
    let short: String
    // (Also a one-word legal form: "Abacho AG" … "Abacho", "Moveworks Inc." … "Moveworks"; legal forms are
    // held as tokens, "Inc." as "Inc" and ".".)
    if parts.count == 2, lexicon.orgDesignators.contains(parts[1]) || lexicon.legalForms.contains([parts[1]])
      || (parts[1].hasSuffix(".") && lexicon.legalForms.contains(Tokenizer.normalizedTokens(of: String(parts[1]))))
    {
      short = parts[0]
    } else if parts.count == 2, ["Project", "Projekt"].contains(parts[0]) {
      short = parts[1]
    } else if ref.kind == .organization, parts.dropFirst().allSatisfy({ lexicon.nameTails.contains($0) || lexicon.orgDesignators.contains($0) }) {
      // "Talen Energy" … "Talen", "Echelon Data Centres" … "Echelon": not a word of the language ("Standard
      // Power" … "Standard"), a place or a known name.
      short = parts[0]
      guard !lexicon.germanCommonNouns.contains(short), !lexicon.nameTails.contains(short), !lexicon.orgDesignators.contains(short) else {
        return nil
      }
    } else {
      return nil
    }
    guard short.count >= 3, short.first!.isUppercase, lexicon.gazetteer.refsByName[short] == nil,
      !lexicon.stopwords.contains(short), !lexicon.firstNames.contains(short)
    else { return nil }
    return short
  }

  /// A bare short form that is more likely another word: any short form before another capitalised name
  /// ("Constellation Software" for "Constellation Energy"); for names with an abbreviated legal form, whose
  /// bare form may be any English word, also inside a longer capitalised name ("Mekong Delta" for "Delta
  /// Inc.") or after "the" ("The Summit in Davos").
  private func isDoubtfulShortForm(_ ref: EntityRef, at i: Int, in tokens: [Token]) -> Bool {
    // Any short form opening another capitalised name: "Constellation Energy … Constellation Software",
    // "Duke Energy … Duke University" (a German noun after it is no name, "Talen Aktien", unless it closes
    // names: "Constellation Software").
    if ref.name != tokens[i].normalized, NameResolver.containsSpace(ref.name), i + 1 < tokens.count, tokens[i + 1].isWord,
      tokens[i + 1].isCapitalized, !ref.name.hasPrefix(tokens[i].text + " " + tokens[i + 1].text),
      !lexicon.germanCommonNouns.contains(tokens[i + 1].text) || lexicon.orgDesignators.contains(tokens[i + 1].text)
        || lexicon.nameTails.contains(tokens[i + 1].text)
    {
      return true
    }
    guard ref.name.hasSuffix("."), ref.name != tokens[i].normalized else { return false }
    if i + 1 < tokens.count, tokens[i + 1].isWord, tokens[i + 1].isCapitalized { return true }
    guard i > 0 else { return false }
    let before = tokens[i - 1]
    return before.lowercased == "the" || (before.isWord && before.isCapitalized && i - 1 > 0 && !NameResolver.opensSentence(i - 1, tokens))
  }

  /// Whether the token at `k` opens the sentence (past quotes and brackets).
  static func opensSentence(_ k: Int, _ tokens: [Token]) -> Bool {
    !tokens[..<k].contains { $0.isWord }
  }

  /// The first and last of the words of a name between spaces (`split(separator: " ")`'s first and last);
  /// read from the bytes when every scalar is below U+0300 (no byte from 0xCC on): there each scalar is a
  /// character of its own (only "\r\n" joins two, neither a space), and a space byte is a space character.
  /// Else by characters.
  static func firstAndLastWord(_ name: String) -> (first: Substring, last: Substring)? {
    guard name.utf8.allSatisfy({ $0 < 0xCC }) else {
      let words = name.split(separator: " ")
      guard let first = words.first, let last = words.last else { return nil }
      return (first, last)
    }
    let bytes = name.utf8
    let space = UInt8(ascii: " ")
    guard let firstStart = bytes.firstIndex(where: { $0 != space }), let lastByte = bytes.lastIndex(where: { $0 != space })
    else { return nil }
    // (After the last byte that is no space comes a space or the end: a scalar boundary.)
    let lastEnd = bytes.index(after: lastByte)
    let firstEnd = bytes[firstStart..<lastEnd].firstIndex(of: space) ?? lastEnd
    let lastStart = bytes[firstStart..<lastEnd].lastIndex(of: space).map { bytes.index(after: $0) } ?? firstStart
    return (name[firstStart..<firstEnd], name[lastStart..<lastEnd])
  }

  /// The words of a name between spaces and hyphens; read from the bytes when the name is ASCII (where
  /// every character is one byte), else by characters.
  static func nameParts(_ name: String) -> [String] {
    if name.utf8.allSatisfy({ $0 < 0x80 }) {
      return name.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }).map {
        String(decoding: $0, as: UTF8.self)
      }
    }
    return name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
  }

  /// Whether a mention hangs on another phrase and so is no subject: after a preposition, also with an
  /// article and a noun between ("mit X", "von der X", "mit dem Anbieter X"), or a genitive attribute ("des
  /// Konzerns X", "der Übernahme des US-Herstellers X").
  static func isAttached(_ m: Mention, in tokens: [Token]) -> Bool {
    let f = m.first
    guard f > 0 else { return false }
    func word(_ k: Int) -> String { k >= 0 ? tokens[k].lowercased : "" }
    // The word lists as `WordClasses` bits; "" (before the sentence) is in neither list.
    func isPreposition(_ k: Int) -> Bool { k >= 0 && tokens[k].is(.resolverPreposition) }
    func isArticle(_ k: Int) -> Bool { k >= 0 && tokens[k].is(.resolverArticle) }
    if isPreposition(f - 1) || word(f - 1) == "des" { return true }
    if isArticle(f - 1), isPreposition(f - 2) { return true }
    guard f > 1, tokens[f - 1].isWord else { return false }
    if word(f - 2) == "des" { return tokens[f - 1].isCapitalized }
    return isArticle(f - 2) && isPreposition(f - 3)
  }

  static let articles: Set<String> = ["der", "die", "das", "den", "dem", "the", "a", "an", "ein", "eine", "einem", "einer"]

  static let prepositions: Set<String> = [
    "von", "vom", "mit", "bei", "beim", "zu", "zur", "zum", "für", "aus", "an", "auf", "über", "of", "with", "for", "from", "at",
  ]

  /// The company of the person named last before "his/her company" at `i`: the organisation named right
  /// beside that person ("PayPal chief executive Alex Chriss said his company …", "Alex Chriss, PayPal's
  /// chief executive, said his company …"). Nil when no such organisation, or another name, follows the noun.
  func speakersCompany(at i: Int, in tokens: [Token], current: [Mention]) -> EntityRef? {
    guard i >= 1, ["company", "firm"].contains(tokens[i].lowercased), ["his", "her"].contains(tokens[i - 1].lowercased),
      i + 1 == tokens.count || !tokens[i + 1].isCapitalized,
      let person = current.last(where: { $0.ref.kind == .person && $0.last < i - 1 })
    else { return nil }
    // (Past lower-case title words: "Affirm chief executive and co-founder Max Levchin".)
    func isTitleGap(_ range: Range<Int>) -> Bool {
      range.count <= 3 || (range.count <= 6 && tokens[range].allSatisfy { $0.isWord && !$0.isCapitalized || $0.text == "," })
    }
    let beside = current.filter {
      $0.ref.kind == .organization && !$0.ref.isMedia && $0.last < i - 1
        && ($0.last < person.first ? isTitleGap(($0.last + 1)..<person.first) : $0.first > person.last && isTitleGap((person.last + 1)..<$0.first))
    }
    guard let org = beside.first, beside.allSatisfy({ $0.ref.key == org.ref.key }) else { return nil }
    return org.ref
  }

  /// Words that open a phrase put before the subject and its comma: "Alongside X, …", "Unlike X, …".
  static let frontedPhraseOpeners: Set<String> = [
    "alongside", "besides", "beside", "like", "unlike", "beyond", "apart",
  ]

  /// How many sentences back an epithet ("der Konzern") may reach.
  let epithetWindow = 3

  /// The organisation an epithet at token `i` refers to, or nil when it is no epithet or ambiguous.
  ///
  /// The epithet must be singular and definite (`epithets.tsv`) and not be followed by a name. Organisations
  /// named bare in the same sentence before it are not its referent ("Microsoft wird Partner des
  /// Unternehmens hinter GPT-3"); one named inside a compound or genitive there is ("Die Oracle-Aktie …
  /// des Unternehmens"). Otherwise the referent is the first organisation named in the nearest earlier
  /// sentence that names one, within `epithetWindow` sentences (the most salient one).
  private func epithetReferent(
    at i: Int, in tokens: [Token], current: [Mention], recent: [(sentence: Int, mentions: [Mention])], sentence s: Int
  ) -> EntityRef? {
    guard let determiners = tokens[i].info.map({ $0.epithetDeterminers }) ?? epithetDeterminers(tokens[i].lowercased)
    else { return nil }
    var d = i - 1
    // Adjectives may stand between, also capitalised place adjectives ("der Münchner Konzern") and a
    // place with "-based" ("the New York-based company": the place's words before the compound, too).
    var based = false
    while d >= 0, i - d <= (based ? 4 : 3), tokens[d].isWord, !determiners.contains(tokens[d].lowercased) {
      if tokens[d].isHyphenated, let tail = tokens[d].parts.last, EntityRecognizer.basedSuffixes.contains(tail.lowercased()) {
        based = true
      } else if tokens[d].isCapitalized, !tokens[d].text.hasSuffix("er"), !based {
        break
      }
      d -= 1
    }
    guard d >= 0, determiners.contains(tokens[d].lowercased) else { return nil }
    if i + 1 < tokens.count, current.contains(where: { $0.first == i + 1 }) { return nil }
    // English common nouns are lower-case: "the startup Annapurna" is an apposition (a genitive is not: "the
    // company's CEO Jane Roe").
    let genitive = tokens[i].endsInApostropheS
    if !genitive, !tokens[i].isCapitalized, i + 1 < tokens.count, tokens[i + 1].isCapitalized, !lexicon.stopwords.contains(tokens[i + 1].text) {
      return nil
    }
    if !genitive, i + 1 < tokens.count, tokens[i + 1].isCapitalized, lexicon.firstNames.contains(tokens[i + 1].text) == false,
      !lexicon.stopwords.contains(tokens[i + 1].text), tokens[i + 1].text.unicodeScalars.dropFirst().contains(where: \.isUppercaseLetter)
    {
      return nil  // "das Start-up CoreWeave" with an unknown brand-like name
    }
    let before = current.filter { $0.ref.kind == .organization && !$0.ref.isMedia && $0.last < i }
    // Bare names in the epithet's own clause (no comma between) that are not inside a prepositional phrase.
    // A coordinated clause starts one, too: "He joined IBM in 1990 and has served … at the New York-based
    // company" refers back to IBM.
    func opensClause(_ k: Int) -> Bool {
      // (Not a list's comma: "A, B und C sind am Unternehmen beteiligt".)
      if tokens[k].text == ",", current.contains(where: { $0.last == k - 1 }),
        current.contains(where: {
          $0.first == k + 1 || ($0.first == k + 2 && ["und", "and", "oder", "or", "sowie"].contains(tokens[k + 1].lowercased))
        })
      {
        return false
      }
      if [",", ";", ":", "-", "–", "—"].contains(tokens[k].text) { return true }
      guard ["and", "und"].contains(tokens[k].lowercased), k + 1 < i else { return false }
      let next = tokens[k + 1]
      return next.isWord && !next.isCapitalized && !NameResolver.articles.contains(next.lowercased)
    }
    let clauseStart = (0..<i).last(where: opensClause).map { $0 + 1 } ?? 0
    // The subject after a fronted phrase is none of the phrase's names: "Alongside Deliveroo, the company
    // agreed to buy …". (English only: a German fronted phrase has no comma, "Neben Lidl will der Konzern …".)
    let fronted = d >= 2 && tokens[d - 1].text == "," && NameResolver.frontedPhraseOpeners.contains(tokens[0].lowercased)
      && !tokens[0..<(d - 1)].contains(where: { $0.text == "," })
    let excluded = Set(
      before.filter { fronted && $0.last < d - 1 }.map(\.ref.key)
    ).union(
      before.filter {
        $0.first >= clauseStart && $0.head == nil && !$0.isGenitive && !$0.isAnaphor
          && !($0.first > 0 && tokens[$0.first - 1].is(.resolverPreposition))
          // A genitive attribute ("eines Sprechers der Schwarz-Gruppe … der Konzern") is no bare subject.
          && !($0.first > 1 && ["der", "des"].contains(tokens[$0.first - 1].lowercased) && tokens[$0.first - 2].isCapitalized)
      }.map(\.ref.key))
    if let near = before.last(where: { !excluded.contains($0.ref.key) }) { return near.ref }
    for entry in recent.reversed() where s - entry.sentence <= epithetWindow {
      if let first = entry.mentions.first(where: { !excluded.contains($0.ref.key) }) { return first.ref }
    }
    return nil
  }

  /// Words after "it" that make it an expletive more often than a reference ("it is expected", "it seems").
  static let expletiveFollowers: Set<String> = ["is", "was", "'s", "’s", "seems", "seemed", "appears", "remains", "takes", "took", "makes"]

  /// The head of a definite description of a person at token `i`: "Der promovierte Physiker", "Die
  /// 55-Jährige", "The executive", at the start of the sentence or of a clause after "und/and"; at most
  /// two lower-case words between the article and the noun (`person_epithets.txt`, or an age
  /// "-Jährige(r)"/"-year-old"). "Die" only before a feminine form ("-in", "-Jährige"), never before a
  /// plural. Nil otherwise.
  private func personEpithetHead(at i: Int, in tokens: [Token]) -> Int? {
    let article = tokens[i].lowercased
    guard ["der", "die", "the"].contains(article), i == 0 || ["und", "and", "but", "aber"].contains(tokens[i - 1].lowercased)
    else { return nil }
    var h = i + 1
    while h < tokens.count, h - i <= 3, tokens[h].isWord {
      let w = tokens[h]
      // (A text equal to one ending in ASCII "e", "r" or "d" ends in that byte: no other scalar or
      // sequence composes or decomposes to it alone, so the suffix tests are made only then.)
      let lastByte = w.text.utf8.last
      let age = (lastByte == UInt8(ascii: "e") || lastByte == UInt8(ascii: "r") || lastByte == UInt8(ascii: "d"))
        && (w.text.hasSuffix("-Jährige") || w.text.hasSuffix("-Jähriger") || w.text.hasSuffix("-year-old"))
      if age || lexicon.personEpithets.contains(w.text) {
        if article == "die", !(age || w.text.hasSuffix("in")) { return nil }
        // "Der Spanier Santiago X": a name after the noun makes it an apposition, not a reference.
        if h + 1 < tokens.count, tokens[h + 1].isCapitalized, tokens[h + 1].isWord { return nil }
        return h
      }
      guard !w.isCapitalized || w.text.first?.isNumber == true else { return nil }
      h += 1
    }
    return nil
  }

  /// Whether the tokens hold "der"/"den" before a capitalised word that starts no mention: a masculine noun
  /// ("der Vertrag", "den Umsatz") that German "er" may stand for.
  static func hasMasculineNounPhrase(_ tokens: ArraySlice<Token>, mentions: [Mention]) -> Bool {
    for k in tokens.indices.dropLast() where tokens[k].lowercased == "der" || tokens[k].lowercased == "den" {
      let next = tokens[k + 1]
      if next.isWord, next.isCapitalized, !mentions.contains(where: { $0.first == k + 1 }) { return true }
    }
    return false
  }

  /// Personal pronouns in the subject case that stand for a person: "he", "she", "er". German "sie" is
  /// left out (it is also "they" and the polite "you"), and so is every object case.
  static let personPronouns: Set<String> = ["he", "she", "er"]

  /// The person a subject pronoun ("he", "she", "er") at token `i` stands for: the only person named
  /// earlier in the same sentence outside a prepositional phrase ("Rao said he …"), else, when the
  /// sentence names no person before it, the one person the previous sentence names (outside a
  /// prepositional phrase). Nothing after a preposition, and nothing when the previous sentence names no
  /// person or several (the caller also leaves German "er" alone near a masculine noun).
  /// O(m) for m mentions of the sentence.
  private func personPronounReferent(
    at i: Int, in tokens: [Token], current: [Mention], recent: (sentence: Int, ref: EntityRef?)?, sentence s: Int
  ) -> EntityRef? {
    guard i + 1 < tokens.count, tokens[i + 1].isWord else { return nil }
    if i > 0, NameResolver.prepositions.contains(tokens[i - 1].lowercased) { return nil }
    let here = current.filter { $0.ref.kind == .person && $0.last < i && !NameResolver.isAttached($0, in: tokens) }
    if let first = here.first {
      return here.allSatisfy({ $0.ref == first.ref }) ? first.ref : nil
    }
    guard current.allSatisfy({ $0.ref.kind != .person }), let recent, s - recent.sentence == 1 else { return nil }
    return recent.ref
  }

  /// The organisation the subject pronoun "it" at token `i` stands for: the first organisation named
  /// bare earlier in the same sentence ("Nvidia said it would …"), else the most salient organisation of
  /// the previous sentence. Only at the start of a clause (sentence start, after a comma, "that", "when",
  /// "and", "but") and not as an expletive ("it is expected").
  private func pronounReferent(
    at i: Int, in tokens: [Token], current: [Mention], recent: [(sentence: Int, mentions: [Mention])], sentence s: Int
  ) -> EntityRef? {
    guard i + 1 < tokens.count, tokens[i + 1].isWord, !NameResolver.expletiveFollowers.contains(tokens[i + 1].lowercased) else {
      return nil
    }
    guard i == 0 || [",", "that", "when", "and", "but", "after", "before", "as", "since"].contains(tokens[i - 1].lowercased) else {
      return nil
    }
    let inPhrase = { (m: Mention) in m.first > 0 && tokens[m.first - 1].is(.resolverPreposition) }
    if let near = current.first(where: {
      $0.ref.kind == .organization && !$0.ref.isMedia && $0.last < i && !$0.isGenitive && !inPhrase($0)
    }) {
      return near.ref
    }
    guard let last = recent.last, s - last.sentence <= 1 else { return nil }
    return last.mentions.first?.ref
  }

  /// The organisation German "Sie" opening a sentence stands for: the previous sentence's most salient
  /// organisation when an article "die" stands before it there ("Die Deutsche Telekom …", "die Firma"), and
  /// the verb after "Sie" is singular ("kooperiert", "will"; not plural "kooperieren": "Sie" may be the
  /// persons just named), and the previous sentence names no person ("Die Telekom hat Claudia Nemat befördert.
  /// Sie arbeitet …" is she). Nil otherwise.
  private func germanPronounReferent(
    in tokens: [Token], previous: [Token], recent: [(sentence: Int, mentions: [Mention])], sentence s: Int, previousNamesPerson: Bool
  ) -> EntityRef? {
    guard tokens.count > 1, tokens[1].isWord, !tokens[1].isCapitalized,
      tokens[1].lowercased.hasSuffix("t") || NameResolver.singularModals.contains(tokens[1].lowercased),
      let last = recent.last, last.sentence == s - 1, let m = last.mentions.first, m.first >= 1, m.first - 1 < previous.count,
      previous[m.first - 1].lowercased == "die", !previousNamesPerson
    else { return nil }
    return m.ref
  }

  static let singularModals: Set<String> = ["will", "soll", "kann", "muss", "darf", "wird", "hat", "ist", "plant", "sieht"]

  func epithetDeterminers(_ word: String) -> Set<String>? {
    // (The filter answers most ASCII words that are no key without hashing them.)
    let keys = lexicon.wordSetFilters.epithets
    if keys.mayContain(word), let d = lexicon.epithets[word] { return d }
    // (No "-" character without a "-" byte, and fewer than eight bytes are fewer than eight characters.)
    if word.utf8.contains(UInt8(ascii: "-")), let hyphen = word.lastIndex(of: "-") {
      let tail = String(word[word.index(after: hyphen)...])
      if keys.mayContain(tail), let d = lexicon.epithets[tail] { return d }
    }
    // Closed compounds ("Softwarekonzern"): only heads of at least five letters, after at least three.
    guard word.utf8.count >= 8 else { return nil }
    let length = word.count
    guard length >= 8 else { return nil }
    // The first head (longest first) the word ends in; only the heads that may end it are tried.
    var earliest: Int? = nil
    for form in lexicon.epithetHeadForms.candidates(endingLike: word) where earliest.map({ form.owner < $0 }) ?? true {
      if length >= form.text.count + 3, word.hasSuffix(form.text) { earliest = form.owner }
    }
    return earliest.map { lexicon.epithets[lexicon.epithetHeads[$0]] } ?? nil
  }
}
