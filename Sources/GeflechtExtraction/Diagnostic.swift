/// Something extraction noticed about one document but could work around.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable, Comparable {
    case warning, error
    public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
  }

  /// The document's name.
  public let document: String
  public let message: String
  public let severity: Severity

  public init(document: String, message: String, severity: Severity) {
    self.document = document
    self.message = message
    self.severity = severity
  }

  public var description: String { "\(document): \(severity.rawValue): \(message)" }
}
