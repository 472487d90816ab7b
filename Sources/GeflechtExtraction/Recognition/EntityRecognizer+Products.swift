import GeflechtCore

/// A list of products after a product noun: "die Photonik-Software von Synopsys, einschließlich Code V,
/// LightTools und RSoft", "Produkte wie X und Y", "chips such as the Maia 100 and Cobalt".
///
/// The noun (`product_nouns.txt`, by its ending) may be followed by its maker ("von/of <Name>") and a
/// comma; then a list word (`productListWords`) opens the list. Every item is one to four name tokens
/// (capitalised, "iPhone"-like, or a number or a capital letter after the first: "Maia 100", "Code V"),
/// items are separated by commas and "und/and/sowie/oder/or", and the list ends at any other token. An
/// item no list knows becomes a project, and a maker no list knows an organisation. The list ends before
/// the first item that is a common noun, a stopword or a role ("…, RSoft und ImSym, sowie die Software
/// zur …"), and so is empty when its first item is one ("Lösungen wie Textverarbeitung und
/// Tabellenkalkulation"): only names are read.
///
/// - Complexity: O(n) for n tokens: only list words start a search, which looks at most six tokens back.
struct ProductList {
  /// The product noun.
  let noun: Int
  /// The tokens of the maker after "von/of", if the noun has one there.
  let maker: ClosedRange<Int>?
  /// The items' token ranges.
  let items: [ClosedRange<Int>]
}

extension EntityRecognizer {
  /// Words that open a list of examples after a product noun.
  static let productListWords: Set<String> = [
    "wie", "einschließlich", "inklusive", "darunter", "namentlich", "including", "like", "such", "namely",
  ]
  /// Words that join a list's items.
  static let productListJoiners: Set<String> = [",", "und", "and", "sowie", "oder", "or"]
  /// What may follow an item: a joiner or the end of the phrase, not a symbol that goes on with the name.
  static let productItemEnds: Set<String> = [",", ".", ";", ":", ")", "(", "!", "?", "\"", "-", "–"]
  /// Articles an item may start with ("chips such as the H100").
  static let productItemArticles: Set<String> = ["der", "die", "das", "den", "dem", "the"]

  /// The product list whose list word is at `w`, or nil.
  func productList(at w: Int, in tokens: [Token]) -> ProductList? {
    guard tokens[w].is(.productListWord), w >= 1 else { return nil }
    var start = w + 1
    if tokens[w].lowercased == "such" {
      guard start < tokens.count, tokens[start].lowercased == "as" else { return nil }
      start += 1
    }
    // Back to the noun: past a comma and a maker "von <Name>" of up to three words.
    var k = w - 1
    if tokens[k].is(.comma) { k -= 1 }
    var maker: ClosedRange<Int>? = nil
    var j = k
    while j >= 0, k - j < 3, tokens[j].isWord, tokens[j].isCapitalized { j -= 1 }
    if j < k, j >= 1, ["von", "of", "vom"].contains(tokens[j].lowercased) {
      maker = (j + 1)...k
      k = j - 1
    }
    guard k >= 0, isProductNoun(tokens[k]) else { return nil }
    // The items.
    var items: [ClosedRange<Int>] = []
    var coordinated = false
    var i = start
    while i < tokens.count {
      while i < tokens.count, EntityRecognizer.productItemArticles.contains(tokens[i].lowercased) { i += 1 }
      var e = i
      while e < tokens.count, e - i < 4, isProductItemToken(tokens[e], first: e == i) { e += 1 }
      guard e > i else { break }
      // A name that goes on in a symbol ("Disney+") or a domain ("Booking.com") is no item of this list.
      if e < tokens.count, !tokens[e].isWord, !EntityRecognizer.productItemEnds.contains(tokens[e].normalized) { break }
      items.append(i...(e - 1))
      // A joiner, or a comma and a joiner ("A, B, and C"), continues the list; after "A and B" a comma alone
      // ends it ("Apps like A and B, A's CEO said").
      guard e < tokens.count, EntityRecognizer.productListJoiners.contains(tokens[e].lowercased) else { break }
      i = e + 1
      if tokens[e].is(.comma) {
        if i < tokens.count, ["und", "and", "sowie", "oder", "or"].contains(tokens[i].lowercased) {
          i += 1
        } else if coordinated {
          break
        }
      } else {
        coordinated = true
      }
    }
    guard !items.isEmpty else { return nil }
    return ProductList(noun: k, maker: maker, items: items)
  }

