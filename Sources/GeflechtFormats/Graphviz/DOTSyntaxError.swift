import Foundation

/// cgraph's syntax errors ("Error: syntax error in line 3 near '->'") as positioned `FormatError.syntax`
/// errors, so that a bad DOT file is reported like every other bad input: file, line, column.
struct DOTSyntaxError {
  let error: FormatError

  /// Nil when `cgraphMessage` is not a syntax error with a line number. The column is where the
  /// token cgraph names first occurs on that line when it occurs exactly once, else 1.
  init?(cgraphMessage: String, file: String, text: String) {
    guard let marker = cgraphMessage.range(of: "syntax error in line ") else { return nil }
    let rest = cgraphMessage[marker.upperBound...]
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard let line = Int(digits), line > 0 else { return nil }
    let detail = rest.dropFirst(digits.count).trimmingCharacters(in: .whitespacesAndNewlines)
    var column = 1
    var message = "syntax error"
    if detail.hasPrefix("near '"), detail.hasSuffix("'"), detail.count > 7 {
      let token = String(detail.dropFirst(6).dropLast())
      message += " near '\(token)'"
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      if line <= lines.count {
        let parts = lines[line - 1].components(separatedBy: token)
        if parts.count == 2 { column = parts[0].count + 1 }
      }
    } else if !detail.isEmpty {
      message += " " + detail
    }
    error = .syntax(file: file, line: line, column: column, message: message)
  }
}
