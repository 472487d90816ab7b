import Foundation

/// A sum of money as written: value, ISO currency code and an optional qualifier such as "bis zu".
public struct Amount: Hashable, Sendable {
  public var value: Decimal
  public var currency: String
  public var qualifier: String?
  /// The words in the text, such as "3,2 Milliarden Euro".
  public var text: String?

  public init(value: Decimal, currency: String, qualifier: String? = nil, text: String? = nil) {
    self.value = value
    self.currency = currency
    self.qualifier = qualifier
    self.text = text
  }
}
