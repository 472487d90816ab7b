import CFuzzerDriver
import Foundation

nonisolated(unsafe) private var currentTest: ((UnsafeRawBufferPointer) -> Void)?

/// Hands `test` to libFuzzer and exits with libFuzzer's status. `test` receives one input at a time;
/// it must not throw away findings by catching traps, and it treats the readers' thrown errors as
/// expected results.
public func runFuzzer(_ test: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
  currentTest = test
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    currentTest?(UnsafeRawBufferPointer(start: data, count: size))
    return 0
  }
  exit(status)
}

/// The symbol libFuzzer's own main refers to. `-sanitize=fuzzer` links libFuzzer's main object
/// whether or not it is used, so the symbol must exist; SwiftPM's `main=<module>_main` wins, and
/// inputs arrive through `runFuzzer`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let currentTest else { fatalError("LLVMFuzzerTestOneInput called before runFuzzer") }
  currentTest(UnsafeRawBufferPointer(start: data, count: size))
  return 0
}
