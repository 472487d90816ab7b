import Foundation
import GeflechtExtraction
import GeflechtFormats

// usage: ExtractionBenchmark CORPUS_DIR [--repeat R]
// Reads every .txt file of CORPUS_DIR, then times, in CPU seconds (user + sys) of this process, reading the
// documents, `RuleBasedExtractor.extract` and `NodeLinkJSON.string` separately; with R > 1 the extraction and
// JSON phases run R times and the fastest run counts. Prints one JSON line with MB/s per core for extraction
// alone and for read + extract + JSON, and the peak RSS.

func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
  return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

func peakRSSBytes() -> Int {
  var usage = rusage()
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  return Int(usage.ru_maxrss) * 1024
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  FileHandle.standardError.write(Data("usage: ExtractionBenchmark CORPUS_DIR [--repeat R]\n".utf8))
  exit(64)
}
var repeats = 1
if let i = arguments.firstIndex(of: "--repeat"), i + 1 < arguments.count { repeats = max(1, Int(arguments[i + 1]) ?? 1) }

let folder = URL(fileURLWithPath: arguments[1])
let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
  .filter { $0.pathExtension == "txt" }
  .sorted { $0.lastPathComponent < $1.lastPathComponent }

var start = cpuSeconds()
let documents = try files.map { try Document.load(contentsOf: $0) }
let readSeconds = cpuSeconds() - start
let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
let megabytes = Double(bytes) / 1024 / 1024

let extractor = try RuleBasedExtractor()
var extractSeconds = Double.infinity
var jsonSeconds = Double.infinity
var jsonBytes = 0
var edges = 0
var nodes = 0
for _ in 0..<repeats {
  start = cpuSeconds()
  let result = extractor.extract(documents)
  extractSeconds = min(extractSeconds, cpuSeconds() - start)
  start = cpuSeconds()
  let json = try NodeLinkJSON.string(from: result.graph)
  jsonSeconds = min(jsonSeconds, cpuSeconds() - start)
  jsonBytes = json.utf8.count
  nodes = result.graph.nodeCount
  edges = result.graph.edgeCount
}

let result: [String: Any] = [
  "workload": "extraction/\(folder.lastPathComponent)", "documents": documents.count,
  "megabytes": megabytes, "nodes": nodes, "edges": edges, "json_megabytes": Double(jsonBytes) / 1024 / 1024,
  "read_cpu_s": readSeconds, "extract_cpu_s": extractSeconds, "json_cpu_s": jsonSeconds,
  "extract_mb_per_s_per_core": megabytes / extractSeconds,
  "end_to_end_mb_per_s_per_core": megabytes / (readSeconds + extractSeconds + jsonSeconds),
  "peak_rss_mb": Double(peakRSSBytes()) / 1024 / 1024, "repeats": repeats,
]
let line = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: line, as: UTF8.self))
