import GeflechtCore

extension RelationExtractor {
  /// The `regulator` cue shape: a word of approving, examining or forbidding ("genehmigt", "Auflagen",
  /// "Untersuchung", "cleared", "probe") in a sentence that names a regulator (`regulators.txt`). The
  /// regulator regulates every other organisation and product the sentence names: "Die EU-Kommission hat
  /// der Übernahme von Telelogic durch IBM zugestimmt" (IBM and Telelogic), "the FCC cleared T-Mobile's
  /// purchase of UScellular's wireless operations".
  ///
  /// The words mean regulation only with a regulator: "Microsoft prüft eine Übernahme" names none and
  /// gives nothing here. Another public body is no regulated party ("die EU-Kommission und das
  /// Bundeskartellamt prüfen …"); media cited as sources are no mentions at all.
  ///
  /// - Complexity: O(n + r·m) for n tokens, m mentions and r regulators of the sentence.
  func regulatorStatements(_ hit: CueHit, _ t: [Token], _ mentions: [Mention], _ add: Add) {
    let regulators = mentions.filter { lexicon.isRegulator($0.ref) }
    guard !regulators.isEmpty else { return }
    // "Alphabet has withdrawn its complaint … against Microsoft", "Ermittlungen gegen X": after such a
    // preposition only the names that follow it are regulated, not the complainant before it.
    let from = t.indices.first { RelationExtractor.regulatedPartyPrepositions.contains(t[$0].lowercased) } ?? 0
    for regulator in regulators {
      for m in mentions where m.first >= from && m.ref.subtype != "public" && !m.ref.isMedia && !lexicon.isRegulator(m.ref) {
        guard m.ref.kind == .organization || m.ref.kind == .project else { continue }
        add(regulator, m, .regulates, nil, hit.start)
      }
    }
  }

  static let regulatedPartyPrepositions: Set<String> = ["gegen", "against", "into"]
}
