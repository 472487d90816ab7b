import Foundation
import GeflechtCore

/// Everything the rules know, loaded from the data files in `Lexicon/Data`.
struct Lexicon: Sendable {
  var gazetteer = Gazetteer()
  var firstNames: Set<String> = []
  var legalForms: [[String]] = []
  var orgHeadNouns: Set<String> = []
  /// Words that make "<Name> <designator>" an organisation ("Labs", "Ventures"; "Gruppe" in compounds).
  var orgDesignators: Set<String> = []
  var roles: [String: Relation] = [:]
  var compoundHeads: [String: CompoundHead] = [:]
  var relationCues: [RelationCue] = []
  /// `relationCues` by first word; built once after loading.
  var cueIndex = CueIndex([])
  var statusCues: [(status: Status?, words: [CueWord])] = []
  var abbreviations: Set<String> = []
  var boilerplate = BoilerplateRules()
  var stopwords: Set<String> = []
  var possessives: Set<String> = []
  var anaphora: [String: NodeKind] = [:]
  var nounSuffixes: [String] = []
  var clauseOpeners: Set<String> = []
  var complementizers: Set<String> = []
  var epithets: [String: Set<String>] = [:]
  /// Epithet forms of at least five letters, longest first, for closed compounds.
  var epithetHeads: [String] = []
  var months: [String: Int] = [:]
  var languageWords: [Language: Set<String>] = [:]

  /// Loads the lexicon shipped with the module.
  static func bundled() throws -> Lexicon {
    guard let url = Bundle.module.url(forResource: "Data", withExtension: nil) else {
      throw ExtractionError.lexicon(file: "Data", line: 0, reason: "resource folder not found in the bundle")
    }
    return try Lexicon(directory: url)
  }

  init(directory: URL) throws {
    let file = LexiconFile.self
    for row in try file.rows("entities.tsv", in: directory, minColumns: 3) {
      guard let kind = NodeKind(rawValue: row.columns[0]), kind == .organization || kind == .project else {
        throw ExtractionError.lexicon(
          file: "entities.tsv", line: row.line, reason: "kind must be organization or project, got \(row.columns[0])")
      }
      let aliases = row.columns.count > 3 ? LexiconFile.list(row.columns[3]) : []
      let maker = row.columns.count > 4 && !row.columns[4].isEmpty ? row.columns[4] : nil
      gazetteer.add(
        EntityRef(kind: kind, name: row.columns[2], subtype: row.columns[1], maker: maker, isMedia: false),
        aliases: aliases)
    }
    for row in try file.rows("places.txt", in: directory) {
      let names = LexiconFile.list(row.columns[0])
      gazetteer.add(
        EntityRef(kind: .place, name: names[0], subtype: nil, maker: nil, isMedia: false),
        aliases: Array(names.dropFirst()))
    }
    for row in try file.rows("media.txt", in: directory) {
      gazetteer.add(EntityRef(kind: .organization, name: row.columns[0], subtype: "media", maker: nil, isMedia: true), aliases: [])
    }
    firstNames = Set(try file.rows("first_names.txt", in: directory).map { $0.columns[0] })
    legalForms = try file.rows("legal_forms.txt", in: directory).map { row in
      Tokenizer.tokens(of: row.columns[0]).map(\.normalized)
    }
    orgHeadNouns = Set(try file.rows("org_head_nouns.txt", in: directory).map { $0.columns[0] })
    orgDesignators = Set(try file.rows("org_designators.txt", in: directory).map { $0.columns[0] })
    for row in try file.rows("roles.tsv", in: directory, minColumns: 2) {
      guard let relation = Relation(rawValue: row.columns[1]) else {
        throw ExtractionError.lexicon(file: "roles.tsv", line: row.line, reason: "unknown relation \(row.columns[1])")
      }
      roles[row.columns[0]] = relation
    }
    for row in try file.rows("compound_heads.tsv", in: directory, minColumns: 4) {
      guard let relation = Relation(rawValue: row.columns[1]), let kind = NodeKind(rawValue: row.columns[3]) else {
        throw ExtractionError.lexicon(file: "compound_heads.tsv", line: row.line, reason: "unknown relation or kind")
      }
      compoundHeads[row.columns[0]] = CompoundHead(
        relation: relation, nameIsSource: row.columns[2] == "name→known", nameKind: kind)
    }
    for row in try file.rows("relation_cues.tsv", in: directory, minColumns: 3) {
      guard let relation = Relation(rawValue: row.columns[0]), let shape = CueShape(rawValue: row.columns[1]) else {
        throw ExtractionError.lexicon(
          file: "relation_cues.tsv", line: row.line, reason: "unknown relation or shape in \(row.columns)")
      }
      relationCues.append(RelationCue(relation: relation, shape: shape, words: CueWord.parse(row.columns[2])))
    }
    cueIndex = CueIndex(relationCues)
    for row in try file.rows("status_cues.tsv", in: directory, minColumns: 2) {
      let status: Status?
      if row.columns[0] == "ignore" {
        status = nil
      } else if let s = Status(rawValue: row.columns[0]) {
        status = s
      } else {
        throw ExtractionError.lexicon(file: "status_cues.tsv", line: row.line, reason: "unknown status \(row.columns[0])")
      }
      statusCues.append((status, CueWord.parse(row.columns[1])))
    }
    abbreviations = Set(try file.rows("abbreviations.txt", in: directory).map { $0.columns[0] })
    for row in try file.rows("boilerplate.tsv", in: directory, minColumns: 2) {
      switch row.columns[0] {
      case "prefix": boilerplate.prefixes.append(row.columns[1])
      case "contains": boilerplate.fragments.append(row.columns[1])
      case "tail": boilerplate.tails.append(row.columns[1])
      default:
        throw ExtractionError.lexicon(file: "boilerplate.tsv", line: row.line, reason: "expected prefix, contains or tail")
      }
    }
    stopwords = Set(try file.rows("stopwords.txt", in: directory).map { $0.columns[0] })
    possessives = Set(try file.rows("possessives.txt", in: directory).map { $0.columns[0].lowercased() })
    for row in try file.rows("anaphora.tsv", in: directory, minColumns: 2) {
      guard let kind = NodeKind(rawValue: row.columns[1]) else {
        throw ExtractionError.lexicon(file: "anaphora.tsv", line: row.line, reason: "unknown kind \(row.columns[1])")
      }
      anaphora[row.columns[0]] = kind
    }
    nounSuffixes = try file.rows("noun_suffixes.txt", in: directory).map { $0.columns[0] }
    for row in try file.rows("clause_openers.txt", in: directory) {
      clauseOpeners.insert(row.columns[0])
      if row.columns.count > 1, row.columns[1] == "complement" { complementizers.insert(row.columns[0]) }
    }
    for row in try file.rows("months.tsv", in: directory, minColumns: 2) {
      guard let n = Int(row.columns[1]), (1...12).contains(n) else {
        throw ExtractionError.lexicon(file: "months.tsv", line: row.line, reason: "month number must be 1–12")
      }
      months[row.columns[0].lowercased()] = n
    }
    for row in try file.rows("language_stopwords.tsv", in: directory, minColumns: 2) {
      guard let language = Language(rawValue: row.columns[0]) else {
        throw ExtractionError.lexicon(file: "language_stopwords.tsv", line: row.line, reason: "unknown language \(row.columns[0])")
      }
      languageWords[language] = Set(row.columns[1].split(separator: " ").map(String.init))
    }
    for row in try file.rows("epithets.tsv", in: directory, minColumns: 2) {
      epithets[row.columns[0].lowercased()] = Set(LexiconFile.list(row.columns[1]).map { $0.lowercased() })
    }
    epithetHeads = epithets.keys.filter { $0.count >= 5 }.sorted { ($0.count, $0) > ($1.count, $1) }
  }
}

