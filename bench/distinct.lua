-- wrk script of bench/run.sh: reads a list of paths and asks for each one once, so that no URL repeats
-- within a run and every response is a page the app renders (a cache miss), unless the list runs out.
--
--   wrk ... -s bench/distinct.lua http://host:port -- <list file> <threads> [tag] [repeat]
--
-- wrk runs this script in one Lua state per thread, each with its own globals, plus one for setup and
-- done. Each thread takes its own slice of the list (lines i with i mod threads = thread number), so two
-- threads never ask for the same path. A thread that reaches the end of its slice starts it again with
-- "bench=<tag>p<pass>" added to every path: the same page, a URL the page cache has not seen. A tag also
-- marks the first pass (the warm-up and the mixes use their own tags, so their URLs differ from those of
-- the runs per page type). The responses' X-Page-Cache header is counted, and done() prints one line:
--   distinct: list=<paths> passes=<most passes of a thread> hit=<n> miss=<n> none=<n> non2xx=<n> p50_us=<n> p99_us=<n>
-- With "repeat", every thread reads the whole list round and round, unchanged: the hit rows.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("number", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local paths = {}
local index = 0
local pass = 1
local tag = ""
local repeating = false

local function with_tag(path)
  if repeating or (pass == 1 and tag == "") then
    return path
  end
  local mark = "bench=" .. tag .. (pass > 1 and ("p" .. pass) or "")
  if string.find(path, "?", 1, true) then
    return path .. "&" .. mark
  end
  return path .. "?" .. mark
end

function init(args)
  local file, slices = args[1], tonumber(args[2] or "1")
  tag = args[3] or ""
  repeating = args[4] == "repeat"
  local line_number = 0
  for line in io.lines(file) do
    if line ~= "" then
      if repeating or line_number % slices == number then
        table.insert(paths, line)
      end
      line_number = line_number + 1
    end
  end
  listed = line_number
  if #paths == 0 then
    error("no paths for thread " .. number .. " in " .. file)
  end
  hits, misses, uncached, failed, passes = 0, 0, 0, 0, 1
end

function request()
  index = index + 1
  if index > #paths then
    index = 1
    pass = pass + 1
    passes = pass
  end
  return wrk.format(nil, with_tag(paths[index]))
end

function response(status, headers, body)
  local cache = headers["X-Page-Cache"] or headers["x-page-cache"]
  if cache == "hit" then
    hits = hits + 1
  elseif cache == "miss" then
    misses = misses + 1
  else
    uncached = uncached + 1
  end
  if status < 200 or status > 399 then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local hit, miss, none, non2xx, most, listed = 0, 0, 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    hit = hit + (thread:get("hits") or 0)
    miss = miss + (thread:get("misses") or 0)
    none = none + (thread:get("uncached") or 0)
    non2xx = non2xx + (thread:get("failed") or 0)
    most = math.max(most, thread:get("passes") or 1)
    listed = thread:get("listed") or listed
  end
  io.write(string.format("distinct: list=%d passes=%d hit=%d miss=%d none=%d non2xx=%d p50_us=%d p99_us=%d\n",
    listed, most, hit, miss, none, non2xx, latency:percentile(50), latency:percentile(99)))
end
