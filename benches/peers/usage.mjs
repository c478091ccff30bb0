// Preloaded by `npm run bench` (node --import) into every tool it runs: on
// exit, the main thread writes process.resourceUsage() (CPU time of all
// threads, peak RSS in KB) as JSON to the file named by NUTGRAF_BENCH_USAGE,
// with `mainThreadCPUTime` (microseconds, from /proc/self/task; null where
// there is no /proc): with --jobs, how much of the work the main thread did.
import { readFileSync, writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

/** CPU time of the main thread in microseconds (Linux), else null. */
function mainThreadCPUTime() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) / 100) * 1e6;
  } catch {
    return null;
  }
}

const file = process.env.NUTGRAF_BENCH_USAGE;
if (file && isMainThread) {
  process.on("exit", () => writeFileSync(file, JSON.stringify({ ...process.resourceUsage(), mainThreadCPUTime: mainThreadCPUTime() })));
}
