import Foundation

/// Writes progress and warnings to stderr. Progress only appears when stderr is a terminal;
/// `--quiet` silences both.
struct Console {
  let quiet: Bool
  private let isTerminal = isatty(STDERR_FILENO) != 0

  init(quiet: Bool) { self.quiet = quiet }

  func warn(_ message: String) {
    guard !quiet else { return }
    FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
  }

  /// An error the command works around, such as a document it cannot read and skips.
  func error(_ message: String) {
    guard !quiet else { return }
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
  }

  func progress(_ message: String) {
    guard !quiet, isTerminal else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K\(message)".utf8))
  }

  func endProgress() {
    guard !quiet, isTerminal else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}

/// A failure that the CLI reports as one line on stderr with a non-zero exit code.
struct CLIError: Error, CustomStringConvertible {
  let description: String
  let status: ExitStatus
  init(_ description: String, status: ExitStatus = .dataError) {
    self.description = description
    self.status = status
  }
}
