import GeflechtCore

/// Organisations no list knows, told by the words around them: the last recognition pass, run after
/// every known name, person and place has claimed its tokens.
///
/// Each rule reads a run of one to three unknown name words, or two joined by a spaced "&"
/// (`unknownNameRun`), which must not start with a German common noun (`Lexicon.germanCommonNouns`,
/// generated from German Wiktionary) unless an "&" pair opens with it ("Vogt & Sohn"): German capitalises
/// every noun, and "dass der Konzern Kunden verliert" names nobody.
/// - After an organisation head noun, when the name has several words or a lower-case word follows
///   it: "des Spieleentwicklers Bethesda („Doom“)", "den Infrastrukturinvestor Digital Bridge gehen",
///   "die Bethesda-Mutter Zenimax zahlte" (the single-word, punctuation-bounded case is in `mentions`).
/// - In a coordinated list whose known members are all organisations, when an organisation noun
///   introduces it ("die Finanzinvestoren KKR, GIP und Stonepeak", "non-tech companies like Nordstrom,
///   Alaska Airlines and Capital One") or two of its members are known organisations.
/// - As the object of a German verb of buying after a known buyer: "Siemens kauft Altair Engineering für
///   …", "Microchip Technology will Microsemi kaufen".
///
/// O(t) per sentence of t tokens (each rule looks at a bounded window around each token).
extension EntityRecognizer {
  static let germanBuyingVerbs: Set<String> = [
    "kauft", "kaufte", "übernimmt", "übernahm", "erwirbt", "erwarb", "schluckt", "schluckte",
  ]
  static let germanBuyingInfinitives: Set<String> = ["kaufen", "übernehmen", "erwerben", "schlucken"]
  static let germanModals: Set<String> = ["will", "wollen", "soll", "sollen", "möchte", "möchten", "plant", "planen", "darf", "dürfen"]
  /// Words that may follow a German object: "kauft X für", "übernimmt X vollständig", "kauft X.".
  static let germanAfterObject: Set<String> = [".", ",", ";", ":", "(", "für", "zu", "um", "und"]
  /// Days and holidays, which open no name: "The fund Thursday raised its stake".
  static let timeWords: Set<String> = RelationExtractor.weekdays.union([
    "christmas", "easter", "weihnachten", "ostern", "pfingsten", "silvester", "tonight", "tomorrow", "morgen",
  ])
  /// A month, day or holiday, which opens no name: "The fund Thursday raised its stake", "in January 2017".
  func isTimeWord(_ t: Token) -> Bool {
    (t.info.map { $0.month != nil } ?? (lexicon.months[t.lowercased] != nil)) || EntityRecognizer.timeWords.contains(t.lowercased)
  }

  /// Adverbs that open an English sentence before a comma: "Meanwhile, …", "Earlier, …".
  static let sentenceAdverbs: Set<String> = [
    "meanwhile", "earlier", "later", "today", "yesterday", "now", "however", "instead", "separately", "also", "still",
    "moreover", "furthermore", "nevertheless", "since", "once", "then", "thus", "overall", "elsewhere", "previously",
  ]

  /// Endings of English adjectives and nationalities: "Russian", "Chinese", "British", "Ousted", "Global".
  static func looksLikeAdjective(_ word: String) -> Bool {
    let lower = word.lowercased()
    return ["an", "ese", "ish", "ic", "ed", "al", "ing", "ive", "ous", "ful", "ble", "ent", "ant", "ary", "ss", "nch", "tch"]
      .contains { lower.hasSuffix($0) } && lower.count > 3 || EntityRecognizer.roleDescriptors.contains(lower)
  }
  /// Words for a trade or a kind of person before a role: "Tech CEO X", "Billionaire founder X".
  static let roleDescriptors: Set<String> = [
    "tech", "retail", "crypto", "pharma", "sales", "marketing", "billionaire", "startup", "media", "bank", "banking", "finance",
    "labor", "labour", "party", "state", "union", "team", "thai", "greek", "dutch", "czech", "welsh", "swiss", "french",
  ]

  /// Words that qualify a role rather than name an employer: "Former CEO Jane Roe", "Interim CEO …".
  static let roleModifiers: Set<String> = [
    "former", "interim", "acting", "incoming", "outgoing", "new", "then", "founding", "senior", "deputy", "executive",
    "chief", "vice", "joint", "group", "global", "regional", "managing", "general", "longtime", "veteran", "ex",
    "current", "late", "serial", "company", "its", "their", "his", "her",
  ]

