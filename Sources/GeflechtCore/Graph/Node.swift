/// A node's data: its stable key, what it is called and what it is.
public struct Node: Hashable, Sendable {
  public var key: EntityKey
  public var label: String
  /// `nil` for nodes of imported graphs that carry no ontology kind.
  public var kind: NodeKind?
  /// Other names the entity goes by in the text, sorted, without the label.
  public var aliases: [String]
  /// The documents that mention the entity, sorted.
  public var documents: [String]
  public var attributes: [String: AttributeValue]

  public init(
    key: EntityKey, label: String, kind: NodeKind? = nil, aliases: [String] = [],
    documents: [String] = [], attributes: [String: AttributeValue] = [:]
  ) {
    self.key = key
    self.label = label
    self.kind = kind
    self.aliases = aliases
    self.documents = documents
    self.attributes = attributes
  }

  /// Every name the node answers to: its label, then its aliases.
  public var names: [String] { [label] + aliases }
}
