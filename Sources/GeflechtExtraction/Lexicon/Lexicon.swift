import Foundation
import GeflechtCore

/// Everything the rules know, loaded from the data files in `Lexicon/Data`.
///
/// A class, so that the extractors, recognisers and `WordInfo`s that hold it share one reference instead of
/// copying (and retaining) its dozens of tables; it is filled in `init` and never changed after.
final class Lexicon: @unchecked Sendable {  // immutable after init
  var gazetteer = Gazetteer()
  var firstNames: Set<String> = []
  /// The hand-kept common first names (first_names.txt) alone: these are never read as surnames.
  var curatedFirstNames: Set<String> = []
  var legalForms: [[String]] = []
  /// The first words of `legalForms`, and whether one is empty: `WordInfo.mayStartLegalForm` in one lookup
  /// instead of a string comparison per legal form (a set compares its members with `==` too).
  var legalFormFirstWords: Set<String> = []
  var hasEmptyLegalForm = false
  var orgHeadNouns: Set<String> = []
  /// The first four bytes of `orgHeadNouns`: most words need no lookup there.
  var orgHeadNounStarts = WordStarts()
  /// Words that make "<Name> <designator>" an organisation ("Labs", "Ventures"; "Gruppe" in compounds).
  var orgDesignators: Set<String> = []
  /// Last words of names an abbreviation in brackets follows, and the kind they name (abbreviated_heads.tsv).
  var abbreviatedHeads: [String: NodeKind] = [:]
  /// The designators that also close a hyphen compound ("Schwarz-Gruppe"; not "ERP-Software").
  var compoundOrgDesignators: Set<String> = []
  /// The canonical names of the public bodies that approve, examine or forbid what companies do, and the
  /// lower-case name parts that make an unknown organisation one (regulators.tsv).
  var regulators: Set<String> = []
  var regulatorNameParts: [String] = []
  /// Lower-case words of funding ("subsidy"; with a final "*" a beginning: "förder*"): a regulator's
  /// approval of aid is no regulation of the aided company.
  var aidWords: [String] = []

  func isAidWord(_ t: Token) -> Bool {
    guard t.isWord else { return false }
    let word = t.lowercased
    let parts = t.isHyphenated ? t.parts.map { $0.lowercased() } : [word]
    return aidWords.contains { aid in
      aid.hasSuffix("*") ? parts.contains { $0.hasPrefix(aid.dropLast()) } : parts.contains(aid)
    }
  }

  /// Whether an organisation may regulate: a listed regulator, or a public body or a name no lexicon knows
  /// with a part such as "behörde" or "ministerium" (a known company never is).
  func isRegulator(_ ref: EntityRef) -> Bool {
    guard ref.kind == .organization else { return false }
    if regulators.contains(ref.name) { return true }
    if let known = gazetteer.refsByName[ref.name], known.subtype != "public" { return false }
    let lower = Array(ref.name.lowercased().utf8)
    return regulatorNameParts.contains { part in
      let p = Array(part.utf8)
      guard p.count <= lower.count else { return false }
      return (0...(lower.count - p.count)).contains { k in lower[k..<(k + p.count)].elementsEqual(p) }
    }
  }
  /// Nouns of goods a supplier delivers (supply_nouns.txt).
  var supplyNouns: Set<String> = []
  /// Words an organisation's name may drop after its first word ("Talen Energy" … "Talen"; name_tails.txt).
  var nameTails: Set<String> = []
  /// Words that make a longer organisation name the group above a shorter one ("Group", "Stiftung";
  /// parent_name_tails.txt): no owner by name (`RelationExtractor.familyOwnership`).
  var parentNameTails: Set<String> = []
  /// Surnames that end in "s" ("Peters", "Gates"; generated/s_surnames.txt): no German genitive is cut
  /// from them (`EntityRecognizer.person`).
  var sSurnames: Set<String> = []
  /// Stock exchanges as written in a ticker ("NYSE", "Nasdaq"; stock_exchanges.txt).
  var stockExchanges: Set<String> = []
  /// English nouns that end an institution's name and the subtype they give it ("Commission": public;
  /// institution_heads.tsv).
  var institutionHeads: [String: String] = [:]
  /// The first four bytes of `institutionHeads`: most capitalised words need no lookup.
  var institutionHeadStarts = FourByteSet()
  /// Tiers after a product's version number ("Pro", "Sonnet"; product_tiers.txt).
  var productTiers: Set<String> = []
  /// Words that make a place or a nation's adjective a public body (public_bodies.tsv).
  var publicBodies = PublicBodyWords()
  /// Words of power purchase agreements and of power producers (power_deals.tsv).
  var powerDeals = PowerDealWords()
  /// Words that make unknown names places or power plants (site_names.tsv).
  var siteNames = SiteNameWords()
  /// Lower-case endings of product nouns ("plattform", "chips", "software"; product_nouns.txt).
  var productNouns: [String] = []

  /// A first name the lists hold in another form: two listed first names joined by a hyphen ("Dirk-Peter",
  /// "Hans-Joachim"), or a listed name written with accents ("Léo" for "Leo"). Words without a hyphen or a
  /// non-ASCII letter answer at once.
  func isFirstNameVariant(_ word: String) -> Bool {
    if word.contains("-") {
      let parts = word.split(separator: "-")
      return parts.count == 2 && parts.allSatisfy { $0.count >= 2 && firstNames.contains(String($0)) }
    }
    // (Only a capitalised word that is no German noun: "Mären" is not "Maren", "Öle" not "Ole".)
    guard !word.utf8.allSatisfy({ $0 < 0x80 }), word.unicodeScalars.first?.properties.isUppercase == true,
      !germanCommonNouns.contains(word), !stopwords.contains(word)
    else { return false }
    let folded = word.folding(options: .diacriticInsensitive, locale: nil)
    return folded != word && firstNames.contains(folded)
  }