  /// Words that quantify a noun rather than name it: "Every University", "Each University".
  static let quantifiers: Set<String> = ["every", "each", "any", "no", "some", "many", "most", "all", "another", "other", "one"]
  /// Words that open a list of examples after a group noun: "companies like", "Firmen wie".
  static let exampleIntroducers: Set<String> = ["like", "including", "wie", "darunter", "namely", "etwa"]
  /// Head nouns that belong to the name after them ("Universität Erlangen-Nürnberg").
  static let institutionHeads = ["Universität", "Hochschule", "Institut", "Akademie"]
  /// Institution nouns a place name follows as part of the name ("Universität Hannover").
  static let placeNamedInstitutions: Set<String> = ["Universität", "Hochschule", "Fachhochschule", "University"]
  static let listSeparators: Set<String> = [",", "und", "and", "sowie", "oder", "or"]

  /// An ASCII digit first ("468 Capital"), tested on the first byte.
  static func startsWithDigit(_ t: Token) -> Bool {
    guard let b = t.text.utf8.first else { return false }
    return b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
  }

  /// A capitalised word that German Wiktionary lists as a frequent common noun, or a closed compound
  /// ending in one ("Cloudspeicher": "Speicher").
  func isCommonNoun(_ t: Token) -> Bool {
    if let info = t.info { return info.isCommonNoun }
    if lexicon.germanCommonNouns.contains(t.text) { return true }
    // "US-Staatsanleihen", "CO2-Zertifikate": a hyphen compound is the noun its last part is.
    if t.isHyphenated, let last = t.parts.last, last.count >= 4, last.first?.isUppercase == true {
      return isCommonNoun(Tokenizer.tokens(of: String(last)).first ?? t)
    }
    // (The cheap tests first: fewer than eight bytes are fewer than eight scalars.)
    guard t.isCapitalized, !t.isHyphenated, t.text.utf8.count >= 8 else { return false }
    let scalars = Array(t.text.unicodeScalars)
    guard scalars.count >= 8, t.isCapitalized, !t.isHyphenated,
      scalars.dropFirst().allSatisfy({ $0.properties.isLowercase })
    else { return false }
    // The last part must be a noun of at least five letters after at least three letters of a first part.
    // Every cut ends as the word does: when no noun ends in its last four bytes, none is tried.
    guard lexicon.germanCommonNounEndings.mayEnd(t.text) else { return false }
    // The tail from scalar `cut` on, copied from the text's bytes (the same scalars as `scalars[cut...]`).
    let view = t.text.unicodeScalars
    var start = view.index(view.startIndex, offsetBy: 3)
    for _ in 3...(scalars.count - 5) {
      var tail = String(view[start...])
      tail = tail.prefix(1).uppercased() + tail.dropFirst()
      if lexicon.germanCommonNouns.contains(tail) { return true }
      view.formIndex(after: &start)
    }
    return false
  }

  /// A name word no list knows as anything else: not a common noun (nor with a noun's ending), a first name
  /// or a time word. Such a word may open or continue a new name ("Mainova", "Molina", "Clean").
  func isPlainNameWord(_ t: Token) -> Bool {
    isNameWordOutsideGazetteer(t) && !isCommonNoun(t) && !hasNounSuffix(t) && !isFirstName(t) && !isTimeWord(t)
  }

  /// The end (exclusive) of a run of one to three unknown name words starting at `n` (a spaced "&" and a
  /// name word or a firm's tail like "Sohn" may follow: "Rohde & Schwarz"), when the word
  /// after it cannot continue a name (not capitalised, or none); nil otherwise. "468 Capital": a number
  /// may open a run whose next word is a name word.
  func unknownNameRun(from n: Int, in tokens: [Token], claimed: [Bool]) -> Int? {
    guard n < tokens.count, !claimed[n] else { return nil }
    let first = tokens[n]
    var e = n
    if EntityRecognizer.startsWithDigit(first), first.isWord || first.text.allSatisfy(\.isNumber) {
      guard n + 1 < tokens.count, !claimed[n + 1], isNameWordOutsideGazetteer(tokens[n + 1]) else { return nil }
      e = n + 1
    } else {
      // A title opens a person's name: "led by Dr. Yuki Tanaka". A common noun may open an "&" name
      // ("Vogt & Sohn", "Kamm & Roth"; not "Forschung & Entwicklung").
      guard isPlainNameWord(first) || opensAmpersandName(n, in: tokens, claimed: claimed),
        !EntityRecognizer.personTitles.contains(first.text)
      else { return nil }
    }
    e += 1
    // Later words may be common nouns ("Digital Bridge"): the run must still end before a lower-case word.
    // "Rohde & Schwarz", "Vogt & Sohn": a spaced "&" joins two name words ("AT&T's" has no spaces).
    while e < tokens.count, e - n < 4, !claimed[e] {
      if isNameWordOutsideGazetteer(tokens[e]), e - n < 3 {
        e += 1
      } else if isSpacedAmpersand(e, in: tokens), !claimed[e + 1],
        isNameWordOutsideGazetteer(tokens[e + 1]) || EntityRecognizer.firmTails.contains(tokens[e + 1].text)
      {
        e += 2
      } else {
        break
      }
    }
    if e < tokens.count, tokens[e].isWord, tokens[e].isCapitalized, !EntityRecognizer.listSeparators.contains(tokens[e].text) {
      return nil
    }
    // A designator alone is no name: "Ventures", "Solutions".
    if (n..<e).allSatisfy({ isOrgDesignator(tokens[$0]) }) { return nil }
    // "Künstlicher Intelligenz": an inflected adjective before a common noun is a phrase, not a name.
    if e - n >= 2, isCommonNoun(tokens[e - 1]), ["e", "er", "en", "es", "em"].contains(where: { tokens[e - 2].text.hasSuffix($0) }) {
      return nil
    }
    // A genitive or possessive ending belongs to the sentence, not the name: "Stonepeak's".
    let last = tokens[e - 1].text
    if last.hasSuffix("'s") || last.hasSuffix("’s") { return nil }
    return e
  }

