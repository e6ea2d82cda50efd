-- wrk script for the outage runs of reliability/run.sh: anonymous browser reads of the timeline and a
-- partner page, every third one past the page cache, and a count of what came back (200, 503 and whether
-- each 503 is the branded page with Retry-After, anything else). Latencies come from the probes of faults.py.
local paths = { "/timeline", "/organizations/" .. (os.getenv("FAULTS_SLUG") or "kt") }
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  ok, unavailable, branded, other = 0, 0, 0, 0
  wrk.headers["Accept"] = "text/html"
  wrk.headers["Accept-Language"] = "en"
end

function request()
  counter = counter + 1
  local path = paths[counter % 2 + 1]
  if counter % 3 == 0 then path = path .. "?wrk=" .. id .. "-" .. counter end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
  elseif status == 503 then
    unavailable = unavailable + 1
    if headers["Retry-After"] and body:find("error-page", 1, true) then branded = branded + 1 end
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local t = { ok = 0, unavailable = 0, branded = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + (thread:get(k) or 0) end
  end
  local e = summary.errors
  io.write(string.format("FAULTS ok=%d unavailable=%d branded=%d other=%d responses=%d connect=%d read=%d write=%d timeout=%d p50_ms=%.1f max_ms=%.1f\n",
    t.ok, t.unavailable, t.branded, t.other, summary.requests, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency.max / 1000))
end