  /// Whether a lower-case word ends in a product noun: "photonik-software", "sprachmodelle", "gpus".
  func endsInProductNoun(_ lowercased: String) -> Bool {
    productNouns.contains { lowercased.hasSuffix($0) }
  }

  /// Whether a token is a word ending in a product noun, from its cached `WordInfo` when it has one (the
  /// ending scan walks about a hundred endings).
  func isProductNoun(_ t: Token) -> Bool {
    if let info = t.info { return info.isProductNoun }
    return t.isWord && endsInProductNoun(t.lowercased)
  }
  /// Departments, functions and regions of a role ("Research", "Sales", "Americas"; role_portfolios.txt).
  var rolePortfolios: Set<String> = []
  var roles: [String: Relation] = [:]
  /// The first four bytes of the role words: most words need not be looked up in `roles` (nor
  /// `genericRoles`, a subset) at all.
  var roleStarts = WordStarts()
  /// Role words that may end a closed compound ("Finanzvorstand"), lower-case, longest first.
  var compoundRoleHeads: [(head: String, relation: Relation)] = []
  /// The length in characters of each of `compoundRoleHeads`, in the same order.
  var compoundRoleHeadLengths: [Int] = []
  /// The forms `compoundRole` tries (head, head + "s", head + "en"), owned by their index in `compoundRoleHeads`.
  var compoundRoleForms = SuffixIndex()
  /// Roles that refer to the company under discussion ("Konzernchef"), not to one they name.
  var genericRoles: Set<String> = []
  var compoundHeads: [String: CompoundHead] = [:]
  /// "customers", "Partnern", "investors": a group around an owner (`group_nouns.tsv`).
  var groupNouns: [String: GroupNoun] = [:]
  /// "selected X as provider": verbs of choosing and the roles chosen for (`selection_roles.tsv`).
  var selectionVerbs: Set<String> = []
  var selectionRoles: [String: Relation] = [:]
  /// `selectionRoles`, longest role first (ties by text): the order in which compounds' ends are tried.
  var selectionRolesByLength: [(role: String, relation: Relation)] = []
  /// "Rechenzentrum", "Ausbau", "headquartered", "Stadtteil": words around a site (`site_words.tsv`).
  var siteWords = SiteWords()
  var relationCues: [RelationCue] = []
  /// `relationCues` by first word; built once after loading.
  var cueIndex = CueIndex([])
  var statusCues: [(status: Status?, words: [CueWord])] = []
  /// The indices of `statusCues` that say an event failed ("scheiterte", "called off"): they hold even for
  /// a presupposed event noun before them ("Die Übernahme von X durch Y scheiterte").
  var eventNegatingCues: Set<Int> = []
  /// `statusCues` by first word.
  var statusCueIndex = StatusCueIndex()
  var abbreviations: Set<String> = []
  var boilerplate = BoilerplateRules()
  var stopwords: Set<String> = []
  /// Frequent German common nouns with their inflected forms, as written ("Kunden", "Partnern"):
  /// capitalised words that are no names (generated `german_common_nouns.txt`).
  var germanCommonNouns: Set<String> = []
  /// The last four bytes of `germanCommonNouns`: the compounds `EntityRecognizer.isCommonNoun` cuts must end
  /// in one of them.
  var germanCommonNounEndings = WordEndings()
  var possessives: Set<String> = []
  /// Chinese surnames in pinyin ("Wang", "Zhou") and the toneless pinyin syllables a given name is made
  /// of ("guo", "quan"), generated `chinese_names.tsv`.
  var chineseSurnames: Set<String> = []
  /// Names of countries (generated `countries.txt`): "aus Frankreich" says a nationality, not a seat.
  var countries: Set<String> = []
  /// Names of countries, first-level regions and continents (generated `regions.txt`): places that contain
  /// towns, so that "Abilene, Texas" and "Lübbenau in Brandenburg" place the town, not a second site.
  var regions: Set<String> = []
  var pinyinSyllables: Set<String> = []
  /// Nouns for a person that refer back to one after a definite article (`person_epithets.txt`).
  var personEpithets: Set<String> = []
  /// Words of one person succeeding another (`succession_cues.txt`): each cue's lower-case words.
  var successionCues: [[String]] = []
  var anaphora: [String: NodeKind] = [:]
  var nounSuffixes: [String] = []
  /// `nounSuffixes` for byte comparison with ASCII words.
  var nounSuffixAffixes: [ASCIIAffix] = []
  var clauseOpeners: Set<String> = []
  var complementizers: Set<String> = []
  /// Clause openers whose clause the next comma closes (`clause_openers.txt`, column "inserted").
  var insertedClauseOpeners: Set<String> = []
  var epithets: [String: Set<String>] = [:]
  /// Epithet forms of at least five letters, longest first, for closed compounds.
  var epithetHeads: [String] = []
  /// `epithetHeads` by their last three characters, owned by their index there.
  var epithetHeadForms = SuffixIndex()
  var months: [String: Int] = [:]
  var languageWords: [Language: Set<String>] = [:]
  /// Organisation and project names of at least seven letters for typo-tolerant matching, by first letter.
  var fuzzyNames: [Character: [FuzzyName]] = [:]
  /// Organisation head nouns of at least six letters, lower-case, for closed compounds ("Softwareanbieter").
  var compoundOrgHeads: [String] = []
  /// The length in characters of each of `compoundOrgHeads`, in the same order.
  var compoundOrgHeadLengths: [Int] = []
  /// The forms closed compounds may end in (head, head + "s", + "n", + "en"), owned by their index in
  /// `compoundOrgHeads`.
  var compoundOrgHeadForms = SuffixIndex()
  /// Filters in front of the word sets that every new word of a run is looked up in (`WordInfo`), built
  /// once the sets are complete.
  private(set) var wordSetFilters = WordSetFilters()