  /// Titles that open a person's name, not a company's.
  static let personTitles: Set<String> = ["Dr", "Prof", "Mr", "Mrs", "Ms", "Sir", "Dame", "Lord"]
  /// Words that end a firm's name after "&": "Vogt & Sohn", "Oliver & Partner", "Lazard & Co".
  static let firmTails: Set<String> = ["Sohn", "Söhne", "Partner", "Co", "Cie", "Company", "Sons"]

  /// Whether token `k` is an "&" with spaces on both sides and a word after it ("Rohde & Schwarz", not
  /// "AT&T").
  func isSpacedAmpersand(_ k: Int, in tokens: [Token]) -> Bool {
    k >= 1 && k + 1 < tokens.count && tokens[k].text == "&" && tokens[k + 1].isWord && tokens[k - 1].end < tokens[k].start
      && tokens[k].end < tokens[k + 1].start
  }

  /// Whether the name word at `n` opens a name joined by a spaced "&": the word after the "&" is a name
  /// word too, and one of the two is a plain name word or the second a firm's tail ("Rohde & Schwarz",
  /// "Vogt & Sohn", "Kamm & Roth"; not "Forschung & Entwicklung", two common nouns).
  func opensAmpersandName(_ n: Int, in tokens: [Token], claimed: [Bool]) -> Bool {
    guard isSpacedAmpersand(n + 1, in: tokens), !claimed[n], !claimed[n + 2], isNameWordOutsideGazetteer(tokens[n]),
      !isFirstName(tokens[n]), !EntityRecognizer.personTitles.contains(tokens[n].text)
    else { return false }
    let second = tokens[n + 2]
    if EntityRecognizer.firmTails.contains(second.text) { return true }
    return isNameWordOutsideGazetteer(second) && !isFirstName(second) && (isPlainNameWord(tokens[n]) || isPlainNameWord(second))
  }

