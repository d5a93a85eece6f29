-- wrk script of the ClusterAtlas benchmark (see Wrk.java). Replays the requests of a file, one per line, in a
-- cycle: for GET each line is a path with its query string, for POST each line is a JSON body sent to the URL's path.
-- Each thread starts at its own random line, so that concurrent clients do not ask the same question in lockstep
-- (which would flatter any cache). done() prints one JSON line that Wrk.java reads.
--
--   wrk -t2 -c16 -d30s --timeout 10s -s cycle.lua http://host:port -- requests.txt GET|POST

local requests = {}
local position = 1
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  local file, method = args[1], args[2] or "GET"
  for line in io.lines(file) do
    if line ~= "" then
      if method == "GET" then
        table.insert(requests, wrk.format("GET", line))
      else
        table.insert(requests, wrk.format(method, nil, nil, line))
      end
    end
  end
  if #requests == 0 then
    error("no requests in " .. file)
  end
  math.randomseed(os.time() * 1000 + (thread_number or 0))
  position = math.random(#requests)
end

function request()
  local r = requests[position]
  position = position % #requests + 1
  return r
end

function done(summary, latency, _)
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"durationUs":%d,"connectErrors":%d,"readErrors":%d,"writeErrors":%d,'
      .. '"statusErrors":%d,"timeouts":%d,"p50Us":%d,"p95Us":%d,"p99Us":%d,"maxUs":%d,"meanUs":%.1f}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean))
end
