-- wrk script: POSTs the GraphQL bodies of a file (one JSON body a line) in order, each thread from
-- its own start, so a run repeats a request only once it has sent them all; counts responses that
-- are not 200 or carry GraphQL errors, and prints a JSON summary at the end.
local bodies = {}
local threads = {}
local path = "/graphql"
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

function setup(thread)
  table.insert(threads, thread)
  thread:set("slot", #threads)
end

function init(args)
  path = args[2] or path
  if args[3] and args[3] ~= "" then headers["Authorization"] = args[3] end
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(bodies, line) end
  end
  local nthreads = tonumber(args[4]) or 1
  index = math.floor((slot - 1) * #bodies / nthreads)
  errors = 0
  sample = nil
end

function request()
  index = index % #bodies + 1
  return wrk.format("POST", path, headers, bodies[index])
end

function response(status, _, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) or string.find(body, '"__typename":"%a*Error"') then
    errors = errors + 1
    if sample == nil then sample = string.sub(body, 1, 300) end
  end
end

function done(summary, latency, requests)
  local errs = 0
  local first = ""
  for _, thread in ipairs(threads) do
    errs = errs + thread:get("errors")
    local s = thread:get("sample")
    if s and first == "" then first = s end
  end
  io.write(string.format(
    '\nBENCH_JSON {"requests":%d,"seconds":%f,"errors":%d,"socketErrors":%d,"p50":%d,"p99":%d,"sample":%q}\n',
    summary.requests, summary.duration / 1e6, errs,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99), first))
end