  func contextOrganizations(in sentence: Sentence, claimed: inout [Bool], found: inout [Mention]) {
    let tokens = sentence.tokens
    func claimOrganization(_ a: Int, _ end: Int) {
      let name = sentence.text(tokens[a].start, tokens[end - 1].end)
      for k in a..<end { claimed[k] = true }
      found.append(
        Mention(ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: a, last: end - 1, surface: name))
    }
    // "der Katholischen Universität Eichstätt": an institution named from its noun at `h` on, with the
    // adjective before a feminine noun, named in the nominative ("Katholische Universität Eichstätt"); a
    // known institution by that name is that one ("der Technischen Universität Dresden": TU Dresden).
    func claimInstitution(_ h: Int, _ end: Int) {
      guard EntityRecognizer.feminineInstitutions.contains(tokens[h].text),
        let adjective = institutionAdjective(before: h, in: tokens, claimed: claimed)
      else {
        claimOrganization(h, end)
        return
      }
      let surface = sentence.text(tokens[adjective].start, tokens[end - 1].end)
      var word = tokens[adjective].text
      if word.hasSuffix("en") { word.removeLast() }
      let name = word + sentence.text(tokens[adjective].end, tokens[end - 1].end)
      for k in adjective..<end { claimed[k] = true }
      let known = lexicon.gazetteer.ref(writtenAs: name).flatMap { $0.kind == .organization ? $0 : nil }
      found.append(
        Mention(
          ref: known ?? entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: adjective, last: end - 1,
          surface: surface))
    }

    // "Cruise co-founder Kyle Vogt", "Quora CEO Adam D'Angelo": one or two unknown name words right
    // before an English role word that a person's name follows (not "Former CEO …", "Interim CEO …").
    func personAfterRoles(_ r: Int) -> Bool {
      var p = r + 1
      // "Zorbix Co-Founder and CEO Marcus Gomes", "Blackstone president & COO Jon Gray".
      while p + 1 < tokens.count, ["and", "&"].contains(tokens[p].lowercased), isRoleWord(tokens[p + 1]) { p += 2 }
      return found.contains(where: { $0.first == p && $0.ref.kind == .person })
    }
    // (The cached role bit first: most tokens are no role, and `personAfterRoles` scans the mentions.)
    for r in tokens.indices where r >= 1 && r + 1 < tokens.count && isRoleWord(tokens[r]) && personAfterRoles(r) {
      guard !tokens[r].isHyphenated || tokens[r].lowercased.hasPrefix("co-"),
        tokens[r].normalized.unicodeScalars.allSatisfy({ $0.isASCII })
      else { continue }
      var a = r
      while a > 0, r - a < 2, !claimed[a - 1], isNameWordOutsideGazetteer(tokens[a - 1]), !isFirstName(tokens[a - 1]),
        tokens[a - 1].parts.allSatisfy({ $0.first?.isUppercase ?? false }),  // not "Multi-industry CEO"

        !isCommonNoun(tokens[a - 1]), !hasNounSuffix(tokens[a - 1]), !isTimeWord(tokens[a - 1]),
        !EntityRecognizer.roleModifiers.contains(tokens[a - 1].lowercased)
      {
        a -= 1
      }
      // The run must open the noun phrase: no capitalised word before it ("The Former CEO"); not at the
      // start of a sentence, where descriptors are capitalised too ("Beleaguered CEO X", "Tech CEO X");
      // no adjective ("Russian President X", "Republican president X").
      guard a < r, a > 0, !isSentenceStart(a, in: tokens), opensNounPhrase(a, in: tokens),
        !(a..<r).contains(where: { EntityRecognizer.looksLikeAdjective(tokens[$0].text) })
      else { continue }
      claimOrganization(a, r)
    }

    // "Business Objects mit Sitz in Paris", "Northwind, headquartered in London": what has a seat is an
    // organisation (a run of name words that are not all German common nouns: "Der Konzern mit Sitz in").
    // (Both forms end in "in", a preposition: the class bit first spares most tokens the string tests.)
    for s in tokens.indices where s >= 1 && s + 2 < tokens.count && tokens[s + 2].is(.preposition) {
      let seat: Bool
      var e = s
      if tokens[s].text == "mit", ["Sitz", "Hauptsitz", "Firmensitz", "Stammsitz"].contains(tokens[s + 1].text), tokens[s + 2].text == "in" {
        seat = true
      } else if tokens[s].text == ",", ["headquartered", "based"].contains(tokens[s + 1].text), tokens[s + 2].text == "in" {
        seat = true
      } else {
        seat = false
      }
      guard seat else { continue }
      while e > 0, s - e < 3, !claimed[e - 1], isNameWordOutsideGazetteer(tokens[e - 1]), !isFirstName(tokens[e - 1]),
        !hasNounSuffix(tokens[e - 1]), !isTimeWord(tokens[e - 1])
      {
        e -= 1
      }
      guard e < s, opensNounPhrase(e, in: tokens),
        !(e..<s).allSatisfy({ isCommonNoun(tokens[$0]) }),
        // "Meanwhile, headquartered in Munich, the group …": an adverb opening the sentence is no name.
        !(isSentenceStart(e, in: tokens) && s == e + 1 && (tokens[e].lowercased.hasSuffix("ly") || EntityRecognizer.sentenceAdverbs.contains(tokens[e].lowercased)))
      else { continue }
      claimOrganization(e, s)
    }

    // "a round led by Endeavour Vision", "owned by Thoma Bravo Partners", "acquired by Thoma Bravo": the
    // agent of a verb of funding, owning or buying is an organisation. Persons lead, own and back too ("led
    // by Meloni", "owned by Murdoch", "backed by Oprah Winfrey"), so the agent must look like a firm: "led"
    // and "co-led" only in a sentence about a financing round or raising money, "owned", "backed",
    // "funded" and "controlled" only for a name ending in a designator ("Ventures", "Partners") or "& Co",
    // or written like a brand ("DataBank", "N26"); the agent of buying when it has two words or more. Not a
    // family ("owned by the Quandt family"), a department ("Procurement"), a description ("Private Equity
    // firm X") or a person in apposition ("led by Okonkwo, a former Google engineer").
    lazy var aboutARound = tokens.contains { $0.is(.roundWord) || $0.is(.raisingWord) }
    // ("by" is a preposition: the class bit first spares most tokens the string test.)
    for b in tokens.indices where b >= 1 && b + 1 < tokens.count && tokens[b].is(.preposition) && tokens[b].text == "by" && !claimed[b + 1] {
      let verb = tokens[b - 1].lowercased
      guard EntityRecognizer.organisationAgentParticiples.contains(verb),
        let end = unknownNameRun(from: b + 1, in: tokens, claimed: claimed),
        !lexicon.rolePortfolios.contains(tokens[b + 1].text)
      else { continue }
      let firmLike = isOrgDesignator(tokens[end - 1]) || EntityRecognizer.firmTails.contains(tokens[end - 1].text)
        || (b + 1..<end).contains { EntityRecognizer.isCamelCaseName(tokens[$0]) || tokens[$0].text.contains(where: \.isNumber) }
      // Companies are bought by companies, mostly: "was acquired by Thoma Bravo" (a single word may be a
      // person's surname: "was acquired by Musk").
      let bought = EntityRecognizer.buyingParticiples.contains(verb) && end - (b + 1) >= 2
      guard (verb.hasSuffix("led") && aboutARound) || bought || firmLike else { continue }
      // A description before the name: "acquired by Private Equity firm Tallis".
      if end < tokens.count, !tokens[end].isCapitalized, isOrgHeadNoun(tokens[end]) { continue }
      if end < tokens.count, ["family", "families", "familie"].contains(tokens[end].lowercased) { continue }
      if end + 1 < tokens.count, tokens[end].text == ",",
        ["a", "an", "the", "its", "his", "her", "their", "ein", "eine", "der", "die"].contains(tokens[end + 1].lowercased)
      {
        continue
      }
      claimOrganization(b + 1, end)
    }

    // "die Leibniz Universität Hannover", "der Technischen Universität Dresden": an institution noun and
    // the place after it (with one name word before the noun) name one organisation, not a place.
    // (The institution nouns have ten to fifteen bytes: most words need no lookup.)
    // ("Otto-von-Guericke-Universität Magdeburg": a hyphen compound ending in such a noun as well.)
    for h in tokens.indices
    where h + 1 < tokens.count && !claimed[h] && tokens[h].isCapitalized
      && ((10...15).contains(tokens[h].text.utf8.count) && EntityRecognizer.placeNamedInstitutions.contains(tokens[h].text)
        || tokens[h].isHyphenated && tokens[h].text.utf8.count >= 12
          && tokens[h].parts.last.map({ EntityRecognizer.placeNamedInstitutions.contains(String($0)) }) == true)
    {
      guard let place = found.first(where: { $0.first == h + 1 && $0.ref.kind == .place }) else { continue }
      var a = h
      if h > 0, !claimed[h - 1], isNameWordOutsideGazetteer(tokens[h - 1]), !isCommonNoun(tokens[h - 1]),
        !isSentenceStart(h - 1, in: tokens) || tokens[h - 1].text.unicodeScalars.count > 3
      {
        a = h - 1
      }
      found.removeAll { $0.first == place.first && $0.last == place.last }
      for k in place.first...place.last { claimed[k] = false }
      if a == h { claimInstitution(h, place.last + 1) } else { claimOrganization(a, place.last + 1) }
    }

    // "the University of Dayton", "Duke University", "Ohio State University": an English university is
    // named by a place or one to three unknown name words after "University of" or before "University"
    // (a place or name words before "University of" belong to the name too: "Munich University of
    // Applied Sciences"). The place mentions inside become part of the organisation.
    for h in tokens.indices where !claimed[h] && tokens[h].text == "University" {
      func nameEnd(from n: Int) -> Int? {
        if let place = found.first(where: { $0.first == n && $0.ref.kind == .place }) { return place.last + 1 }
        return unknownNameRun(from: n, in: tokens, claimed: claimed)
      }
      var a = h
      while a > 0, h - a < 3, tokens[a - 1].isWord, tokens[a - 1].isCapitalized,
        found.contains(where: { $0.first <= a - 1 && a - 1 <= $0.last && $0.ref.kind == .place })
          || (!claimed[a - 1] && isNameWordOutsideGazetteer(tokens[a - 1]) && !isCommonNoun(tokens[a - 1]) && !isTimeWord(tokens[a - 1])
            && !tokens[a - 1].is(.speechVerb) && !EntityRecognizer.sentenceAdverbs.contains(tokens[a - 1].lowercased)
            && !EntityRecognizer.quantifiers.contains(tokens[a - 1].lowercased))
      {
        a -= 1
      }
      // The run must open its noun phrase ("The Ohio State University", not a word of a longer name).
      if a < h, !opensNounPhrase(a, in: tokens) { a = h }
      if a < h, let p = found.first(where: { $0.first < a && $0.last >= a }) { a = p.last + 1 }
      var end = h + 1
      if h + 2 < tokens.count, tokens[h + 1].text == "of", let e = nameEnd(from: h + 2) { end = e }
      guard end > h + 1 || a < h else { continue }
      // A longer name goes on after it: "Global University Venturing".
      if end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized { continue }
      found.removeAll { $0.ref.kind == .place && $0.first >= a && $0.last < end }
      for k in a..<end { claimed[k] = false }
      claimOrganization(a, end)
    }

    // After a head noun: several words, or one word before a lower-case word. An institution's head
    // noun is part of its name: "die Universität Erlangen-Nürnberg", "Friedrich-Alexander-Universität Erlangen-Nürnberg".
    // The head may close a known name's compound: "beim Siemens-Konkurrenten Alstom tätig", "die
    // Blackstone-Tochter Zenit übernimmt".
    func isKnownNamesCompound(_ h: Int) -> Bool {
      guard tokens[h].isHyphenated, let m = found.last(where: { $0.last == h }), let head = m.head, m.ref.kind == .organization else { return false }
      return [head, String(head.dropLast()), String(head.dropLast(2))].contains { lexicon.compoundHeads[$0]?.nameKind == .organization }
    }
    for h in tokens.indices
    where h + 1 < tokens.count && !claimed[h + 1] && isOrgHeadNoun(tokens[h]) && (!claimed[h] || isKnownNamesCompound(h)) {
      // A German noun may open a name of two words when the second is no German noun: "die Softwarefirma
      // Business Objects übernehmen" (not "der Konzern Kunden verliert").
      if h + 3 < tokens.count, isCommonNoun(tokens[h + 1]), !claimed[h + 2], isNameWordOutsideGazetteer(tokens[h + 1]),
        isNameWordOutsideGazetteer(tokens[h + 2]), !isCommonNoun(tokens[h + 2]), !isFirstName(tokens[h + 2]),
        tokens[h + 3].isWord, !tokens[h + 3].isCapitalized
      {
        claimOrganization(h + 1, h + 3)
        continue
      }
      guard let end = unknownNameRun(from: h + 1, in: tokens, claimed: claimed) else { continue }
      let severalWords = end - (h + 1) >= 2
      let beforeLowerCase = end < tokens.count && tokens[end].isWord && !tokens[end].isCapitalized
      guard severalWords || beforeLowerCase || end == tokens.count || !tokens[end].isWord else { continue }
      let institution = isInstitutionHead(tokens[h])
      if institution { claimInstitution(h, end) } else { claimOrganization(h + 1, end) }
    }

    // The object of a German verb of buying, when a known organisation right before the verb is the buyer
    // ("Siemens kauft X für …"; not "Nach dem Rücktritt übernimmt Kowalczyk die Verantwortung", where the
    // subject follows the verb, nor "Der Verein kauft Nmecha", a player).
    for v in tokens.indices where v >= 1 && v + 1 < tokens.count && claimed[v - 1]
      && found.contains(where: { $0.last == v - 1 && $0.ref.kind == .organization && !$0.isGenitive })
    {
      if tokens[v].is(.germanBuyingVerb) {
        guard let end = unknownNameRun(from: v + 1, in: tokens, claimed: claimed),
          end == tokens.count || EntityRecognizer.germanAfterObject.contains(tokens[end].lowercased)
        else { continue }
        claimOrganization(v + 1, end)
      } else if tokens[v].is(.germanModal) {
        guard let end = unknownNameRun(from: v + 1, in: tokens, claimed: claimed), end < tokens.count,
          EntityRecognizer.germanBuyingInfinitives.contains(tokens[end].lowercased)
        else { continue }
        claimOrganization(v + 1, end)
      }
    }

    // "Caterpillar (NYSE: CAT)": a listed company (EntityRecognizer+Tickers.swift), before the lists it may stand in.
    tickerOrganizations(in: sentence, claimed: &claimed, found: &found)
    // Lists: only a known mention or a capitalised word (or a number: "468 Capital") can open one.
    var mentionAt = [Int](repeating: -1, count: tokens.count)
    for (n, m) in found.enumerated() where mentionAt[m.first] < 0 { mentionAt[m.first] = n }
    var i = 0
    while i < tokens.count {
      guard mentionAt[i] >= 0 || tokens[i].isCapitalized || EntityRecognizer.startsWithDigit(tokens[i]),
        let list = coordinatedList(from: i, in: tokens, claimed: claimed, found: found, mentionAt: mentionAt)
      else {
        i += 1
        continue
      }
      if list.organizations {
        for run in list.unknown { claimOrganization(run.lowerBound, run.upperBound) }
      }
      i = max(i + 1, list.end)
    }
    // "Frank Huang, Chairman of PSMC,", "Kate Johnson, Lumen president and CEO,".
    roleAppositionOrganizations(in: sentence, claimed: &claimed, found: &found)
  }

