-- wrk script for the benchmark (scripts/bench/load.ts). Arguments after "--": a file of paths (one
-- per line, requested in turn, each thread starting elsewhere), the most requests per thread, and an
-- optional Cookie header. Prints the result as one JSON line.

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

-- Wall-clock microseconds: wrk's Lua has no clock of its own. Called once per thread, never per request.
local function now()
  local date = io.popen("date +%s%6N")
  local value = tonumber(date:read("*l"))
  date:close()
  return value
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  limit = tonumber(args[2])
  if args[3] and args[3] ~= "" then wrk.headers["Cookie"] = args[3] end
  index = (id * 7919) % #paths
  sent = 0
  started = now()
  stopped = 0
end

function request()
  sent = sent + 1
  if sent > limit and stopped == 0 then
    -- The count bound was reached before the time bound (-d): note when, and stop this thread.
    stopped = now()
    wrk.thread:stop()
  end
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

function done(summary, latency, requests)
  -- The time the threads actually ran: the whole run, unless every thread hit its count bound earlier.
  local active = 0
  for _, thread in ipairs(threads) do
    local stop = thread:get("stopped")
    local ran = stop > 0 and (stop - thread:get("started")) or summary.duration
    if ran > active then active = ran end
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"activeUs":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latencyUs":{"mean":%.1f,"p50":%d,"p95":%d,"p99":%d,"max":%d}}\n',
    summary.requests, summary.duration, active, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
