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
    let key = mention.ref.key
    var entry = entries[key] ?? Entry(ref: mention.ref)
    if let alias = mention.alias { entry.surfaces.insert(alias) }
    entry.documents.insert(document)
    entries[key] = entry
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
