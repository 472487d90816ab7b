import GeflechtCore

/// Errors thrown by GeflechtAnalytics when the input data or a parameter cannot be used.
///
/// Each case carries the offending values, and `description` says what was wrong, what was seen,
/// what was expected and what to try. Programmer mistakes, such as a `NodeID` from another graph,
/// trap with a `precondition` instead.
public enum AnalyticsError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The algorithm needs at least one node.
  case emptyGraph(algorithm: String)
  /// A parameter is outside its domain; `value` is what was passed, `expected` the valid range.
  case invalidParameter(name: String, value: String, expected: String)
  /// An edge weight is negative where the algorithm reads weights as strengths or probabilities.
  case negativeWeight(edge: EdgeID, weight: Double)
  /// An edge weight is 0 or negative where the algorithm reads weights as lengths (`.distance`, `.length`).
  case nonPositiveWeight(edge: EdgeID, weight: Double)
  /// An edge weight is NaN or infinite.
  case nonFiniteWeight(edge: EdgeID, weight: Double)
  /// An iterative method stopped at its iteration limit before meeting its tolerance.
  case didNotConverge(algorithm: String, iterations: Int, residual: Double, tolerance: Double)
  /// The algorithm has no meaning for this weighting.
  case unsupportedWeighting(EdgeWeighting, algorithm: String)

  public var description: String {
    switch self {
    case .emptyGraph(let algorithm):
      return "\(algorithm) needs at least one node, but the graph is empty. "
        + "Check the input or the filter that produced the graph."
    case .invalidParameter(let name, let value, let expected):
      return "\(name) must be \(expected) (got \(value))."
    case .negativeWeight(let edge, let weight):
      return "Edge \(edge) has weight \(weight), but weights must be at least 0 here. "
        + "Remove or re-weight the edge, or pass weighting: .ignore."
    case .nonPositiveWeight(let edge, let weight):
      return "Edge \(edge) has weight \(weight), but path lengths need weights above 0. "
        + "Remove or re-weight the edge, or pass weighting: .ignore to count hops."
    case .nonFiniteWeight(let edge, let weight):
      return "Edge \(edge) has weight \(weight), but weights must be finite. "
        + "Fix the edge's weight, or pass weighting: .ignore."
    case .didNotConverge(let algorithm, let iterations, let residual, let tolerance):
      return "\(algorithm) did not converge after \(iterations) iterations "
        + "(residual \(residual), tolerance \(tolerance)). Raise maxIterations or loosen tolerance."
    case .unsupportedWeighting(let weighting, let algorithm):
      let hint: String
      switch weighting {
      case .distance, .length:
        hint = "Pass .strength to read weights or .ignore to count edges."
      case .strength, .ignore:
        hint = "Pass .distance (length 1/w), .length (length w) or .ignore to count hops."
      }
      return "\(algorithm) does not support weighting .\(weighting). " + hint
    }
  }
}
