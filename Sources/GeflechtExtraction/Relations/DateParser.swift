/// Finds the first date in a sentence, as precise as it is written.
///
/// "am 18. September 2025", "18 September 2025", "September 18, 2025" → `2025-09-18`; "im Januar 2023",
/// "January 2023" → `2023-01`; a bare year (1990–2039) such as "2019" → `2019`. Month names come from
/// `months.tsv`.
enum DateParser {
  static func date(in sentence: Sentence, months: [String: Int]) -> String? {
    let t = sentence.tokens
    func year(_ i: Int) -> Int? {
      guard i >= 0, i < t.count else { return nil }
      return t[i].info.map { $0.year } ?? DateParser.year(t[i])
    }
    func day(_ i: Int) -> Int? {
      guard i >= 0, i < t.count else { return nil }
      return t[i].info.map { $0.day } ?? DateParser.day(t[i])
    }
    func month(_ i: Int) -> Int? {
      guard i >= 0, i < t.count, t[i].isWord else { return nil }
      // A token's `WordInfo` read the lexicon's months, which is what the extractor passes.
      return t[i].info.map { $0.month } ?? months[t[i].lowercased]
    }
    func format(_ y: Int, _ m: Int? = nil, _ d: Int? = nil) -> String {
      var s = String(y)
      if let m { s += "-" + (m < 10 ? "0" : "") + String(m) }
      if let d { s += "-" + (d < 10 ? "0" : "") + String(d) }
      return s
    }
    for i in t.indices {
      // "18. September 2025", "18 September 2025"
      if let d = day(i) {
        var k = i + 1
        if k < t.count, t[k].is(.period) { k += 1 }
        if let m = month(k) {
          var y = k + 1
          if y < t.count, t[y].is(.period) { y += 1 }
          if let yy = year(y) { return format(yy, m, d) }
        }
      }
      if let m = month(i) {
        var k = i + 1
        if k < t.count, t[k].is(.period) { k += 1 }
        // "September 18, 2025"
        if let d = day(k), k + 1 < t.count, t[k + 1].is(.comma), let y = year(k + 2) { return format(y, m, d) }
        // "Januar 2023"
        if let y = year(k) { return format(y, m) }
      }
      if let y = year(i) { return format(y) }
    }
    return nil
  }

  /// A year from 1990 to 2039 written as four ASCII digits.
  static func year(_ t: Token) -> Int? {
    guard t.isWord, t.text.count == 4, t.text.allSatisfy(\.isASCII), let y = Int(t.text), (1990...2039).contains(y)
    else { return nil }
    return y
  }

  /// A day of the month written as one or two digits.
  static func day(_ t: Token) -> Int? {
    guard t.isWord, t.text.count <= 2, let d = Int(t.text), (1...31).contains(d) else { return nil }
    return d
  }
}
