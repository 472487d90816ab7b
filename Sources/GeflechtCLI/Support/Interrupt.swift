import Foundation
import Synchronization

/// Ctrl-C handling for long commands: the first SIGINT asks the work to stop at the next document,
/// after which the command throws `CancellationError`, discards its staged outputs and exits 130; a
/// second SIGINT ends the process at once (the default action).
enum Interrupt {
  private static let flag = Atomic<Bool>(false)

  static var requested: Bool { flag.load(ordering: .relaxed) }

  /// Installs the handler. Call before long work starts.
  static func install() {
    signal(SIGINT) { _ in
      Interrupt.flag.store(true, ordering: .relaxed)
      signal(SIGINT, SIG_DFL)
    }
  }

  /// Throws `CancellationError` when Ctrl-C was pressed.
  static func check() throws {
    if requested { throw CancellationError() }
  }
}
