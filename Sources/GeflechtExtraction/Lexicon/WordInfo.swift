import Foundation
import GeflechtCore

/// Everything the rules ask about one distinct token text, answered once per run instead of once per
/// occurrence.
///
/// A `Vocabulary` creates one `WordInfo` per distinct token text and every token with that text shares it,
/// so the lower-case form, lexicon lookups, suffix and compound tests, cue candidates, numbers and dates
/// are computed on the first occurrence only. Each answer is exactly what the rule it stands for computes
/// from the token (the rules keep their uncached form for tokens made without a vocabulary, such as
/// lexicon phrases and tests). Immutable, so tokens can share it across threads.
final class WordInfo: TokenForm, @unchecked Sendable {  // immutable
  /// Contains a letter (sentences without a lettered word are dropped).
  let hasLetter: Bool
  let classes: WordClasses

  // Recognition
  let gazetteerCandidates: [Gazetteer.Entry]
  let isStopword: Bool
  let isFirstName: Bool
  let isRoleWord: Bool
  let isNameWord: Bool
  /// `EntityRecognizer.isNameWordOutsideGazetteer`.
  let isNameWordOutsideGazetteer: Bool
  /// `EntityRecognizer.isCommonNoun`: a German common noun or a closed compound ending in one.
  let isCommonNoun: Bool
  let isOrgHeadNoun: Bool
  let hasNounSuffix: Bool
  /// `Lexicon.orgDesignators` holds the text as written ("Labs", "Systems").
  let isOrgDesignator: Bool
  /// Some legal form ("GmbH", "AG") starts with this word.
  let mayStartLegalForm: Bool
  /// The known name this capitalised word misspells, with its compound head.
  let fuzzyMatch: (ref: EntityRef, head: String?)?

  // Resolution
  let epithetDeterminers: Set<String>?
  let anaphoraKind: NodeKind?
  /// `NameResolver.withoutFinalS` of the normalised word.
  let withoutFinalS: String

  // Relations and status
  let roleRelation: Relation?
  /// `RelationExtractor.isVerbForm`: could be a verb cue.
  let isVerbForm: Bool
  /// Relation cues (indices into `Lexicon.cueIndex.cues`) whose first word matches, in file order.
  let relationCues: [Int]
  /// Status cues (indices into `Lexicon.statusCues`) whose first word matches, in file order.
  let statusCues: [Int]
  /// `RelationExtractor.isGenericRole`: "Konzernchef", "Konzernchefs".
  let isGenericRole: Bool
  /// `RelationExtractor.isSubsidiaryNoun`: "Tochter", "Cloud-Sparte", "unit".
  let isSubsidiaryNoun: Bool
  /// `RelationExtractor.groupNoun`: "Kunden", "investors".
  let groupNoun: GroupNoun?
  /// `Lexicon.siteWords.kind(of:)`: "Rechenzentrum", "Hauptsitz".
  let siteKind: SiteWords.Kind?
  /// The text as written ends in "'s" or "’s" (an English genitive).
  let endsInApostropheS: Bool

  // Amounts and dates
  let number: Decimal?
  let month: Int?
  let day: Int?
  let year: Int?

  init(_ t: Token, lexicon: Lexicon) {
    hasLetter = t.text.unicodeScalars.contains(where: \.isLetter)
    var classes = WordClasses(t)
    if lexicon.possessives.contains(t.lowercased) { classes.insert(.possessive) }
    if lexicon.selectionVerbs.contains(t.lowercased) { classes.insert(.selectionVerb) }
    self.classes = classes

    let recognizer = EntityRecognizer(lexicon: lexicon)
    gazetteerCandidates = lexicon.gazetteer.candidates(for: t)
    isStopword = lexicon.stopwords.contains(t.text)
    isFirstName = lexicon.firstNames.contains(t.text)
    let (roleWord, orgHeadNoun) = (recognizer.isRoleWord(t), recognizer.isOrgHeadNoun(t))
    isRoleWord = roleWord
    isOrgHeadNoun = orgHeadNoun
    isNameWordOutsideGazetteer = recognizer.isNameWordOutsideGazetteer(t, isOrgHeadNoun: orgHeadNoun, isRoleWord: roleWord)
    // `EntityRecognizer.isNameWord` from the answers above, without asking the lexicon twice.
    isNameWord = isNameWordOutsideGazetteer && gazetteerCandidates.isEmpty
    isCommonNoun = recognizer.isCommonNoun(t)
    isOrgDesignator = lexicon.orgDesignators.contains(t.text)
    hasNounSuffix = recognizer.hasNounSuffix(t.text)
    mayStartLegalForm = lexicon.legalForms.contains { $0.first == t.normalized || $0.isEmpty }
    fuzzyMatch = t.isCapitalized ? recognizer.fuzzyMatch(t) : nil

    epithetDeterminers = NameResolver(lexicon: lexicon).epithetDeterminers(t.lowercased)
    anaphoraKind = lexicon.anaphora[t.text]
    withoutFinalS = NameResolver.withoutFinalS(t.normalized)

    let relations = RelationExtractor(lexicon: lexicon)
    roleRelation = relations.roleRelation(of: t)
    isGenericRole = relations.isGenericRole(t)
    isSubsidiaryNoun = relations.isSubsidiaryNoun(t)
    groupNoun = relations.groupNoun(t)
    siteKind = lexicon.siteWords.kind(of: t)
    endsInApostropheS = Token.endsInApostropheS(t.text)
    isVerbForm = RelationExtractor.isVerbForm(t)
    relationCues = lexicon.cueIndex.candidateIndices(for: t).filter { lexicon.cueIndex.cues[$0].words[0].matches(t) }
    statusCues = lexicon.statusCues.indices.filter { i in
      guard let first = lexicon.statusCues[i].words.first else { return true }
      return StatusDetector.matches(first, t)
    }

    number = AmountParser.number(t)
    month = t.isWord ? lexicon.months[t.lowercased] : nil
    day = DateParser.day(t)
    year = DateParser.year(t)
    super.init(wordInfoOf: t.form)
  }
}

