import { readdir, readFile } from "node:fs/promises";

const KB = 1024;

async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return match ? Number(match[1]) * KB : 0;
}

async function children(pid: number): Promise<number[]> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const lists = await Promise.all(tasks.map((t) => readFile(`/proc/${pid}/task/${t}/children`, "utf8").catch(() => "")));
  return lists.flatMap((l) => l.split(" ").filter(Boolean).map(Number));
}

/** Resident memory of a process and all its descendants (VmRSS from /proc). */
async function treeRssBytes(pid: number): Promise<number> {
  const own = await rssBytes(pid);
  const below = await Promise.all((await children(pid)).map(treeRssBytes));
  return below.reduce((a, b) => a + b, own);
}

/** Samples a process tree's resident memory every `intervalMs` and keeps the peak. */
export function sampleMemory(pid: number, intervalMs = 100) {
  let peak = 0;
  let sampling = Promise.resolve();
  const timer = setInterval(() => {
    sampling = sampling.then(async () => {
      peak = Math.max(peak, await treeRssBytes(pid));
    });
  }, intervalMs);
  return {
    peakBytes: () => peak,
    stop: async () => {
      clearInterval(timer);
      await sampling;
      return peak;
    },
  };
}
