import GeflechtCore

extension RelationExtractor {
  /// `owns` between the organisations of one document (`organisations`, one per key, no media: the
  /// document's topics) whose names form a family: an organisation owns the one whose name is its own name
  /// and more words ("Bosch" → "Bosch Home Comfort", "Amazon" → "Amazon Web Services", "Telefónica" →
  /// "Telefónica Deutschland").
  ///
  /// News names a unit, a subsidiary or a country company by its parent's name and a few words; when the
  /// text also names the parent on its own, the two are different organisations (the resolver would
  /// otherwise have made them one), and the longer one belongs to the shorter. Not read:
  /// - a longer name that only adds a legal form or a group word ("Mercedes-Benz Group", "Robert Bosch
  ///   Stiftung"; `Lexicon.parentNameTails`): that one is the group or the same company;
  /// - names joined by a hyphen ("Air France" and "Air France-KLM");
  /// - public bodies, regulators and media;
  /// - pairs the document already relates by a typed relation (a sale of the unit, a stake), or names in a
  ///   sentence of parting (`partingWords`: "once owned by", "spun off", "sold").
  ///
  /// The evidence is the first sentence naming both, else the first that calls the longer one a unit
  /// (`callsUnit`); without either, nothing is read. A negated ownership the rules dropped is not seen here.
  /// Complexity: O(o · w) for o organisations of w words (children looked up by the lengths of the
  /// parents' names), plus O(m) over the document's m mentions for each pair found.
  func familyOwnership(
    _ sentences: [Sentence], _ mentions: [[Mention]], organisations: [EntityRef], statements: [DocumentAnalysis.Statement],
    document: String
  ) -> [DocumentAnalysis.Statement] {
    guard organisations.count >= 2 else { return [] }
    // The children by the byte offset of each space in their names: a parent's name (or its stem,
    // "Schwarz Gruppe" → "Schwarz") is a child's text up to one of them. Lengths are looked up before any
    // text is compared, so the cost grows with the names' words, not with the pairs of organisations.
    var childrenBySpace: [Int: [Int]] = [:]
    for (c, child) in organisations.enumerated() {
      for (offset, byte) in child.name.utf8.enumerated() where offset > 0 && byte == UInt8(ascii: " ") {
        childrenBySpace[offset, default: []].append(c)
      }
    }
    guard !childrenBySpace.isEmpty else { return [] }
    var pairs: [(parent: EntityRef, child: EntityRef)] = []
    for (p, parent) in organisations.enumerated() {
      let length = parent.name.utf8.count
      var cuts = [length]
      if let stem = familyStem(of: parent.name) { cuts.append(stem.utf8.count) }
      guard cuts.contains(where: { childrenBySpace[$0] != nil }), isFamilyParent(parent) else { continue }
      var found: [Int] = []
      for cut in cuts {
        for c in childrenBySpace[cut] ?? [] where c != p && !found.contains(c) {
          let child = organisations[c]
          guard child.name.utf8.starts(with: parent.name.utf8.prefix(cut)), child.key != parent.key,
            isFamilyChild(child, of: String(decoding: child.name.utf8.prefix(cut), as: UTF8.self))
          else { continue }
          found.append(c)
          pairs.append((parent, child))
        }
      }
    }
    guard !pairs.isEmpty else { return [] }
    var out: [DocumentAnalysis.Statement] = []
    for (parent, child) in pairs {
      let related = statements.contains {
        $0.relation != .coOccurs
          && (($0.source.key == parent.key && $0.target.key == child.key) || ($0.source.key == child.key && $0.target.key == parent.key))
      }
      guard !related else { continue }
      // The sentences naming both, looked for once.
      let together = mentions.indices.filter { k in
        mentions[k].contains { $0.ref.key == parent.key } && mentions[k].contains { $0.ref.key == child.key }
      }
      // "Siemens Energy, a company once owned by Siemens", "Siemens sold its stake in Siemens Energy": a
      // sentence naming both that tells of the past or a sale says the family has parted.
      let parted = together.contains { k in
        sentences[k].tokens.contains { $0.is(.former) || RelationExtractor.partingWords.contains($0.lowercased) }
      }
      guard !parted else { continue }
      // Without a sentence naming both, one that calls the longer a unit ("die Sparte Bosch Home Comfort",
      // "NextEra Energy Resources, the group's subsidiary"): a shared first word alone says nothing ("Apple"
      // and "Apple Hospitality REIT").
      guard
        let k = together.first
          ?? mentions.indices.first(where: { k in mentions[k].contains { $0.ref.key == child.key && callsUnit($0, sentences[k].tokens) } })
      else { continue }
      let sentence = sentences[k]
      let evidence = Evidence(
        doc: document, sentence: sentence.index, start: sentence.evidenceStart, end: sentence.evidenceEnd, text: sentence.evidenceText)
      out.append(.init(source: parent, target: child, relation: .owns, status: .asserted, evidence: evidence))
    }
    return out
  }

