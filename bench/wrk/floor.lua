-- The floor of an HTTP request to the application: GET /actuator/health/liveness, which reads nothing from the
-- database. With BENCH_ANON=1 no login is sent (Tomcat, the filters, MVC, JSON); otherwise HTTP Basic as the other
-- loads (the credential cache and the throttle's recheck as well).
package.path = (os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/?.lua;" .. package.path
local common = require("common")
local headers = common.headers
if os.getenv("BENCH_ANON") == "1" then
  headers = { ["Accept"] = "application/json" }
end

setup = common.setup
function request()
  return wrk.format("GET", "/actuator/health/liveness", headers)
end
done = common.done
