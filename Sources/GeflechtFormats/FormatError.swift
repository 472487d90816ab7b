/// Errors of reading and writing graph files. Each names where the problem is and what to try.
public enum FormatError: Error, Equatable, CustomStringConvertible {
  /// The input is not well-formed: `file` (or "<input>"), 1-based line and column, what went wrong.
  case syntax(file: String, line: Int, column: Int, message: String)
  /// The input is well-formed but does not describe a graph Geflecht can read.
  case invalidGraph(file: String, message: String)
  /// Graphviz reported an error at `stage` (read, layout, render, write).
  case graphviz(stage: String, message: String)
  /// A value cannot be written in the format (for example NaN in JSON).
  case unrepresentable(message: String)
  case unsupportedFormat(file: String, expected: String)
  /// The input could not be read.
  case io(file: String, message: String)
  /// The input is above an import limit; the message names the option that raises it.
  case limit(file: String, message: String)
  /// An output could not be written or put in place.
  case output(file: String, message: String)

  public var description: String {
    switch self {
    case .syntax(let file, let line, let column, let message):
      "\(file):\(line):\(column): \(message)"
    case .invalidGraph(let file, let message):
      "\(file): \(message)"
    case .graphviz(let stage, let message):
      "Graphviz failed during \(stage): \(message)"
    case .unrepresentable(let message):
      message
    case .unsupportedFormat(let file, let expected):
      "\(file): cannot tell the format from the file name; expected \(expected)."
    case .io(let file, let message), .limit(let file, let message), .output(let file, let message):
      "\(file): \(message)"
    }
  }
}
