import Foundation
import GeflechtCore

/// A known entity: what the lexicon says about it.
///
/// Immutable and compared by value; a class so that the mentions, statements and tables that pass it
/// around copy one reference instead of its four strings.
final class EntityRef: Sendable, Hashable {
  let kind: NodeKind
  let name: String
  let subtype: String?
  /// For products: the organisation that makes them.
  let maker: String?
  /// Media are cited as sources and never become nodes on their own.
  let isMedia: Bool

  /// The stable key, computed once (slugging is not free).
  let key: EntityKey

  init(kind: NodeKind, name: String, subtype: String?, maker: String?, isMedia: Bool) {
    self.kind = kind
    self.name = name
    self.subtype = subtype
    self.maker = maker
    self.isMedia = isMedia
    self.key = EntityKey(kind: kind, name: name)
  }
  /// Places and media become nodes only through a typed relation.
  var needsRelation: Bool { kind == .place || isMedia }

  static func == (a: EntityRef, b: EntityRef) -> Bool {
    a === b
      || (a.kind == b.kind && a.name == b.name && a.subtype == b.subtype && a.maker == b.maker
        && a.isMedia == b.isMedia && a.key == b.key)
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(key)
    hasher.combine(name)
  }
}

/// Surface forms of known entities, looked up by token sequences.
struct Gazetteer: Sendable {
  struct Entry: Sendable {
    let tokens: [String]
    let ref: EntityRef
    /// Written as the press also writes a name with an inner capital ("Blackrock"), not as listed: also a
    /// surname ("Jean Dupont"), so not after a first name (`addCaseVariants`).
    var isCaseVariant = false
  }

  /// Entries by their first token, longest first.
  private(set) var byFirstToken: [String: [Entry]] = [:]
  private(set) var refsByName: [String: EntityRef] = [:]
  /// The first four bytes of the keys of `byFirstToken`, once the lexicon is loaded (`indexFirstTokens`);
  /// nil while entries are being added.
  private var firstTokenStarts: WordStarts?

  /// Lets `candidates` skip the lookups of most unhyphenated words; call after the last `add`.
  mutating func indexFirstTokens() { firstTokenStarts = WordStarts(byFirstToken.keys) }

  mutating func add(_ ref: EntityRef, aliases: [String]) {
    firstTokenStarts = nil
    // The first reference of a name is kept; the defaulted subscript's in-place access stores `ref` for a new
    // name and hashes the name once (a lookup and then an insertion hashed it twice).
    Gazetteer.keep(&refsByName[ref.name, default: ref])
    for surface in [ref.name] + aliases + Gazetteer.unaccented(ref, aliases) + Gazetteer.dottedUS(aliases) {
      let tokens = Tokenizer.normalizedTokens(of: surface)
      guard let first = tokens.first else { continue }
      // In place, after the entries with as many tokens or more: where a stable sort by descending token
      // count puts an entry appended to a list so sorted.
      Gazetteer.insert(Entry(tokens: tokens, ref: ref), into: &byFirstToken[first, default: []])
    }
  }

  /// Names that open with "US " written as English news often writes them, "U.S. Department of Energy".
  static func dottedUS(_ aliases: [String]) -> [String] {
    aliases.lazy.filter { $0.hasPrefix("US ") }.map { "U.S. " + $0.dropFirst(3) }
  }

  /// An organisation's names written without their accents, as English news often writes them ("Societe
  /// Generale"): surfaces it is also found by. Names of several words only: a single word without its
  /// accents is often another name ("Hermes" the parcel service, not Hermès).
  static func unaccented(_ ref: EntityRef, _ aliases: [String]) -> [String] {
    guard ref.kind == .organization else { return [] }
    var result: [String] = []
    for surface in [ref.name] + aliases where !surface.utf8.allSatisfy({ $0 < 0x80 }) {
      let folded = surface.folding(options: .diacriticInsensitive, locale: nil)
      guard folded != surface, folded.contains(" "), !aliases.contains(folded), !result.contains(folded)
      else { continue }
      result.append(folded)
    }
    return result
  }

  /// Leaves a value as it is (see `add`).
  private static func keep(_ value: inout EntityRef) {}

  /// Inserts `entry` after the entries of `list` with as many tokens or more.
  private static func insert(_ entry: Entry, into list: inout [Entry]) {
    let at = list.firstIndex { $0.tokens.count < entry.tokens.count } ?? list.endIndex
    list.insert(entry, at: at)
  }

  /// Entries whose first token is `first`, or whose first token is the base of a compound or genitive.
  func candidates(for token: Token) -> [Entry] {
    // An unhyphenated word's keys are the word and the word without "s" or "'s": when its start begins no
    // first token, even trimmed, none is one.
    if !token.isHyphenated, let starts = firstTokenStarts, !starts.mayHoldTrimmed(token.normalized) { return [] }
    var keys = [token.normalized]
    // Every part before a hyphen: "Microsoft-Chef" → "Microsoft", "T-Systems-Managerin" → "T", "T-Systems".
    // (A word without a hyphen byte has no "-" character: its characters are not walked.)
    if token.isHyphenated {
      for (i, c) in zip(token.normalized.indices, token.normalized) where c == "-" { keys.append(String(token.normalized[..<i])) }
    }
    for suffix in ["'s", "s"] where token.normalized.hasSuffix(suffix) {
      keys.append(String(token.normalized.dropLast(suffix.count)))
    }
    // Each distinct key once; the few keys are compared with `==`, as a set would, without hashing them twice.
    var lists: [[Entry]] = []
    for (j, key) in keys.enumerated() where !keys[..<j].contains(key) {
      if let list = byFirstToken[key] { lists.append(list) }
    }
    if lists.count <= 1 { return lists.first ?? [] }
    return lists.flatMap { $0 }.sorted { $0.tokens.count > $1.tokens.count }
  }

