import GeflechtCore

/// Finds entity mentions in the sentences of one document.
///
/// In order, each claiming its tokens: known names from the gazetteer (also as genitive "Microsofts"
/// and compound "Microsoft-Chef"); "Name <legal form>" organisations; first name + capitalised surname
/// persons (with a middle initial); "<role> First Last" persons; "<org head noun> Name" organisations;
/// and known names misspelt by one letter. `NameResolver` then adds later bare surnames and anaphora.
struct EntityRecognizer: Sendable {
  let lexicon: Lexicon

  init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  func mentions(in sentence: Sentence) -> [Mention] {
    let tokens = sentence.tokens
    var claimed = [Bool](repeating: false, count: tokens.count)
    var found: [Mention] = []

    func claim(_ m: Mention) {
      for k in m.first...m.last { claimed[k] = true }
      found.append(m)
    }

    // Known names.
    var i = 0
    while i < tokens.count {
      if tokens[i].isWord, let m = gazetteerMatch(at: i, in: sentence) {
        claim(m)
        i = m.last + 1
      } else {
        i += 1
      }
    }
    // Legal forms.
    for i in tokens.indices where !claimed[i] && (tokens[i].info?.mayStartLegalForm ?? true) {
      for form in lexicon.legalForms where matches(form, at: i, in: tokens) {
        var b = i
        while b > 0, i - b < 4, !claimed[b - 1], tokens[b - 1].isCapitalized, !isStopword(tokens[b - 1]) {
          b -= 1
        }
        guard b < i else { continue }
        let last = i + form.count - 1
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
    // First name + surname.
    for i in tokens.indices where !claimed[i] && tokens[i].isCapitalized && isFirstName(tokens[i]) {
      var j = i + 1
      if j + 1 < tokens.count, isInitial(tokens[j]), tokens[j + 1].text == "." { j += 2 }
      guard j < tokens.count, !claimed[j], isNameWord(tokens[j]) else { continue }
      claim(person(sentence, first: i, last: j))
    }
    // "<role> First Last" for first names the lexicon does not know.
    for r in tokens.indices where isRoleWord(tokens[r]) {
      var j = r + 1
      while j + 1 < tokens.count, tokens[j].text == "Prof" || tokens[j].text == "Dr", tokens[j + 1].text == "." { j += 2 }
      guard j + 1 < tokens.count, !claimed[j], !claimed[j + 1], isNameWord(tokens[j]), isNameWord(tokens[j + 1])
      else { continue }
      claim(person(sentence, first: j, last: j + 1))
    }
    // "<head noun> Name" organisations.
    for h in tokens.indices where h + 1 < tokens.count && isOrgHeadNoun(tokens[h]) {
      let n = h + 1
      guard !claimed[n], isNameWord(tokens[n]), !(tokens[n].info?.hasNounSuffix ?? hasNounSuffix(tokens[n].text)) else { continue }
      // A new name looks like a brand ("CoreWeave", "X1") or stands before punctuation or "und".
      let word = tokens[n].text.unicodeScalars
      let looksLikeBrand = word.dropFirst().contains { $0.isUppercaseLetter || $0.isDigit }
      let standsAlone = n + 1 == tokens.count || !tokens[n + 1].isWord || ["und", "and", "oder"].contains(tokens[n + 1].text)
      guard looksLikeBrand || standsAlone else { continue }
      claim(
        Mention(
          ref: entityRef(sentence, .organization, tokens[n].text, subtype: "company", isMedia: false),
          first: n, last: n, surface: tokens[n].text))
    }
    // Known names misspelt by one letter ("Micosoft-Vize").
    for i in tokens.indices where !claimed[i] && tokens[i].isCapitalized {
      guard let (ref, head) = tokens[i].info.map({ $0.fuzzyMatch }) ?? fuzzyMatch(tokens[i]) else { continue }
      claim(Mention(ref: ref, first: i, last: i, surface: tokens[i].text, head: head))
    }
    return found.sorted { $0.first < $1.first }
  }

  /// The known name a capitalised word misspells by one letter, with the compound head after it.
  func fuzzyMatch(_ t: Token) -> (ref: EntityRef, head: String?)? {
    let word = t.normalized
    let base = word.split(separator: "-").first.map(String.init) ?? word
    guard base.count >= 7, !lexicon.firstNames.contains(base), !lexicon.stopwords.contains(base) else { return nil }
    let length = base.count
    guard let first = base.first, let ref = lexicon.fuzzyNames[first]?.first(where: { ref in
      abs(ref.name.count - length) <= 1 && EntityRecognizer.isOneEditApart(ref.name, base)
    }) else { return nil }
    let head = base.count < word.count ? String(word.dropFirst(base.count + 1)) : nil
    return (ref, head)
  }

  private func isStopword(_ t: Token) -> Bool { t.info?.isStopword ?? lexicon.stopwords.contains(t.text) }
  private func isFirstName(_ t: Token) -> Bool { t.info?.isFirstName ?? lexicon.firstNames.contains(t.text) }

  // MARK: - Pieces

  private func gazetteerMatch(at i: Int, in sentence: Sentence) -> Mention? {
    let tokens = sentence.tokens
    for entry in tokens[i].info?.gazetteerCandidates ?? lexicon.gazetteer.candidates(for: tokens[i]) {
      let n = entry.tokens.count
      guard i + n <= tokens.count else { continue }
      guard (0..<(n - 1)).allSatisfy({ tokens[i + $0].normalized == entry.tokens[$0] }) else { continue }
      let last = tokens[i + n - 1].normalized
      let expected = entry.tokens[n - 1]
      let surface = sentence.text(tokens[i].start, tokens[i + n - 1].end)
      if last == expected {
        return Mention(ref: entry.ref, first: i, last: i + n - 1, surface: surface)
      }
      if expected.count >= 3, !expected.hasSuffix("s"), last == expected + "s" || last == expected + "'s" {
        return Mention(ref: entry.ref, first: i, last: i + n - 1, surface: surface, isGenitive: true)
      }
      if last.hasPrefix(expected + "-"), last.count > expected.count + 1 {
        let head = String(last.dropFirst(expected.count + 1))
        // "der Windows-Konzern", "der iPhone-Hersteller": a product with an organisation noun names its maker.
        if entry.ref.kind == .project, let maker = entry.ref.maker, let makerRef = lexicon.gazetteer.refsByName[maker],
          lexicon.compoundHeads[head] == nil, isOrgHeadNoun(Tokenizer.tokens(of: head).first ?? tokens[i])
        {
          return Mention(ref: makerRef, first: i, last: i + n - 1, surface: surface)
        }
        return Mention(ref: entry.ref, first: i, last: i + n - 1, surface: surface, head: head)
      }
    }
    return nil
  }

  private func person(_ sentence: Sentence, first: Int, last: Int) -> Mention {
    let name = sentence.text(sentence.tokens[first].start, sentence.tokens[last].end)
    return Mention(
      ref: entityRef(sentence, .person, name, subtype: nil, isMedia: false),
      first: first, last: last, surface: name)
  }

  /// A reference for a name found in the text, shared through the sentence's vocabulary when it has one.
  private func entityRef(_ sentence: Sentence, _ kind: NodeKind, _ name: String, subtype: String?, isMedia: Bool)
    -> EntityRef
  {
    sentence.vocabulary?.entityRef(kind: kind, name: name, subtype: subtype, isMedia: isMedia)
      ?? EntityRef(kind: kind, name: name, subtype: subtype, maker: nil, isMedia: isMedia)
  }

  private func matches(_ form: [String], at i: Int, in tokens: [Token]) -> Bool {
    guard i + form.count <= tokens.count else { return false }
    return form.indices.allSatisfy { tokens[i + $0].normalized == form[$0] }
  }

  private func isInitial(_ t: Token) -> Bool {
    t.isWord && t.text.unicodeScalars.count == 1 && t.isCapitalized
  }

  /// A capitalised word that could be part of a new name: not a function word, role, first name or
  /// known entity.
  func isNameWord(_ t: Token) -> Bool {
    if let info = t.info { return info.isNameWord }
    guard t.isCapitalized, t.text.unicodeScalars.count >= 2 else { return false }
    if lexicon.stopwords.contains(t.text) || lexicon.roles[t.text] != nil || lexicon.firstNames.contains(t.text) {
      return false
    }
    if isOrgHeadNoun(t) || isRoleWord(t) { return false }
    return lexicon.gazetteer.candidates(for: t).isEmpty
  }

  func isRoleWord(_ t: Token) -> Bool {
    if let info = t.info { return info.isRoleWord }
    guard t.isWord else { return false }
    if lexicon.roles[t.text] != nil { return true }
    if let last = t.parts.last, t.parts.count > 1, lexicon.roles[String(last)] != nil { return true }
    return false
  }

  func isOrgHeadNoun(_ t: Token) -> Bool {
    if let info = t.info { return info.isOrgHeadNoun }
    guard t.isWord else { return false }
    // The word, or its last hyphen part ("KI-Start-up" → "Start-up" is tried too), minus an inflection.
    var bases = [t.normalized]
    if t.isHyphenated {
      let parts = t.parts
      for k in 1..<parts.count { bases.append(parts[k...].joined(separator: "-")) }
    }
    for base in bases {
      if lexicon.orgHeadNouns.contains(base) { return true }
      for suffix in ["s", "en", "n", "e", "es"] where base.hasSuffix(suffix) {
        if lexicon.orgHeadNouns.contains(String(base.dropLast(suffix.count))) { return true }
      }
    }
    return false
  }

  func hasNounSuffix(_ word: String) -> Bool {
    lexicon.nounSuffixes.contains { word.hasSuffix($0) }
  }

  /// Whether two words differ by one inserted, deleted or replaced character.
  static func isOneEditApart(_ a: String, _ b: String) -> Bool {
    let x = Array(a.lowercased())
    let y = Array(b.lowercased())
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
