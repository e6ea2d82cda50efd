-- wrk script of reliability/scaleout.sh: anonymous reads of the public pages and the API, every other one past
-- the page cache (a query string it has not seen), so that the database is read, and a count of the answers by
-- class. Prints one line, SCALEOUT key=value..., which reliability/scaleout.py reads.
local slug = os.getenv("SCALEOUT_SLUG") or "kt"
local paths = { "/timeline", "/organizations/" .. slug, "/api/v1/organizations/" .. slug, "/" }
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  s2, s3, s4, s5 = 0, 0, 0, 0
  wrk.headers["Accept-Language"] = "en"
end

function request()
  counter = counter + 1
  local path = paths[counter % #paths + 1]
  if counter % 2 == 0 then path = path .. "?wrk=" .. id .. "-" .. counter end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  elseif status >= 300 then s3 = s3 + 1
  else s2 = s2 + 1 end
end

function done(summary, latency, requests)
  local t = { s2 = 0, s3 = 0, s4 = 0, s5 = 0 }
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + (thread:get(k) or 0) end
  end
  local e = summary.errors
  io.write(string.format("SCALEOUT s2=%d s3=%d s4=%d s5=%d responses=%d connect=%d read=%d write=%d timeout=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f seconds=%.1f\n",
    t.s2, t.s3, t.s4, t.s5, summary.requests, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.duration / 1e6))
end