  /// A product noun by its ending (`product_nouns.txt`): "Software", "Photonik-Software", "Sprachmodelle",
  /// "chips". German nouns are capitalised, English ones are not.
  func isProductNoun(_ t: Token) -> Bool { lexicon.isProductNoun(t) }

  /// A token an item's name may hold: a capitalised word or one like "iPhone", and after the first also a
  /// number or a capital letter alone ("Maia 100", "Code V").
  func isProductItemToken(_ t: Token, first: Bool) -> Bool {
    guard t.isWord, !t.text.utf8.contains(UInt8(ascii: ".")) else { return false }
    if t.isCapitalized { return true }
    let scalars = t.text.unicodeScalars
    if scalars.first!.properties.isLowercase {
      // "iPhone", "xScale": a lower-case letter, then a capital.
      return scalars.count >= 3 && scalars.dropFirst().first!.properties.isUppercase
    }
    return !first && EntityRecognizer.startsWithDigit(t)
  }

  /// The items that read as names, up to the first that does not: an item is no name when it is a common
  /// noun, a stopword, a role or a first name alone, or has a common noun or stopword after its first word
  /// ("Code V" is a name, "Cloud Dienste" is not). Empty when the first item is no name ("Lösungen wie
  /// Textverarbeitung und Tabellenkalkulation"); "…, RSoft und ImSym, sowie die Software zur …" ends
  /// before "Software".
  func namedItems(of list: ProductList, in tokens: [Token], claimed: [Bool]) -> ArraySlice<ClosedRange<Int>> {
    // After a German noun ("Geräte wie Luftreiniger"), a long lower-case word in "-er" is a compound noun.
    let germanNoun = tokens[list.noun].isCapitalized && !tokens[list.noun].text.hasSuffix("s")
    let end = list.items.firstIndex { item in
      if item.contains(where: { claimed[$0] }) { return !item.allSatisfy { claimed[$0] } }
      let head = tokens[item.lowerBound]
      // (A first name opens a person's name: "Modelle wie Heidi Klum" are fashion models.)
      if isStopword(head) || isRoleWord(head) || isOrgHeadNoun(head) || isFirstName(head) { return true }
      if item.count == 1 {
        return isCommonNoun(head) || hasNounSuffix(head) || head.text.unicodeScalars.count < 2
          || (germanNoun && isGermanAgentNoun(head))
      }
      return item.dropFirst().contains { k in isStopword(tokens[k]) || (isCommonNoun(tokens[k]) && tokens[k].text.count > 3) }
    }
    return list.items[..<(end ?? list.items.count)]
  }

  /// "Luftreiniger", "Wärmetauscher": a word of eight letters or more, lower-case after its capital, ending in
  /// "-er" (a German agent noun), which no list of common nouns need hold.
  private func isGermanAgentNoun(_ t: Token) -> Bool {
    let scalars = t.text.unicodeScalars
    return scalars.count >= 8 && t.text.hasSuffix("er") && scalars.dropFirst().allSatisfy { $0.properties.isLowercase }
  }

  /// Projects for the unknown items of product lists (see `ProductList`).
  func productListItems(in sentence: Sentence, claimed: [Bool]) -> [Mention] {
    let tokens = sentence.tokens
    var result: [Mention] = []
    for w in tokens.indices where tokens[w].is(.productListWord) {
      guard let list = productList(at: w, in: tokens) else { continue }
      let items = namedItems(of: list, in: tokens, claimed: claimed)
      for item in items where !claimed[item.lowerBound] {
        let name = sentence.text(tokens[item.lowerBound].start, tokens[item.upperBound].end)
        result.append(
          Mention(
            ref: entityRef(sentence, .project, name, subtype: nil, isMedia: false), first: item.lowerBound, last: item.upperBound,
            surface: name))
      }
      // The maker no list knows: "die Grafik-Software von Quorvex, einschließlich …" names an organisation.
      if !items.isEmpty, let maker = list.maker, !claimed[maker.lowerBound],
        let end = unknownNameRun(from: maker.lowerBound, in: tokens, claimed: claimed), end == maker.upperBound + 1
      {
        let name = sentence.text(tokens[maker.lowerBound].start, tokens[maker.upperBound].end)
        result.append(
          Mention(
            ref: entityRef(sentence, .organization, name, subtype: "company", isMedia: false), first: maker.lowerBound,
            last: maker.upperBound, surface: name))
      }
    }
    return result
  }
}

