-- wrk script of reliability/hardening/anonymous-state.sh: anonymous requests to /admin/** and /login, each
-- with a new URL and a header block of 8 KB (a 7.6 KB pad: Tomcat refuses a larger block), as the attack on
-- sessions sent them. Counts the answers by status and those that set a session cookie; done() prints one
-- RESULT line for the script to read.
local pad = string.rep("x", 7600)
local paths = {"/admin/organizations/new?x=", "/admin?x=", "/admin/users?x=", "/admin/sources/new?x=",
               "/admin/history/ORGANIZATION/1?x=", "/login?x=", "/login?error&x=", "/login?continue=/admin/x"}
local threads = {}
-- Globals, so that done() can read each thread's with thread:get().
sent, answered, session_cookies, statuses = 0, 0, 0, {}

function setup(thread)
  table.insert(threads, thread)
end

function request()
  sent = sent + 1
  local path = paths[(sent % #paths) + 1] .. sent .. "-" .. math.random(1, 1000000000)
  return wrk.format("GET", path, {["X-Pad"] = pad, ["Accept"] = "text/html"})
end

function response(status, headers, body)
  answered = answered + 1
  statuses[status] = (statuses[status] or 0) + 1
  for name, value in pairs(headers) do
    if string.lower(name) == "set-cookie" and string.find(value, "SESSION=", 1, true) then
      session_cookies = session_cookies + 1
    end
  end
end

function done(summary, latency, requests)
  local total, cookies, s5xx = 0, 0, 0
  local by_status = {}
  for _, t in ipairs(threads) do
    total = total + t:get("answered")
    cookies = cookies + t:get("session_cookies")
    for code, n in pairs(t:get("statuses")) do
      by_status[code] = (by_status[code] or 0) + n
      if code >= 500 then s5xx = s5xx + n end
    end
  end
  local parts = {}
  for code, n in pairs(by_status) do table.insert(parts, code .. "=" .. n) end
  table.sort(parts)
  io.write(string.format("RESULT answered=%d session_cookies=%d s5xx=%d socket_errors=%d p99_ms=%.1f statuses=%s\n",
    total, cookies, s5xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(99) / 1000, table.concat(parts, ",")))
end