  /// A coordinated list starting at `start`: conjuncts that are each a known mention or a run of unknown
  /// name words, separated by commas and coordinators, with a coordinator before the last one. Its
  /// unknown runs are organisations when a known conjunct is an organisation and none is anything
  /// else, or when the list follows "<organisation noun> like / such as / wie". Every conjunct must be a
  /// whole noun phrase: no name word right before the list ("Google Tensor Processors and …") and none
  /// right after a conjunct ("… and Nvidia GPUs").
  private func coordinatedList(from start: Int, in tokens: [Token], claimed: [Bool], found: [Mention], mentionAt: [Int])
    -> (unknown: [Range<Int>], organizations: Bool, end: Int)?
  {
    // Any capitalised word may end a name ("Jane Street and …", "Evoque Data Center Solutions and …" open
    // no list at "Street" or "Solutions"), except stopwords, head nouns, roles and group nouns ("Die
    // Finanzinvestoren KKR, GIP und Stonepeak", "Kunden wie …").
    func isNameLike(_ k: Int) -> Bool {
      let t = tokens[k]
      return claimed[k]
        || (t.isWord && t.isCapitalized && !isStopword(t) && !isOrgHeadNoun(t) && !isRoleWord(t) && t.info?.groupNoun == nil)
    }
    if start > 0, isNameLike(start - 1) { return nil }
    var conjuncts: [(range: Range<Int>, kind: NodeKind?)] = []
    var coordinated = false
    var i = start
    while i < tokens.count {
      // One conjunct.
      let range: Range<Int>
      var kind: NodeKind? = nil
      if mentionAt[i] >= 0 {
        let m = found[mentionAt[i]]
        range = i..<(m.last + 1)
        kind = m.ref.kind
      } else if i > 0, let end = unknownNameRun(from: i, in: tokens, claimed: claimed) {
        range = i..<end
      } else {
        break
      }
      // Nothing that continues the noun phrase may follow ("Nvidia GPUs", "Microsoft-Aktien" is one token).
      if range.upperBound < tokens.count, tokens[range.upperBound].isWord, tokens[range.upperBound].isCapitalized { break }
      conjuncts.append((range, kind))
      i = range.upperBound
      // "Caterpillar (NYSE: CAT), and …": a ticker belongs to its conjunct.
      if i < tokens.count, !tokens[i].isWord, let end = tickerEnd(at: i, in: tokens) { i = end }
      // A separator: ",", "und", ", and", "as well as", ", sowie".
      guard i < tokens.count else { break }
      var j = i
      var coordinator = false
      if tokens[j].text == "," { j += 1 }
      if j < tokens.count, EntityRecognizer.listSeparators.contains(tokens[j].text), tokens[j].text != "," {
        j += 1
        coordinator = true
      } else if j + 2 < tokens.count, tokens[j].text == "as", tokens[j + 1].text == "well", tokens[j + 2].text == "as" {
        j += 3
        coordinator = true
      }
      // After a coordinator only another coordinator continues: "AMD or Nvidia, SRAM is …" ends at Nvidia.
      guard j > i, j < tokens.count, coordinator || !coordinated else { break }
      // The list continues only if another conjunct follows.
      guard mentionAt[j] >= 0 || unknownNameRun(from: j, in: tokens, claimed: claimed) != nil else { break }
      if coordinator { coordinated = true }
      i = j
    }
    let end = conjuncts.last?.range.upperBound ?? start
    let unknown = conjuncts.filter { $0.kind == nil }.map(\.range)
    guard conjuncts.count >= 2, coordinated, !unknown.isEmpty else { return conjuncts.isEmpty ? nil : ([], false, end) }
    // Surnames and products stand in lists with companies, too ("Gespräche zwischen Siemens, Kowalczyk und
    // Nowak", "Google, Gmail and Chromebook"): the unknown names are organisations only when an
    // organisation noun introduces the list ("companies like", "die Finanzinvestoren KKR, GIP und
    // Stonepeak") or at least two of its members are known organisations.
    let kinds = conjuncts.compactMap(\.kind)
    let introduced = isExampleIntroduction(before: start, in: tokens) || (start > 0 && isOrgHeadNoun(tokens[start - 1]))
      || isVentureIntroduction(before: start, in: tokens)
    let organizations = kinds.allSatisfy { $0 == .organization } && (introduced || kinds.count >= 2)
    return (unknown, organizations, end)
  }