  /// Words that say a unit and its parent have parted (or did once): "once owned", "spun off", "sold".
  static let partingWords: Set<String> = [
    "once", "formerly", "previously", "spun", "spin-off", "sold", "sells", "selling", "divested", "früher", "einst", "ehemals",
    "damals", "abgespalten", "abgespaltene", "abgespaltenen", "verkauft", "verkaufte", "verkaufen", "abspaltung",
  ]

  /// Whether a unit noun stands within three words before the mention or six after it: "die Sparte X", "die
  /// VW-Tochter X", "X, die Kontraktlogistiksparte des Konzerns", "X, the group's subsidiary".
  private func callsUnit(_ m: Mention, _ t: [Token]) -> Bool {
    let near = max(0, m.first - 3)..<min(t.count, m.last + 7)
    return near.contains { k in
      guard k < m.first || k > m.last, t[k].isWord else { return false }
      let w = t[k].lowercased
      return RelationExtractor.familyUnitNouns.contains(w) || RelationExtractor.familyUnitNounEndings.contains { w.hasSuffix($0) }
    }
  }

  static let familyUnitNouns: Set<String> = [
    "subsidiary", "subsidiaries", "unit", "units", "arm", "division", "affiliate", "business", "brand", "sister",
  ]
  static let familyUnitNounEndings = ["sparte", "tochter", "tochtergesellschaft", "geschäftsbereich", "einheit", "marke", "schwester", "ableger"]

  /// An organisation that can give its name to a family: a business, not a public body or regulator.
  private func isFamilyParent(_ ref: EntityRef) -> Bool {
    ref.subtype != "public" && !lexicon.isRegulator(ref)
  }

  /// A parent's name without the group word or legal form that closes it: "Schwarz Gruppe" → "Schwarz",
  /// "Schwarz-Gruppe" → "Schwarz", "Tata Group" → "Tata"; nil when nothing closes it.
  private func familyStem(of name: String) -> String? {
    // (The last space or hyphen byte: both are ASCII, so a byte index cuts the text between characters.)
    let bytes = name.utf8
    guard bytes.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }) else { return nil }
    for separator in [UInt8(ascii: " "), UInt8(ascii: "-")] {
      guard let cut = bytes.lastIndex(of: separator), cut > bytes.startIndex,
        lexicon.parentNameTails.contains(String(name[name.index(after: cut)...]))
      else { continue }
      return String(name[..<cut])
    }
    return nil
  }

  /// Whether `child` is `parent`'s name, a space and more words, not only a legal form or a group word.
  private func isFamilyChild(_ child: EntityRef, of parent: String) -> Bool {
    guard child.name.count > parent.count + 1, child.name.hasPrefix(parent + " ") else { return false }
    var rest = child.name.dropFirst(parent.count + 1).split(separator: " ").map(String.init)
    // Legal forms at the end say nothing ("Siemens Energy AG" is "Siemens Energy").
    while let form = lexicon.legalForms.first(where: { !$0.isEmpty && rest.count >= $0.count && Array(rest.suffix($0.count)) == $0 }) {
      rest.removeLast(form.count)
    }
    guard let last = rest.last else { return false }
    // "Merck & Co.", "Rivian and VW Group Technology" (a joint venture's own name), "Bank of …": names
    // joined from several are no unit's.
    if rest.contains(where: { ["&", "and", "und", "of", "von"].contains($0) }) || rest.first?.hasPrefix("&") == true { return false }
    return !lexicon.parentNameTails.contains(last)
  }
}