  /// Loads the lexicon shipped with the module.
  static func bundled() throws -> Lexicon {
    guard let url = Bundle.module.url(forResource: "Data", withExtension: nil) else {
      throw ExtractionError.lexicon(file: "Data", line: 0, reason: "resource folder not found in the bundle")
    }
    return try Lexicon(directory: url)
  }

  init(directory: URL) throws {
    let file = LexiconFile.self
    func entities(_ name: String) throws -> [(EntityRef, [String])] {
      try file.rows(name, in: directory, minColumns: 3).map { row in
        guard let kind = NodeKind(rawValue: row.columns[0]), kind == .organization || kind == .project else {
          throw ExtractionError.lexicon(
            file: name, line: row.line, reason: "kind must be organization or project, got \(row.columns[0])")
        }
        let aliases = row.columns.count > 3 ? LexiconFile.list(row.columns[3]) : []
        let maker = row.columns.count > 4 && !row.columns[4].isEmpty ? row.columns[4] : nil
        return (EntityRef(kind: kind, name: row.columns[2], subtype: row.columns[1], maker: maker, isMedia: false), aliases)
      }
    }
    func places(_ name: String) throws -> [(EntityRef, [String])] {
      try file.rows(name, in: directory).map { row in
        let names = LexiconFile.list(row.columns[0])
        return (EntityRef(kind: .place, name: names[0], subtype: nil, maker: nil, isMedia: false), Array(names.dropFirst()))
      }
    }
    for (ref, aliases) in try entities("entities.tsv") + places("places.txt") { gazetteer.add(ref, aliases: aliases) }
    for row in try file.rows("media.txt", in: directory) {
      gazetteer.add(EntityRef(kind: .organization, name: row.columns[0], subtype: "media", maker: nil, isMedia: true), aliases: [])
    }
    firstNames = Set(try file.rows("first_names.txt", in: directory).map { $0.columns[0] })
    curatedFirstNames = firstNames
    // Supplementary lists (docs/extraction.md, "Generated lexicons"): the curated files above win.
    gazetteer.addSupplement(
      try entities("domain_organisations.tsv") + entities("generated/companies.tsv") + places("generated/places.txt"))
    stopwords = Set(try file.rows("stopwords.txt", in: directory).map { $0.columns[0] })
    germanCommonNouns = try file.words("generated/german_common_nouns.txt", in: directory)
    germanCommonNounEndings = WordEndings(germanCommonNouns)
    countries = try file.words("generated/countries.txt", in: directory)
    regions = try file.words("generated/regions.txt", in: directory)
    for row in try file.rows("generated/chinese_names.tsv", in: directory, minColumns: 2) {
      switch row.columns[0] {
      case "surname": chineseSurnames.insert(row.columns[1])
      case "syllable": pinyinSyllables.insert(row.columns[1])
      default: throw ExtractionError.lexicon(file: "generated/chinese_names.tsv", line: row.line, reason: "unknown kind \(row.columns[0])")
      }
    }
    firstNames.formUnion(try file.rows("generated/first_names.txt", in: directory).map { $0.columns[0] }.filter {
      !stopwords.contains($0)
    })
    // "Blackrock", "Softbank": names with a capital inside a word as the press also writes them, unless
    // the word so written is another word or a first name.
    let (stop, nouns, names) = (stopwords, germanCommonNouns, firstNames)
    gazetteer.addCaseVariants { !stop.contains($0) && !nouns.contains($0) && !names.contains($0) }
    gazetteer.addInflectedVariants()
    gazetteer.addUpperCaseVariants { !stop.contains($0) && !nouns.contains($0) && !names.contains($0) }
    gazetteer.indexFirstTokens()
    legalForms = try file.rows("legal_forms.txt", in: directory).map { row in
      Tokenizer.normalizedTokens(of: row.columns[0])
    }
    legalFormFirstWords = Set(legalForms.compactMap(\.first))
    hasEmptyLegalForm = legalForms.contains { $0.isEmpty }
    orgHeadNouns = Set(try file.rows("org_head_nouns.txt", in: directory).map { $0.columns[0] })
    orgHeadNounStarts = WordStarts(orgHeadNouns)
    let designatorRows = try file.rows("org_designators.txt", in: directory)
    orgDesignators = Set(designatorRows.map { $0.columns[0] })
    compoundOrgDesignators = Set(designatorRows.filter { $0.columns.count < 2 || $0.columns[1] != "apart" }.map { $0.columns[0] })
    for row in try file.rows("abbreviated_heads.tsv", in: directory, minColumns: 2) {
      guard let kind = NodeKind(rawValue: row.columns[1]), kind == .organization || kind == .project else {
        throw ExtractionError.lexicon(file: "abbreviated_heads.tsv", line: row.line, reason: "kind must be organization or project")
      }
      abbreviatedHeads[row.columns[0]] = kind
    }
    productNouns = try file.rows("product_nouns.txt", in: directory).map { $0.columns[0] }
    nameTails = Set(try file.rows("name_tails.txt", in: directory).map { $0.columns[0] })
    parentNameTails = Set(try file.rows("parent_name_tails.txt", in: directory).map { $0.columns[0] })
    sSurnames = Set(try file.rows("generated/s_surnames.txt", in: directory).map { $0.columns[0] })
    stockExchanges = Set(try file.rows("stock_exchanges.txt", in: directory).map { $0.columns[0] })
    for row in try file.rows("institution_heads.tsv", in: directory, minColumns: 2) { institutionHeads[row.columns[0]] = row.columns[1] }
    for head in institutionHeads.keys { head.withUTF8Bytes { if $0.count >= 4 { institutionHeadStarts.insert(FourByteSet.key($0, from: 0)) } } }
    productTiers = Set(try file.rows("product_tiers.txt", in: directory).map { $0.columns[0] })
    for row in try file.rows("power_deals.tsv", in: directory, minColumns: 2) {
      let word = row.columns[1]
      switch row.columns[0] {
      case "deal": powerDeals.deals.insert(word)
      case "deal_start": powerDeals.dealStarts.append(word)
      case "deal_phrase": powerDeals.dealPhrases.append(word.split(separator: " ").map(String.init))
      case "name_word": powerDeals.nameWords.insert(word)
      case "head": powerDeals.heads.insert(word)
      default: throw ExtractionError.lexicon(file: "power_deals.tsv", line: row.line, reason: "unknown class \(row.columns[0])")
      }
    }
    powerDeals.firstBytes = Set((Array(powerDeals.deals) + powerDeals.dealStarts + powerDeals.dealPhrases.compactMap(\.first)).compactMap { $0.utf8.first })
    for row in try file.rows("site_names.tsv", in: directory, minColumns: 2) {
      let word = row.columns[1]
      switch row.columns[0] {
      case "place_suffix": siteNames.placeSuffixes.insert(word)
      case "place_prefix": siteNames.placePrefixes[word] = row.columns.count > 2 ? row.columns[2] : word
      case "place_intro": siteNames.placeIntroducers.insert(word)
      case "place_noun": siteNames.placeNouns.insert(word)
      case "plant_head": siteNames.plantHeads.append(word)
      case "plant_noun": siteNames.plantNouns.insert(word)
      case "energy_word": siteNames.energyWords.insert(word.lowercased())
      case "site_tail": siteNames.tails.insert(word)
      default: throw ExtractionError.lexicon(file: "site_names.tsv", line: row.line, reason: "unknown class \(row.columns[0])")
      }
    }
    siteNames.indexOpeners()
    for row in try file.rows("public_bodies.tsv", in: directory, minColumns: 2) {
      let canonical = row.columns.count > 2 ? row.columns[2] : ""
      switch row.columns[0] {
      case "before":
        let words = row.columns[1].split(separator: " ").map(String.init)
        publicBodies.before[words[0], default: []].append((Array(words.dropFirst()), canonical))
      case "after": publicBodies.after[row.columns[1]] = canonical
      case "head": publicBodies.heads[row.columns[1]] = canonical
      case "adjective": publicBodies.adjectives.insert(row.columns[1])
      default: throw ExtractionError.lexicon(file: "public_bodies.tsv", line: row.line, reason: "expected before, after, head or adjective")
      }
    }
    supplyNouns = Set(try file.rows("supply_nouns.txt", in: directory).map { $0.columns[0] })
    rolePortfolios = Set(try file.rows("role_portfolios.txt", in: directory).map { $0.columns[0] })
    for row in try file.rows("regulators.tsv", in: directory, minColumns: 2) {
      switch row.columns[0] {
      case "body": regulators.insert(row.columns[1])
      case "part": regulatorNameParts.append(row.columns[1])
      case "aid": aidWords.append(row.columns[1])
      default: throw ExtractionError.lexicon(file: "regulators.tsv", line: row.line, reason: "expected body, part or aid")
      }
    }
    for row in try file.rows("roles.tsv", in: directory, minColumns: 2) {
      guard let relation = Relation(rawValue: row.columns[1]) else {
        throw ExtractionError.lexicon(file: "roles.tsv", line: row.line, reason: "unknown relation \(row.columns[1])")
      }
      roles[row.columns[0]] = relation
      if row.columns.count > 2, row.columns[2] == "compound" { compoundRoleHeads.append((row.columns[0].lowercased(), relation)) }
      if row.columns.count > 2, row.columns[2] == "generic" { genericRoles.insert(row.columns[0]) }
    }
    roleStarts = WordStarts(roles.keys)
    compoundRoleHeads.sort { $0.head.count != $1.head.count ? $0.head.count > $1.head.count : $0.head < $1.head }
    compoundRoleHeadLengths = compoundRoleHeads.map(\.head.count)
    compoundRoleForms = SuffixIndex(
      compoundRoleHeads.enumerated().flatMap { k, head in
        [head.head, head.head + "s", head.head + "en"].map { SuffixIndex.Form(owner: k, text: $0) }
      })
    for row in try file.rows("compound_heads.tsv", in: directory, minColumns: 4) {
      guard let relation = Relation(rawValue: row.columns[1]), let kind = NodeKind(rawValue: row.columns[3]) else {
        throw ExtractionError.lexicon(file: "compound_heads.tsv", line: row.line, reason: "unknown relation or kind")
      }
      compoundHeads[row.columns[0]] = CompoundHead(
        relation: relation, nameIsSource: row.columns[2] == "name→known", nameKind: kind)
    }
    for row in try file.rows("selection_roles.tsv", in: directory, minColumns: 2) {
      if row.columns[0] == "verb" {
        selectionVerbs.insert(row.columns[1])
      } else if row.columns[0] == "role", row.columns.count > 2, let relation = Relation(rawValue: row.columns[2]) {
        selectionRoles[row.columns[1]] = relation
      } else {
        throw ExtractionError.lexicon(file: "selection_roles.tsv", line: row.line, reason: "expected verb or role with a relation")
      }
    }
    selectionRolesByLength = selectionRoles.map { (role: $0.key, relation: $0.value) }
      .sorted { ($0.role.utf8.count, $1.role) > ($1.role.utf8.count, $0.role) }
    for row in try file.rows("group_nouns.tsv", in: directory, minColumns: 3) {
      guard let relation = Relation(rawValue: row.columns[1]), ["owner→member", "member→owner"].contains(row.columns[2]) else {
        throw ExtractionError.lexicon(file: "group_nouns.tsv", line: row.line, reason: "unknown relation or direction")
      }
      groupNouns[row.columns[0]] = GroupNoun(relation: relation, ownerIsSource: row.columns[2] == "owner→member")
    }
    for row in try file.rows("site_words.tsv", in: directory, minColumns: 2) {
      guard let kind = SiteWords.Kind(rawValue: row.columns[1]) else {
        throw ExtractionError.lexicon(file: "site_words.tsv", line: row.line, reason: "unknown class \(row.columns[1])")
      }
      siteWords.add(row.columns[0], kind)
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
      if row.columns.count > 2, row.columns[2] == "event" { eventNegatingCues.insert(statusCues.count) }
      statusCues.append((status, CueWord.parse(row.columns[1])))
    }
    statusCueIndex = StatusCueIndex(statusCues)
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
    possessives = Set(try file.rows("possessives.txt", in: directory).map { $0.columns[0].lowercased() })
    personEpithets = Set(try file.rows("person_epithets.txt", in: directory).map { $0.columns[0] })
    successionCues = try file.rows("succession_cues.txt", in: directory).map { $0.columns[0].lowercased().split(separator: " ").map(String.init) }
      .sorted { $0.count > $1.count }  // the longest cue at a word first: "nachfolger von" before "nachfolger"
    for row in try file.rows("anaphora.tsv", in: directory, minColumns: 2) {
      guard let kind = NodeKind(rawValue: row.columns[1]) else {
        throw ExtractionError.lexicon(file: "anaphora.tsv", line: row.line, reason: "unknown kind \(row.columns[1])")
      }
      anaphora[row.columns[0]] = kind
    }
    nounSuffixes = try file.rows("noun_suffixes.txt", in: directory).map { $0.columns[0] }
    nounSuffixAffixes = nounSuffixes.map(ASCIIAffix.init)
    for row in try file.rows("clause_openers.txt", in: directory) {
      clauseOpeners.insert(row.columns[0])
      if row.columns.count > 1, row.columns[1] == "complement" { complementizers.insert(row.columns[0]) }
      if row.columns.count > 1, row.columns[1] == "inserted" { insertedClauseOpeners.insert(row.columns[0]) }
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
    epithetHeadForms = SuffixIndex(epithetHeads.enumerated().map { SuffixIndex.Form(owner: $0, text: $1) })
    fuzzyNames = Dictionary(grouping: gazetteer.fuzzyNames.filter { $0.name.count >= 7 }, by: { $0.name.first! })
      .mapValues { $0.map(FuzzyName.init) }
    compoundOrgHeads = orgHeadNouns.compactMap { head -> String? in
      let word = head.hasPrefix("-") ? String(head.dropFirst()) : head
      // German heads of five letters on ("Anbieter"), English ones of seven ("Kabelprovider", "Netzoperator").
      return word.count >= 5 && word.first!.isUppercase || word.count >= 7 && !word.contains(" ") ? word.lowercased() : nil
    }.sorted()
    compoundOrgHeadLengths = compoundOrgHeads.map(\.count)
    compoundOrgHeadForms = SuffixIndex(
      compoundOrgHeads.enumerated().flatMap { k, head in
        [head, head + "s", head + "n", head + "en"].map { SuffixIndex.Form(owner: k, text: $0) }
      })
    wordSetFilters = WordSetFilters(
      possessives: ASCIIWordFilter(possessives), selectionVerbs: ASCIIWordFilter(selectionVerbs),
      stopwords: ASCIIWordFilter(stopwords), firstNames: ASCIIWordFilter(firstNames),
      chineseSurnames: ASCIIWordFilter(chineseSurnames), orgDesignators: ASCIIWordFilter(orgDesignators),
      legalFormFirstWords: ASCIIWordFilter(legalFormFirstWords), epithets: ASCIIWordFilter(Set(epithets.keys)),
      anaphora: ASCIIWordFilter(Set(anaphora.keys)))
  }
}

/// `ASCIIWordFilter`s of the lexicon's word sets (and dictionary keys) that `WordInfo` asks about every new
/// word.
struct WordSetFilters: Sendable {
  var possessives = ASCIIWordFilter()
  var selectionVerbs = ASCIIWordFilter()
  var stopwords = ASCIIWordFilter()
  var firstNames = ASCIIWordFilter()
  var chineseSurnames = ASCIIWordFilter()
  var orgDesignators = ASCIIWordFilter()
  var legalFormFirstWords = ASCIIWordFilter()
  /// The keys of `epithets` and `anaphora`.
  var epithets = ASCIIWordFilter()
  var anaphora = ASCIIWordFilter()
}

/// A name for typo-tolerant matching, with its length and lower-case characters computed once.
struct FuzzyName: Sendable {
  let ref: EntityRef
  /// `ref.name.count`.
  let length: Int
  /// `Array(ref.name.lowercased())`, what `EntityRecognizer.isOneEditApart` compares.
  let letters: [Character]

