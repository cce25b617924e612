import Foundation
import Synchronization

/// Results handed from worker threads to the single writer, by index, in order. Holds only
/// the results claimed and not yet taken (the claim window bounds them), whatever the count.
final class OrderedSlots<Value: Sendable>: @unchecked Sendable {
    // Guarded by `condition`.
    private var slots: [Int: Value] = [:]
    private var cancelled = false
    private let condition = NSCondition()

    init() {}

    /// The writer stopped (an error): later results are dropped, workers skip their work.
    func cancel() {
        condition.lock()
        cancelled = true
        slots.removeAll()
        condition.unlock()
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    func put(_ index: Int, _ value: Value) {
        condition.lock()
        if !cancelled { slots[index] = value }
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the value at `index`, and frees its slot.
    func take(_ index: Int) -> Value {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let v = slots.removeValue(forKey: index) { return v }
            condition.wait()
        }
    }
}

/// Runs `body(i)` for `0..<count` on `jobs` threads of Dispatch's pool; indices are claimed in
/// increasing order. `window` bounds how many claimed items may wait unconsumed.
func claimLoop(count: Int, jobs: Int, window: DispatchSemaphore?, _ body: @escaping @Sendable (Int) -> Void) {
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: max(1, jobs)) { _ in
        while true {
            window?.wait()
            let i = next.add(1, ordering: .relaxed).oldValue
            if i >= count {
                window?.signal()
                return
            }
            body(i)
        }
    }
}
