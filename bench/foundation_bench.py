#!/usr/bin/env python3
"""Foundation and workspace benchmark: start-up to ready, idle memory, and p95 time of the approaches list page, the
approaches API list call, the approach step overview and a step page on the demo data. Starts the real application (Release build) on a fresh SQLite file.

Usage: python3 bench/foundation_bench.py [--requests 300]
"""
import argparse, http.cookiejar, os, re, shutil, socket, statistics, subprocess, sys, tempfile, time, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close(); return port


def percentile(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    f, c = int(k), min(int(k) + 1, len(values) - 1)
    return values[f] + (values[c] - values[f]) * (k - f)


def timed(opener, url, headers=None, n=300):
    times = []
    for i in range(n + 20):
        req = urllib.request.Request(url, headers=headers or {})
        start = time.perf_counter()
        with opener.open(req) as r:
            r.read()
        if i >= 20:  # warm-up
            times.append((time.perf_counter() - start) * 1000)
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    subprocess.run(["dotnet", "build", "src/Wijkkracht.Web", "-c", "Release", "-nologo", "-v", "q"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    data = tempfile.mkdtemp(prefix="wijkkracht-bench-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, Database__ConnectionString=f"Data Source={data}/bench.db", Security__LoginAttemptsPerMinute="1000")
    dll = os.path.join(ROOT, "src/Wijkkracht.Web/bin/Release/net10.0/Wijkkracht.Web.dll")
    # First run creates the database and demo data; the measured start is a restart on an existing database.
    for run in ("seed", "measure"):
        start = time.perf_counter()
        proc = subprocess.Popen(["dotnet", dll, "--demo", "--urls", base], cwd=os.path.join(ROOT, "src/Wijkkracht.Web"), env=env, stdout=subprocess.PIPE, text=True)
        login = token = None
        for line in proc.stdout:
            if line.startswith("Demo-login: "):
                login = line.split(": ", 1)[1].strip().split(" / ")
            if line.startswith("Demo-API-token: "):
                token = line.split(": ", 1)[1].strip()
            if line.startswith("Klaar: "):
                break
        ready_ms = (time.perf_counter() - start) * 1000
        if run == "measure":
            # The search indexes are built in the background after "Klaar"; the first search waits for them.
            urllib.request.build_opener().open(urllib.request.Request(base + "/api/v1/knowledge/interventions?q=hangjongeren", headers={"Authorization": f"Bearer {token}"})).read()
            first_search_ms = (time.perf_counter() - start) * 1000
        if run == "seed":
            proc.terminate(); proc.wait()
    time.sleep(5)
    rss_mb = int(re.search(r"VmRSS:\s+(\d+)", open(f"/proc/{proc.pid}/status").read()).group(1)) / 1024

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = opener.open(base + "/inloggen").read().decode()
    af = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)
    body = urllib.parse.urlencode({"Input.Email": login[0], "Input.Password": login[1], "__RequestVerificationToken": af}).encode()
    opener.open(urllib.request.Request(base + "/inloggen", data=body))

    page = timed(opener, base + "/aanpakken", n=args.requests)
    api = timed(urllib.request.build_opener(), base + "/api/v1/approaches", {"Authorization": f"Bearer {token}"}, n=args.requests)
    import json
    listing = json.loads(urllib.request.build_opener().open(urllib.request.Request(base + "/api/v1/approaches", headers={"Authorization": f"Bearer {token}"})).read())
    approach = listing["items"][0]["id"]
    overview = timed(opener, f"{base}/aanpakken/{approach}/stappen", n=args.requests)
    step = timed(opener, f"{base}/aanpakken/{approach}/stappen/ess-stap-5", n=args.requests)
    proc.terminate(); proc.wait(); shutil.rmtree(data, ignore_errors=True)

    print(f"start-up to ready (existing SQLite database): {ready_ms:.0f} ms (budget < 3000 ms)")
    print(f"start-up to first answered knowledge search: {first_search_ms:.0f} ms")
    print(f"idle memory (RSS after 5 s): {rss_mb:.0f} MB (budget < 250 MB)")
    for name, values in (("GET /aanpakken (page)", page), ("GET /api/v1/approaches", api),
                         ("GET /aanpakken/{id}/stappen (approach step overview)", overview), ("GET /aanpakken/{id}/stappen/ess-stap-5 (step page)", step)):
        print(f"{name}: p50 {percentile(values, 50):.1f} ms, p95 {percentile(values, 95):.1f} ms, max {max(values):.1f} ms over {len(values)} requests (budget p95 < 100 ms)")


if __name__ == "__main__":
    sys.exit(main())
