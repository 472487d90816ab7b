import GeflechtAnalytics
import GeflechtCore

/// Says which file and which edge an analytics error is about, in the CLI's terms (`--weight`), since
/// the library's messages speak of edge ids and Swift arguments.
enum AnalyticsErrorContext {
  /// Runs `body`; a weight error becomes a `CLIError` naming `file` and the edge by its endpoints,
  /// followed by `hint`.
  static func naming<T>(
    _ file: String, graph: Multigraph, hint: String = "fix the weight", _ body: () throws -> T
  ) throws -> T {
    do {
      return try body()
    } catch let error as AnalyticsError {
      let edge: EdgeID
      let problem: String
      switch error {
      case .negativeWeight(let e, let w):
        (edge, problem) = (e, "has weight \(w), but this measure reads weights as strengths, which must be at least 0")
      case .nonPositiveWeight(let e, let w):
        (edge, problem) = (e, "has weight \(w), but this measure reads weights as lengths, which must be above 0")
      case .nonFiniteWeight(let e, let w):
        (edge, problem) = (e, "has weight \(w), but weights must be finite numbers")
      default:
        throw error
      }
      let e = graph.edge(edge)
      let ends = "\(graph.node(e.source).key) → \(graph.node(e.target).key)"
      throw CLIError("\(file): edge \(ends) (key \(e.key)) \(problem); \(hint)")
    }
  }
}
