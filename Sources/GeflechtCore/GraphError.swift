/// Errors of building or validating a graph.
public enum GraphError: Error, Equatable, CustomStringConvertible {
  case unknownNode(name: String, suggestions: [String])

  public var description: String {
    switch self {
    case .unknownNode(let name, let suggestions):
      suggestions.isEmpty
        ? "No node is called \"\(name)\"."
        : "No node is called \"\(name)\". Closest: \(suggestions.joined(separator: ", "))."
    }
  }
}
