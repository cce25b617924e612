// Starts libFuzzer from a SwiftPM executable. SwiftPM links every executable with its own
// `main` (renamed `<Module>_main`), so libFuzzer's `main` is never used: each target's
// top-level code calls `runFuzzer`, which hands control to libFuzzer's driver
// (`LLVMFuzzerRunDriver`, in libclang_rt.fuzzer, linked by `-sanitize=fuzzer`).

public typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                                 _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                 _ callback: FuzzCallback) -> CInt

/// Runs libFuzzer with this process's arguments and `callback`, then exits with its status.
public func runFuzzer(_ callback: FuzzCallback) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
}

@_silgen_name("exit")
private func exit(_ status: CInt) -> Never
