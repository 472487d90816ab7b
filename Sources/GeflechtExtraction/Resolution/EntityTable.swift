import GeflechtCore

/// The entities of a run, merged by key: what each is called, where it was seen.
struct EntityTable: Sendable {
  struct Entry: Sendable {
    var ref: EntityRef
    var surfaces: Set<String> = []
    var documents: Set<String> = []
  }

  private(set) var entries: [EntityKey: Entry] = [:]

  mutating func record(_ mention: Mention, in document: String) {
    // Mutated in place: copying the entry out would copy its sets (which grow with the corpus) on
    // every mention.
    let key = mention.ref.key
    if entries[key] == nil { entries[key] = Entry(ref: mention.ref) }
    if let alias = mention.alias { entries[key]!.surfaces.insert(alias) }
    entries[key]!.documents.insert(document)
  }

  /// The node for an entity: label is the canonical name, aliases the other surfaces seen.
  func node(for key: EntityKey) -> Node? {
    guard let entry = entries[key] else { return nil }
    var attributes: [String: AttributeValue] = [:]
    if let subtype = entry.ref.subtype { attributes["subtype"] = .string(subtype) }
    return Node(
      key: key, label: entry.ref.name, kind: entry.ref.kind,
      aliases: entry.surfaces.subtracting([entry.ref.name]).sorted(),
      documents: entry.documents.sorted(), attributes: attributes)
  }
}
