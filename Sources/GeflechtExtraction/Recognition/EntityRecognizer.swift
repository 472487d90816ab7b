import GeflechtCore

/// Finds entity mentions in the sentences of one document.
///
/// In order, each claiming its tokens: known names from the gazetteer (also as genitive "Microsofts"
/// and compound "Microsoft-Chef"); "Name <legal form>" organisations; first name + capitalised surname
/// persons (with a middle initial); "<role> First Last" persons; "<org head noun> Name" organisations;
/// and known names misspelt by one letter. `NameResolver` then adds later bare surnames and anaphora.
struct EntityRecognizer: Sendable {
  let lexicon: Lexicon

  /// Organisation head nouns of at least six letters, lower-case, for closed compounds ("Softwareanbieter").
  var compoundOrgHeads: [String] { lexicon.compoundOrgHeads }

  init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  func mentions(in sentence: Sentence) -> [Mention] {
    let tokens = sentence.tokens
    var claimed = [Bool](repeating: false, count: tokens.count)
    var found: [Mention] = []

    func claim(_ m: Mention) {
      for k in m.first...m.last { claimed[k] = true }
      // Room for several mentions at the first one (growing from empty reallocated two or three times).
      if found.isEmpty { found.reserveCapacity(8) }
      found.append(m)
    }

    // Known names.
    var i = 0
    while i < tokens.count {
      // (A word whose cached candidates are empty matches no known name: `gazetteerMatch` is not called.)
      let mayMatch = tokens[i].info.map { !$0.gazetteerCandidates.isEmpty } ?? true
      if tokens[i].isWord, let m = (mayMatch ? gazetteerMatch(at: i, in: sentence) : nil) ?? spacedMatch(at: i, in: sentence) {
        claim(m)
        i = m.last + 1
      } else {
        i += 1
      }
    }
    // "AWS European Sovereign Cloud", "Oracle Cloud Infrastructure": a known company with two or three name
    // words of its own ending in a word that ends products' names names its product.
    for (n, m) in found.enumerated() where m.ref.kind == .organization && !m.isGenitive && m.head == nil && !m.ref.isMedia {
      if let product = namedProduct(of: m, in: sentence, claimed: claimed) {
        found[n] = product
        for k in product.first...product.last { claimed[k] = true }
      }
    }
    // "den Schreibassistenten DeepL Write", "AMD Instinct GPUs": a known company and name words of its own
    // beside a product noun name its product.
    // (Only a known company with a product noun in reach is looked at further: the cached bits first.)
    if found.contains(where: { $0.ref.kind == .organization && $0.last + 1 < tokens.count && !claimed[$0.last + 1] && mayNameProduct($0, tokens) }) {
      var genitiveEnds = Set<Int>()
      for m in found where m.isGenitive && m.ref.kind == .organization { genitiveEnds.insert(m.last) }
      for (n, m) in found.enumerated() where m.ref.kind == .organization && mayNameProduct(m, tokens) {
        if let product = makerNamedProduct(of: m, in: sentence, claimed: claimed, genitiveEnds: genitiveEnds) {
          found[n] = product
          for k in product.first...product.last { claimed[k] = true }
        }
      }
    }
    // "AMD Instinct GPUs": a known product right after its maker's name keeps the two as its surface (an
    // alias of the node, as a reader names it); the maker stays a mention of its own.
    for (n, m) in found.enumerated() where m.ref.kind == .project && m.first > 0 && !m.isGenitive && m.head == nil {
      guard let maker = m.ref.maker, let org = found.first(where: { $0.last == m.first - 1 }), org.ref.kind == .organization,
        !org.isGenitive, org.head == nil, RelationExtractor.sameFamily(maker, org.ref.name), !m.surface.hasPrefix(org.surface)
      else { continue }
      found[n] = Mention(ref: m.ref, first: m.first, last: m.last, surface: sentence.text(tokens[org.first].start, tokens[m.last].end))
    }
    // "Northern Virginia", "New Albany": a direction (or "New", not opening the sentence) before a known
    // place names a place of its own.
    for (n, m) in found.enumerated() where m.ref.kind == .place && m.first > 0 && !claimed[m.first - 1] {
      let word = tokens[m.first - 1].text
      guard EntityRecognizer.placePrefixes.contains(word), word != "New" || m.first > 1 else { continue }
      let name = sentence.text(tokens[m.first - 1].start, tokens[m.last].end)
      found[n] = Mention(
        ref: EntityRef(kind: .place, name: name, subtype: nil, maker: nil, isMedia: false), first: m.first - 1, last: m.last,
        surface: name, isGenitive: m.isGenitive)
      claimed[m.first - 1] = true
    }
    // "Salem Township", "Bucks County": a known place before a place suffix names a place of its own.
    for (n, m) in found.enumerated() where m.ref.kind == .place && m.last + 1 < tokens.count && !claimed[m.last + 1] && !m.isGenitive {
      guard lexicon.siteNames.placeSuffixes.contains(tokens[m.last + 1].text) else { continue }
      let name = sentence.text(tokens[m.first].start, tokens[m.last + 1].end)
      found[n] = Mention(ref: EntityRef(kind: .place, name: name, subtype: nil, maker: nil, isMedia: false), first: m.first, last: m.last + 1, surface: name)
      claimed[m.last + 1] = true
    }
    // "im brandenburgischen Brieselang", "im südhessischen Dietzenbach": a region's adjective (ending in
    // "-ischen") before one unknown name word makes it a place.
    for i in tokens.indices where i + 2 < tokens.count && !claimed[i + 2] && tokens[i + 1].isWord && !tokens[i + 1].isCapitalized
      && tokens[i + 1].lowercased.utf8.count >= 8 && tokens[i + 1].lowercased.hasSuffix("ischen")
    {
      guard tokens[i].lowercased == "im" || tokens[i].lowercased == "in", isNameWordOutsideGazetteer(tokens[i + 2]), isPlainNameWord(tokens[i + 2]), !hasNounSuffix(tokens[i + 2]),
        i + 3 == tokens.count || !tokens[i + 3].isWord || !tokens[i + 3].isCapitalized
      else { continue }
      claim(Mention(ref: EntityRef(kind: .place, name: tokens[i + 2].text, subtype: nil, maker: nil, isMedia: false), first: i + 2, last: i + 2, surface: tokens[i + 2].text))
    }
    // "das Land Nordrhein-Westfalen", "the UK government", "die japanische Regierung": public bodies.
    for m in publicBodies(in: sentence, claimed: claimed, found: found) {
      found.removeAll { $0.first >= m.first && $0.last <= m.last }
      claim(m)
    }
    // "Stargate Norway": a known project named after a place.
    let placed = placedProjects(in: sentence, found: found)
    if !placed.isEmpty {
      for (n, _, merged) in placed { found[n] = merged }
      let places = Set(placed.map(\.place))
      found = found.enumerated().filter { !places.contains($0.offset) }.map(\.element)
    }
    // "the Mohawk Valley Fab", "its Fab 34": facilities named by their noun.
    for m in facilityNames(in: sentence, claimed: claimed, found: found) { claim(m) }
    // "the Louisiana Public Service Commission", "the Union of Concerned Scientists": English institutions.
    for m in institutions(in: sentence, claimed: claimed, found: found) {
      found.removeAll { $0.first >= m.first && $0.last <= m.last }
      claim(m)
    }
    // Legal forms.
    for i in tokens.indices where !claimed[i] && (tokens[i].info?.mayStartLegalForm ?? true) {
      for form in lexicon.legalForms where matches(form, at: i, in: tokens) {
        var b = i
        var places: [Mention] = []
        // A German organisation noun opens no name: "des Rivalen Fairchild Semiconductor International Inc.".
        while b > 0, i - b < 4, tokens[b - 1].isCapitalized, !isStopword(tokens[b - 1]),
          !(isCommonNoun(tokens[b - 1]) && isOrgHeadNoun(tokens[b - 1]) && !isOrgDesignator(tokens[b - 1])),
          // "die US-amerikanische Altair Engineering Inc.", "US-based Acme Corp.": a compound ending in a
          // lower-case word is an adjective.
          tokens[b - 1].parts.last.map({ $0.first?.isUppercase ?? false }) ?? true
        {
          if claimed[b - 1] {
            // A place inside the name: "Airtel Africa PLC", "Stadtwerke München GmbH".
            guard let place = found.last(where: { $0.last == b - 1 }), place.ref.kind == .place, place.first == place.last else { break }
            places.append(place)
          }
          b -= 1
          // "Debevoise & Plimpton LLP".
          if b > 1, tokens[b - 1].text == "&", !claimed[b - 2], tokens[b - 2].isCapitalized, !isStopword(tokens[b - 2]) { b -= 2 }
        }
        found.removeAll { m in places.contains { $0.first == m.first } }
        // A capitalised English head noun opening the sentence is no part of the name: "Chipmaker Microsemi
        // Corp said".
        if b == 0, b + 1 < i, tokens[b].text != tokens[b].lowercased, lexicon.orgHeadNouns.contains(tokens[b].lowercased) { b += 1 }
        let last = i + form.count - 1
        // "Verizon Communications Inc.": a legal form after a known name (and its designator) is that name.
        if b > 0, claimed[b - 1], let known = found.last(where: { $0.last == b - 1 }), known.ref.kind == .organization,
          known.head == nil, !known.isGenitive, (b..<i).allSatisfy({ isOrgDesignator(tokens[$0]) })
        {
          found.removeAll { $0.first == known.first }
          claim(Mention(ref: known.ref, first: known.first, last: last, surface: sentence.text(tokens[known.first].start, tokens[last].end)))
          break
        }
        // "Airtel Africa PLC": a known name with more words before a legal form names an organisation of its own
        // (a known name of one written word: "1&1 Mobilfunk GmbH").
        if b < i, b > 0, claimed[b - 1], let known = found.last(where: { $0.last == b - 1 }), known.ref.kind == .organization,
          (known.first..<known.last).allSatisfy({ tokens[$0].end == tokens[$0 + 1].start }), known.head == nil, !known.isGenitive
        {
          found.removeAll { $0.first == known.first }
          b = known.first
        }
        guard b < i else { continue }
        let name = sentence.text(tokens[b].start, tokens[last].end)
        let base = sentence.text(tokens[b].start, tokens[i - 1].end)
        let isMedia = lexicon.gazetteer.refsByName[base]?.isMedia ?? false
        claim(
          Mention(
            ref: entityRef(sentence, .organization, name, subtype: isMedia ? "media" : "company", isMedia: isMedia),
            first: b, last: last, surface: name))
        break
      }
    }
    // "Federal Energy Regulatory Commission (FERC)": a name and its abbreviation.
    for m in abbreviatedNames(in: sentence, claimed: claimed, found: found) {
      found.removeAll { $0.first >= m.first && $0.last <= m.last }
      claim(m)
    }
    // "<Name> Labs", "<Known> Ventures", "<Name>-Gruppe": a designator closes an organisation name.
    for i in tokens.indices where !claimed[i] {
      if let m = designatedOrganization(at: i, in: sentence, claimed: claimed, found: found) {
        found.removeAll { $0.first >= m.first && $0.last <= m.last }
        claim(m)
      }
    }
    // "T-Systems-Managerin Regine Büttner": an unknown brand-like name (capitals or digits inside, or a plain
    // name word before a first name: `isBrandBeforePerson`) before a role names an organisation;
    // "Festnetz-Chef" does not.
    for i in tokens.indices where !claimed[i] && tokens[i].isHyphenated && i + 1 < tokens.count && tokens[i + 1].isCapitalized {
      let parts = tokens[i].parts
      guard parts.count >= 2, let role = parts.last, lexicon.roles[String(role)] != nil || lexicon.compoundRole(String(role)) != nil
      else { continue }
      let name = parts.dropLast().joined(separator: "-")
      let inner = name.unicodeScalars.dropFirst()
      // Two letters are mostly departments: "IT-Chef", "HR-Managerin".
      guard name.count >= 3, name.unicodeScalars.first.map({ $0.properties.isUppercase }) == true,
        inner.contains(where: { $0.properties.isUppercase || $0.properties.numericType != nil }) || isBrandBeforePerson(name, i, tokens),
        lexicon.gazetteer.refsByName[name] == nil, !lexicon.stopwords.contains(name)
      else { continue }
      claim(
        Mention(
          ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: i, last: i,
          surface: tokens[i].text, head: String(role)))
    }
    // "Africa-based Teraco", "New Jersey-headquartered ZT Systems": the place is a mention of its own (the
    // organisation after it is based there), and an unknown name after it is an organisation.
    for i in tokens.indices where i + 1 < tokens.count && !claimed[i] && tokens[i].isHyphenated {
      let parts = tokens[i].parts
      guard parts.count == 2, EntityRecognizer.basedSuffixes.contains(String(parts[1]).lowercased()) else { continue }
      let one = String(parts[0])
      // Not "fiber-based IP": the first part, or the word before and the first part, must be a known place.
      func knownPlace(_ words: [String], startingWith token: Token) -> EntityRef? {
        lexicon.gazetteer.candidates(for: token).first(where: { $0.ref.kind == .place && $0.tokens == words })?.ref
      }
      let first: Int
      let place: EntityRef
      if i > 0, !claimed[i - 1], tokens[i - 1].isCapitalized, let p = knownPlace([tokens[i - 1].normalized, one], startingWith: tokens[i - 1]) {
        (first, place) = (i - 1, p)
      } else if let p = knownPlace([one], startingWith: Tokenizer.tokens(of: one).first ?? tokens[i]) {
        (first, place) = (i, p)
      } else {
        continue
      }
      claim(Mention(ref: place, first: first, last: i, surface: first < i ? tokens[i - 1].text + " " + one : one))
      // "US-based FTTH provider Lumos": a name before a head noun is a modifier.
      guard !claimed[i + 1], isNameWord(tokens[i + 1]), !hasNounSuffix(tokens[i + 1]),
        i + 2 >= tokens.count || !isOrgHeadNoun(tokens[i + 2])
      else { continue }
      // "Austin-based Base Power": up to two further unknown name words go on the name (not a time word: "…
      // Acme Tuesday said").
      var end = i + 2
      while end < tokens.count, end - i <= 3, !claimed[end], tokens[end].isCapitalized, isNameWordOutsideGazetteer(tokens[end]),
        !isTimeWord(tokens[end]), !isFirstName(tokens[end]), end + 1 >= tokens.count || !isOrgHeadNoun(tokens[end + 1])
      {
        end += 1
      }
      // Only before a lower-case word or punctuation: in a headline every word is capitalised ("Austin-based
      // Zentrix Raises $200 Million").
      if end > i + 2, end < tokens.count, tokens[end].isWord ? tokens[end].isCapitalized : !tokens[end].is(.clauseBreak) && !tokens[end].is(.period) {
        end = i + 2
      }
      let name = sentence.text(tokens[i + 1].start, tokens[end - 1].end)
      claim(
        Mention(ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: i + 1, last: end - 1, surface: name))
    }
    // A place the gazetteer does not know, after a facility noun: "a campus in Kiryat Gat", "Werk in Ostheim".
    // ("in" is a preposition: the class bit before the string test.)
    for i in tokens.indices where i > 0 && i + 1 < tokens.count && tokens[i].is(.preposition) && tokens[i].lowercased == "in" && !claimed[i + 1] {
      guard EntityRecognizer.facilityNouns.contains(tokens[i - 1].lowercased) || EntityRecognizer.seatWords.contains(tokens[i - 1].lowercased)
      else { continue }
      var j = i + 1
      while j < tokens.count, j - i <= 3, !claimed[j], isNameWordOutsideGazetteer(tokens[j]), !hasNounSuffix(tokens[j]),
        lexicon.months[tokens[j].lowercased] == nil  // "a data center in January 2017"
      {
        j += 1
      }
      guard j > i + 1 else { continue }
      let name = sentence.text(tokens[i + 1].start, tokens[j - 1].end)
      claim(Mention(ref: EntityRef(kind: .place, name: name, subtype: nil, maker: nil, isMedia: false), first: i + 1, last: j - 1, surface: name))
    }
    // "in Abilene, Texas", "in Lübbenau in Brandenburg": a town placed by its region.
    for m in townsBeforeRegions(in: sentence, claimed: claimed, found: found) { claim(m) }
    // "Falls County", "the town of Temple", "der Windpark Hedet": places and power plants named by the words
    // around them.
    for m in siteNames(in: sentence, claimed: claimed) { claim(m) }
    // Project names: a quoted name after "Projekt", "dubbed", "called" … and "Project <Name>".
    for i in tokens.indices where !claimed[i] {
      if let m = projectName(at: i, in: sentence, claimed: claimed) {
        // (A known name inside the quotes is part of the quoted one: „Schwarz Digits Datacenter“.)
        found.removeAll { $0.first >= m.first && $0.last <= m.last }
        claim(m)
      }
    }
    // "Software von Synopsys, einschließlich Code V, LightTools und RSoft": the items of a product list.
    for m in productListItems(in: sentence, claimed: claimed) where !(m.first...m.last).contains(where: { claimed[$0] }) { claim(m) }
    // "Tesla’s AI 4 chips": a product named between its maker's genitive and a product noun.
    for m in possessedProducts(in: sentence, claimed: claimed, found: found) where !(m.first...m.last).contains(where: { claimed[$0] }) {
      claim(m)
    }
    // "das Sprachmodell Luminous", "its own C1 modem": a product named beside its product noun.
    for m in productsBesideNouns(in: sentence, claimed: claimed, found: found) where !(m.first...m.last).contains(where: { claimed[$0] }) { claim(m) }
    // "code-named Helios", "GAIA-1, a generative world model": a product named by a code name or described.
    for m in describedProducts(in: sentence, claimed: claimed) where !(m.first...m.last).contains(where: { claimed[$0] }) { claim(m) }
    // A quoted name after an organisation noun: des Joint Ventures „Glasfaser Nordwest“, the startup "Quantica".
    for i in tokens.indices where i > 0 && tokens[i].is(.quoteMark) && !claimed[i] {
      let noun = tokens[i - 1]
      guard isOrgHeadNoun(noun) || EntityRecognizer.ventureNouns.contains(noun.lowercased) else { continue }
      var j = i + 1
      while j < tokens.count, j - i <= 4, tokens[j].isWord, !claimed[j], tokens[j].isCapitalized || EntityRecognizer.startsWithDigit(tokens[j]) {
        j += 1
      }
      guard j > i + 1, j < tokens.count, tokens[j].normalized == "\"", !(i + 1..<j).allSatisfy({ isStopword(tokens[$0]) }) else { continue }
      let name = sentence.text(tokens[i + 1].start, tokens[j - 1].end)
      claim(Mention(ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: i + 1, last: j - 1, surface: name))
    }
    // Chinese names, surname first: "Wang Guoquan", "Ke Ruiwen" (a given name of one or two pinyin syllables).
    for i in tokens.indices
    where i + 1 < tokens.count && !claimed[i] && !claimed[i + 1]
      && (tokens[i].info?.isChineseSurname ?? lexicon.chineseSurnames.contains(tokens[i].text))
    {
      guard isPinyinGivenName(tokens[i + 1].text), !isStopword(tokens[i + 1]),
        i + 2 == tokens.count || !tokens[i + 2].isWord || !tokens[i + 2].isCapitalized
      else { continue }
      claim(person(sentence, first: i, last: i + 1))
    }
    // First name + surname.
    // Not after a plural English organisation noun: "VC firms Jane Street and …" names firms (but "the
    // companies Jane Roe founded" a person).
    // Nor after "St." or "Saint": "St. Charles Parish", "San José" name places.
    for i in tokens.indices where !claimed[i] && tokens[i].isCapitalized && isFirstName(tokens[i])
      && !(i > 0 && isPluralEnglishOrgNoun(tokens[i - 1]) && !(i >= 2 && tokens[i - 2].lowercased == "the"))
      && !followsSaint(i, in: tokens)
    {
      var j = i + 1
      if j + 1 < tokens.count, isInitial(tokens[j]), tokens[j + 1].text == "." { j += 2 }
      // Two first names: "Jose Maria Alvarez-Pallete", "Anna Lena Berger".
      if j + 1 < tokens.count, !claimed[j], !claimed[j + 1], tokens[j].isCapitalized, isFirstName(tokens[j]),
        !isFirstName(tokens[j + 1]), isNameWordOutsideGazetteer(tokens[j + 1])
      {
        j += 1
      }
      // Name particles: "Daniel De Freitas", "Ursula von der Leyen".
      var p = j
      while p < tokens.count, EntityRecognizer.nameParticles.contains(tokens[p].text), p - j < 2 { p += 1 }
      if p > j, p < tokens.count, !claimed[p], isNameWord(tokens[p]) { j = p }
      // An unclaimed word may still start a longer known name ("Morgan" of "Morgan Stanley"). A common
      // first name ends the name when nothing capitalised follows: "Frank Zhang, CEO of …".
      guard j < tokens.count, !claimed[j],
        isNameWordOutsideGazetteer(tokens[j]) || (j > i && isNameEndingFirstName(j, in: tokens))
      else { continue }
      // A second surname that ends the phrase or the sentence: "David Mesonero Molina, director of …", "die
      // Managerin Michelle Johnston Holthaus." (no noun, designator, first name, time word or known name).
      if j + 2 < tokens.count, j > i, !claimed[j + 1], isNameWord(tokens[j + 1]), isPlainNameWord(tokens[j + 1]),
        !isOrgDesignator(tokens[j + 1]),
        [",", "(", ";", ":"].contains(tokens[j + 2].text) || (tokens[j + 2].text == "." && j + 3 == tokens.count)
      {
        j += 1
      }
      claim(person(sentence, first: i, last: j))
    }
    // "Haviv Ilan, TI executive vice president, said": two unknown name words before an apposition that
    // names a role within four words (a known name's words not counted: "Igal Elbaz, AT&T's chief
    // technology officer").
    for i in tokens.indices where i + 4 < tokens.count && !claimed[i] && !claimed[i + 1] {
      guard tokens[i + 2].text == ",", i == 0 || !tokens[i - 1].isCapitalized, isNameWord(tokens[i]),
        isNameWord(tokens[i + 1]) || isNameEndingFirstName(i + 1, in: tokens),
        !isCommonNoun(tokens[i]), !isCommonNoun(tokens[i + 1]), !hasNounSuffix(tokens[i + 1].text),
        !lexicon.orgDesignators.contains(tokens[i + 1].text)
      else { continue }
      var r = i + 3
      var words = 0
      while r < tokens.count, words < 4, claimed[r] || tokens[r].isWord && !isRoleWord(tokens[r]) {
        if !claimed[r] { words += 1 }
        r += 1
      }
      guard r < tokens.count, words < 4, tokens[r].isWord, !claimed[r] else { continue }
      claim(person(sentence, first: i, last: i + 1))
    }
    // "Srini Gopalan (54)": two unknown name words and an age in brackets name a person.
    // (The bracket is no word: the cached bit spares most tokens the string comparison.)
    for i in tokens.indices where i + 4 < tokens.count && !tokens[i + 2].isWord && tokens[i + 2].text == "(" && tokens[i + 4].text == ")" {
      guard !claimed[i], !claimed[i + 1], let age = Int(tokens[i + 3].text), (18...99).contains(age), isNameWord(tokens[i]),
        isNameWord(tokens[i + 1]), !isCommonNoun(tokens[i]), !isCommonNoun(tokens[i + 1]), !hasNounSuffix(tokens[i + 1]),
        !isOrgDesignator(tokens[i + 1])
      else { continue }
      claim(person(sentence, first: i, last: i + 1))
    }
    // "<role> First Last" for first names the lexicon does not know.
    let titleCase = EntityRecognizer.isTitleCase(tokens)
    for r in tokens.indices where !titleCase && isRoleWord(tokens[r]) {
      var j = r + 1
      while j + 1 < tokens.count, tokens[j].text == "Prof" || tokens[j].text == "Dr", tokens[j + 1].text == "." { j += 2 }
      guard j + 1 < tokens.count, !claimed[j], !claimed[j + 1], isNameWord(tokens[j]), isNameWord(tokens[j + 1])
      else { continue }
      claim(person(sentence, first: j, last: j + 1))
    }
    // Founders in the agent phrase of "founded by", "von … gegründet" (EntityRecognizer+Founders.swift).
    for m in foundersInAgentPhrases(in: sentence, claimed: claimed) { claim(m) }
    // "sagte der Chef der Telekom, Srini Gopalan.": two name words closing the apposition after a quote's
    // verb, a role and its organisation (only link words, articles and known names between them).
    for c in tokens.indices where c >= 3 && c + 3 <= tokens.count && tokens[c].is(.comma) && !claimed[c + 1] && !claimed[c + 2] {
      guard c + 3 == tokens.count || [",", ".", "(", ";"].contains(tokens[c + 3].text),
        isPlainNameWord(tokens[c + 1]) || isFirstName(tokens[c + 1]), isPlainNameWord(tokens[c + 2]),
        !hasNounSuffix(tokens[c + 2]), !isOrgDesignator(tokens[c + 2]),
        let r = (max(0, c - 6)..<(c - 1)).last(where: { isRoleWord(tokens[$0]) }), claimed[c - 1],
        EntityRecognizer.roleOrganisationLinks.contains(tokens[r + 1].lowercased),
        ((r + 1)..<c).allSatisfy({ claimed[$0] || EntityRecognizer.roleOrganisationLinks.contains(tokens[$0].lowercased) }),
        // The speaker of a quote: "…, sagte der Chef der Telekom, Srini Gopalan." (not "…, Black Friday.").
        (max(0, r - 3)..<r).contains(where: { tokens[$0].is(.speechVerb) })
      else { continue }
      claim(person(sentence, first: c + 1, last: c + 2))
    }
    // A quote's speaker or a described person: "said Jane Roe," / "sagte Jane Roe." / "by Jane Roe, who".
    for i in tokens.indices where i + 2 < tokens.count && !claimed[i + 1] && !claimed[i + 2] {
      // (The word after the name, "." after the sentence's end; its comma read from the class bits.)
      let afterIsComma = i + 3 < tokens.count && tokens[i + 3].is(.comma)
      let speaker = tokens[i].is(.speechVerb) && (i + 3 == tokens.count || [",", ".", ";"].contains(tokens[i + 3].text))
      let described = afterIsComma && ["by", "von"].contains(tokens[i].lowercased) && i + 4 < tokens.count
        && EntityRecognizer.personRelatives.contains(tokens[i + 4].lowercased)
      guard speaker || described, isNameWord(tokens[i + 1]), isNameWord(tokens[i + 2]), !hasNounSuffix(tokens[i + 2])
      else { continue }
      claim(person(sentence, first: i + 1, last: i + 2))
    }
    // "Assaf Rappaport, Ami Luttwak und Roy Reznik": the unknown names in a list with a person.
    for m in coordinatedPersons(in: sentence, claimed: claimed, found: found) { claim(m) }
    // "Name, a database startup" / "Name, ein Münchner Start-up": an apposition with an organisation noun.
    // (The comma after the name first, from the class bits: the other tests compare strings.)
    // Also after a spaced dash: "Carbo Culture – a startup that …", "Avangrid – the US subsidiary of …".
    for i in tokens.indices where i + 3 < tokens.count && !claimed[i] && tokens[i + 1].is(.clauseBreak) {
      // Also "Telstra, Australia's largest telecom group": a genitive before the description.
      // A definite article only right before the noun's phrase: "Mesosphere, das US-Software-Startup der
      // Gründer …" (not "Schmidt, der Gründer des Start-ups").
      let definite = ["the", "das", "der", "die"].contains(tokens[i + 2].text)
      guard tokens[i + 1].text == "," || Token.isSpacedDash(i + 1, in: tokens), !isTimeWord(tokens[i]),
        ["a", "an", "ein", "eine"].contains(tokens[i + 2].text) || definite || tokens[i + 2].text.hasSuffix("'s") || tokens[i + 2].text.hasSuffix("’s"),
        isNameWord(tokens[i]), !hasNounSuffix(tokens[i])
      else { continue }
      // Up to two name words before it belong to the name: "Standard Power, a data center operator" (in an
      // English apposition a German noun is no noun: "Standard").
      let english = !["ein", "eine", "das", "der", "die"].contains(tokens[i + 2].text)
      // A German noun is no name before a German apposition: "Ein Gigant der Branche, der Autobauer Toyota".
      if !english, isCommonNoun(tokens[i]) { continue }
      var b = i
      while b > 0, i - b < 2, !claimed[b - 1], isNameWord(tokens[b - 1]), !hasNounSuffix(tokens[b - 1]), !isFirstName(tokens[b - 1]),
        english || !isCommonNoun(tokens[b - 1]), !EntityRecognizer.sentenceAdverbs.contains(tokens[b - 1].lowercased),
        !isTimeWord(tokens[b - 1])
      {
        b -= 1
      }
      guard b == 0 || !tokens[b - 1].isCapitalized else { continue }
      var h = i + 3
      // "Pale Blue Dot, a young Malmö, Sweden-based investment firm": a comma before "<Place>-based" is part
      // of the description (and two words more may stand in it).
      var limit = 7
      while h < tokens.count, h - i <= limit, !isOrgHeadNoun(tokens[h]) {
        if tokens[h].isWord || tokens[h].text == "-" {
          h += 1
        } else if tokens[h].is(.comma), h + 1 < tokens.count, EntityRecognizer.isBasedCompound(tokens[h + 1]) {
          h += 1
          limit += 2
        } else {
          break
        }
      }
      guard h < tokens.count, h - i <= (definite ? limit - 2 : limit), isOrgHeadNoun(tokens[h]),
        !definite || !(i + 3..<h).contains(where: { isRoleWord(tokens[$0]) || !tokens[$0].isWord })
      else { continue }
      let name = sentence.text(tokens[b].start, tokens[i].end)
      claim(
        Mention(
          ref: EntityRef(kind: .organization, name: name, subtype: "company", maker: nil, isMedia: false),
          first: b, last: i, surface: name))
    }
    // "Cleverciti, Anbieter von KI-basierter Software, …", "Tubulis, provider of …": an apposition of an
    // organisation noun and "von/of/für/for" without an article.
    for i in tokens.indices where i + 3 < tokens.count && !claimed[i] && tokens[i + 1].is(.comma) {
      guard i == 0 || !tokens[i - 1].isCapitalized || isSentenceStart(i, in: tokens), isPlainNameWord(tokens[i]),
        lexicon.gazetteer.refsByName[tokens[i].text] == nil, isOrgHeadNoun(tokens[i + 2]),
        ["von", "für", "of", "for"].contains(tokens[i + 3].lowercased)
      else { continue }
      claim(
        Mention(
          ref: EntityRef(kind: .organization, name: tokens[i].text, subtype: "company", maker: nil, isMedia: false),
          first: i, last: i, surface: tokens[i].text))
    }
    // "Name, which was founded in 2022 by …", "Name wurde 2019 gegründet": what was founded is an organisation.
    for i in tokens.indices where i + 2 < tokens.count && !claimed[i] {
      // (After "<Place>-based", or a place's genitive in a sentence about a round, too: "Cologne's Sastrify has
      // raised $32 million in a Series B round"; not "California's Newsom secured $5 billion in aid".)
      guard i == 0 || !tokens[i - 1].isCapitalized || isSentenceStart(i, in: tokens)
          || (tokens[i - 1].endsInApostropheS || tokens[i - 1].isHyphenated) && isNameWord(tokens[i])
            && found.contains(where: { p in
              p.ref.kind == .place && p.last == i - 1
                && (EntityRecognizer.isBasedCompound(tokens[i - 1]) || p.isGenitive && tokens.contains { $0.is(.roundWord) })
            }),
        isNameWord(tokens[i]),
        !isFirstName(tokens[i]), !hasNounSuffix(tokens[i]), !(i + 1 < tokens.count && tokens[i + 1].isCapitalized)
      else { continue }
      var k = i + 1
      if tokens[k].text == ",", k + 1 < tokens.count, ["which", "that", "das", "die", "der", "welches"].contains(tokens[k + 1].lowercased) {
        k += 2
      }
      let window = tokens[k..<min(k + 5, tokens.count)]
      // "Nerva raised $100 million", "Nerva sammelte 20 Millionen Euro ein", "Wire has closed a $21 million
      // round": who raises money is a company.
      // (An auxiliary, or "closed", only in a sentence about a round: persons raise money too.)
      var v = k
      if k == i + 1, v + 1 < tokens.count, ["has", "have", "had", "hat"].contains(tokens[v].text) { v += 1 }
      if k == i + 1, EntityRecognizer.raisingVerbs.contains(tokens[v].text), lexicon.months[tokens[i].lowercased] == nil,
        v == k && EntityRecognizer.plainRaisingVerbs.contains(tokens[v].text)
          // (Not a founder raising for a company: "Smith has closed a round for his startup", "… for xAI".)
          || tokens.contains(where: { $0.is(.roundWord) })
            && !tokens[(v + 1)...].contains(where: { ["his", "her", "their", "seine", "ihre", "for", "für"].contains($0.lowercased) }),
        !EntityRecognizer.personTitles.contains(tokens[i].text), !(i >= 2 && EntityRecognizer.personTitles.contains(tokens[i - 2].text)),
        !(i > 0 && tokens[i - 1].is(.preposition)),
        tokens[(v + 1)..<min(v + 5, tokens.count)].contains(where: { ["$", "€", "£"].contains($0.text) || EntityRecognizer.moneyScales.contains($0.lowercased) })
      {
        claim(
          Mention(
            ref: entityRef(sentence, .organization, tokens[i].text, subtype: "company", isMedia: false), first: i, last: i,
            surface: tokens[i].text))
        continue
      }
      // "Solaris, 2015 gegründet, tritt …", "Acme, founded in 2015, makes …": an apposition of a founding
      // participle and a year between commas.
      if k == i + 1, tokens[k].text == ",", let close = ((k + 1)..<min(k + 7, tokens.count)).first(where: { tokens[$0].text == "," }),
        close > k + 2,
        tokens[(k + 1)..<close].contains(where: { EntityRecognizer.foundingParticiples.contains($0.lowercased) }),
        // (A year of the industrial age: "Lübbenau, 1315 gegründet," is a town.)
        tokens[(k + 1)..<close].contains(where: { $0.text.utf8.count == 4 && Int($0.text).map { $0 >= 1850 } == true }),
        tokens[(k + 1)..<close].allSatisfy({ t in
          EntityRecognizer.foundingParticiples.contains(t.lowercased) || t.text.utf8.allSatisfy { (48...57).contains($0) }
            || ["in", "im", "jahr"].contains(t.lowercased)
        })
      {
        claim(
          Mention(
            ref: entityRef(sentence, .organization, tokens[i].text, subtype: "company", isMedia: false), first: i, last: i,
            surface: tokens[i].text))
        continue
      }
      guard let aux = window.first, ["was", "is", "wurde", "ist", "war"].contains(aux.lowercased),
        let participle = window.firstIndex(where: { EntityRecognizer.foundingParticiples.contains($0.lowercased) }),
        !tokens[k..<participle].contains(where: { [",", ".", ";"].contains($0.text) })
      else { continue }
      claim(
        Mention(
          ref: entityRef(sentence, .organization, tokens[i].text, subtype: "company", isMedia: false), first: i, last: i,
          surface: tokens[i].text))
    }
    // "who together acquired Zayo in 2020", "invested in Nerva last year": the name an English verb of
    // buying or investing takes as its object is an organisation (not "acquire GPUs from …").
    for v in tokens.indices where v + 2 < tokens.count && tokens[v].is(.englishBuyingVerb) {
      var n = v + 1
      if tokens[v].text.hasPrefix("invest"), tokens[n].text == "in" { n += 1 }
      if tokens[v].text.hasPrefix("snap") {  // "snapped up X"
        guard tokens[n].text == "up", n + 2 < tokens.count else { continue }
        n += 1
      }
      var e = n
      while e < tokens.count, e - n < 3, !claimed[e], isNameWordOutsideGazetteer(tokens[e]), !isFirstName(tokens[e]),
        !hasNounSuffix(tokens[e]), !(tokens[e].text.hasSuffix("s") && tokens[e].text.dropLast().allSatisfy(\.isUppercase)),
        !tokens[e].text.hasSuffix("ies")  // "Treasuries"
      {
        e += 1
      }
      guard e > n, e < tokens.count, EntityRecognizer.afterObject.contains(tokens[e].lowercased) else { continue }
      let name = sentence.text(tokens[n].start, tokens[e - 1].end)
      claim(Mention(ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: n, last: e - 1, surface: name))
    }
    // "<head noun> Name" organisations.
    for h in tokens.indices where h + 1 < tokens.count && isOrgHeadNoun(tokens[h]) {
      let n = h + 1
      // "der Nordamerika-Tochter RWE Clean Energy": a known name with name words of its own is a unit.
      if claimed[n], let unit = knownUnit(at: n, in: sentence, claimed: claimed, found: found) {
        found.removeAll { $0.first == n }
        claim(unit)
        continue
      }
      // Two words when the first is an abbreviation in capitals: "der Verein KI Park", "die Firma SVT Robotics".
      if n + 1 < tokens.count, !claimed[n], !claimed[n + 1], EntityRecognizer.isCapitalsAbbreviation(tokens[n].text),
        isNameWordOutsideGazetteer(tokens[n + 1]), !hasNounSuffix(tokens[n + 1]),
        n + 2 == tokens.count || !tokens[n + 2].isWord || !tokens[n + 2].isCapitalized
      {
        let name = sentence.text(tokens[n].start, tokens[n + 1].end)
        claim(Mention(ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: n, last: n + 1, surface: name))
        continue
      }
      // "VC firms Jane Street and …": after a plural English organisation noun, a name of two or three words.
      if isPluralEnglishOrgNoun(tokens[h]) {
        var e = n
        while e < tokens.count, e - n < 3, !claimed[e], isNameWordOutsideGazetteer(tokens[e]) { e += 1 }
        if e > n + 1, e == tokens.count || [",", ".", "and", "or", ";"].contains(tokens[e].lowercased) {
          let name = sentence.text(tokens[n].start, tokens[e - 1].end)
          claim(Mention(ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: n, last: e - 1, surface: name))
          continue
        }
      }
      // "ein Start-up namens Zorbix", "an SK On subsidiary called SK Battery America": the name after the
      // naming word. "called" only after an indefinite noun phrase ("The company called Hochul a liar" is a
      // verb); never "named" ("the company named Okonkwo its CEO").
      if n + 1 < tokens.count, EntityRecognizer.organisationNamingWords.contains(tokens[n].lowercased),
        tokens[n].lowercased == "namens" || (max(0, h - 3)..<h).contains(where: { RelationExtractor.indefiniteArticles.contains(tokens[$0].lowercased) }),
        let end = unknownNameRun(from: n + 1, in: tokens, claimed: claimed)
      {
        let name = sentence.text(tokens[n + 1].start, tokens[end - 1].end)
        claim(Mention(ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: n + 1, last: end - 1, surface: name))
        continue
      }
      guard !claimed[n], isNameWord(tokens[n]), !(tokens[n].info?.hasNounSuffix ?? hasNounSuffix(tokens[n])),
        !isTimeWord(tokens[n])  // "The bank Monday said"
      else { continue }
      // A new name looks like a brand ("CoreWeave", "X1") or stands before punctuation or "und".
      let word = tokens[n].text.unicodeScalars
      let looksLikeBrand = word.dropFirst().contains { $0.isUppercaseLetter || $0.isDigit }
      // … or, after an English (lower-case) head noun, is followed by a lower-case word ("startup Annapurna
      // in"); German nouns are capitalised, so "dass der Konzern Kunden verliert" is no name.
      // ("Rohde & Schwarz", "Kamm & Roth" are left to the runs of `contextOrganizations`, which also know
      // "Forschung & Entwicklung" to be none.)
      let spacedAmpersand = isSpacedAmpersand(n + 1, in: tokens) && tokens[n + 2].isCapitalized
      let standsAlone = n + 1 == tokens.count || (!tokens[n + 1].isWord && !spacedAmpersand) || ["und", "and", "oder"].contains(tokens[n + 1].text)
        || (!tokens[h].isCapitalized && !isPluralEnglishOrgNoun(tokens[h]) && tokens[n + 1].text.unicodeScalars.first!.properties.isLowercase)
        // "der Hochschule Harz entwickeln": after an institution's noun, a name word no list knows as anything.
        || (tokens[n + 1].isWord && !tokens[n + 1].isCapitalized && isInstitutionHead(tokens[h]) && isPlainNameWord(tokens[n]))
      guard looksLikeBrand || standsAlone else { continue }
      // "der Hochschule Harz", "die Martin-Luther-Universität Halle-Wittenberg": an institution's noun is part of
      // its name. After a capitalised word ("der Technischen Hochschule Zorbau") the name is left to
      // `contextOrganizations`, which reads the adjective with it.
      if !claimed[h], isInstitutionHead(tokens[h]) {
        guard h == 0 || !tokens[h - 1].isCapitalized || isSentenceStart(h - 1, in: tokens) else { continue }
        let name = sentence.text(tokens[h].start, tokens[n].end)
        claim(Mention(ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: h, last: n, surface: name))
        continue
      }
      claim(
        Mention(
          ref: entityRef(sentence, .organization, tokens[n].text, subtype: "company", isMedia: false),
          first: n, last: n, surface: tokens[n].text))
    }
    // A camel-case word no list holds is a company's name: "DigitalBridge", "DataBank" (not "McKinsey",
    // "MacBook": Mc/Mac start surnames and products).
    for i in tokens.indices where !claimed[i] && tokens[i].isCapitalized {
      guard tokens[i].info?.isCamelCaseName ?? EntityRecognizer.isCamelCaseName(tokens[i]), isNameWordOutsideGazetteer(tokens[i]),
        !lexicon.legalForms.contains([tokens[i].normalized])  // "GmbH"
      else { continue }
      let genitive = tokens[i].endsInApostropheS
      // "Mainova WebHouse": one unknown name word before it (not a noun, a first name or a compound adjective
      // such as "Texas-based") opens the name. After a known company it is mostly a product ("Microsoft
      // PowerPoint", "Sony PlayStation"), which stays apart.
      var b = i
      if i > 0, !claimed[i - 1], tokens[i - 1].isWord, !isSentenceStart(i - 1, in: tokens), isPlainNameWord(tokens[i - 1]),
        !tokens[i - 1].endsInApostropheS, tokens[i - 1].parts.last.map({ $0.first?.isUppercase ?? false }) ?? true
      {
        b = i - 1
      }
      let surface = sentence.text(tokens[b].start, tokens[i].end)
      let name = genitive ? String(surface.dropLast(2)) : surface
      claim(
        Mention(
          ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: b, last: i, surface: surface,
          isGenitive: genitive))
    }
    // A company named by its domain: "Green.ch", "Etched.ai" (one token, see Tokenizer).
    for i in tokens.indices
    where !claimed[i] && tokens[i].isWord && tokens[i].isCapitalized
      && tokens[i].text.withUTF8Bytes({ $0.contains(UInt8(ascii: ".")) })
    {
      let text = tokens[i].text
      guard !text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), !tokens[i].isHyphenated else { continue }  // "3.5", "Login-Microsoft.co"
      // Not an e-mail address or a sub-domain: "Press@Company.com", "Investor.Apple.com".
      if i > 0, ["@", "."].contains(tokens[i - 1].text), tokens[i - 1].end == tokens[i].start { continue }
      if i + 1 < tokens.count, ["@", "/"].contains(tokens[i + 1].text), tokens[i + 1].start == tokens[i].end { continue }
      // A known company's domain is the company: "Amazon.com".
      let base = String(text.prefix { $0 != "." })
      if let known = lexicon.gazetteer.refsByName[base], known.kind == .organization {
        claim(Mention(ref: known, first: i, last: i, surface: text))
        continue
      }
      claim(Mention(ref: entityRef(sentence, .organization, text, subtype: "company", isMedia: false), first: i, last: i, surface: text))
    }
    // Known names misspelt by one letter ("Micosoft-Vize").
    for i in tokens.indices where !claimed[i] && tokens[i].isCapitalized {
      // A word of a longer capitalised name ("Capital One") is no misspelt "CapitalG".
      if i + 1 < tokens.count, !claimed[i + 1], isNameWord(tokens[i + 1]) { continue }
      if i > 0, !claimed[i - 1], isNameWord(tokens[i - 1]), !isSentenceStart(i - 1, in: tokens) { continue }
      guard let (ref, head) = tokens[i].info.map({ $0.fuzzyMatch }) ?? fuzzyMatch(tokens[i]) else { continue }
      claim(Mention(ref: ref, first: i, last: i, surface: tokens[i].text, head: head))
    }
    // Organisations given as examples ("Unternehmen wie A, B und C"; EntityRecognizer+ExampleLists.swift).
    exampleListOrganizations(in: sentence, claimed: &claimed, found: &found)
    // Organisations told by their context (EntityRecognizer+Context.swift), units by their apposition
    // (EntityRecognizer+Units.swift).
    contextOrganizations(in: sentence, claimed: &claimed, found: &found)
    unitsNamedByApposition(in: sentence, claimed: &claimed, found: &found)
    return townsWithRegions(found.sorted { $0.first < $1.first }, in: sentence)
  }

  /// "RWE Clean Energy" after an organisation noun: the known organisation at `n` (one word, no genitive,
  /// no compound head) and one or two name words after it that no list knows as nouns, first names or time
  /// words, ending the name (nothing capitalised follows). The unit is an organisation of its own.
  private func knownUnit(at n: Int, in sentence: Sentence, claimed: [Bool], found: [Mention]) -> Mention? {
    let tokens = sentence.tokens
    guard let known = found.first(where: { $0.first == n }), known.first == known.last, known.ref.kind == .organization,
      !known.ref.isMedia, known.head == nil, !known.isGenitive
    else { return nil }
    var e = n + 1
    while e < tokens.count, e - n <= 2, !claimed[e], isPlainNameWord(tokens[e]), !tokens[e].isHyphenated {
      e += 1
    }
    guard e > n + 1, e == tokens.count || !tokens[e].isWord || !tokens[e].isCapitalized else { return nil }
    let name = sentence.text(tokens[n].start, tokens[e - 1].end)
    return Mention(ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: n, last: e - 1, surface: name)
  }

  /// The product a known company names with words of its own: two or three capitalised name words after it,
  /// the last a word that ends products' names and no company's (`productNameHeads`: "Cloud", "Suite",
  /// "Platform"), none a German common noun (except the last), nothing capitalised after them.
  private func namedProduct(of m: Mention, in sentence: Sentence, claimed: [Bool]) -> Mention? {
    let tokens = sentence.tokens
    var e = m.last + 1
    while e < tokens.count, e - m.last <= 3, !claimed[e], tokens[e].isWord, tokens[e].isCapitalized, !tokens[e].isHyphenated,
      isNameWordOutsideGazetteer(tokens[e]) || isProductNoun(tokens[e]), !isFirstName(tokens[e])
    {
      e += 1
    }
    guard e > m.last + 1, e == tokens.count || !tokens[e].isWord || !tokens[e].isCapitalized else { return nil }
    let last = tokens[e - 1]
    // (Other product nouns end companies' names too: "LG Energy Solution", "Bosch Software".)
    // (A head alone after the maker is mostly generic: "Microsoft Cloud", "die SAP Cloud".)
    guard EntityRecognizer.productNameHeads.contains(last.text), e - m.last >= 3 else { return nil }
    if (m.last + 1..<(e - 1)).contains(where: { isCommonNoun(tokens[$0]) && !isProductNoun(tokens[$0]) }) { return nil }
    let name = sentence.text(tokens[m.first].start, tokens[e - 1].end)
    return Mention(
      ref: EntityRef(kind: .project, name: name, subtype: nil, maker: m.ref.name, isMedia: false), first: m.first, last: e - 1, surface: name)
  }

  /// Last words of a product's name after its maker's: "AWS European Sovereign Cloud", "SAP Business Platform".
  static let productNameHeads: Set<String> = ["Cloud", "Suite", "Infrastructure", "Platform", "Plattform"]

  /// "St. Charles", "Saint Louis", "San José", "Sankt Augustin": a saint's name opens a place's.
  private func followsSaint(_ i: Int, in tokens: [Token]) -> Bool {
    if i >= 2, tokens[i - 1].text == ".", ["St", "Ste", "Sta"].contains(tokens[i - 2].text) { return true }
    if i >= 1, ["Saint", "Sainte", "San", "Santa", "Santo", "São", "Sankt"].contains(tokens[i - 1].text) { return true }
    // The saint's further names: "Saint John Paul II".
    return i >= 2 && tokens[i - 1].isCapitalized && isFirstName(tokens[i - 1]) && followsSaint(i - 1, in: tokens)
  }

  /// The known name a capitalised word misspells by one letter, with the compound head after it.
  func fuzzyMatch(_ t: Token) -> (ref: EntityRef, head: String?)? {
    let word = t.normalized
    // Without a hyphen the base is the word, and fewer than eight bytes are fewer than eight characters.
    if word.utf8.count < 8 && !t.isHyphenated { return nil }
    // (Without a "-" byte the split gives the word itself.)
    let base = t.isHyphenated ? word.split(separator: "-").first.map(String.init) ?? word : word
    let filters = lexicon.wordSetFilters
    guard base.count >= 8, !filters.firstNames.contains(base, in: lexicon.firstNames),
      !filters.stopwords.contains(base, in: lexicon.stopwords)
    else { return nil }
    let length = base.count
    // Only names of about the word's length can be one edit apart: the word's letters are built only when
    // there is one.
    guard let first = base.first, let names = lexicon.fuzzyNames[first], names.contains(where: { abs($0.length - length) <= 1 })
    else { return nil }
    let letters = Array(base.lowercased())
    guard let ref = names.first(where: { name in
      abs(name.length - length) <= 1 && EntityRecognizer.isOneEditApart(name.letters, letters)
    })?.ref else { return nil }
    let head = base.count < word.count ? String(word.dropFirst(base.count + 1)) : nil
    return (ref, head)
  }

  func isStopword(_ t: Token) -> Bool { t.info?.isStopword ?? lexicon.stopwords.contains(t.text) }
  func isFirstName(_ t: Token) -> Bool { t.info?.isFirstName ?? (lexicon.firstNames.contains(t.text) || lexicon.isFirstNameVariant(t.text)) }

  // MARK: - Pieces

  private func gazetteerMatch(at i: Int, in sentence: Sentence) -> Mention? {
    let tokens = sentence.tokens
    for entry in tokens[i].info?.gazetteerCandidates ?? lexicon.gazetteer.candidates(for: tokens[i]) {
      let n = entry.tokens.count
      guard i + n <= tokens.count else { continue }
      guard (0..<(n - 1)).allSatisfy({ tokens[i + $0].normalized == entry.tokens[$0] }) else { continue }
      // "Reinhold Würth", "Max Viessmann": a one-word company name after a first name is the family's
      // surname (the company named after its founder is named alone), unless the name is a longer entry.
      // So is a one-word place: "Robin Washington", "Michael Jordan" (the lists hold no first name that is a
      // place; a club named so is read as a person too: "Viktoria Köln").
      // (Not after a first name that is a place itself: "Victoria Australia", "Florence Alabama".)
      if n == 1, i >= 1, [.organization, .place].contains(entry.ref.kind), !tokens[i].isHyphenated, tokens[i - 1].isCapitalized,
        isFirstName(tokens[i - 1]), !isStopword(tokens[i - 1]),
        entry.ref.kind == .organization || lexicon.gazetteer.refsByName[tokens[i - 1].text]?.kind != .place
      {
        continue
      }
      // "Jean Dupont", "Herr Dupont", "CEO Dupont": a company's plain variant after a first name, title or role
      // is a surname; before a capitalised word it is part of another name ("Blackrock Mountain").
      if entry.isCaseVariant {
        let k = i > 0 && tokens[i - 1].text == "." && i > 1 ? i - 2 : i - 1
        if k >= 0, tokens[k].isWord,
          isFirstName(tokens[k]) || EntityRecognizer.honorifics.contains(tokens[k].text)
            || (isRoleWord(tokens[k]) && lexicon.roles[tokens[k].text] != .investsIn)  // not "der Großaktionär Blackrock"
          || tokens[k].isHyphenated && tokens[k].parts.contains(where: { lexicon.firstNames.contains(String($0)) })
        {
          continue
        }
        // (A role, designator or legal form may follow: "Blackrock CEO Larry Fink", "Blackrock Inc.".)
        if i + n < tokens.count, tokens[i + n].isWord, tokens[i + n].isCapitalized, !isRoleWord(tokens[i + n]),
          !isOrgDesignator(tokens[i + n]), !lexicon.legalFormFirstWords.contains(tokens[i + n].text)
        {
          continue
        }
      }
      // "the Illinois Department of Commerce": a state's body, not the nation's that the list knows by the
      // same words.
      if entry.ref.subtype == "public", i > 0, tokens[i - 1].isCapitalized,
        lexicon.gazetteer.refsByName[tokens[i - 1].text]?.kind == .place
      {
        continue
      }
      let last = tokens[i + n - 1].normalized
      let expected = entry.tokens[n - 1]
      var surface: String { sentence.text(tokens[i].start, tokens[i + n - 1].end) }  // built only when returned
      if last == expected {
        // A version number belongs to a product's name: "Xeon 6", "Gemini 2.5" (not a year: "Azure 2024"), and
        // so does a tier after it: "Gemini 1.5 Pro", "Claude 3.5 Sonnet" (a known "Claude 3.5" as well).
        if entry.ref.kind == .project {
          var end = i + n - 1
          if end + 1 < tokens.count, EntityRecognizer.isVersionNumber(tokens[end + 1].text) { end += 1 }
          if end + 1 < tokens.count, EntityRecognizer.isVersionNumber(tokens[end].text), lexicon.productTiers.contains(tokens[end + 1].text) {
            end += 1
          }
          if end > i + n - 1 {
            let name = sentence.text(tokens[i].start, tokens[end].end)
            let ref = EntityRef(kind: .project, name: name, subtype: entry.ref.subtype, maker: entry.ref.maker, isMedia: false)
            return Mention(ref: ref, first: i, last: end, surface: name)
          }
        }
        if entry.ref.kind == .organization, let unit = countryUnit(of: entry.ref, at: i, length: n, in: sentence) { return unit }
        return Mention(ref: entry.ref, first: i, last: i + n - 1, surface: surface)
      }
      // "Microsofts", "Microsoft's"; with an apostrophe any name: "AT&T's", "Siemens's".
      // (Lengths compared first: most candidates fail there, without building a string.)
      let (lastLength, expectedLength) = (last.utf8.count, expected.utf8.count)
      if lastLength == expectedLength + 2 && last.hasSuffix("'s") && last.hasPrefix(expected)
        || (lastLength == expectedLength + 1 && expected.count >= 3 && !expected.hasSuffix("s") && last == expected + "s")
      {
        return Mention(ref: entry.ref, first: i, last: i + n - 1, surface: surface, isGenitive: true)
      }
      if last.hasPrefix(expected + "-"), last.count > expected.count + 1 {
        // "US-Chipentwickler", "EU-Regeln": a place as a compound's modifier says where from, not where.
        if entry.ref.kind == .place { continue }
        let head = String(last.dropFirst(expected.count + 1))
        // "der Windows-Konzern", "der iPhone-Hersteller": a product with an organisation noun names its maker
        // (a noun of making, selling or owning: "der F-35-Zulieferer X", "die Taycan-Sparte" name another).
        if entry.ref.kind == .project, let maker = entry.ref.maker, let makerRef = lexicon.gazetteer.refsByName[maker],
          EntityRecognizer.makerHeads.contains(where: { head.lowercased().hasPrefix($0) }),
          [head, String(head.dropLast()), String(head.dropLast(2))].allSatisfy({ lexicon.compoundHeads[$0] == nil }),
          isOrgHeadNoun(Tokenizer.tokens(of: head).first ?? tokens[i])
        {
          return Mention(ref: makerRef, first: i, last: i + n - 1, surface: surface)
        }
        // "Telefónica-Deutschland-Chef": a longer known name before a role.
        if n == 1, entry.ref.kind == .organization, let longer = longerKnownName(tokens[i]) {
          return Mention(ref: longer.ref, first: i, last: i, surface: surface, head: longer.head)
        }
        return Mention(ref: entry.ref, first: i, last: i + n - 1, surface: surface, head: head)
      }
    }
    return nil
  }

  /// Starts of compound heads that name a product's maker: "iPhone-Hersteller", "Windows-Konzern",
  /// "ChatGPT-Entwickler", "ChatGPT-Mutter".
  static let makerHeads = [
    "hersteller", "entwickler", "konzern", "macher", "erfinder", "anbieter", "mutter", "betreiber", "schöpfer", "riese",
    "firma", "unternehmen",
  ]

  /// Words after "<Known> <Country>" that show the country to be an object ("Tesla Deutschland den Rücken zu
  /// kehren", "Huawei Deutschland zu verbieten", "Intel Deutschland als Standort").
  static let nonVerbsAfterUnit: Set<String> = [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "zu", "als", "und", "oder", "mit", "für",
    "the", "a", "an", "to", "as", "and", "or", "with", "for",
  ]

  /// "Telefonica Deutschland trennt sich …", "Orange Spain said …": a known company and a country that open
  /// the sentence before a lower-case word name the company's national unit. German puts one phrase before
  /// the finite verb, so the country cannot be an object there; elsewhere it may be ("stärkt Microsoft
  /// Deutschland als Standort"), and a document names the unit again by the same words (the name resolver
  /// finds those). Nil otherwise.
  private func countryUnit(of ref: EntityRef, at i: Int, length n: Int, in sentence: Sentence) -> Mention? {
    let tokens = sentence.tokens
    let c = i + n
    guard c + 1 < tokens.count, tokens[c].isCapitalized, lexicon.countries.contains(tokens[c].text) else { return nil }
    // A verb, not an article, "zu" or "als" of an infinitive clause ("Tesla Deutschland den Rücken zu kehren").
    let beforeVerb = tokens[c + 1].isWord && !tokens[c + 1].isCapitalized && !EntityRecognizer.nonVerbsAfterUnit.contains(tokens[c + 1].lowercased)
    // The sentence opens with it, perhaps after a dateline ("Berlin (Reuters) - Telefonica Deutschland …").
    let opening = i == 0 || ["-", "–", "—"].contains(tokens[i - 1].text)
    // "Orange Spain CEO Ludovic Pech": a role and the person it names follow.
    let beforeRole = c + 2 < tokens.count && tokens[c + 1].isWord && isRoleWord(tokens[c + 1]) && tokens[c + 2].isCapitalized
    // "CEO of Orange France,", "die Geschäftsführung von Microsoft Deutschland.": the object of a role's
    // link word, closing its phrase.
    let afterLink = i > 0 && ["of", "at", "von", "bei"].contains(tokens[i - 1].lowercased)
      && (!tokens[c + 1].isWord || ["and", "und"].contains(tokens[c + 1].lowercased)) && tokens[c + 1].text != "-"
      // Not two countries: "im Wert von SAP Deutschland und Frankreich".
      && !(c + 2 < tokens.count && tokens[c + 1].isWord && lexicon.countries.contains(tokens[c + 2].text))
    guard (beforeVerb && opening) || beforeRole || afterLink else { return nil }
    let name = sentence.text(tokens[i].start, tokens[c].end)
    return Mention(
      ref: EntityRef(kind: .organization, name: name, subtype: ref.subtype, maker: nil, isMedia: false), first: i, last: c, surface: name)
  }

  /// The known organisation a hyphen compound of several name parts and a role names, with the role as
  /// its head: "Telefónica-Deutschland-Chef" → Telefónica Deutschland (Chef). Nil when the parts before
  /// the role make no longer known name ("Google-Deutschland-Chef" is Google's chief for Germany, as the
  /// held-out gold reads it) or the head is no role ("Google-Cloud-Rechenzentrum").
  private func longerKnownName(_ token: Token) -> (ref: EntityRef, head: String)? {
    let parts = token.text.split(separator: "-").map(String.init)
    guard parts.count >= 3, lexicon.roles[parts[parts.count - 1]] != nil || lexicon.compoundRole(parts[parts.count - 1]) != nil else { return nil }
    for k in stride(from: parts.count - 2, through: 1, by: -1) {
      let name = parts[0...k].joined(separator: " ")
      if let ref = lexicon.gazetteer.refsByName[name], ref.kind == .organization {
        return (ref, parts[(k + 1)...].joined(separator: "-"))
      }
    }
    return nil
  }

  /// A known one-word name written in two words: "Cyrus One" → CyrusOne, "Open AI" → OpenAI; not when a
  /// third capitalised word follows ("Open AI Models").
  private func spacedMatch(at i: Int, in sentence: Sentence) -> Mention? {
    let tokens = sentence.tokens
    guard i + 1 < tokens.count, tokens[i].isCapitalized, tokens[i + 1].isCapitalized, tokens[i + 1].isWord,
      tokens[i + 1].start == tokens[i].end + 1,
      i + 2 == tokens.count || !tokens[i + 2].isWord || !tokens[i + 2].isCapitalized,
      let ref = lexicon.gazetteer.refsByName[tokens[i].text + tokens[i + 1].text], ref.kind == .organization || ref.kind == .project
    else { return nil }
    return Mention(ref: ref, first: i, last: i + 1, surface: sentence.text(tokens[i].start, tokens[i + 1].end))
  }

  func person(_ sentence: Sentence, first: Int, last: Int) -> Mention {
    let surface = sentence.text(sentence.tokens[first].start, sentence.tokens[last].end)
    // An English genitive is no part of the name: "Donald Trump's" → Donald Trump.
    var name = surface
    let genitive = ["'s", "’s"].contains { surface.hasSuffix($0) } && surface.count > 3
    if genitive { name = String(surface.dropLast(2)) }
    let germanGenitive = !genitive && last > first && isGermanGenitive(sentence, last: last)
    if germanGenitive { name = String(surface.dropLast()) }
    return Mention(
      ref: entityRef(sentence, .person, name, subtype: nil, isMedia: false),
      first: first, last: last, surface: surface, isGenitive: genitive || germanGenitive)
  }

  /// Surname endings no German genitive is cut from (`isGermanGenitive`).
  static let surnameEndings = ["is", "us", "os", "as", "es", "ys"]

  /// Whether a person's name of two words or more ending at `last` carries a German genitive "s" ("Elon
  /// Musks KI-Firma xAI", "Sam Altmans Firma"): in a German sentence, a surname ending in a plain "s" that
  /// is no known surname ("Peters", "Gates": `Lexicon.sSurnames`), right before a noun or a name. (The
  /// caller makes sure the name has two words.)
  func isGermanGenitive(_ sentence: Sentence, last: Int) -> Bool {
    let t = sentence.tokens
    guard sentence.language == .de, last >= 1, last + 1 < t.count, t[last - 1].isWord, t[last].isWord else { return false }
    let surname = t[last].text
    guard surname.utf8.count >= 4, surname.hasSuffix("s"), !surname.hasSuffix("ss"), !lexicon.sSurnames.contains(surname) else { return false }
    // Greek, Latin and Baltic names and "-haus" names end in these more often than a genitive makes them:
    // "Demis Hassabis", "Boris Pistorius", "Ola Källenius", "Ralph Brinkhaus".
    guard !EntityRecognizer.surnameEndings.contains(where: { surname.hasSuffix($0) }) else { return false }
    // The word after it opens a noun phrase: a capitalised word or a name spelt with an inner capital ("xAI").
    let next = t[last + 1]
    guard next.isWord else { return false }
    return next.isCapitalized || next.text.unicodeScalars.dropFirst().contains(where: \.properties.isUppercase)
  }

  /// Whether the token at `i` opens the sentence (or a quote or heading line within it).
  func isSentenceStart(_ i: Int, in tokens: [Token]) -> Bool {
    i == 0 || !tokens[i - 1].isWord && [":", "\"", "„", "“", "(", "-", "–"].contains(tokens[i - 1].normalized)
  }

  /// A headline in title case ("Acme Fills Chief Executive Role Following Merger"): every word of four
  /// letters or more is capitalised, and there are at least four of them. Capitalisation says nothing
  /// about names there.
  static func isTitleCase(_ tokens: [Token]) -> Bool {
    var long = 0
    for t in tokens where t.info?.isLongAlphabeticWord ?? isLongAlphabeticWord(t) {
      guard t.isCapitalized else { return false }
      long += 1
    }
    return long >= 4
  }
  /// A word of four letters or more that starts with a letter (what `isTitleCase` counts).
  static func isLongAlphabeticWord(_ t: Token) -> Bool {
    t.isWord && t.text.unicodeScalars.count >= 4 && t.text.unicodeScalars.first!.properties.isAlphabetic
  }


  /// A reference for a name found in the text, shared through the sentence's vocabulary when it has one.
  func entityRef(_ sentence: Sentence, _ kind: NodeKind, _ name: String, subtype: String?, isMedia: Bool)
    -> EntityRef
  {
    sentence.vocabulary?.entityRef(kind: kind, name: name, subtype: subtype, isMedia: isMedia)
      ?? EntityRef(kind: kind, name: name, subtype: subtype, maker: nil, isMedia: isMedia)
  }

  private func matches(_ form: [String], at i: Int, in tokens: [Token]) -> Bool {
    guard i + form.count <= tokens.count else { return false }
    return form.indices.allSatisfy { tokens[i + $0].normalized == form[$0] }
  }

  /// A curated first name used as a surname: capitalised, no function or role word, and nothing
  /// capitalised after it ("Frank Zhang, CEO", "Tim Cook."), so that it closes the name.
  private func isNameEndingFirstName(_ j: Int, in tokens: [Token]) -> Bool {
    let t = tokens[j]
    guard t.isCapitalized, t.text.unicodeScalars.count >= 2, isFirstName(t), !isStopword(t), !isRoleWord(t) else { return false }
    return j + 1 == tokens.count || !tokens[j + 1].isWord || !tokens[j + 1].isCapitalized
  }

  private func isInitial(_ t: Token) -> Bool {
    t.isWord && t.text.unicodeScalars.count == 1 && t.isCapitalized
  }

  /// A capitalised word that could be part of a new name: not a function word, role, first name or
  /// known entity.
  /// (The cached answer inline, the computation out of line: rules ask this for most tokens.)
  @inline(__always)
  func isNameWord(_ t: Token) -> Bool {
    if let info = t.info { return info.isNameWord }
    return isNameWordUncached(t)
  }

  private func isNameWordUncached(_ t: Token) -> Bool {
    guard t.isCapitalized, t.text.unicodeScalars.count >= 2 else { return false }
    return isNameWordOutsideGazetteer(t) && !lexicon.gazetteer.candidates(for: t).contains { $0.tokens.count == 1 }
  }

  /// `isNameWord` without the gazetteer test, for tokens no known name claimed: a word that only starts
  /// a longer known name ("Neustadt" of "Neustadt an der Weinstraße") is still a name. A generated first
  /// name may be a surname ("Sophie Laurent"); only the curated, common first names may not.
  @inline(__always)
  func isNameWordOutsideGazetteer(_ t: Token) -> Bool {
    if let info = t.info { return info.isNameWordOutsideGazetteer }
    return isNameWordOutsideGazetteer(t, isOrgHeadNoun: isOrgHeadNoun(t), isRoleWord: isRoleWord(t))
  }

  /// `isNameWordOutsideGazetteer` given the token's `isOrgHeadNoun` and `isRoleWord` (computed once by
  /// `WordInfo`; autoclosures, so they are evaluated only when asked, as in the test they stand for).
  func isNameWordOutsideGazetteer(_ t: Token, isOrgHeadNoun: @autoclosure () -> Bool, isRoleWord: @autoclosure () -> Bool) -> Bool {
    guard t.isCapitalized, t.text.unicodeScalars.count >= 2 else { return false }
    if lexicon.stopwords.contains(t.text) || lexicon.roles[t.text] != nil || lexicon.curatedFirstNames.contains(t.text) {
      return false
    }
    return !isOrgHeadNoun() && !isRoleWord()
  }

  /// (The cached answer inline, the computation out of line: rules ask this for most tokens.)
  @inline(__always)
  func isRoleWord(_ t: Token) -> Bool {
    if let info = t.info { return info.isRoleWord }
    return isRoleWordUncached(t)
  }

  private func isRoleWordUncached(_ t: Token) -> Bool { isRoleWord(t, compoundRoleOfText: lexicon.compoundRole(t.text)) }

  /// `isRoleWord` of a token without a `WordInfo`, given `lexicon.compoundRole(t.text)` (which `WordInfo`
  /// also needs for `roleRelation`, and computes once).
  func isRoleWord(_ t: Token, compoundRoleOfText: Relation?) -> Bool {
    guard t.isWord else { return false }
    // Also inflected: "IT-Managern", "co-founders", "Gründers".
    func known(_ word: String, compoundRole: @autoclosure () -> Relation?) -> Bool {
      let mayBeRole = lexicon.roleStarts.mayHoldTrimmed(word)  // else no lookup in `roles` can succeed
      if mayBeRole && lexicon.roles[word] != nil || compoundRole() != nil { return true }
      guard mayBeRole, word.count > 3, let last = word.last, "nse".contains(last) else { return false }
      return lexicon.roles[String(word.dropLast())] != nil || lexicon.roles[String(word.dropLast(2))] != nil
    }
    if known(t.text, compoundRole: compoundRoleOfText) { return true }
    let parts = t.parts
    if let last = parts.last, parts.count > 1 {
      let word = String(last)
      if known(word, compoundRole: lexicon.compoundRole(word)) { return true }
    }
    return false
  }

  static let nameParticles: Set<String> = [
    "de", "De", "da", "Da", "van", "Van", "von", "der", "den", "del", "Del", "di", "Di", "du", "Du", "dos", "Le", "La", "al", "bin", "ter",
  ]
  static let speechVerbs: Set<String> = [
    "said", "says", "told", "added", "explained", "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "so",
  ]
  static let personRelatives: Set<String> = ["who", "der", "die", "whose", "dessen", "deren"]

  /// "<Name> <designator>" ("Annapurna Labs", "Quantum Systems"), "<Known> <designator>" ("Bosch Ventures":
  /// a unit of its own for designators marked `unit`, else the known organisation itself) and
  /// "<Name>-Gruppe" compounds. "AI" only after a word that does not look like an adjective ("Generative AI").
  private func designatedOrganization(at i: Int, in sentence: Sentence, claimed: [Bool], found: [Mention]) -> Mention? {
    let tokens = sentence.tokens
    let token = tokens[i]
    /// A new organisation named by the tokens from `first` to the designator.
    func organisation(from first: Int) -> Mention {
      let full = sentence.text(tokens[first].start, token.end)
      return Mention(
        ref: EntityRef(kind: .organization, name: full, subtype: "company", maker: nil, isMedia: false), first: first, last: i, surface: full)
    }
    /// A one-word place that may open a name: "Berlin Partners", not "a campus in Berlin …".
    func placeOpensName(_ m: Mention) -> Bool {
      m.ref.kind == .place && m.first == m.last && !m.isGenitive
        && (m.first == 0 || !EntityRecognizer.locativePrepositions.contains(tokens[m.first - 1].lowercased))
    }
    guard token.isWord, token.isCapitalized else { return nil }
    if token.isHyphenated {
      let parts = token.parts
      guard parts.count == 2, lexicon.compoundOrgDesignators.contains(String(parts[1])), parts[1] != "AI" else { return nil }
      let base = String(parts[0])
      guard base.count >= 2, base.first!.isUppercase, !lexicon.stopwords.contains(base), !hasNounSuffix(base),
        lexicon.roles[base] == nil, !lexicon.firstNames.contains(base)
      else { return nil }
      return Mention(
        ref: EntityRef(kind: .organization, name: token.text, subtype: "company", maker: nil, isMedia: false),
        first: i, last: i, surface: token.text)
    }
    // (Chain designators are capitalised words: the cached bit spares most tokens the lookup.)
    guard i > 0,
      isOrgDesignator(token) || (token.isCapitalized && EntityRecognizer.chainDesignators.contains(token.text))
        || (claimed[i - 1] && EntityRecognizer.knownNameUnits.contains(token.text))
    else { return nil }
    let name = sentence.text(tokens[i - 1].start, token.end)
    if claimed[i - 1] {
      guard token.text != "AI", let known = found.first(where: { $0.last == i - 1 }) else { return nil }
      // "Berlin Partners", "Munich Labs": a one-word place before a designator opens a name (not "in Berlin …").
      if placeOpensName(known), isOrgDesignator(token), i + 1 == tokens.count || !tokens[i + 1].isWord || !tokens[i + 1].isCapitalized {
        return organisation(from: i - 1)
      }
      guard known.ref.kind == .organization, !known.ref.isMedia, known.head == nil, !known.isGenitive else { return nil }
      // A second designator continues the name ("Boardman Bay Capital Management", "IAG Capital Partners"),
      // and a unit designator after a longer known name is a unit of its own ("Lockheed Martin Ventures").
      if isOrgDesignator(tokens[i - 1]) && known.first < i - 1 || (known.first < known.last && EntityRecognizer.unitDesignators.contains(token.text))
        || (EntityRecognizer.isCamelCaseName(tokens[i - 1]) && known.first == known.last && token.text == "Alliance")
      {
        return organisation(from: known.first)
      }
      guard known.first == known.last, isOrgDesignator(token) || EntityRecognizer.knownNameUnits.contains(token.text) else { return nil }
      // "Nokia Siemens Networks": two known names side by side before a designator name a joint venture.
      if let partner = found.first(where: { $0.last == known.first - 1 }), partner.first == partner.last,
        partner.ref.kind == .organization, !partner.ref.isMedia, partner.head == nil, !partner.isGenitive
      {
        return organisation(from: partner.first)
      }
      // ("Securities" not before a capitalised word: "the Apple Securities Litigation".)
      if EntityRecognizer.unitDesignators.contains(token.text),
        !EntityRecognizer.knownNameUnits.contains(token.text) || i + 1 == tokens.count || !tokens[i + 1].isWord || !tokens[i + 1].isCapitalized
      {
        return organisation(from: i - 1)
      }
      return Mention(ref: known.ref, first: i - 1, last: i, surface: name)
    }
    guard isOrgDesignator(token) else { return nil }
    // "Virtus Data Centres": "Data Centres" closes a name only after a further name word.
    let dataCentres = token.text == "Centres" || token.text == "Centers"
    if dataCentres {
      guard tokens[i - 1].text == "Data", i >= 2, !claimed[i - 1] else { return nil }
      // After a known name: "Virtus Data Centres" is a unit of its own.
      if claimed[i - 2] {
        guard let known = found.first(where: { $0.last == i - 2 }), !known.ref.isMedia, known.head == nil, !known.isGenitive,
          known.ref.kind == .organization || placeOpensName(known)
        else { return nil }
        return organisation(from: known.first)
      }
      guard isNameWordOutsideGazetteer(tokens[i - 2]) else { return nil }
    }
    // A unit of a known organisation with a word of its own: "Merantix Venture Fund", "Siemens Building
    // Technologies".
    if isOrgDesignator(token), token.text != "AI", i >= 2, !claimed[i - 1], claimed[i - 2],
      isNameWordOutsideGazetteer(tokens[i - 1]), !isFirstName(tokens[i - 1]),
      let known = found.first(where: { $0.last == i - 2 }), known.ref.kind == .organization, !known.ref.isMedia, known.head == nil,
      !known.isGenitive
    {
      return organisation(from: known.first)
    }
    let word = tokens[i - 1]
    if word.text == "Joint" { return nil }  // "des Joint Ventures „Glasnetz Nord“" is a noun, not a name
    // Unclaimed, so the word may start a longer known name ("Frontier" of "Frontier Model Forum").
    guard token.text == "AI" ? isNameWord(word) : isNameWordOutsideGazetteer(word), !hasNounSuffix(word) else { return nil }
    if token.text == "AI" {
      let lower = word.lowercased
      let adjectiveEndings = ["ing", "ed", "ive", "al", "ic", "ish", "an", "ese", "ble", "ful", "ous", "ent", "ant", "ary", "ory", "ly"]
      if adjectiveEndings.contains(where: { lower.hasSuffix($0) }) { return nil }
      if i + 1 < tokens.count, tokens[i + 1].isCapitalized { return nil }  // a title-case headline
      // Part of a longer capitalised phrase ("the Open Source AI community").
      if i >= 2, tokens[i - 2].isCapitalized, !lexicon.stopwords.contains(tokens[i - 2].text) { return nil }
    }
    // Longer names: "Blue Owl Capital", "Alaska Airlines Group" (up to three words before the designator).
    var b = i - 1
    if token.text != "AI" {
      while b > 0, i - b < 4, !claimed[b - 1], isNameWordOutsideGazetteer(tokens[b - 1]), !hasNounSuffix(tokens[b - 1]),
        // "the New Jersey-headquartered ZT Systems": a compound ending in a lower-case word is no name word.
        tokens[b - 1].parts.last.map({ $0.first?.isUppercase ?? false }) ?? true,
        !isFirstName(tokens[b - 1]),
        // An organisation noun opens no name: "der Münchner VC Vito Ventures"; nor does a relation noun ("die
        // Rotkreuzer Tochter ARP Holding") or a possessor ("Hermann Hauser's Onsight Ventures").
        !isOrgHeadNoun(tokens[b - 1]), lexicon.compoundHeads[tokens[b - 1].text] == nil, !tokens[b - 1].endsInApostropheS,
        // After a German article the first capitalised word is a noun: "der Drohnenbauer Falkwerk Robotics"
        // (unless no list knows it as one: "die Data Center Group", "die Blue Owl Capital").
        b < 2 || !EntityRecognizer.germanArticles.contains(tokens[b - 2].lowercased) || !isCommonNoun(tokens[b - 1])
      {
        b -= 1
      }
      // "Phoenix Tower International", "Berlin Partners": a known place opening the name is part of it
      // (not after a locative preposition: "a campus in Dallas …").
      // (Nor after an unclaimed capitalised word, which would belong to the name too.)
      if b > 0, claimed[b - 1], let place = found.last(where: { $0.last == b - 1 }), placeOpensName(place),
        b == 1 || claimed[b - 2] || !tokens[b - 2].isWord || !tokens[b - 2].isCapitalized || isStopword(tokens[b - 2])
      {
        b -= 1
      }
    }
    // "Senior Vice President for Cloud and Cognitive Software": a title's portfolio, not an organisation.
    var k = b - 1
    if k >= 2, ["and", "&"].contains(tokens[k].lowercased) { k -= 2 }
    if k >= 1, tokens[k].lowercased == "for", isRoleWord(tokens[k - 1]) { return nil }
    return organisation(from: b)
  }

  /// "firms", "companies", "startups": a lower-case organisation noun in the plural.
  private func isPluralEnglishOrgNoun(_ t: Token) -> Bool {
    !t.isCapitalized && t.lowercased.hasSuffix("s") && isOrgHeadNoun(t)
  }

  /// An upper-case letter, at least two lower-case letters, then an upper-case letter and letters only.
  /// `isCamelCase` of the token's text without an English genitive ending ("DigitalBridge's").
  static func isCamelCaseName(_ t: Token) -> Bool {
    isCamelCase(t.endsInApostropheS ? String(t.text.dropLast(2)) : t.text)
  }

  static func isCamelCase(_ text: String) -> Bool {
    if let ascii = isASCIICamelCase(text) { return ascii }
    let scalars = Array(text.unicodeScalars)
    guard scalars.count >= 4, scalars[0].properties.isUppercase, scalars.allSatisfy({ $0.properties.isAlphabetic }),
      !text.hasPrefix("Mc"), !text.hasPrefix("Mac")
    else { return false }
    guard let inner = scalars.indices.dropFirst().first(where: { scalars[$0].properties.isUppercase }), inner >= 3 else { return false }
    return scalars[1..<inner].allSatisfy { $0.properties.isLowercase }
  }

  /// "KI", "SVT", "IBM": two to five capital letters.
  static func isCapitalsAbbreviation(_ text: String) -> Bool {
    (2...5).contains(text.unicodeScalars.count) && text.unicodeScalars.allSatisfy { $0.properties.isUppercase }
  }

  /// "6", "2.5", "100": one to three digits, optionally with a decimal part.
  ///
  /// Read from the bytes: the rule as written (split at "." characters into one or two non-empty parts of
  /// ASCII number characters, the first of at most three) accepts exactly the ASCII digits with at most
  /// one dot between them, since the only ASCII number characters are 0–9 and a non-ASCII byte belongs to
  /// a non-ASCII character. (Splitting and Unicode properties cost 9 K instructions per call.)
  static func isVersionNumber(_ text: String) -> Bool {
    text.withUTF8Bytes { bytes in
      var dots = 0
      var firstPart = 0
      var part = 0
      for b in bytes {
        if b == UInt8(ascii: ".") {
          guard dots == 0, part > 0 else { return false }
          dots = 1
          firstPart = part
          part = 0
        } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
          part += 1
        } else {
          return false
        }
      }
      return part > 0 && (dots == 0 ? part : firstPart) <= 3
    }
  }

  static let germanArticles: Set<String> = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines", "einen"]

  static let englishBuyingVerbs: Set<String> = [
    "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased",
    "invest", "invests", "invested", "investing", "snapped", "snaps",
  ]
  /// Words that may follow an English object: "acquired Zayo in 2020", "… last year", "… for $1 billion".
  static let afterObject: Set<String> = [
    ".", ",", ";", "in", "for", "from", "last", "this", "and", "to", "on", "at", "(", "earlier", "back", "after", "with",
  ]
  static let raisingVerbs: Set<String> = [
    "raised", "raises", "secured", "secures", "closed", "closes", "landed", "lands", "sammelte", "sammelt", "raked", "rakes",
  ]
  /// Verbs of raising that say so without a round in the sentence ("Nerva raised $100 million", "Flink has
  /// raked in €150 million").
  static let plainRaisingVerbs: Set<String> = ["raised", "raises", "secured", "secures", "sammelte", "sammelt", "raked", "rakes"]
  static let moneyScales: Set<String> = ["million", "millionen", "mio", "billion", "milliarden", "mrd"]
  static let foundingParticiples: Set<String> = ["founded", "co-founded", "formed", "incorporated", "gegründet", "mitgegründet"]
  static let basedSuffixes: Set<String> = ["based", "headquartered", "basierte", "basierten"]
  /// "Hochschule", "Martin-Luther-Universität": a capitalised word ending in an institution's noun, which
  /// is part of the name after it.
  func isInstitutionHead(_ t: Token) -> Bool {
    t.isCapitalized && EntityRecognizer.institutionHeads.contains { t.normalized.hasSuffix($0) }
  }

  /// "Sweden-based", "Munich-headquartered": a hyphen compound whose last part is a word of `basedSuffixes`.
  static func isBasedCompound(_ t: Token) -> Bool {
    guard t.isHyphenated, let last = t.parts.last else { return false }
    return basedSuffixes.contains(String(last).lowercased())
  }
  /// Words that give a name after a noun: "ein Start-up namens Zorbix", "a subsidiary called X", "Windpark
  /// namens Peyton Creek II".
  static let organisationNamingWords: Set<String> = ["namens", "called"]
  /// Words after which "in <Name>" names a place: "headquartered in Coppell", "mit Sitz in Hürth".
  static let seatWords: Set<String> = ["headquartered", "based", "sitz", "hauptsitz", "firmensitz", "ansässig"]
  /// Prepositions after which a place is where, not part of a name: "a campus in Dallas …".
  static let locativePrepositions: Set<String> = ["in", "im", "aus", "from", "near", "nahe", "bei"]
  static let placePrefixes: Set<String> = ["New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"]
  static let facilityNouns: Set<String> = [
    "campus", "center", "centre", "facility", "plant", "factory", "fab", "headquarters", "rechenzentrum", "werk",
    "fabrik", "standort", "campus", "hauptsitz", "zentrale", "niederlassung",
  ]
  /// Nouns of a joint company that a quoted name may follow: des Joint Ventures „Glasfaser Nordwest“.
  static let ventureNouns: Set<String> = ["venture", "ventures", "joint-venture", "joint-ventures", "gemeinschaftsunternehmen"]
  static let projectIntroducers: Set<String> = [
    "projekt", "project", "plattform", "platform", "initiative", "programm", "program", "dubbed", "called", "named",
    "codenamed", "genannt", "namens", "titel", "namen", "name", "lösung", "solution",
    // Facilities and machines with a quoted name: die Anlage „FRA7“, seinen Supercomputer „Juwels“.
    "anlage", "rechenzentrum", "campus", "facility", "supercomputer", "rechner", "modell", "model",
  ]

  /// `„Industrial Data Cloud“` after a word that introduces a name ("Projekt", "dubbed", "called"),
  /// and "Project <Name>" (also inside such quotes).
  private func projectName(at i: Int, in sentence: Sentence, claimed: [Bool]) -> Mention? {
    let tokens = sentence.tokens
    func project(_ a: Int, _ b: Int) -> Mention {
      let name = sentence.text(tokens[a].start, tokens[b].end)
      return Mention(ref: EntityRef(kind: .project, name: name, subtype: nil, maker: nil, isMedia: false), first: a, last: b, surface: name)
    }
    // ("ein Start-up namens „Ecoligo“": after an organisation noun and a naming word, an organisation.)
    // ("ihre „Industrial AI Cloud“": a possessive right before a quoted name of two words or more, none a
    // common noun alone.)
    // (After an article, the last word must name a built or made thing: "eine „Industrial AI Cloud“", "des
    // „Schwarz Digits Datacenter“"; not "der „Financial Times“", "der „Latent Diffusion“".)
    // (The quote mark first: the word before is looked up only there.)
    if tokens[i].is(.quoteMark), i >= 1, i + 3 < tokens.count {
      let before = tokens[i - 1].lowercased
      let possessive = RelationExtractor.singularPossessives.contains(before) || ["ihre", "ihren", "their"].contains(before)
      let j = possessive || RelationExtractor.determiners.contains(before) ? quotedNameEnd(from: i + 1, tokens, claimed) : i
      if j - i >= 3, j < tokens.count, tokens[j].normalized == "\"", (i + 1..<j).contains(where: { !isCommonNoun(tokens[$0]) }),
        possessive || isBuiltThingHead(tokens[j - 1]), (i + 1..<j).contains(where: { !claimed[$0] }), mayTakeInKnownNames(i + 1, j - 1, tokens, claimed)
      {
        return project(i + 1, j - 1)
      }
    }
    if tokens[i].is(.quoteMark), i > 0, let intro = (max(0, i - 2)..<i).last(where: { EntityRecognizer.projectIntroducers.contains(tokens[$0].lowercased) }) {
      // ("called" only after an indefinite noun phrase: "The company called "Greenwashing" a myth" is a verb.)
      let organisation = intro >= 1 && EntityRecognizer.organisationNamingWords.contains(tokens[intro].lowercased) && isOrgHeadNoun(tokens[intro - 1])
        && (tokens[intro].lowercased == "namens"
          || (max(0, intro - 4)..<(intro - 1)).contains(where: { RelationExtractor.indefiniteArticles.contains(tokens[$0].lowercased) }))
      func named(_ a: Int, _ b: Int) -> Mention {
        let name = sentence.text(tokens[a].start, tokens[b].end)
        return Mention(
          ref: organisation ? entityRef(sentence, .organization, name, subtype: "company", isMedia: false)
            : EntityRef(kind: .project, name: name, subtype: nil, maker: nil, isMedia: false),
          first: a, last: b, surface: name)
      }
      var j = quotedNameEnd(from: i + 1, tokens, claimed, numbers: true)
      var last = j - 1
      if j < tokens.count, tokens[j].text == ".", j + 1 < tokens.count, tokens[j + 1].normalized == "\"" { j += 1 }
      guard last > i, j < tokens.count, tokens[j].normalized == "\"", (i + 1...last).contains(where: { !claimed[$0] }),
        mayTakeInKnownNames(i + 1, last, tokens, claimed)
      else { return nil }
      if tokens[i + 1].text == "Project" || last > i + 1 || !lexicon.stopwords.contains(tokens[last].text) {
        while last > i + 1, lexicon.stopwords.contains(tokens[last].text) && tokens[last].text.count < 2 { last -= 1 }
        return named(i + 1, last)
      }
      return nil
    }
    // "Mit der sogenannten Smart Power Fab", "the so-called Hermes Reactor": two to four name words after
    // "sogenannt"/"so-called", the last not a German noun ("die sogenannte Künstliche Intelligenz" is none).
    // (The word before is lower case and starts with "s": most tokens are spared the hashed lookup.)
    if tokens[i].isCapitalized, i > 0, tokens[i - 1].isWord, !tokens[i - 1].isCapitalized, tokens[i - 1].text.utf8.first == UInt8(ascii: "s"),
      EntityRecognizer.soCalled.contains(tokens[i - 1].lowercased)
    {
      var j = i
      // (An abbreviation inside the name is no stopword there: "die sogenannte Industrial AI Cloud".)
      while j < tokens.count, j - i < 4, !claimed[j], tokens[j].isWord, tokens[j].isCapitalized, !tokens[j].isHyphenated,
        !lexicon.stopwords.contains(tokens[j].text) || (j > i && tokens[j].text.unicodeScalars.allSatisfy { $0.properties.isUppercase })
      {
        j += 1
      }
      let words = tokens[i..<j]
      // Only a built or made thing: its last word a facility or product noun ("Fab", "Reactor", "Cloud"),
      // not "the so-called Magnificent Seven", "Big Tech", "Global South".
      // (One word at least is no German noun, nor the last unless it is a loanword head: "der sogenannte
      // Ultra Low Power Chip", not "die sogenannte Künstliche Intelligenz", "die sogenannten Hyperscaler
      // Rechenzentren"; a town may name it: "die sogenannte Dresden Fab".)
      if words.count >= 2, j == tokens.count || !tokens[j].isWord || !tokens[j].isCapitalized, let last = words.last,
        words.contains(where: { !isCommonNoun($0) && !hasNounSuffix($0) }), words.allSatisfy({ !isFirstName($0) && !isRoleWord($0) }),
        !isCommonNoun(last) || EntityRecognizer.builtThingHeads.contains(last.lowercased),
        last.siteKind(in: lexicon) == .facility || lexicon.isProductNoun(last) || EntityRecognizer.builtThingHeads.contains(last.lowercased),
        words.allSatisfy({ lexicon.gazetteer.refsByName[$0.text].map { $0.kind == .place } ?? true })
      {
        return project(i, j - 1)
      }
    }
    // ("Project" is capitalised: the cached bit first.)
    if tokens[i].isCapitalized, tokens[i].text == "Project", i + 1 < tokens.count, !claimed[i + 1], isNameWord(tokens[i + 1]) {
      return project(i, i + 1)
    }
    // German "das Projekt Gaia": the name word after the noun.
    if tokens[i].isCapitalized, tokens[i].text == "Projekt", i + 1 < tokens.count, !claimed[i + 1], isProjectNameWord(tokens[i + 1]) {
      return project(i + 1, i + 1)
    }
    // "<Name>-Projekt" names the project <Name>; "<Name>-Initiative" is the initiative's name as written
    // (not "KI-Projekt", "Pilot-Projekt", "Siemens-Projekt": an abbreviation, a common noun, a known name).
    if tokens[i].isHyphenated, tokens[i].isCapitalized {
      let parts = tokens[i].parts
      guard parts.count >= 2, let head = parts.last, EntityRecognizer.projectHeads.contains(String(head)) else { return nil }
      let name = parts.dropLast().joined(separator: "-")
      let words = Tokenizer.tokens(of: name)
      guard words.count == 1, isProjectNameWord(words[0]) else { return nil }
      if head == "Initiative" { return project(i, i) }
      return Mention(
        ref: EntityRef(kind: .project, name: name, subtype: nil, maker: nil, isMedia: false), first: i, last: i, surface: tokens[i].text)
    }
    return nil
  }

  /// "Voith-Chef Dirk Hoke", "Slack-Gründer Stewart Butterfield": a plain name word (no German noun or its
  /// stem: not "Vorstands-Chef", "Finanz-Chef"; no first name, place, department or known word) before a
  /// role, with a person's first name right after the compound.
  func isBrandBeforePerson(_ name: String, _ i: Int, _ tokens: [Token]) -> Bool {
    guard i + 2 < tokens.count, isFirstName(tokens[i + 1]), tokens[i + 2].isCapitalized, !name.contains("-"),
      // Not the last word of a longer name ("Trade Republic-Gründer") or a department ("Digital-Chefin");
      // adverbs capitalised at the sentence's start are stopwords ("Noch-Chef").
      i == 0 || !tokens[i - 1].isWord || !tokens[i - 1].isCapitalized || isSentenceStart(i, in: tokens) || isStopword(tokens[i - 1]),
      !lexicon.rolePortfolios.contains(name)
    else { return false }
    let words = Tokenizer.tokens(of: name)
    guard words.count == 1, isPlainNameWord(words[0]) else { return false }
    var stems = [name, name + "en", name + "e", name + "n"]
    if name.hasSuffix("s") { stems.append(String(name.dropLast())) }
    return !stems.contains { lexicon.germanCommonNouns.contains($0) }
  }

  /// The end (exclusive) of a quoted name's words from `start`, at most five: capitalised words (with
  /// `numbers`, also words starting with a digit), and "for/of/on/and/&" between two of them ("OpenAI for
  /// Germany"). Known names may stand inside ("„Schwarz Digits Datacenter“"): the callers take the quoted
  /// name only when it is more than known names.
  func quotedNameEnd(from start: Int, _ tokens: [Token], _ claimed: [Bool], numbers: Bool = false) -> Int {
    var j = start
    while j < tokens.count, j - start < 5, tokens[j].isWord {
      if tokens[j].isCapitalized || (numbers && tokens[j].text.first!.isNumber) {
        j += 1
      } else if j > start, j + 1 < tokens.count, EntityRecognizer.nameJoiners.contains(tokens[j].text), tokens[j + 1].isWord,
        tokens[j + 1].isCapitalized
      {
        j += 2
      } else {
        break
      }
    }
    return j
  }

  static let nameJoiners: Set<String> = ["for", "of", "on", "and", "&"]

  /// Whether a quoted name from `a` to `b` may take in the known names inside it: always when none is
  /// known; else only a built or made thing ("„Schwarz Digits Datacenter“") or an offer "for/of/on" someone
  /// ("„OpenAI for Germany“"), and never names joined by "and/&" ("Siemens and Altair"). A company's new
  /// name ("unter dem Namen „Aleph Alpha Research“") keeps the known name.
  func mayTakeInKnownNames(_ a: Int, _ b: Int, _ tokens: [Token], _ claimed: [Bool]) -> Bool {
    guard (a...b).contains(where: { claimed[$0] }) else { return true }
    if (a...b).contains(where: { ["and", "&"].contains(tokens[$0].text) }) { return false }
    return isBuiltThingHead(tokens[b]) || (a...b).contains(where: { ["for", "of", "on"].contains(tokens[$0].text) })
  }

  /// Whether a word may end the name of a built or made thing: a facility or product noun, or a head of
  /// `builtThingHeads` ("Cloud", "Datacenter", "Fab").
  func isBuiltThingHead(_ t: Token) -> Bool {
    t.siteKind(in: lexicon) == .facility || lexicon.isProductNoun(t) || EntityRecognizer.builtThingHeads.contains(t.lowercased)
  }

  /// Heads of a named built thing after "sogenannte" that may be German nouns too ("Campus", "Chip").
  static let builtThingHeads: Set<String> = [
    "reactor", "reaktor", "supercomputer", "gigafactory", "hub", "park", "cluster", "campus", "cloud", "chip", "fab",
    "datacenter", "datacentre",
  ]
  /// Words that introduce a name as such: "die sogenannte Smart Power Fab", "the so-called Hermes Reactor".
  static let soCalled: Set<String> = ["sogenannte", "sogenannten", "sogenannter", "sogenanntes", "sogenanntem", "so-called"]

  /// Heads of a compound that name a project: "SOOFI-Projekt", "Gaia-Initiative".
  static let projectHeads: Set<String> = ["Projekt", "Projekts", "Projektes", "Initiative", "Programm", "Programms"]

  /// A word that may name a project: a name word of at least three letters that no list knows as a
  /// common noun, an entity or a stopword.
  private func isProjectNameWord(_ t: Token) -> Bool {
    t.isWord && t.text.unicodeScalars.count >= 3 && isNameWord(t) && !isCommonNoun(t) && !hasNounSuffix(t) && !isFirstName(t)
      && !isRoleWord(t) && lexicon.gazetteer.candidates(for: t).isEmpty
  }

  /// A capitalised word of one or two toneless pinyin syllables: "Jie", "Guoquan", "Ruiwen".
  func isPinyinGivenName(_ word: String) -> Bool {
    let scalars = Array(word.unicodeScalars)
    guard (2...10).contains(scalars.count), scalars[0].properties.isUppercase, scalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }),
      scalars.dropFirst().allSatisfy({ $0.properties.isLowercase })
    else { return false }
    let lower = word.lowercased()
    if lexicon.pinyinSyllables.contains(lower) { return true }
    for cut in 1..<lower.count where lexicon.pinyinSyllables.contains(String(lower.prefix(cut))) {
      if lexicon.pinyinSyllables.contains(String(lower.dropFirst(cut))) { return true }
    }
    return false
  }

  /// Words that continue a designated name but open none: "Boardman Bay Capital Management".
  static let chainDesignators: Set<String> = ["Management", "Manufacturing"]
  /// Forms of address before a surname: "Herr Dupont", "Mrs Dupont", "Prof. Dupont".
  static let honorifics: Set<String> = personTitles.union([
    "Professor", "Professorin", "Miss", "Lady", "Herr", "Herrn", "Frau", "Monsieur", "Madame", "Senator", "Minister", "Ministerin",
    "General", "Inspector", "Detective", "Judge", "Richter", "Richterin",
  ])
  /// Words between a role and its organisation: "der Chef der Telekom", "CEO of the company".
  static let roleOrganisationLinks: Set<String> = ["der", "des", "the", "von", "of", "at", "bei"]
  /// Designators that, after a known organisation, name a unit of its own ("Bosch Ventures").
  static let unitDesignators: Set<String> = ["Ventures", "Capital", "Labs", "Lab", "Fund", "Securities"]
  /// Unit designators that name a unit only after a known name ("Samsung Securities"), not after any word
  /// ("US Securities regulators", "the Federal Securities Act").
  static let knownNameUnits: Set<String> = ["Securities"]

  /// (The cached answer inline, the computation out of line: rules ask this for most tokens.)
  @inline(__always)
  func isOrgHeadNoun(_ t: Token) -> Bool {
    if let info = t.info { return info.isOrgHeadNoun }
    return isOrgHeadNounUncached(t)
  }

  private func isOrgHeadNounUncached(_ t: Token) -> Bool {
    guard t.isWord else { return false }
    // The word, or its last hyphen part ("KI-Start-up" → "Start-up" is tried too), minus an inflection.
    var bases = [t.normalized]
    if t.isHyphenated {
      let parts = t.parts
      for k in 1..<parts.count { bases.append(parts[k...].joined(separator: "-")) }
      // Heads that count only in compounds, after a name: "Bethesda-Mutter", not "Helikopter-Mutter", "Ex-Tochter".
      if lexicon.orgHeadNouns.contains("-" + parts[parts.count - 1]) {
        let before = String(parts[parts.count - 2])
        return before.count >= 3 && before.first?.isUppercase == true && !lexicon.germanCommonNouns.contains(before)
      }
    }
    // (A base whose start begins no head, even without one or two final characters, is skipped.)
    for base in bases where lexicon.orgHeadNounStarts.mayHoldTrimmed(base) {
      if lexicon.orgHeadNouns.contains(base) { return true }
      for suffix in ["s", "en", "n", "e", "es"] where base.hasSuffix(suffix) {
        if lexicon.orgHeadNouns.contains(String(base.dropLast(suffix.count))) { return true }
      }
      // "companies", "subsidiaries": an English plural of a noun ending in "y".
      if base.hasSuffix("ies"), lexicon.orgHeadNouns.contains(base.dropLast(3) + "y") { return true }
    }
    // A closed German compound ending in a head noun: "Softwareanbieter", "Chipkonzerns".
    if t.isCapitalized, t.normalized.count >= 9 {
      let word = bases.last!.lowercased()
      let length = word.count
      // Only the forms (head, head + "s", + "n", + "en") that may end the word are tried.
      for form in lexicon.compoundOrgHeadForms.candidates(endingLike: word)
      where length >= lexicon.compoundOrgHeadLengths[form.owner] + 3 && word.hasSuffix(form.text) {
        return true
      }
    }
    return false
  }

  func hasNounSuffix(_ word: String) -> Bool {
    // ASCII words are compared by bytes (`ASCIIAffix`), with the answers of `hasSuffix`.
    word.withASCIIBytes { ascii in lexicon.nounSuffixAffixes.contains { $0.isSuffix(of: word, ascii: ascii) } }
  }

  /// `hasNounSuffix` of the token's text, cached in its `WordInfo` when it has one.
  func hasNounSuffix(_ t: Token) -> Bool { t.info?.hasNounSuffix ?? hasNounSuffix(t.text) }

  /// Whether the token as written is an organisation designator ("Labs", "Systems"), cached in its
  /// `WordInfo` when it has one.
  func isOrgDesignator(_ t: Token) -> Bool { t.info?.isOrgDesignator ?? lexicon.orgDesignators.contains(t.text) }

  /// Whether two words differ by one inserted, deleted or replaced character.
  static func isOneEditApart(_ a: String, _ b: String) -> Bool {
    isOneEditApart(Array(a.lowercased()), Array(b.lowercased()))
  }

  /// `isOneEditApart` of two words' lower-case characters.
  static func isOneEditApart(_ x: [Character], _ y: [Character]) -> Bool {
    if x == y || abs(x.count - y.count) > 1 { return false }
    var i = 0
    var j = 0
    var edits = 0
    while i < x.count && j < y.count {
      if x[i] == y[j] {
        i += 1
        j += 1
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
    }
    return edits + (x.count - i) + (y.count - j) <= 1
  }
}