/// Products named between their maker's genitive and a product noun: "Tesla’s AI 4 chips",
/// "Caterpillar’s latest G3520K generator sets", "Equinix’s xScale data center platform". A known
/// organisation's genitive, up to two lower-case modifiers ("latest", "next-generation"), one to three name
/// tokens no list knows (capitalised or "xScale"-like, then also numbers; perhaps in quotes), up to two
/// lower-case nouns and a product noun (`product_nouns.txt`). The first name token is no adjective or
/// demonym ("European"), time word ("Christmas") or quarter ("Q3"), and no lone abbreviation ("IT services").
///
/// - Complexity: O(n) for n tokens: each genitive looks at most ten tokens ahead.
extension EntityRecognizer {
  func possessedProducts(in sentence: Sentence, claimed: [Bool], found: [Mention]) -> [Mention] {
    let tokens = sentence.tokens
    var result: [Mention] = []
    for m in found where m.isGenitive && m.ref.kind == .organization && !m.ref.isMedia && m.head == nil {
      var a = m.last + 1
      while a < tokens.count, a - m.last <= 2, tokens[a].isWord, !tokens[a].isCapitalized, !isProductItemName(tokens[a], first: true) { a += 1 }
      // A quoted name: Nvidia’s next-generation “Vera Rubin” superchips.
      let quoted = a < tokens.count && tokens[a].is(.quoteMark)
      if quoted { a += 1 }
      guard a < tokens.count, !claimed[a], !EntityRecognizer.looksLikeAdjective(tokens[a].text), !isTimeWord(tokens[a]),
        !EntityRecognizer.isQuarter(tokens[a].text)
      else { continue }
      var e = a
      // "AI 4": a stopword with a number names a model.
      if a + 1 < tokens.count, tokens[a].isCapitalized, isStopword(tokens[a]), EntityRecognizer.startsWithDigit(tokens[a + 1]) { e += 1 }
      while e < tokens.count, e - a < 3, !claimed[e], isProductItemName(tokens[e], first: e == a) { e += 1 }
      let nameEnd = e
      if quoted {
        // An unclosed quote names nothing.
        guard e < tokens.count, tokens[e].is(.quoteMark) else { continue }
        e += 1
      }
      // Up to two lower-case nouns before the product noun: "xScale data center platform".
      var n = e
      while n < tokens.count, n - e < 2, tokens[n].isWord, !tokens[n].isCapitalized, !isProductNoun(tokens[n]), !tokens[n].is(.preposition) { n += 1 }
      guard nameEnd > a, n < tokens.count, isProductNoun(tokens[n]), !tokens[n].isCapitalized else { continue }
      // A lone abbreviation of a common thing names no product: "Bertelsmann's IT services arm".
      if nameEnd == a + 1, EntityRecognizer.isAbbreviationWithoutDigit(tokens[a]) { continue }
      let name = sentence.text(tokens[a].start, tokens[nameEnd - 1].end)
      result.append(Mention(ref: entityRef(sentence, .project, name, subtype: nil, isMedia: false), first: a, last: nameEnd - 1, surface: name))
    }
    return result
  }

  /// "Q3", "Q4": a quarter of a year.
  static func isQuarter(_ word: String) -> Bool {
    word.count == 2 && word.first == "Q" && word.last.map { ("1"..."4").contains($0) } == true
  }

  /// A token of a product's name: capitalised, or "xScale"-like, or after the first a number; no common
  /// noun, stopword, role or first name.
  /// (`nounsAreNames`: in English text a German noun's spelling is a name.)
  private func isProductItemName(_ t: Token, first: Bool, nounsAreNames: Bool = false) -> Bool {
    guard isProductItemToken(t, first: first) else { return false }
    if !t.isCapitalized { return true }
    return !isStopword(t) && !isRoleWord(t) && !isFirstName(t) && !isOrgHeadNoun(t) && (!first || nounsAreNames || !isCommonNoun(t))
  }
}

