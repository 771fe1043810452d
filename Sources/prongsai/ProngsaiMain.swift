import Commands

/// Start-up lives in an `@main` type so that `await` really waits (see STACK.md's pitfall).
@main
struct ProngsaiMain {
    static func main() async {
        await ProngsaiCommand.main()
    }
}