  init(_ ref: EntityRef) {
    self.ref = ref
    length = ref.name.count
    letters = Array(ref.name.lowercased())
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
  case forward, reverse, list, passive, symmetric, joins, funding, sale, regulator
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
    candidateIndices(for: token).map { cues[$0] }
  }

  /// The indices of the cues whose first word may match the token, in file order.
  func candidateIndices(for token: Token) -> [Int] {
    guard token.isWord else { return [] }
    let word = token.lowercased
    var found = exact[word] ?? []
    found += prefixes[String(word.prefix(3))] ?? []
    if token.isHyphenated {
      for part in word.split(separator: "-").dropFirst() { found += prefixes[String(part.prefix(3))] ?? [] }
    }
    found += shortPrefixes
    if found.count > 1 { found = Array(Set(found)).sorted() }
    return found
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

  /// Last parts of compounds that describe who owns a thing ("investor-owned utility").
  static let ownershipParticiples: Set<String> = ["owned", "controlled", "operated", "run"]

  /// Closed compounds that a prefix cue opens but whose head names a kind of organisation: the
  /// "Beteiligungsgesellschaften wie A und B" are firms, not stakes taken.
  static let organisationHeads = ["gesellschaft", "gesellschaften", "firma", "firmen", "fonds", "holding", "holdings"]

  /// Whether a token matches, as a whole or (for prefixes) through one of its compound parts.
  func matches(_ token: Token) -> Bool {
    guard token.isWord else { return false }
    let word = token.lowercased
    // "investor-owned", "state-controlled": a compound of ownership describes, it states no act.
    if isPrefix, token.isHyphenated, let last = token.parts.last, CueWord.ownershipParticiples.contains(last.lowercased()) { return false }
    if isPrefix ? word.hasPrefix(text) : word == text { return !isPrefix || !namesOrganisation(word) }
    guard isPrefix, token.isHyphenated else { return false }
    let parts = token.parts.map { $0.lowercased() }
    return parts.indices.dropFirst().contains { i in
      let rest = parts[i...].joined(separator: "-")
      return rest.hasPrefix(text) && !namesOrganisation(rest)
    }
  }

  /// Whether a closed compound this prefix opens ends in an organisation noun ("beteiligungsgesellschaften");
  /// a hyphenated one ("joint-venture-gesellschaft") is the cue's own compound.
  private func namesOrganisation(_ word: String) -> Bool {
    !word.contains("-") && CueWord.organisationHeads.contains { word.hasSuffix($0) && word.utf8.count >= text.utf8.count + $0.utf8.count }
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
    for (i, raw) in split(text[...], at: "\n").enumerated() {
      if isBlankOrComment(raw) { continue }
      let columns = split(raw, at: "\t").map(trimmed)
      guard columns.count >= minColumns else {
        throw ExtractionError.lexicon(
          file: name, line: i + 1, reason: "expected \(minColumns) tab-separated columns, got \(columns.count)")
      }
      rows.append(Row(line: i + 1, columns: columns))
    }
    return rows
  }

  /// The lines of a one-column list (no tabs, no trailing spaces, "#" comments), read as bytes: for the
  /// long generated word lists, where `rows` would split every line into columns.
  static func words(_ name: String, in directory: URL) throws -> Set<String> {
    let url = directory.appendingPathComponent(name)
    guard let data = try? Data(contentsOf: url), String(data: data, encoding: .utf8) != nil else {
      throw ExtractionError.lexicon(file: name, line: 0, reason: "missing or not UTF-8")
    }
    var words = Set<String>()
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let bytes = raw.bindMemory(to: UInt8.self)
      words.reserveCapacity(bytes.count / 10)
      var start = 0
      for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: "\n") {
        var end = i
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        if end > start, bytes[start] != UInt8(ascii: "#") {
          words.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
        start = i + 1
      }
    }
    return words
  }

