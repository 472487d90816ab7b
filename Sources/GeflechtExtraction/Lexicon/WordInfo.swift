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
  /// `Lexicon.chineseSurnames` holds the text as written ("Wang").
  let isChineseSurname: Bool
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
  /// `EntityRecognizer.isLongAlphabeticWord`: four letters or more, starting with a letter.
  let isLongAlphabeticWord: Bool
  /// `EntityRecognizer.isCamelCaseName` of a capitalised word ("DigitalBridge", "DataBank's"); false for
  /// other words, which the rule does not ask about.
  let isCamelCaseName: Bool
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
  /// A word ending in a product noun (`Lexicon.endsInProductNoun`): "Sprachmodell", "chips".
  let isProductNoun: Bool
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
    // (The lexicon's word sets are asked through filters that answer most ASCII words without hashing.)
    let filters = lexicon.wordSetFilters
    if filters.possessives.contains(t.lowercased, in: lexicon.possessives) { classes.insert(.possessive) }
    if filters.selectionVerbs.contains(t.lowercased, in: lexicon.selectionVerbs) { classes.insert(.selectionVerb) }
    if t.isWord {
      if lexicon.siteNames.opensRule(t) { classes.insert(.siteNameWord) }
      if lexicon.publicBodies.opensRule(t) { classes.insert(.publicBodyWord) }
      if lexicon.powerDeals.opensName(t.lowercased) { classes.insert(.powerDealWord) }
    }
    self.classes = classes

    let recognizer = EntityRecognizer(lexicon: lexicon)
    gazetteerCandidates = lexicon.gazetteer.candidates(for: t)
    isStopword = filters.stopwords.contains(t.text, in: lexicon.stopwords)
    isFirstName = filters.firstNames.contains(t.text, in: lexicon.firstNames) || lexicon.isFirstNameVariant(t.text)
    isChineseSurname = filters.chineseSurnames.contains(t.text, in: lexicon.chineseSurnames)
    // `compoundRole` of the text, asked by both `isRoleWord` and `roleRelation`, computed once.
    let compoundRoleOfText = lexicon.compoundRole(t.text)
    let (roleWord, orgHeadNoun) = (recognizer.isRoleWord(t, compoundRoleOfText: compoundRoleOfText), recognizer.isOrgHeadNoun(t))
    isRoleWord = roleWord
    isOrgHeadNoun = orgHeadNoun
    isNameWordOutsideGazetteer = recognizer.isNameWordOutsideGazetteer(t, isOrgHeadNoun: orgHeadNoun, isRoleWord: roleWord)
    // `EntityRecognizer.isNameWord` from the answers above, without asking the lexicon twice.
    isNameWord = isNameWordOutsideGazetteer && !gazetteerCandidates.contains { $0.tokens.count == 1 }
    isCommonNoun = recognizer.isCommonNoun(t)
    isOrgDesignator = filters.orgDesignators.contains(t.text, in: lexicon.orgDesignators)
    isLongAlphabeticWord = EntityRecognizer.isLongAlphabeticWord(t)
    isCamelCaseName = t.isCapitalized && EntityRecognizer.isCamelCaseName(t)
    hasNounSuffix = recognizer.hasNounSuffix(t.text)
    mayStartLegalForm = lexicon.hasEmptyLegalForm || filters.legalFormFirstWords.contains(t.normalized, in: lexicon.legalFormFirstWords)
    fuzzyMatch = t.isCapitalized ? recognizer.fuzzyMatch(t) : nil

    epithetDeterminers = NameResolver(lexicon: lexicon).epithetDeterminers(t.lowercased)
    anaphoraKind = filters.anaphora.mayContain(t.text) ? lexicon.anaphora[t.text] : nil
    withoutFinalS = NameResolver.withoutFinalS(t.normalized)

    let relations = RelationExtractor(lexicon: lexicon)
    roleRelation = relations.roleRelation(of: t, compoundRoleOfText: compoundRoleOfText)
    isGenericRole = relations.isGenericRole(t)
    isSubsidiaryNoun = relations.isSubsidiaryNoun(t)
    isProductNoun = t.isWord && lexicon.endsInProductNoun(t.lowercased)
    groupNoun = relations.groupNoun(t)
    siteKind = lexicon.siteWords.kind(of: t)
    endsInApostropheS = Token.endsInApostropheS(t.text)
    isVerbForm = RelationExtractor.isVerbForm(t)
    relationCues = lexicon.cueIndex.candidateIndices(for: t).filter { lexicon.cueIndex.cues[$0].words[0].matches(t) }
    // `StatusDetector.matches` of each cue's first word, looked up by the word.
    statusCues = lexicon.statusCueIndex.candidates(t.lowercased)

    number = AmountParser.number(t)
    month = t.isWord ? lexicon.months[t.lowercased] : nil
    day = DateParser.day(t)
    year = DateParser.year(t)
    super.init(wordInfoOf: t.form)
  }
}