  /// The known entity written exactly `surface` (its name or an alias), or nil.
  func ref(writtenAs surface: String) -> EntityRef? {
    let tokens = Tokenizer.normalizedTokens(of: surface)
    guard let first = tokens.first else { return nil }
    return byFirstToken[first]?.first(where: { $0.tokens == tokens })?.ref
  }

  /// All organisation and project names, for typo-tolerant matching.
  var fuzzyNames: [EntityRef] {
    refsByName.values.filter { !$0.isMedia && $0.kind != .place }.sorted { $0.name < $1.name }
  }
}

extension Gazetteer {
  /// A word of a name with a capital after a small letter ("BlackRock", "SoftBank", "BioNTech") written
  /// with its first capital only ("Blackrock", "Softbank", "Biontech"), or nil. (Bytes first: most words
  /// of the lists have no inner capital, and building the answer is not free.)
  static func caseVariant(of word: String) -> String? {
    let bytes = word.utf8
    guard bytes.count >= 4, let first = bytes.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { return nil }
    var sawLower = false
    var innerCapital = false
    for (k, b) in bytes.enumerated() where k > 0 {
      switch b {
      case UInt8(ascii: "a")...UInt8(ascii: "z"): sawLower = true
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): if sawLower { innerCapital = true } else if k == 1 { return nil }
      default: return nil
      }
    }
    guard innerCapital else { return nil }
    return word.prefix(1) + word.dropFirst().lowercased()
  }

  /// Adds, for every organisation or product whose name or alias has a word with an inner capital, the
  /// surface with those words in `caseVariant` form, when no entry has that surface yet and `accepts`
  /// each changed word. Sorted, so the result does not depend on the order of the dictionary.
  mutating func addCaseVariants(accepts: (String) -> Bool) {
    var variants: [(tokens: [String], ref: EntityRef)] = []
    for entries in byFirstToken.values {
      for entry in entries where entry.ref.kind != .place && !entry.ref.isMedia {
        var changed = false
        let tokens = entry.tokens.map { token -> String in
          guard let v = Gazetteer.caseVariant(of: token), accepts(v) else { return token }
          changed = true
          return v
        }
        if changed { variants.append((tokens, entry.ref)) }
      }
    }
    insertVariants(variants, isCaseVariant: true)
  }

  /// Adds, for every organisation named by one plain word of four letters or more ("Engie", "Avangrid"), the
  /// word in capitals as press releases write it ("ENGIE"), when no entry has that surface yet and `accepts`
  /// the word (not "ORANGE": a German noun). Sorted like `addCaseVariants`.
  mutating func addUpperCaseVariants(accepts: (String) -> Bool) {
    var variants: [(tokens: [String], ref: EntityRef)] = []
    for entries in byFirstToken.values {
      for entry in entries where entry.ref.kind == .organization && !entry.ref.isMedia && entry.tokens.count == 1 && !entry.isCaseVariant {
        let bytes = entry.tokens[0].utf8
        guard bytes.count >= 4, let first = bytes.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first),
          bytes.dropFirst().allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }), accepts(entry.tokens[0])
        else { continue }
        variants.append(([entry.tokens[0].uppercased()], entry.ref))
      }
    }
    insertVariants(variants, isCaseVariant: false)
  }

  /// Adds, for every organisation whose name or alias opens with German adjectives in "-e" before another
  /// capitalised word ("Deutsche Bahn", "Europäische Kommission", "Freie Demokratische Partei"), the
  /// surface with those adjectives in "-en", as they stand after an article in the dative or genitive ("mit
  /// der Deutschen Bahn", "der Europäischen Kommission"), when no entry has that surface yet. A name that
  /// is not German gets a surface no text writes ("Granden Holdings"). Sorted like `addCaseVariants`.
  mutating func addInflectedVariants() {
    var variants: [(tokens: [String], ref: EntityRef)] = []
    for entries in byFirstToken.values {
      for entry in entries where entry.ref.kind == .organization && !entry.ref.isMedia && entry.tokens.count >= 2 && !entry.isCaseVariant {
        var tokens = entry.tokens
        var k = 0
        while k + 1 < tokens.count, tokens[k].utf8.count >= 5, tokens[k].hasSuffix("e"), tokens[k].first?.isUppercase == true,
          tokens[k + 1].first?.isUppercase == true
        {
          tokens[k] += "n"
          k += 1
        }
        if k > 0 { variants.append((tokens, entry.ref)) }
      }
    }
    insertVariants(variants, isCaseVariant: false)
  }

  /// Inserts variant surfaces, sorted (so the result does not depend on the order of the dictionary), each
  /// only when no entry has that surface yet.
  private mutating func insertVariants(_ variants: [(tokens: [String], ref: EntityRef)], isCaseVariant: Bool) {
    let sorted = variants.sorted {
      ($0.tokens.joined(separator: " "), $0.ref.name, $0.ref.key) < ($1.tokens.joined(separator: " "), $1.ref.name, $1.ref.key)
    }
    for v in sorted where !(byFirstToken[v.tokens[0]] ?? []).contains(where: { $0.tokens == v.tokens }) {
      Gazetteer.insert(Entry(tokens: v.tokens, ref: v.ref, isCaseVariant: isCaseVariant), into: &byFirstToken[v.tokens[0], default: []])
    }
  }
}
