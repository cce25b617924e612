import Foundation
import Testing

/// The Spark driver (scripts/spark_folio.py) in Spark local mode. Skipped, with the reason,
/// where pyspark or Java is not installed (`pip install pyspark`; Java 17).
@Suite("Spark")
struct SparkTests {
    static let available: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import pyspark, shutil, sys; sys.exit(0 if shutil.which('java') else 1)"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()

    @Test("sharded on Spark local[2] equals the single-machine run",
          .enabled(if: SparkTests.available, "pyspark or java is not installed: pip install pyspark (needs Java 17)"),
          .timeLimit(.minutes(10)))
    func localMode() throws {
        let s = try Scratch()
        try s.copySeeds(to: "In/seeds")
        for i in 0..<4 { try s.write("In/extra/doc\(i).txt", "Filing \(i).\n\nRevenue was RMB\(i),000 million.\n") }
        guard let folio = FolioProcess.binary else { throw TestSetupError("no folio binary") }
        #expect(try FolioProcess.run(["run", "In", "--out", "single"], in: s.path).status == 0)

        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", FolioProcess.packageRoot + "/scripts/spark_folio.py", "--folio", folio,
                       "--out", "spark", "--shards", "3", "--master", "local[2]", "In"]
        p.currentDirectoryURL = URL(fileURLWithPath: s.path)
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(stdout)")
        #expect(stdout.contains("3 shards written"))
        #expect(stdout.contains("Committed"))
        #expect(try s.manifest("spark", "v000001")["content_sha256"] as? String
            == s.manifest("single", "v000001")["content_sha256"] as? String)
        for file in RunCommandTests.recordFiles {
            #expect(try s.read("single/versions/v000001/" + file) == s.read("spark/versions/v000001/" + file), "\(file)")
        }
    }
}