/// Products named by the product noun before or after them, with no maker's name: "das hauseigene
/// Sprachmodell Luminous", "ein eigenes Bildmodell namens Aurora", "the humanoid robot Apollo" (the noun
/// first), and in English "its own C1 modem", "the MO360 data platform", "its next-generation MI400
/// accelerators" (the noun last, `product_nouns.txt`).
///
/// An English noun before the name is singular ("the drones Baykar builds" is a relative clause).
/// The phrase opens with an article or a possessive (`productDeterminers`) and up to two lower-case
/// modifiers, or with an organisation's genitive right before the noun ("Microsofts Cloud-Plattform
/// Orvix"). The name is one to three tokens of `isProductItemName` (capitalised or "xScale"-like, after the
/// first also numbers; no common noun, stopword, role or first name, adjective, demonym, time word or
/// quarter, "Apple’s Q3 devices"; no abbreviation of up to four capitals without a digit, "the AI chips",
/// "the EU system") that no list claimed, and ends its phrase: no capitalised word after it. A noun-first
/// name may follow "namens", "called", "named" or "dubbed", and is then any capitalised word that is no
/// stopword, role or organisation noun ("ein Bildmodell namens Aurora": a first name too). Who makes it is
/// left to the relations (a possessive's organisation, "von <Org>").
///
/// - Complexity: O(n + m) for n tokens and m mentions: only a capitalised or digit token after a word is
/// looked at, at most eight tokens around it.
extension EntityRecognizer {
  static let productDeterminers: Set<String> = [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "sein", "seine", "seinen", "seinem", "seines",
    "ihr", "ihre", "ihren", "ihrem", "ihres", "the", "a", "an", "its", "their", "his", "her", "our",
  ]
  static let productNamingWords: Set<String> = ["namens", "called", "named", "dubbed"]

  func productsBesideNouns(in sentence: Sentence, claimed: [Bool], found: [Mention]) -> [Mention] {
    let tokens = sentence.tokens
    var result: [Mention] = []
    var taken = claimed
    // (The organisations' genitives by their last token, once: asked for every capitalised token.)
    var genitiveEnds = Set<Int>()
    for m in found where m.isGenitive && m.ref.kind == .organization { genitiveEnds.insert(m.last) }
    func opensPhrase(before n: Int) -> Bool { opensProductPhrase(before: n, in: tokens, genitiveEnds: genitiveEnds) }
    // (After a naming word, the name may be a first name or a common noun: "ein Bildmodell namens Aurora".)
    func nameEnd(from a: Int, named: Bool = false) -> Int? {
      var e = a
      if named, !taken[a], tokens[a].isCapitalized, !isStopword(tokens[a]), !isRoleWord(tokens[a]), !isOrgHeadNoun(tokens[a]) { e += 1 }
      // (In English a German noun's spelling is a name: "the humanoid robot Atlas", "its assistant Joule".)
      while e < tokens.count, e - a < 3, !taken[e], isProductItemName(tokens[e], first: e == a, nounsAreNames: sentence.language == .en),
        !EntityRecognizer.isAbbreviationWithoutDigit(tokens[e])
      {
        e += 1
      }
      guard e > a, !EntityRecognizer.looksLikeAdjective(tokens[a].text), !isTimeWord(tokens[a]), !EntityRecognizer.isQuarter(tokens[a].text),
        !lexicon.publicBodies.isNationAdjective(tokens[a])
      else { return nil }
      return e
    }
    func add(_ a: Int, _ e: Int) {
      let name = sentence.text(tokens[a].start, tokens[e - 1].end)
      for k in a..<e { taken[k] = true }
      result.append(Mention(ref: entityRef(sentence, .project, name, subtype: "product", isMedia: false), first: a, last: e - 1, surface: name))
    }
    for a in tokens.indices where a >= 1 && !taken[a] && tokens[a].isWord && (tokens[a].isCapitalized || EntityRecognizer.startsWithDigit(tokens[a])) {
      // The noun first: "das Sprachmodell Luminous", "ein Bildmodell namens Aurora", "the robot Apollo".
      var n = a - 1
      let named = EntityRecognizer.productNamingWords.contains(tokens[n].lowercased)
      if named { n -= 1 }
      // (A plural English noun before a name opens a relative clause: "the drones Baykar builds".)
      if n >= 1, tokens[n].isWord, !taken[n], isProductNoun(tokens[n]), tokens[n].isCapitalized || !tokens[n].text.hasSuffix("s"),
        opensPhrase(before: n), let e = nameEnd(from: a, named: named),
        e == tokens.count || !tokens[e].isWord || !tokens[e].isCapitalized,
        e == tokens.count || !(tokens[e].text == "-" || tokens[e].text == "&")
      {
        add(a, e)
        continue
      }
      // The noun last (English): "its own C1 modem", "the MO360 data platform" (a product noun within six
      // tokens first: the cached bit spares most tokens the rest).
      guard ((a + 1)..<min(a + 7, tokens.count)).contains(where: { isProductNoun(tokens[$0]) }), opensPhrase(before: a),
        let e = nameEnd(from: a), e < tokens.count
      else { continue }
      var p = e
      while p < tokens.count, p - e < 3, tokens[p].isWord, !tokens[p].isCapitalized, !isProductNoun(tokens[p]), !tokens[p].is(.preposition),
        !isStopword(tokens[p])
      {
        p += 1
      }
      guard p < tokens.count, tokens[p].isWord, !tokens[p].isCapitalized || EntityRecognizer.isAbbreviationWithoutDigit(tokens[p]), isProductNoun(tokens[p])
      else { continue }
      add(a, e)
    }
    return result
  }

