// Graphviz in a long-running process: 500 renders (plus DOT writes and reads, some of them malformed)
// from several threads at once in one process. Passes when nothing crashes, every render of the same
// graph gives the same bytes (calls are serialised, no state leaks from one call into the next), and
// resident memory after the warm-up grows by less than the bound.
//
// Usage: swift run -c release --package-path Benchmarks GeflechtSoak [RENDERS] [THREADS] [MAX_GROWTH_MB]
//        (defaults 500, 4, 16). Scripts/soak-render.sh runs it.
import Foundation
import GeflechtCore
import GeflechtFormats

/// Resident set size of this process in MB, from /proc/self/statm.
func residentMB() -> Double {
  guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
  let pages = Double(text.split(separator: " ")[1]) ?? 0
  return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

/// The graphs the soak draws: the committed corpus graph (dot), a graph of hostile names, and a random
/// graph big enough for sfdp.
func workloads() throws -> [(name: String, graph: Multigraph, options: DiagramOptions)] {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let corpus = try GraphFile.read(root.appendingPathComponent("graphs/geflecht.json"))

  var hostile = MultigraphBuilder(directed: true)
  let names = ["\"quoted\"", "back\\slash", "new\nline", "<script>alert(1)</script>", "Köln & Ärger", "\u{202E}rtl", "😀 emoji", "{braces}"]
  let ids = names.enumerated().map { i, name in
    hostile.addNode(Node(key: EntityKey("h\(i)"), label: name, kind: .organization))
  }
  for (i, id) in ids.enumerated() { hostile.addEdge(Edge(source: id, target: ids[(i + 1) % ids.count], relation: .partnersWith)) }

  var random = MultigraphBuilder(directed: false)
  var state: UInt64 = 42
  func next(_ n: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(n))
  }
  let nodes = (0..<300).map { random.addNode(Node(key: EntityKey("r\($0)"), label: "node \($0)", kind: .organization)) }
  for i in 1..<nodes.count { random.addEdge(Edge(source: nodes[i], target: nodes[next(i)], relation: .coOccurs)) }
  for _ in 0..<300 { random.addEdge(Edge(source: nodes[next(300)], target: nodes[next(300)], relation: .coOccurs)) }

  return [
    ("corpus (dot)", corpus, DiagramOptions()),
    ("hostile names (dot)", hostile.build(), DiagramOptions()),
    ("random 300 nodes (sfdp)", random.build(), DiagramOptions(engine: .sfdp)),
  ]
}

/// Shared between the worker threads: the first output of each workload and any failure.
final class SoakState: @unchecked Sendable {
  private let lock = NSLock()
  private var reference: [Int: [UInt8]] = [:]
  private(set) var failures: [String] = []
  private(set) var completed = 0

  /// Records one render; returns the number completed so far.
  func record(workload: Int, output: [UInt8], name: String) -> Int {
    lock.withLock {
      if let first = reference[workload] {
        if first != output {
          if failures.isEmpty {
            let folder = FileManager.default.temporaryDirectory
            try? Data(first).write(to: folder.appendingPathComponent("geflecht-soak-first.svg"))
            try? Data(output).write(to: folder.appendingPathComponent("geflecht-soak-differs.svg"))
          }
          failures.append("\(name): output differs from the first render (first pair in $TMPDIR/geflecht-soak-*.svg)")
        }
      } else {
        reference[workload] = output
      }
      completed += 1
      return completed
    }
  }

  func fail(_ message: String) { lock.withLock { failures.append(message) } }
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let renders = arguments.count > 0 ? arguments[0] : 500
let threads = arguments.count > 1 ? arguments[1] : 4
let maxGrowth = Double(arguments.count > 2 ? arguments[2] : 16)
let graphs = try workloads()
let state = SoakState()
let warmUp = min(100, renders / 5)
let rssLock = NSLock()
nonisolated(unsafe) var rssAt: [Int: Double] = [:]
let started = Date()

DispatchQueue.concurrentPerform(iterations: threads) { worker in
  var i = worker
  while i < renders {
    let w = i % graphs.count
    let (name, graph, options) = graphs[w]
    do {
      let svg = try Graphviz.render(graph, format: .svg, options: options)
      // A DOT round trip and a malformed DOT between renders: the parser's error path must leave
      // cgraph healthy for the next call.
      let dot = try Graphviz.dot(for: graph, options: options)
      let back = try Graphviz.graph(fromDOT: dot)
      if back.nodeCount != graph.nodeCount { state.fail("\(name): DOT round trip lost nodes") }
      if (try? Graphviz.graph(fromDOT: "digraph { a -> -> }")) != nil { state.fail("malformed DOT was accepted") }
      let done = state.record(workload: w, output: svg, name: name)
      if done == warmUp || done % 100 == 0 || done == renders {
        let rss = residentMB()
        rssLock.withLock { rssAt[done] = rss }
      }
    } catch {
      state.fail("\(name): \(error)")
    }
    i += threads
  }
}

let seconds = Date().timeIntervalSince(started)
print("\(renders) renders (+ as many DOT writes, reads and malformed reads) on \(threads) threads in \(String(format: "%.1f", seconds)) s")
for (count, rss) in rssAt.sorted(by: { $0.key < $1.key }) {
  print(String(format: "  after %4d renders: RSS %7.1f MB", count, rss))
}
let growth = (rssAt[renders] ?? 0) - (rssAt[warmUp] ?? 0)
print(String(format: "growth after the warm-up (%d renders): %.1f MB (bound %.0f MB)", warmUp, growth, maxGrowth))
for failure in state.failures.prefix(10) { print("FAIL: \(failure)") }
if !state.failures.isEmpty || growth > maxGrowth {
  print("soak failed")
  exit(1)
}
print("soak passed: no crash, identical output per graph, bounded memory")
