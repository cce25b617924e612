import ArgumentParser

@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "folio")
    func run() throws {}
}
