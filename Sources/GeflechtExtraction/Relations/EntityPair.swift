import GeflechtCore

/// Two entities without an order: `EntityPair(a, b) == EntityPair(b, a)`.
///
/// Stands in for `Set([a, b])` when pairs are collected or looked up, without allocating a set per pair.
struct EntityPair: Hashable, Sendable {
  let low: EntityKey
  let high: EntityKey

  init(_ a: EntityKey, _ b: EntityKey) {
    (low, high) = b < a ? (b, a) : (a, b)
  }
}