/// Closed word classes the rules test tokens against, as bits.
struct WordClasses: OptionSet, Sendable {
  let rawValue: UInt64

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
  /// The normalised text is a straight double quote (`"`, also from typographic quotes).
  static let quoteMark = WordClasses(rawValue: 1 << 14)
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
  /// `RelationExtractor.formerWords` (lower-case).
  static let former = WordClasses(rawValue: 1 << 21)
  /// `RelationExtractor.superlatives` (lower-case).
  static let superlative = WordClasses(rawValue: 1 << 22)
  /// `RelationExtractor.isInflectedParticipleForm`: lower-case, ending in -te, -ten, -tes, -tem or -ter.
  static let inflectedParticipleForm = WordClasses(rawValue: 1 << 23)
  /// `RelationExtractor.rivalNouns` (as written).
  static let rivalNoun = WordClasses(rawValue: 1 << 24)
  /// `RelationExtractor.participationCues` (lower-case).
  static let participationCue = WordClasses(rawValue: 1 << 25)
  /// `RelationExtractor.raisingWords` (lower-case).
  static let raisingWord = WordClasses(rawValue: 1 << 26)
  /// `RelationExtractor.investorNouns` (lower-case).
  static let investorNoun = WordClasses(rawValue: 1 << 27)
  /// `RelationExtractor.isRoundWord`: "Finanzierungsrunde", "round", "Series".
  static let roundWord = WordClasses(rawValue: 1 << 28)
  /// `NameResolver.personPronouns` and the articles of `NameResolver.personEpithetHead` (lower-case).
  static let personReference = WordClasses(rawValue: 1 << 29)
  /// `EntityRecognizer.productListWords` (lower-case): "wie", "including".
  static let productListWord = WordClasses(rawValue: 1 << 30)
  /// `RelationExtractor.takingOverVerbs` (lower-case): "übernimmt", "took".
  static let takingOverVerb = WordClasses(rawValue: 1 << 31)
  /// `RelationExtractor.awardingWords` and `winningWords` (lower-case): "awarded", "won", "erhielt".
  static let contractVerb = WordClasses(rawValue: 1 << 32)
  /// `RelationExtractor.postNouns` (lower-case): "Vorstandsvorsitz", "Führung", "helm".
  static let postNoun = WordClasses(rawValue: 1 << 33)
  /// A word of `site_names.tsv` that opens one of its rules (`SiteNameWords.opensRule`; set by `WordInfo`).
  static let siteNameWord = WordClasses(rawValue: 1 << 34)
  /// A word of `public_bodies.tsv` that opens one of its rules (`PublicBodyWords.opensRule`; set by `WordInfo`).
  static let publicBodyWord = WordClasses(rawValue: 1 << 35)
  /// A word that names a power purchase agreement or opens its name (`PowerDealWords.opensName`; set by
  /// `WordInfo`).
  static let powerDealWord = WordClasses(rawValue: 1 << 36)
  /// `RelationExtractor.passiveUseWords` and `useVerbs` (lower-case).
  static let useWord = WordClasses(rawValue: 1 << 37)

