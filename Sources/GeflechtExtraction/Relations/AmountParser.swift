import Foundation
import GeflechtCore

/// Finds sums of money ("3,2 Milliarden Euro", "bis zu zehn Milliarden US-Dollar", "$50 Milliarden")
/// and years ("2019") in a sentence.
enum AmountParser {
  static let numberWords: [String: Decimal] = [
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12, "zwanzig": 20, "fünfzig": 50,
    "hundert": 100, "one": 1, "two": 2, "three": 3, "ten": 10,
  ]
  static let scales: [String: Decimal] = [
    "tausend": 1_000, "million": 1_000_000, "millionen": 1_000_000, "mio": 1_000_000,
    "milliarde": 1_000_000_000, "milliarden": 1_000_000_000, "mrd": 1_000_000_000, "billion": 1_000_000_000_000,
    "billionen": 1_000_000_000_000, "bn": 1_000_000_000, "trillion": 1_000_000_000_000, "millions": 1_000_000,
    "billions": 1_000_000_000, "thousand": 1_000,
  ]
  /// English scale words where German ones differ ("billion" is 10⁹ in English, 10¹² in German).
  static let englishScales: [String: Decimal] = ["billion": 1_000_000_000]
  static let currencies: [String: String] = [
    "euro": "EUR", "eur": "EUR", "€": "EUR", "us-dollar": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD",
    "$": "USD", "pfund": "GBP", "pounds": "GBP", "£": "GBP", "gbp": "GBP", "franken": "CHF", "chf": "CHF", "yen": "JPY",
    "euros": "EUR",
  ]
  static let qualifiers: [[String]] = [["bis", "zu"], ["mehr", "als"], ["rund"], ["etwa"], ["knapp"], ["fast"], ["über"], ["up", "to"], ["more", "than"], ["about"], ["around"], ["nearly"], ["almost"], ["over"]]

  /// The first sum of money in the sentence.
  static func amount(in sentence: Sentence, language: Language = .de) -> Amount? {
    let t = sentence.tokens
    for i in t.indices {
      var j = i
      var currency: String? = nil
      if t[j].is(.currencySymbol) {
        currency = currencies[t[j].text]
        j += 1
      }
      guard j < t.count, let number = t[j].info.map({ $0.number }) ?? number(t[j]) else { continue }
      var value = number
      var k = j + 1
      // "$1 billion" is 10⁹; a German "Billion" is 10¹², unless it is written lower-case next to "$".
      let englishScale = language == .en || (currency == "USD" && t[k < t.count ? k : j].text.first?.isLowercase == true)
      if k < t.count, let scale = (englishScale ? englishScales[t[k].lowercased] : nil) ?? scales[t[k].lowercased] {
        value *= scale
        k += 1
        if k < t.count, t[k].text == "." { k += 1 }
      }
      if currency == nil {
        guard k < t.count, let c = currencies[t[k].lowercased] else { continue }
        currency = c
        k += 1
      }
      guard let code = currency, k - 1 > i else { continue }
      var first = i
      var qualifier: String? = nil
      for q in qualifiers where i >= q.count {
        if q.indices.allSatisfy({ t[i - q.count + $0].lowercased == q[$0] }) {
          first = i - q.count
          qualifier = q.joined(separator: " ")
          break
        }
      }
      let text = sentence.text(t[first].start, t[k - 1].end)
      return Amount(value: value, currency: code, qualifier: qualifier, text: text)
    }
    return nil
  }

  /// The first year (1990–2039) written in the sentence.
  static func year(in sentence: Sentence) -> String? {
    sentence.tokens.first { t in
      t.isWord && t.text.count == 4 && t.text.allSatisfy(\.isASCII) && Int(t.text).map { (1990...2039).contains($0) } == true
    }?.text
  }

  /// The number a token spells ("3,2", "500.000", "zehn"), or nil.
  static func number(_ token: Token) -> Decimal? {
    if let word = numberWords[token.lowercased] { return word }
    guard token.isWord, token.text.first?.isNumber == true else { return nil }
    var s = token.text
    if s.contains(",") {
      s = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
    } else if s.contains("."), s.components(separatedBy: ".").dropFirst().allSatisfy({ $0.count == 3 }) {
      s = s.replacingOccurrences(of: ".", with: "")
    }
    return Decimal(string: s, locale: posix)
  }

  private static let posix = Locale(identifier: "en_US_POSIX")
}