  /// Splits at an ASCII separator, keeping empty pieces; by bytes, which is faster than by characters
  /// for the long generated lists.
  static func split(_ s: Substring, at separator: Unicode.Scalar) -> [Substring] {
    let byte = UInt8(separator.value)
    let utf8 = s.utf8
    var pieces: [Substring] = []
    var start = utf8.startIndex
    // Stepping an index by hand: `utf8.indices` of a substring is a generic slice whose every use cost
    // more than the comparison.
    var i = start
    while i != utf8.endIndex {
      if utf8[i] == byte {
        pieces.append(s[start..<i])
        start = utf8.index(after: i)
      }
      utf8.formIndex(after: &i)
    }
    pieces.append(s[start...])
    return pieces
  }

  /// `CharacterSet.whitespaces`, made once: on Linux each call of the getter builds the set anew, with
  /// dynamic casts, which cost more than trimming a field.
  private static let whitespaces = CharacterSet.whitespaces

  /// The text without surrounding spaces and tabs; cheap when there are none (most lines of long lists).
  ///
  /// What `trimmingCharacters(in: .whitespaces)` gives: the scalars from the first to the last one outside
  /// the set (Foundation trims UTF-16 units, and every whitespace is one unit, while no unit of a surrogate
  /// pair is whitespace), without Foundation's bridging, which cost more than the rest of reading a line.
  static func trimmed(_ s: Substring) -> String {
    let ws = LexiconFile.whitespaces
    let scalars = s.unicodeScalars
    guard let first = scalars.first, let last = scalars.last else { return "" }
    if !isWhitespace(first, ws), !isWhitespace(last, ws) { return String(s) }
    guard let start = scalars.firstIndex(where: { !isWhitespace($0, ws) }) else { return "" }
    let end = scalars.lastIndex(where: { !isWhitespace($0, ws) })!
    return String(scalars[start...end])
  }

