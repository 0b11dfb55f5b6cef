-- Shared by the wrk scripts of bench/run.sh: HTTP Basic from BENCH_AUTH (user:password), a random id per request
-- from the file BENCH_IDS (one id a line), and one result line per run for run.sh to read.
local M = {}

local b64chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
local function base64(data)
  return ((data:gsub('.', function(x)
    local r, b = '', x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and '1' or '0') end
    return r
  end) .. '0000'):gsub('%d%d?%d?%d?%d?%d?', function(x)
    if #x < 6 then return '' end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == '1' and 2 ^ (6 - i) or 0) end
    return b64chars:sub(c + 1, c + 1)
  end) .. ({ '', '==', '=' })[#data % 3 + 1])
end

M.headers = {
  ["Authorization"] = "Basic " .. base64(os.getenv("BENCH_AUTH") or "lead.national:demo"),
  ["Accept"] = "application/json",
}

function M.load_ids()
  local ids = {}
  local path = os.getenv("BENCH_IDS")
  if path then
    for line in io.lines(path) do
      if #line > 0 then ids[#ids + 1] = line end
    end
  end
  return ids
end

local counter = 0
function M.setup(thread)
  counter = counter + 1
  thread:set("thread_number", counter)
end

function M.seed()
  math.randomseed(os.time() * 1000 + (thread_number or 0) * 7919 + math.floor(os.clock() * 1e6))
end

function M.uuid()
  local template = 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'
  return (template:gsub('[xy]', function(c)
    local v = (c == 'x') and math.random(0, 15) or math.random(8, 11)
    return string.format('%x', v)
  end))
end

-- One line: requests, seconds, requests/s, p50 ms, p99 ms, max ms, errors (non-2xx/3xx answers, socket errors, timeouts).
function M.done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("WRKRESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d timeouts=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors, summary.errors.status, summary.errors.timeout))
end

return M
