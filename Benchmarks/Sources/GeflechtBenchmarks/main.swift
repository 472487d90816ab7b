import Foundation
import GeflechtAnalytics
import GeflechtCore
import GeflechtFormats

// usage: GeflechtBenchmarks WORKLOAD EDGELIST [--repeat R] [--threads T]
// Prints one JSON line: workload, graph size, min and median seconds over R runs, peak RSS, CSR bytes.

func peakRSSBytes() -> Int {
  var usage = rusage()
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  return Int(usage.ru_maxrss) * 1024
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  FileHandle.standardError.write(Data("usage: GeflechtBenchmarks WORKLOAD EDGELIST [--repeat R] [--threads T]\n".utf8))
  exit(64)
}
let workload = arguments[1]
let path = arguments[2]
var repeats = 3
var threads = 1
if let i = arguments.firstIndex(of: "--repeat"), i + 1 < arguments.count { repeats = Int(arguments[i + 1]) ?? 3 }
if let i = arguments.firstIndex(of: "--threads"), i + 1 < arguments.count { threads = Int(arguments[i + 1]) ?? 1 }

let graph = try GraphFile.read(URL(fileURLWithPath: path), format: .edgelist)
let rssAfterLoad = peakRSSBytes()
// The CSR arrays: sources, targets (UInt32), weights (Double), two offset tables (Int) and two edge-id
// tables (UInt32).
let csrBytes = graph.edgeCount * (4 + 4 + 8 + 4 + 4) + (graph.nodeCount + 1) * 8 * 2

func run(_ workload: String, _ graph: Multigraph, threads: Int) throws -> Double {
  var checksum = 0.0
  switch workload {
  case "pagerank":
    let scores = try Centrality.pageRank(in: graph, damping: 0.85, weighting: .ignore, tolerance: 1e-6, maxIterations: 100)
    checksum = scores.values.reduce(0, +)
  default:
    if let custom = try BenchmarkWorkloads.run(workload, on: graph, threads: threads) {
      checksum = custom
    } else {
      FileHandle.standardError.write(Data("unknown workload \(workload)\n".utf8))
      exit(64)
    }
  }
  return checksum
}

var checksum = 0.0
var times: [Double] = []
for _ in 0..<repeats {
  let start = DispatchTime.now().uptimeNanoseconds
  checksum = try run(workload, graph, threads: threads)
  times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
times.sort()
var result: [String: Any] = [
  "workload": workload, "tool": "geflecht", "nodes": graph.nodeCount, "edges": graph.edgeCount,
  "threads": threads, "min_s": times.first!, "median_s": times[times.count / 2],
  "peak_rss_mb": Double(peakRSSBytes()) / 1e6, "rss_after_load_mb": Double(rssAfterLoad) / 1e6,
  "csr_mb": Double(csrBytes) / 1e6, "checksum": checksum,
]
for (key, value) in BenchmarkWorkloads.extra { result[key] = value }
let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