  /// "AI", "GPU", "EU", "IT": up to four capitals (no digit), an abbreviation of a common thing more often than
  /// a product's name.
  static func isAbbreviationWithoutDigit(_ t: Token) -> Bool {
    let scalars = t.text.unicodeScalars
    return scalars.count <= 4 && scalars.allSatisfy { $0.properties.isUppercase }
  }
}

/// Products named with their maker's name, told by a product noun before or after them: "den
/// Schreibassistenten DeepL Write", "die Plattform Mistral Compute", "six gigawatts of AMD Instinct GPUs".
///
/// A known organisation (not a genitive, compound or medium) is followed by one to three name tokens of
/// `isProductItemName` (capitalised or "xScale"-like, after the first also numbers; no abbreviation of up
/// to four capitals without a digit, "Deutsche Telekom IT services"), which no list claimed and after
/// which nothing capitalised goes on. The product noun stands right before the maker (after a determiner,
/// a possessive or a genitive, as `productsBesideNouns` reads it; an English noun there is singular) or
/// after the name (past up to two lower-case words; lower case or a plural abbreviation, "GPUs"). The
/// mention replaces the organisation's; its maker is kept on the reference, so that the maker develops it
/// when the sentence names the maker too.
///
/// - Complexity: O(m) for m mentions: each known organisation looks at most seven tokens ahead and three back.
extension EntityRecognizer {
  func makerNamedProduct(of m: Mention, in sentence: Sentence, claimed: [Bool], genitiveEnds: Set<Int>) -> Mention? {
    let tokens = sentence.tokens
    guard m.ref.kind == .organization, !m.isGenitive, m.head == nil, !m.ref.isMedia, m.last + 1 < tokens.count else { return nil }
    var e = m.last + 1
    while e < tokens.count, e - m.last <= 3, !claimed[e], isMakerProductTail(tokens[e], first: e == m.last + 1) { e += 1 }
    guard e > m.last + 1 else { return nil }
    if e < tokens.count, tokens[e].isWord, tokens[e].isCapitalized, !isCapitalsProductNoun(tokens[e]) { return nil }
    if e < tokens.count, tokens[e].text == "-" || tokens[e].text == "&" { return nil }
    var told = false
    // The noun first: "den Schreibassistenten DeepL Write" ("der Plattform namens Mistral Compute").
    var n = m.first - 1
    if n >= 1, EntityRecognizer.productNamingWords.contains(tokens[n].lowercased) { n -= 1 }
    if n >= 1, tokens[n].isWord, !claimed[n], isProductNoun(tokens[n]), tokens[n].isCapitalized || !tokens[n].text.hasSuffix("s"),
      opensProductPhrase(before: n, in: tokens, genitiveEnds: genitiveEnds)
    {
      told = true
    }
    // The noun last: "AMD Instinct GPUs", "the Google Android Automotive operating system".
    if !told {
      var p = e
      while p < tokens.count, p - e < 2, tokens[p].isWord, !tokens[p].isCapitalized, !isProductNoun(tokens[p]), !tokens[p].is(.preposition),
        !isStopword(tokens[p])
      {
        p += 1
      }
      told = p < tokens.count && tokens[p].isWord && isProductNoun(tokens[p]) && (!tokens[p].isCapitalized || isCapitalsProductNoun(tokens[p]))
    }
    guard told else { return nil }
    let name = sentence.text(tokens[m.first].start, tokens[e - 1].end)
    return Mention(
      ref: EntityRef(kind: .project, name: name, subtype: "product", maker: m.ref.name, isMedia: false), first: m.first, last: e - 1,
      surface: name)
  }