  /// `trimmed(raw).isEmpty || trimmed(raw).hasPrefix("#")`, without building the string when the first
  /// scalar kept and the one after it are ASCII (then the first character is that scalar alone).
  static func isBlankOrComment(_ raw: Substring) -> Bool {
    let ws = LexiconFile.whitespaces
    let scalars = raw.unicodeScalars
    guard let start = scalars.firstIndex(where: { !isWhitespace($0, ws) }) else { return true }
    let next = scalars.index(after: start)
    if scalars[start].value < 0x80, next == scalars.endIndex || scalars[next].value < 0x80 { return scalars[start] == "#" }
    let line = trimmed(raw)
    return line.isEmpty || line.hasPrefix("#")
  }

  /// `ws.contains(c)`, answered for ASCII without asking Foundation (about 110 instructions a call): the
  /// only ASCII scalars in `CharacterSet.whitespaces` are space and tab.
  @inline(__always)
  private static func isWhitespace(_ c: Unicode.Scalar, _ ws: CharacterSet) -> Bool {
    if c.value < 0x80 { return c == " " || c == "\t" }
    return ws.contains(c)
  }

  static func list(_ column: String) -> [String] {
    split(column[...], at: "|").map(trimmed).filter { !$0.isEmpty }
  }
}

extension Gazetteer {
  /// Adds entities of a supplementary list. A surface form the gazetteer already knows keeps its entity;
  /// an entity whose name is already known only adds its new aliases to the known entity.
  mutating func addSupplement(_ rows: [(EntityRef, [String])]) {
    var known: [String: EntityRef] = [:]
    for entries in byFirstToken.values {
      for entry in entries {
        let surface = entry.tokens.joined(separator: " ")  // joined once, looked up once
        if known[surface] == nil { known[surface] = entry.ref }
      }
    }
    // The surface as the gazetteer stores it: its tokens. Words of letters and digits between single
    // spaces (almost every name) are their own tokens; anything else goes through the tokenizer.
    func key(_ surface: String) -> String {
      var previousIsSpace = true
      let simple = surface.unicodeScalars.allSatisfy { c in
        defer { previousIsSpace = c == " " }
        return c.isWordCharacter || (c == " " && !previousIsSpace)
      }
      if simple && surface.unicodeScalars.last != " " { return surface }
      return Tokenizer.normalizedTokens(of: surface).joined(separator: " ")
    }
    for (ref, aliases) in rows {
      let name = key(ref.name)
      let newAliases = aliases.map { ($0, key($0)) }.filter { known[$0.1] == nil }
      let owner = known[name] ?? ref
      if known[name] == nil || !newAliases.isEmpty { add(owner, aliases: newAliases.map(\.0)) }
      known[name] = owner
      for (_, k) in newAliases { known[k] = owner }
    }
  }
}

/// Words around a site (`site_words.tsv`): a pattern is a lower-case word with "*" at its end (any
/// ending), its start (any beginning) or both; a word matches as a whole or by its last hyphenated part.
struct SiteWords: Sendable {
  enum Kind: String, Sendable {
    /// A built thing: "Rechenzentrum", "plant", "Standorte".
    case facility
    /// Building, expanding or being based: "Ausbau", "expand", "headquartered".
    case activity
    /// Where an organisation is based: "Hauptsitz", "headquartered", "angesiedelt".
    case seat
    /// The kind of place between a preposition and the place: "Stadtteil", "area".
    case area
    /// A word a pattern would match that names no site: "Wirtschaftsstandort Deutschland" is the national
    /// economy (read as no class).
    case none
  }

