// Preloaded by `npm run bench` (node --import) into every tool it runs: on
// exit, the main thread writes process.resourceUsage() (CPU time of all
// threads, peak RSS in KB) as JSON to the file named by NUTGRAF_BENCH_USAGE.
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const file = process.env.NUTGRAF_BENCH_USAGE;
if (file && isMainThread) process.on("exit", () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