  /// Participles whose agent after "by" is an organisation: "led by", "owned by", "acquired by".
  static let organisationAgentParticiples: Set<String> = [
    "led", "co-led", "backed", "owned", "acquired", "funded", "financed", "bought", "purchased", "controlled",
  ]
  /// Participles of buying, whose agent is an organisation even when it does not look like a firm.
  static let buyingParticiples: Set<String> = ["acquired", "bought", "purchased"]

  /// Institution nouns whose adjective ends in "-e" in the nominative ("die Technische Hochschule").
  static let feminineInstitutions: Set<String> = ["Universität", "Hochschule", "Fachhochschule", "Akademie"]

  /// Determiners and possessives that stand where an institution's adjective would ("Welche Universität",
  /// "Unsere Hochschule").
  static let institutionDeterminers: Set<String> = [
    "welche", "welcher", "welchen", "unsere", "unserer", "seine", "seiner", "ihre", "ihrer", "meine", "meiner", "keine",
    "keiner", "jene", "jener", "manche", "solche", "beide", "beiden", "einige", "eure", "deine", "diese", "dieser",
  ]

  /// "Katholische", "Technischen", "Pädagogische" right before a feminine institution noun at `h`: a
  /// capitalised word of five letters or more ending in "-e" or "-en", after no capitalised word other than a
  /// stopword, that is no determiner, stopword, first name, role or organisation noun (common nouns only
  /// when they end in "-ische(n)": "Technischen" ends in the noun "Nischen").
  func institutionAdjective(before h: Int, in tokens: [Token], claimed: [Bool]) -> Int? {
    guard h >= 1, !claimed[h - 1] else { return nil }
    let t = tokens[h - 1]
    let lower = t.lowercased
    guard t.isWord, t.isCapitalized, !t.isHyphenated, lower.unicodeScalars.count >= 5, lower.hasSuffix("e") || lower.hasSuffix("en"),
      !isStopword(t), !isFirstName(t), !isRoleWord(t), !isOrgHeadNoun(t), !EntityRecognizer.institutionDeterminers.contains(lower),
      lower.hasSuffix("ische") || lower.hasSuffix("ischen") || !isCommonNoun(t),
      h - 1 == 0 || !tokens[h - 2].isWord || !tokens[h - 2].isCapitalized || isStopword(tokens[h - 2])
    else { return nil }
    return h - 1
  }