  private var exact: [String: Kind] = [:]
  private var affixed: [(affix: ASCIIAffix, prefix: Bool, suffix: Bool, kind: Kind)] = []

  mutating func add(_ pattern: String, _ kind: Kind) {
    let anyStart = pattern.hasPrefix("*")
    let anyEnd = pattern.hasSuffix("*")
    let text = String(pattern.dropFirst(anyStart ? 1 : 0).dropLast(anyEnd ? 1 : 0))
    if !anyStart && !anyEnd { exact[text] = kind } else { affixed.append((ASCIIAffix(text), anyEnd, anyStart, kind)) }
  }

  /// The class of a word, or nil.
  func kind(of token: Token) -> Kind? {
    guard token.isWord else { return nil }
    // (A whole word of class none is no site word, whatever its last part: "Hightech-Standorts".)
    if token.isHyphenated, exact[token.lowercased] == Kind.none { return nil }
    if let k = kind(of: token.lowercased) { return k }
    if token.isHyphenated, let last = token.parts.last { return kind(of: last.lowercased()) }
    return nil
  }

  func kind(of word: String) -> Kind? {
    if let k = exact[word] { return k == Kind.none ? nil : k }
    // ASCII words are compared by bytes (`ASCIIAffix`): the same answers without a call per affix.
    return word.withASCIIBytes { ascii in
      for a in affixed {
        switch (a.prefix, a.suffix) {
        case (true, true): if a.affix.isContained(in: word, ascii: ascii) { return a.kind }
        case (true, false): if a.affix.isPrefix(of: word, ascii: ascii) { return a.kind }
        default: if a.affix.isSuffix(of: word, ascii: ascii) { return a.kind }
        }
      }
      return nil
    }
  }
}

/// A noun for a group of organisations around an owner (`group_nouns.tsv`).
struct GroupNoun: Sendable {
  let relation: Relation
  /// Whether the owner is the relation's source ("X's customers": X supplies them).
  let ownerIsSource: Bool
}

extension Lexicon {
  /// The role a closed German compound ends in: "Finanzvorstand" → works_for, "Telekomchef" → leads.
  /// The word must be capitalised and at least three letters longer than the role.
  func compoundRole(_ word: String) -> Relation? {
    // (Fewer than seven bytes are fewer than seven characters; an ASCII first letter is upper-case from A to Z.)
    guard word.utf8.count >= 7, let byte = word.utf8.first,
      byte >= 0x80 || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    else { return nil }
    guard let first = word.unicodeScalars.first, first.properties.isUppercase, word.count >= 7 else { return nil }
    let lower = word.lowercased()
    let length = lower.count
    // The first head (in `compoundRoleHeads` order) with a form the word ends in, also inflected:
    // "Finanzvorstands", "Konzernchefs". Only the forms that may end the word are tried.
    var earliest: Int? = nil
    for form in compoundRoleForms.candidates(endingLike: lower) where earliest.map({ form.owner < $0 }) ?? true {
      if length >= compoundRoleHeadLengths[form.owner] + 3, lower.hasSuffix(form.text) { earliest = form.owner }
    }
    return earliest.map { compoundRoleHeads[$0].relation }
  }
}

/// The words of public_bodies.tsv.
struct PublicBodyWords: Sendable {
  /// A word before a place, with the words that follow it and the name's canonical first part: "Landes" →
  /// ([], "Land"), "Government" → (["of"], "Government of").
  var before: [String: [(rest: [String], canonical: String)]] = [:]
  /// A word after a place and its canonical form: "Government" → "government".
  var after: [String: String] = [:]
  /// A word of government after an adjective and its canonical form.
  var heads: [String: String] = [:]
  /// English adjectives as written ("Japanese"), German ones as their stem ("japanisch").
  var adjectives: Set<String> = []

