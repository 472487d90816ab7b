import ArgumentParser

@main
struct Geflecht: ParsableCommand {
  func run() throws {}
}