/// Closed word classes the rules test tokens against, as bits.
struct WordClasses: OptionSet, Sendable {
  let rawValue: UInt32

  /// `RelationExtractor.coordinators` (lower-case).
  static let coordinator = WordClasses(rawValue: 1 << 0)
  static let linkPreposition = WordClasses(rawValue: 1 << 1)
  /// `RelationExtractor.titles` (as written).
  static let title = WordClasses(rawValue: 1 << 2)
  static let definiteArticle = WordClasses(rawValue: 1 << 3)
  /// `RelationExtractor.prepositions`.
  static let preposition = WordClasses(rawValue: 1 << 4)
  static let possessive = WordClasses(rawValue: 1 << 5)
  /// `RelationExtractor.clauseBreaks` (as written).
  static let clauseBreak = WordClasses(rawValue: 1 << 6)
  /// The punctuation that ends a clause for `StatusDetector` (as written).
  static let hardClauseBreak = WordClasses(rawValue: 1 << 7)
  /// `NameResolver.prepositions`.
  static let resolverPreposition = WordClasses(rawValue: 1 << 8)
  /// "leitung", "führung" ("unter der Leitung von …").
  static let leadership = WordClasses(rawValue: 1 << 9)
  /// "$", "€", "£" as written.
  static let currencySymbol = WordClasses(rawValue: 1 << 10)
  static let period = WordClasses(rawValue: 1 << 11)
  static let comma = WordClasses(rawValue: 1 << 12)
  /// `RelationExtractor.possessivesForRoles` (lower-case).
  static let possessiveForRole = WordClasses(rawValue: 1 << 13)
  /// `EntityRecognizer.speechVerbs` (lower-case).
  static let speechVerb = WordClasses(rawValue: 1 << 15)
  /// `Lexicon.selectionVerbs` (lower-case; set by `WordInfo`, which knows the lexicon).
  static let selectionVerb = WordClasses(rawValue: 1 << 16)
  /// `NameResolver.articles` (lower-case).
  static let resolverArticle = WordClasses(rawValue: 1 << 17)
  /// `EntityRecognizer.germanBuyingVerbs` (lower-case).
  static let germanBuyingVerb = WordClasses(rawValue: 1 << 18)
  /// `EntityRecognizer.germanModals` (lower-case).
  static let germanModal = WordClasses(rawValue: 1 << 19)
  /// `EntityRecognizer.englishBuyingVerbs` (as written).
  static let englishBuyingVerb = WordClasses(rawValue: 1 << 20)

  init(rawValue: UInt32) { self.rawValue = rawValue }

  init(_ t: Token) {
    var c: WordClasses = []
    let lower = t.lowercased
    if RelationExtractor.coordinators.contains(lower) { c.insert(.coordinator) }
    if RelationExtractor.linkPrepositions.contains(lower) { c.insert(.linkPreposition) }
    if RelationExtractor.titles.contains(t.text) { c.insert(.title) }
    if RelationExtractor.definiteArticles.contains(lower) { c.insert(.definiteArticle) }
    if RelationExtractor.prepositions.contains(lower) { c.insert(.preposition) }
    if RelationExtractor.clauseBreaks.contains(t.text) { c.insert(.clauseBreak) }
    if StatusDetector.hardBreaks.contains(t.text) { c.insert(.hardClauseBreak) }
    if NameResolver.prepositions.contains(lower) { c.insert(.resolverPreposition) }
    if NameResolver.articles.contains(lower) { c.insert(.resolverArticle) }
    if lower == "leitung" || lower == "führung" { c.insert(.leadership) }
    if t.text == "$" || t.text == "€" || t.text == "£" { c.insert(.currencySymbol) }
    if t.text == "." { c.insert(.period) }
    if t.text == "," { c.insert(.comma) }
    if RelationExtractor.possessivesForRoles.contains(lower) { c.insert(.possessiveForRole) }
    if EntityRecognizer.speechVerbs.contains(lower) { c.insert(.speechVerb) }
    if EntityRecognizer.germanBuyingVerbs.contains(lower) { c.insert(.germanBuyingVerb) }
    if EntityRecognizer.germanModals.contains(lower) { c.insert(.germanModal) }
    if EntityRecognizer.englishBuyingVerbs.contains(t.text) { c.insert(.englishBuyingVerb) }
    self = c
  }
}