  init(rawValue: UInt64) { self.rawValue = rawValue }

  init(_ t: Token) {
    // (Most words are in neither table: the filters answer most ASCII ones without hashing them.)
    var c = WordClasses.lowercasedFilter.mayContain(t.lowercased) ? WordClasses.byLowercased[t.lowercased] ?? [] : []
    if WordClasses.textFilter.mayContain(t.text), let written = WordClasses.byText[t.text] { c.formUnion(written) }
    if RelationExtractor.isInflectedParticipleForm(t) { c.insert(.inflectedParticipleForm) }
    if t.isWord, RelationExtractor.isRoundWord(t) { c.insert(.roundWord) }
    if t.isWord, RelationExtractor.isInvestorCompound(t.lowercased) { c.insert(.investorNoun) }
    if t.normalized == "\"" { c.insert(.quoteMark) }
    self = c
  }

  /// The classes of the words of the lower-case lists, so that a token is looked up once instead of once
  /// per list (a dictionary and a set compare their `String` keys alike).
  private static let byLowercased: [String: WordClasses] = {
    var classes: [String: WordClasses] = [:]
    func add(_ words: Set<String>, _ c: WordClasses) { for w in words { classes[w, default: []].insert(c) } }
    add(RelationExtractor.coordinators, .coordinator)
    add(RelationExtractor.linkPrepositions, .linkPreposition)
    add(RelationExtractor.definiteArticles, .definiteArticle)
    add(RelationExtractor.prepositions, .preposition)
    add(NameResolver.prepositions, .resolverPreposition)
    add(NameResolver.articles, .resolverArticle)
    add(["leitung", "führung"], .leadership)
    add(RelationExtractor.possessivesForRoles, .possessiveForRole)
    add(EntityRecognizer.speechVerbs, .speechVerb)
    add(EntityRecognizer.germanBuyingVerbs, .germanBuyingVerb)
    add(EntityRecognizer.germanModals, .germanModal)
    add(RelationExtractor.formerWords, .former)
    add(RelationExtractor.superlatives, .superlative)
    add(RelationExtractor.participationCues, .participationCue)
    add(RelationExtractor.raisingWords, .raisingWord)
    add(RelationExtractor.investorNouns, .investorNoun)
    add(NameResolver.personPronouns.union(["der", "die", "the"]), .personReference)
    add(EntityRecognizer.productListWords, .productListWord)
    add(RelationExtractor.takingOverVerbs, .takingOverVerb)
    add(RelationExtractor.postNouns, .postNoun)
    add(RelationExtractor.awardingWords.union(RelationExtractor.winningWords), .contractVerb)
    add(RelationExtractor.passiveUseWords.union(RelationExtractor.useVerbs), .useWord)
    return classes
  }()

  private static let lowercasedFilter = ASCIIWordFilter(Set(byLowercased.keys))
  private static let textFilter = ASCIIWordFilter(Set(byText.keys))

  /// The classes of the words of the lists that hold words as written.
  private static let byText: [String: WordClasses] = {
    var classes: [String: WordClasses] = [:]
    func add(_ words: Set<String>, _ c: WordClasses) { for w in words { classes[w, default: []].insert(c) } }
    add(RelationExtractor.titles, .title)
    add(RelationExtractor.clauseBreaks, .clauseBreak)
    add(StatusDetector.hardBreaks, .hardClauseBreak)
    add(["$", "€", "£"], .currencySymbol)
    add(["."], .period)
    add([","], .comma)
    add(EntityRecognizer.englishBuyingVerbs, .englishBuyingVerb)
    add(RelationExtractor.rivalNouns, .rivalNoun)
    return classes
  }()
}