  /// Whether a product noun stands where `makerNamedProduct` looks for one: before the mention (perhaps past
  /// a naming word) or within six tokens after it.
  func mayNameProduct(_ m: Mention, _ tokens: [Token]) -> Bool {
    if m.first >= 1, isProductNoun(tokens[m.first - 1]) { return true }
    if m.first >= 2, isProductNoun(tokens[m.first - 2]), EntityRecognizer.productNamingWords.contains(tokens[m.first - 1].lowercased) { return true }
    return ((m.last + 1)..<min(m.last + 7, tokens.count)).contains { isProductNoun(tokens[$0]) }
  }

  /// A word of a product's name after its maker's: as `isProductItemName`, and no abbreviation of up to four
  /// capitals without a digit ("IT", "AI"), no role portfolio ("Research"), no product noun itself.
  private func isMakerProductTail(_ t: Token, first: Bool) -> Bool {
    guard isProductItemToken(t, first: first) else { return false }
    if !t.isCapitalized { return true }
    if EntityRecognizer.isAbbreviationWithoutDigit(t) { return false }
    return !isStopword(t) && !isRoleWord(t) && !isFirstName(t) && !isOrgHeadNoun(t) && !isCommonNoun(t) && !isProductNoun(t)
      && !isOrgDesignator(t) && !lexicon.rolePortfolios.contains(t.text) && !EntityRecognizer.looksLikeAdjective(t.text) && !isTimeWord(t)
  }

  /// "GPUs", "CPUs": a product noun written as a plural abbreviation.
  func isCapitalsProductNoun(_ t: Token) -> Bool {
    let scalars = Array(t.text.unicodeScalars)
    guard scalars.count >= 3, scalars.count <= 6, isProductNoun(t) else { return false }
    let body = scalars.last == "s" ? scalars.dropLast() : scalars[...]
    return body.allSatisfy { $0.properties.isUppercase }
  }

  /// Whether the product noun at `n` opens its noun phrase with a determiner or a possessive (up to two
  /// lower-case modifiers between) or right after an organisation's genitive ("Microsofts Cloud-Plattform").
  func opensProductPhrase(before n: Int, in tokens: [Token], genitiveEnds: Set<Int>) -> Bool {
    if genitiveEnds.contains(n - 1) { return true }
    var d = n - 1
    while d >= 0, n - d <= 3, tokens[d].isWord, !tokens[d].isCapitalized || EntityRecognizer.productDeterminers.contains(tokens[d].lowercased),
      !EntityRecognizer.productDeterminers.contains(tokens[d].lowercased), !tokens[d].is(.preposition)
    {
      d -= 1
    }
    return d >= 0 && n - d <= 3 && EntityRecognizer.productDeterminers.contains(tokens[d].lowercased)
  }
}

/// Products named by a code name or described by an apposition: "a rack-scale product, code-named Helios",
/// "ein Projekt unter dem Codenamen Hermes", "GAIA-1, a generative world model, produces …", "Lumo, ein
/// KI-Assistent für …".
///
/// After "code-named", "codenamed", "Codename(n)" with a product noun or "project" in the five words before
/// (not "an operation code-named …"), the name is a capitalised word that is no stopword or role (a first
/// name or a German noun too: a code name is any word), and up to two more name tokens (capitalised or
/// "xScale"-like, or numbers; no stopword or German noun). Before an apposition the name is one to three
/// tokens of `isProductItemName` no list claimed, opening its phrase (no capitalised word before it that is
/// not the sentence's first, no preposition: "a round in Zorbix, a …" is about a company), no sentence
/// adverb ("Meanwhile, a model …"); then a comma, an indefinite article, up to three lower-case or hyphenated
/// modifiers and a product noun (`product_nouns.txt`) that ends the noun phrase (punctuation, a preposition
/// or a relative pronoun after it: "Siemens, a software company" has a noun after "software"), and that
/// start-ups do not call themselves by (`firmLikeProductNouns`: "a platform for retailers").
///
/// - Complexity: O(n) for n tokens: only commas and code-name words start a search, which looks at most
/// six tokens around them.
extension EntityRecognizer {
  static let codeNameWords: Set<String> = ["code-named", "codenamed", "codename", "codenamen", "code-name"]
  /// Endings of product nouns that start-ups call themselves by ("Zorbix, a platform for retailers", "eine
  /// Software für …"): no sign of a product in an apposition.
  static let firmLikeProductNouns = [
    "plattform", "plattformen", "platform", "software", "dienst", "service", "lösung", "solution", "anwendung", "application",
    "produkt", "product", "tool", "system", "systeme", "apps",
  ]

