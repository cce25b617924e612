import FolioModel
import Foundation

/// Shards of a distributed run.
///
/// `folio run --shard I/N` writes the records of its slice of the inputs into
/// `<root>/shards/<set>/shard-I/` (a complete folder with its own manifest, renamed into place
/// when done, so a retried shard simply replaces it). `folio commit` checks that all N shards
/// of the set are there and intact, merges their record files in doc_id order into one new
/// version and removes the shards. The result equals a single-machine run byte for byte.
extension DatasetStore {
    var shardsDir: String { root + "/shards" }

    /// The folder of a shard set: one per parent version, pipeline and shard count.
    public func shardSetPath(parent: String?, pipelineSha256: String, count: Int) -> String {
        shardsDir + "/\(parent ?? "v000000")-\(pipelineSha256.prefix(12))-of-\(count)"
    }

    /// Starts writing shard `index` of a set. Shard writers take no lock: many run at once.
    public func beginShard(setPath: String, index: Int) throws(StoreError) -> VersionWriter {
        try FileIO.makeDirectory(setPath)
        let final = setPath + "/shard-\(Self.pad(index))"
        let staging = setPath + "/.staging-shard-\(Self.pad(index))-\(getpid())"
        try? FileManager.default.removeItem(atPath: staging)
        try FileIO.makeDirectory(staging)
        return try VersionWriter(store: self, versionId: "shard-\(Self.pad(index))", stagingPath: staging,
                                 destination: .shard(path: final))
    }

    static func pad(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    /// The shard sets waiting to be committed.
    public func pendingShardSets() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: shardsDir)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { shardsDir + "/" + $0 }
    }

    /// Verifies a shard set and merges it into a new version. Returns nil (and commits nothing)
    /// when every input was reused and none was added or removed: the dataset is up to date.
    public func commitShards(setPath: String, expectedCount: Int?, createdAt: String) throws(StoreError) -> Manifest? {
        let name = (setPath as NSString).lastPathComponent
        guard let ofRange = name.range(of: "-of-"), let count = Int(name[ofRange.upperBound...]) else {
            throw StoreError("\(setPath) is not a shard set folder")
        }
        if let expectedCount, expectedCount != count {
            throw StoreError("\(setPath) holds a set of \(count) shards, not \(expectedCount)")
        }
        var manifests: [Manifest] = []
        var missing: [Int] = []
        for i in 0..<count {
            let dir = setPath + "/shard-\(Self.pad(i))"
            guard let data = FileManager.default.contents(atPath: dir + "/manifest.json") else {
                missing.append(i)
                continue
            }
            let m: Manifest
            do { m = try Manifest.decode(data) } catch { throw StoreError("shard \(i): manifest is not valid: \(error)") }
            let problems = checkFolder(dir, manifest: m, jobs: 1).problems
            if !problems.isEmpty {
                throw StoreError("shard \(i) is damaged (run it again): " + problems.joined(separator: "; "))
            }
            manifests.append(m)
        }
        if !missing.isEmpty {
            throw StoreError("shards missing from \(name): " + missing.map(String.init).joined(separator: ", ")
                + " of 0..\(count - 1); run them (folio run --shard I/\(count)) before committing")
        }
        guard let first = manifests.first else { throw StoreError("\(setPath) has no shards") }
        for m in manifests where m.pipeline != first.pipeline || m.toolVersion != first.toolVersion || m.parent != first.parent {
            throw StoreError("shards of \(name) disagree on pipeline, tool version or parent version; run them again")
        }
        let current = try checkCurrent()
        if first.parent != current {
            throw StoreError("the shards were made against \(first.parent ?? "an empty dataset"), but CURRENT is \(current ?? "none"); run them again")
        }
        let inputs = manifests.flatMap(\.inputs).sorted { $0.source.utf8.lexicographicallyPrecedes($1.source.utf8) }
        if let current, let previous = try? manifest(current), previous.pipeline == first.pipeline,
           previous.toolVersion == first.toolVersion, inputs.allSatisfy({ $0.status == .reused || $0.status == .failed }),
           Set(inputs.map(\.source)) == Set(previous.inputs.map(\.source)),
           inputs.allSatisfy({ i in previous.inputs.contains { $0.source == i.source && $0.sha256 == i.sha256 } }) {
            try? FileManager.default.removeItem(atPath: setPath)
            return nil
        }

        // The shards write schema 1 (their inputs are merged from their manifests); the
        // version keeps the schema of the one it follows (a first version gets a new dataset's).
        let parentSchema = current.flatMap { try? manifestFile($0).schemaVersion } ?? Manifest.newDatasetSchemaVersion
        let writer = try beginVersion()
        var committed = false
        defer { if !committed { writer.discard() } }
        // k-way merge by doc_id, a document at a time; a document lives in exactly one shard.
        var sources: [PreviousRecords] = []
        for i in 0..<count {
            guard let r = PreviousRecords(versionPath: setPath + "/shard-\(Self.pad(i))"), r.parts != nil else {
                throw StoreError("cannot read the records of shard \(i)")
            }
            sources.append(r)
        }
        var heads: [(part: Int, position: Int)] = Array(repeating: (0, 0), count: count)
        func head(_ s: Int) -> String? {
            guard let parts = sources[s].parts, heads[s].part < parts.count else { return nil }
            return parts[heads[s].part].docs[heads[s].position]
        }
        while true {
            var best: (shard: Int, id: String)?
            for s in 0..<count {
                guard let id = head(s) else { continue }
                if let b = best, !DocOrder.less(id, b.id) { continue }
                best = (s, id)
            }
            guard let (s, id) = best else { break }
            guard let lines = sources[s].extract(docId: id, part: heads[s].part) else {
                throw StoreError("cannot read the records of \(id) in shard \(s)")
            }
            try writer.append(docId: id, lines: lines)
            heads[s].position += 1
            if let parts = sources[s].parts, heads[s].position >= parts[heads[s].part].docs.count {
                heads[s] = (heads[s].part + 1, 0)
            }
        }
        // The shards' input indexes carry each file's stamp; without them, the next run hashes.
        var stamps: [String: FileStamp] = [:]
        for i in 0..<count {
            for e in InputIndex.read(versionPath: setPath + "/shard-\(Self.pad(i))") ?? [] {
                if let st = e.stamp { stamps[e.input.source] = st }
            }
        }
        var manifest = try writer.commit(.init(dataset: self.name, parent: current, createdAt: createdAt, toolVersion: first.toolVersion,
                                                pipeline: first.pipeline, schemaVersion: parentSchema), inputCount: inputs.count) { k in
            IndexedInput(input: inputs[k], stamp: stamps[inputs[k].source])
        }
        manifest.inputs = inputs
        committed = true
        try? FileManager.default.removeItem(atPath: setPath)
        return manifest
    }
}