  /// Whether a word is a nation's or state's adjective: English as written ("Spanish"), German inflected
  /// ("spanischen").
  func isNationAdjective(_ t: Token) -> Bool {
    if adjectives.contains(t.text) { return true }
    let word = t.lowercased
    return EntityRecognizer.adjectiveEndings.contains { word.hasSuffix($0) && adjectives.contains(String(word.dropLast($0.count))) }
  }

  /// Whether a word may open a rule of `EntityRecognizer.publicBodies` on its own: a word of government, a
  /// capitalised "Government" or "Bund(es)". (The words before and after a place are asked from the place.)
  func opensRule(_ t: Token) -> Bool {
    heads[t.text] != nil || t.text == "Government" || t.text == "Bund" || t.text == "Bundes"
  }
}

/// The words of site_names.tsv.
struct SiteNameWords: Sendable {
  /// "County", "Parish": close a place's name.
  var placeSuffixes: Set<String> = []
  /// "Landkreises" → "Landkreis": open a place's name.
  var placePrefixes: [String: String] = [:]
  /// "town", "municipality": before "of" and a place.
  var placeIntroducers: Set<String> = []
  /// "Gemeinde", "Stadt": German nouns before a place.
  var placeNouns: Set<String> = []
  /// Lower-case endings of German nouns before a power plant's name ("windpark").
  var plantHeads: [String] = []
  /// English nouns after a power plant's name ("project", "farm").
  var plantNouns: Set<String> = []
  /// Lower-case words of energy ("solar", "wind", "pv").
  var energyWords: Set<String> = []
  /// English words that go on a site's name though German knows them as nouns ("City", "Creek").
  var tails: Set<String> = []

  /// The words that open a rule, capitalised ("County", "Landkreis", "Gemeinde") and lower-case ("town",
  /// "project"); and the last bytes of the plant heads (set by `indexOpeners`).
  private(set) var capitalisedOpeners: Set<String> = []
  private(set) var lowercaseOpeners: Set<String> = []
  private(set) var plantHeadEnds: Set<UInt8> = []

  mutating func indexOpeners() {
    capitalisedOpeners = placeSuffixes.union(placePrefixes.keys).union(placeNouns)
    lowercaseOpeners = placeIntroducers.union(plantNouns)
    plantHeadEnds = Set(plantHeads.compactMap { $0.utf8.last })
  }

  /// Whether a word opens a rule of `EntityRecognizer.siteNames`.
  func opensRule(_ t: Token) -> Bool {
    t.isCapitalized ? capitalisedOpeners.contains(t.text) || isPlantHead(t.lowercased) : lowercaseOpeners.contains(t.text)
  }

  /// Whether a lower-case word is a German noun before a power plant's name ("windpark", "offshore-windparks").
  func isPlantHead(_ lowercased: String) -> Bool {
    var bytes = lowercased.utf8.reversed().makeIterator()
    guard var last = bytes.next() else { return false }
    if last == UInt8(ascii: "s"), let before = bytes.next() { last = before }
    guard plantHeadEnds.contains(last) else { return false }
    let head = lowercased.hasSuffix("s") ? lowercased.dropLast() : Substring(lowercased)
    return plantHeads.contains(where: { head.hasSuffix($0) })
  }
}

/// The words of power_deals.tsv.
struct PowerDealWords: Sendable {
  /// Lower-case words that name the agreement ("ppa").
  var deals: Set<String> = []
  /// Lower-case starts of German compounds that name it ("strom" in "Stromabnahmevertrag").
  var dealStarts: [String] = []
  /// Lower-case words of names of it in several words; the last may go on ("power purchase agreement(s)").
  var dealPhrases: [[String]] = []
  /// The first bytes of all of these: a word that starts otherwise is none.
  var firstBytes: Set<UInt8> = []
  /// Words in a name that make it a power producer ("Energy").
  var nameWords: Set<String> = []
  /// Lower-case nouns before a name that make it a power producer ("utility", "energieunternehmen").
  var heads: Set<String> = []

  /// Whether a lower-case word names the agreement or opens a name of it.
  func opensName(_ w: String) -> Bool {
    guard let c = w.utf8.first, firstBytes.contains(c) else { return false }
    return namesDeal(w) || dealPhrases.contains(where: { $0[0] == w })
  }

  /// Whether a lower-case word alone names the agreement: "ppa", "stromabnahmevertrag".
  func namesDeal(_ w: String) -> Bool {
    deals.contains(w) || (dealStarts.contains(where: { w.hasPrefix($0) }) && (w.contains("vertrag") || w.contains("verträg")))
  }
}