  func describedProducts(in sentence: Sentence, claimed: [Bool]) -> [Mention] {
    let tokens = sentence.tokens
    var result: [Mention] = []
    var taken = claimed
    func add(_ a: Int, _ e: Int) {
      let name = sentence.text(tokens[a].start, tokens[e - 1].end)
      for k in a..<e { taken[k] = true }
      result.append(Mention(ref: entityRef(sentence, .project, name, subtype: "product", isMedia: false), first: a, last: e - 1, surface: name))
    }
    // (Every code-name word starts with "c": most tokens are passed on one byte.)
    for i in tokens.indices where i + 1 < tokens.count && tokens[i].isWord && (tokens[i].text.utf8.first.map { $0 | 0x20 } == UInt8(ascii: "c")) {
      // "a rack-scale product, code-named Helios" (a product's or a project's noun shortly before: not "an
      // operation code-named Midnight Hammer", "a whistleblower code-named Falcon").
      if EntityRecognizer.codeNameWords.contains(tokens[i].lowercased),
        (max(0, i - 5)..<i).contains(where: { isProductNoun(tokens[$0]) || ["project", "projekt", "projekts"].contains(tokens[$0].lowercased) })
      {
        let a = i + 1
        guard !taken[a], tokens[a].isWord, tokens[a].isCapitalized, !isStopword(tokens[a]), !isRoleWord(tokens[a]) else { continue }
        var e = a + 1
        while e < tokens.count, e - a < 3, !taken[e], isProductItemToken(tokens[e], first: false), !isStopword(tokens[e]), !isCommonNoun(tokens[e]) {
          e += 1
        }
        add(a, e)
      }
    }
    for c in tokens.indices where c >= 1 && c + 3 < tokens.count && tokens[c].is(.comma) && !taken[c - 1] {
      guard RelationExtractor.indefiniteArticles.contains(tokens[c + 1].lowercased) else { continue }
      // The noun phrase after the article: modifiers, then a product noun that ends it.
      var n = c + 2
      while n < tokens.count, n - c <= 4, tokens[n].isWord, !isProductNoun(tokens[n]),
        !tokens[n].isCapitalized || tokens[n].isHyphenated, !tokens[n].is(.preposition)
      {
        n += 1
      }
      guard n < tokens.count, n - c <= 5, tokens[n].isWord, isProductNoun(tokens[n]), n + 1 < tokens.count,
        !EntityRecognizer.firmLikeProductNouns.contains(where: { tokens[n].lowercased.hasSuffix($0) })
      else { continue }
      let after = tokens[n + 1]
      guard !after.isWord || after.is(.preposition) || RelationExtractor.relativePronouns.contains(after.lowercased) else { continue }
      // The name before the comma.
      var a = c
      while a > 0, c - a < 3, !taken[a - 1], isProductItemName(tokens[a - 1], first: false), !isStopword(tokens[a - 1]) { a -= 1 }
      while a < c, !isProductItemToken(tokens[a], first: true) { a += 1 }
      guard a < c, isProductItemName(tokens[a], first: true), !EntityRecognizer.isAbbreviationWithoutDigit(tokens[a]), (a..<c).allSatisfy({ !taken[$0] }),
        !EntityRecognizer.looksLikeAdjective(tokens[a].text), !isTimeWord(tokens[a]), !lexicon.publicBodies.isNationAdjective(tokens[a]),
        !EntityRecognizer.sentenceAdverbs.contains(tokens[a].lowercased), !(a + 1 == c && tokens[a].lowercased.hasSuffix("ly")),
        a == 0 || !tokens[a - 1].isWord || !tokens[a - 1].isCapitalized || isSentenceStart(a - 1, in: tokens) || isStopword(tokens[a - 1]),
        // ("a round in Zorbix, a …": a name after a preposition is an object the sentence is about.)
        a == 0 || !tokens[a - 1].is(.preposition)
      else { continue }
      add(a, c)
    }
    return result
  }
}
