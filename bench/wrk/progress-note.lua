-- POST /api/commitments/{id}/progress-notes on a random commitment of BENCH_IDS (commitments in progress).
package.path = (os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/?.lua;" .. package.path
local common = require("common")
local ids
local headers = {}
for k, v in pairs(common.headers) do headers[k] = v end
headers["Content-Type"] = "application/json"
local body = '{"note":"Weekly dip sample discussed with the team; two files returned for rework."}'

setup = common.setup
function init(args)
  common.seed()
  ids = common.load_ids()
  if #ids == 0 then error("BENCH_IDS holds no commitment ids") end
end
function request()
  return wrk.format("POST", "/api/commitments/" .. ids[math.random(#ids)] .. "/progress-notes", headers, body)
end
done = common.done
