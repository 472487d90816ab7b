import ArgumentParser
import GeflechtAnalytics
import GeflechtCore
import GeflechtExtraction
import GeflechtFormats

/// The exit codes of `geflecht`, after BSD's sysexits.h, listed in docs/exit-codes.md. Every failure
/// prints one line naming the file (and position, where there is one) on stderr and writes nothing.
enum ExitStatus: Int32, CaseIterable {
  case success = 0
  /// `geflecht eval --min-f1`: a score is below the threshold.
  case belowThreshold = 1
  /// A bad option or argument, an unknown node name, an unknown file extension.
  case usage = 64
  /// Input that is malformed or above an import limit, or weights an algorithm cannot use.
  case dataError = 65
  /// An input file or folder is missing or unreadable.
  case noInput = 66
  /// Graphviz failed, or a bundled data file is broken: a bug to report.
  case software = 70
  /// An output file could not be written; existing outputs are untouched.
  case cannotCreate = 73
  /// Interrupted (Ctrl-C); nothing was written.
  case interrupted = 130

  /// The status for an error thrown by a command; nil for ArgumentParser's own errors (help, usage),
  /// which it reports itself.
  static func of(_ error: any Error) -> ExitStatus? {
    switch error {
    case let error as CLIError: return error.status
    case is CancellationError: return .interrupted
    case let error as FormatError:
      switch error {
      case .syntax, .invalidGraph, .unrepresentable, .limit: return .dataError
      case .unsupportedFormat: return .usage
      case .io: return .noInput
      case .output: return .cannotCreate
      case .graphviz: return .software
      }
    case let error as ExtractionError:
      switch error {
      case .unreadableFile: return .noInput
      case .lexicon: return .software
      default: return .dataError
      }
    case let error as AnalyticsError:
      switch error {
      case .invalidParameter, .unsupportedWeighting: return .usage
      default: return .dataError
      }
    case is GraphError: return .usage
    case let error as GoldError:
      if case .unreadable = error { return .noInput }
      return .dataError
    default: return nil
    }
  }
}
