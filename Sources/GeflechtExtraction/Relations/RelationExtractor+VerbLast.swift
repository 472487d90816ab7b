import GeflechtCore

/// German subordinate clauses, whose finite verb comes last: "dass Siemens Altair übernimmt", "wonach
/// Telefónica E-Plus übernimmt und KPN im Gegenzug … erhält". Read left to right, the name after the verb
/// ("KPN", which opens the next clause) looks like the object and the object before the verb like the
/// subject; this rule reads subject and object from the clause itself.
extension RelationExtractor {
  /// Conjunctions that open a German subordinate clause, whose finite verb comes last.
  /// (Not the conditional and final ones, "wenn", "falls", "damit", "ob": they state no fact.)
  static let subordinators: Set<String> = ["dass", "wonach", "nachdem", "weil", "da", "obwohl", "indem", "womit"]

  /// Verbs that may follow the verb at the end of a subordinate clause: "übernehmen wollte", "gekauft hat".
  static let clauseFinalAuxiliaries: Set<String> = [
    "will", "wollte", "wollten", "soll", "sollte", "sollten", "kann", "konnte", "hat", "hatte", "habe", "haben", "hatten",
    "wird", "werde", "werden", "wurde", "wurden", "ist", "war", "sei",
  ]

  /// The subordinator whose clause a verb cue closes ("weil Silex den Standort übernehmen wollte –"), or
  /// nil: the verb, perhaps with one auxiliary, ends the clause. What follows belongs to another clause.
  func closedSubordinateClause(_ hit: CueHit, _ t: [Token]) -> Int? {
    guard hit.end - hit.start == 1, isVerb(hit, t) else { return nil }
    var e = hit.end
    if e < t.count, RelationExtractor.clauseFinalAuxiliaries.contains(t[e].lowercased) { e += 1 }
    guard e == t.count || !t[e].isWord,
      let k = (max(0, hit.start - 12)..<hit.start).last(where: { RelationExtractor.subordinators.contains(t[$0].lowercased) }),
      inSameClause(k, hit.start, t)
    else { return nil }
    return k
  }

  /// The subject and objects of a verb cue that ends a German subordinate clause with both before it: "dass
  /// Siemens Altair übernimmt", "wonach Telefónica E-Plus übernimmt und KPN …". The verb must close the
  /// clause (punctuation or a coordinator after it: "übernommen wird" is passive, "übernehmen will" is not
  /// read here), the subject is the first name after the conjunction, outside a prepositional phrase, and
  /// the objects are the names right after it. Nil otherwise. O(m) per cue.
  func subordinateClauseArguments(_ hit: CueHit, _ t: [Token], sources: [Mention], targets: [Mention]) -> (Mention, [Mention])? {
    guard hit.start >= 3, hit.end - hit.start == 1, isVerb(hit, t),
      hit.end == t.count || [",", ".", ";", ":", "und", "oder", "sowie"].contains(t[hit.end].lowercased),
      let k = (max(0, hit.start - 12)..<hit.start).last(where: { RelationExtractor.subordinators.contains(t[$0].lowercased) }),
      inSameClause(k, hit.start, t),
      let subject = sources.first(where: { $0.first > k && $0.last < hit.start && !$0.isGenitive && !isInPrepositionalPhrase($0, t) }),
      subject.head == nil,
      let object = targets.first(where: { $0.first > subject.last && $0.last < hit.start && $0.ref.key != subject.ref.key }),
      object.head == nil,  // "dass Microsoft Nvidia-Chips kauft" buys chips
      object.first == subject.last + 1 || t[(subject.last + 1)..<object.first].allSatisfy({ $0.is(.definiteArticle) }),
      !object.isGenitive, !isInPrepositionalPhrase(object, t)
    else { return nil }
    let objects = expand(object, forwardIn: targets.filter { $0.last < hit.start }, tokens: t)
    // Everything between the objects and the verb must be adverbs or numbers, not another name.
    guard let lastObject = objects.map(\.last).max(),
      t[(lastObject + 1)..<hit.start].allSatisfy({ $0.isWord && !$0.isCapitalized || $0.text.first?.isNumber == true })
    else { return nil }
    return (subject, objects)
  }
}
