-- POST /api/commitments: a new commitment in a random Area and theme, with a fresh id each time.
package.path = (os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/?.lua;" .. package.path
local common = require("common")
local headers = {}
for k, v in pairs(common.headers) do headers[k] = v end
headers["Content-Type"] = "application/json"
local areas = { "LONDON_NORTH", "LONDON_SOUTH", "SOUTH_WEST", "NORTH_EAST", "NORTH_WEST", "WEST_MIDLANDS", "EAST_MIDLANDS",
  "EAST_OF_ENGLAND", "MERSEY_CHESHIRE", "SOUTH_EAST", "THAMES_AND_CHILTERN", "WESSEX", "YORKSHIRE_AND_HUMBERSIDE", "CYMRU_WALES" }
local themes = { "CASE_ANALYSIS_STRATEGY", "DISCLOSURE", "FIRST_HEARING_PREPARATION", "VICTIM_COMMUNICATION", "DEFENCE_ENGAGEMENT",
  "WITNESS_CARE", "PEOPLE_WELLBEING", "PERFORMANCE_DATA", "POLICE_FILE_QUALITY", "COMMUNITY_ENGAGEMENT", "ORGANISATION", "OTHER" }
local committed = os.date("!%Y-%m-%d", os.time() - 86400)
local due = os.date("!%Y-%m-%d", os.time() + 180 * 86400)

setup = common.setup
function init(args)
  common.seed()
end
function request()
  local body = string.format('{"id":"%s","area":"%s","theme":"%s","text":"The Area will check ten files a month and report '
    .. 'the results to the quality board (load test).","committedOn":"%s","dueDate":"%s"}',
    common.uuid(), areas[math.random(#areas)], themes[math.random(#themes)], committed, due)
  return wrk.format("POST", "/api/commitments", headers, body)
end
done = common.done
