-- GET a report or a page of the list, in turn: Area report (random Area), theme report, owner report, the list
-- filtered by status or theme or overdue. With BENCH_PATH set, always that one path.
package.path = (os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/?.lua;" .. package.path
local common = require("common")
local areas = { "LONDON_NORTH", "LONDON_SOUTH", "SOUTH_WEST", "NORTH_EAST", "NORTH_WEST", "WEST_MIDLANDS", "EAST_MIDLANDS",
  "EAST_OF_ENGLAND", "MERSEY_CHESHIRE", "SOUTH_EAST", "THAMES_AND_CHILTERN", "WESSEX", "YORKSHIRE_AND_HUMBERSIDE", "CYMRU_WALES" }
local fixed = os.getenv("BENCH_PATH")
local paths = {
  function() return "/api/reports/areas/" .. areas[math.random(#areas)] end,
  function() return "/api/reports/themes" end,
  function() return "/api/reports/owners" end,
  function() return "/api/commitments?status=IN_PROGRESS&page=" .. math.random(0, 20) end,
  function() return "/api/commitments?theme=disclosure" end,
  function() return "/api/commitments?overdue=true" end,
}
local n = 0

setup = common.setup
function init(args)
  common.seed()
end
function request()
  if fixed then
    return wrk.format("GET", fixed, common.headers)
  end
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1](), common.headers)
end
done = common.done