  /// Whether no capitalised word (other than a stopword) stands right before `a`: a name run found by
  /// walking back opens its noun phrase there ("The Former CEO" does not).
  func opensNounPhrase(_ a: Int, in tokens: [Token]) -> Bool {
    a == 0 || !tokens[a - 1].isWord || !tokens[a - 1].isCapitalized || isStopword(tokens[a - 1])
  }

  /// "the joint venture of A and B", "die Partnerschaft zwischen A und B": the partners are organisations.
  private func isVentureIntroduction(before start: Int, in tokens: [Token]) -> Bool {
    guard start >= 2, ["of", "between", "zwischen", "von"].contains(tokens[start - 1].lowercased) else { return false }
    let noun = tokens[start - 2].lowercased
    return ["venture", "partnership", "partnerschaft", "kooperation", "zusammenarbeit", "merger", "fusion", "gemeinschaftsunternehmen"]
      .contains { noun.hasSuffix($0) }
  }

  /// "companies like", "customers such as", "Firmen wie", "Investoren, darunter": a plural organisation or
  /// group noun, then a word that opens examples.
  private func isExampleIntroduction(before start: Int, in tokens: [Token]) -> Bool {
    var k = start - 1
    guard k >= 1 else { return false }
    if tokens[k].text == "as", k >= 2, tokens[k - 1].text == "such" { k -= 1 } else if !EntityRecognizer.exampleIntroducers.contains(tokens[k].lowercased) {
      return false
    }
    k -= 1
    if tokens[k].text == ",", k >= 1 { k -= 1 }
    // An organisation noun; group nouns ("Investoren wie …") and persons' nouns are not enough.
    let noun = tokens[k]
    if isOrgHeadNoun(noun) { return true }
    // "companies": the head noun list holds the singular.
    guard !noun.isCapitalized, noun.text.hasSuffix("ies") else { return false }
    return lexicon.orgHeadNouns.contains(String(noun.text.dropLast(3)) + "y")
  }
}