/// What "<Known>-<head> <Name>" says.
struct CompoundHead: Sendable {
  let relation: Relation
  let nameIsSource: Bool
  let nameKind: NodeKind
}

/// How a relation cue finds its arguments (see `relation_cues.tsv`).
enum CueShape: String, Sendable {
  case forward, reverse, list, passive, symmetric, joins, funding
}

struct RelationCue: Sendable {
  let relation: Relation
  let shape: CueShape
  let words: [CueWord]
}

/// Relation cues looked up by their first word: exact first words by the word, prefix first words by
/// their first three letters (and, for compounds, those of each later part). Keeps file order.
struct CueIndex: Sendable {
  private var exact: [String: [Int]] = [:]
  private var prefixes: [String: [Int]] = [:]
  private var shortPrefixes: [Int] = []
  let cues: [RelationCue]

  init(_ cues: [RelationCue]) {
    self.cues = cues
    for (i, cue) in cues.enumerated() {
      guard let first = cue.words.first else { continue }
      if !first.isPrefix {
        exact[first.text, default: []].append(i)
      } else if first.text.count >= 3 {
        prefixes[String(first.text.prefix(3)), default: []].append(i)
      } else {
        shortPrefixes.append(i)
      }
    }
  }

  /// The cues whose first word may match the token, in file order.
  func candidates(for token: Token) -> [RelationCue] {
    guard token.isWord else { return [] }
    let word = token.lowercased
    var found = exact[word] ?? []
    found += prefixes[String(word.prefix(3))] ?? []
    if token.isHyphenated {
      for part in word.split(separator: "-").dropFirst() { found += prefixes[String(part.prefix(3))] ?? [] }
    }
    found += shortPrefixes
    if found.count > 1 { found = Array(Set(found)).sorted() }
    return found.map { cues[$0] }
  }
}

/// One word of a cue phrase: lower-case, matching exactly or, with a trailing `*`, as a prefix.
struct CueWord: Sendable, Hashable {
  let text: String
  let isPrefix: Bool

  static func parse(_ phrase: String) -> [CueWord] {
    phrase.split(separator: " ").map { w in
      w.hasSuffix("*") ? CueWord(text: String(w.dropLast()), isPrefix: true) : CueWord(text: String(w), isPrefix: false)
    }
  }

  /// Whether a token matches, as a whole or (for prefixes) through one of its compound parts.
  func matches(_ token: Token) -> Bool {
    guard token.isWord else { return false }
    let word = token.lowercased
    if isPrefix ? word.hasPrefix(text) : word == text { return true }
    guard isPrefix, token.isHyphenated else { return false }
    let parts = token.parts.map { $0.lowercased() }
    return parts.indices.dropFirst().contains { i in parts[i...].joined(separator: "-").hasPrefix(text) }
  }
}

/// Reads the simple line formats of the data files: `#` comments, blank lines skipped, tab-separated.
enum LexiconFile {
  struct Row {
    let line: Int
    let columns: [String]
  }

  static func rows(_ name: String, in directory: URL, minColumns: Int = 1) throws -> [Row] {
    let url = directory.appendingPathComponent(name)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      throw ExtractionError.lexicon(file: name, line: 0, reason: "missing or not UTF-8")
    }
    var rows: [Row] = []
    for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let columns = raw.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard columns.count >= minColumns else {
        throw ExtractionError.lexicon(
          file: name, line: i + 1, reason: "expected \(minColumns) tab-separated columns, got \(columns.count)")
      }
      rows.append(Row(line: i + 1, columns: columns))
    }
    return rows
  }

  static func list(_ column: String) -> [String] {
    column.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }
}
