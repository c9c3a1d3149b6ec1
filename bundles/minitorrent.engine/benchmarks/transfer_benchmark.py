"""MiniTorrent's 1 GiB loopback transfer benchmark: one seeder and one leecher, ours or libtorrent's.

    transfer_benchmark.py run MINITORRENT WORK ROUNDS     the benchmark (transfer-benchmark.sh calls it)
    transfer_benchmark.py lt-seed TORRENT DIR PORT        a libtorrent seeder: prints READY once checked
    transfer_benchmark.py lt-download TORRENT DIR PORT    a libtorrent leecher dialling 127.0.0.1:PORT:
                                                          prints FINISHED when it has every piece

Each libtorrent role runs until its standard input closes, so the benchmark can read the process's
CPU time and peak RSS before it ends; then it ends its session, which finishes the writes still queued. libtorrent is kept on 127.0.0.1 with DHT, local peer
discovery, UPnP, NAT-PMP, uTP and the default plugins (PEX) off, and several connections per IP
allowed (every peer here is 127.0.0.1).

The transfer time runs from the start of the leecher's process until it reports the last piece:
our JVM's start-up is in it, the seeder's check of its data is not (the seeder is ready first).
"""
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAIRINGS = [("ours", "ours"), ("libtorrent", "ours"), ("ours", "libtorrent"), ("libtorrent", "libtorrent")]
READY_TIMEOUT = 120
TRANSFER_TIMEOUT = 600
# The settings that keep libtorrent to 127.0.0.1, shared with the interop tests.
LOOPBACK_LIBTORRENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "releng",
                                   "minitorrent.testing", "src", "main", "resources", "minitorrent", "testing")


# ---------------------------------------------------------------- libtorrent roles

def lt_session(port):
    sys.path.insert(0, LOOPBACK_LIBTORRENT)
    import loopback_libtorrent
    return loopback_libtorrent.session(port, alert_mask=0)


def lt_role(mode, torrent, directory, port):
    import libtorrent as lt
    session = lt_session(port if mode == "lt-seed" else 0)
    params = lt.add_torrent_params()
    params.ti = lt.torrent_info(torrent)
    params.save_path = directory
    handle = session.add_torrent(params)
    if mode == "lt-download":
        handle.connect_peer(("127.0.0.1", port))
    deadline = time.monotonic() + (READY_TIMEOUT if mode == "lt-seed" else TRANSFER_TIMEOUT)
    while not handle.status().is_seeding:
        if time.monotonic() > deadline:
            sys.exit("libtorrent: not done in time: %s" % handle.status().state)
        time.sleep(0.01)
    print("READY" if mode == "lt-seed" else "FINISHED", flush=True)
    sys.stdin.read()
    # libtorrent writes pieces after it has hashed them: ending the session waits for those writes.
    session.pause()
    del handle, session


# ---------------------------------------------------------------- measuring a process

def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def cpu_seconds(pid):
    """User + system CPU time of the process so far (threads included)."""
    with open("/proc/%d/stat" % pid) as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def memory(pid):
    """Peak RSS and the anonymous part of the current RSS, in MiB (libtorrent maps the file: its RSS holds file pages)."""
    values = {}
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmHWM", "RssAnon"):
                values[key] = int(rest.split()[0]) / 1024
    return values["VmHWM"], values["RssAnon"]


GC_PAUSE = re.compile(r"Pause .*? (\d+)M->(\d+)M\((\d+)M\)")
HEAP_USED_AT_EXIT = re.compile(r"(?:generation|space)\s+total \d+K, used (\d+)K")


def heap(log):
    """From a -Xlog:gc,gc+heap+exit log: the peak used (at a collection or at exit), the most kept
    after a collection (the live data), the largest committed heap, and the number of collections."""
    try:
        with open(log) as text:
            content = text.read()
    except FileNotFoundError:
        return None
    pauses = [tuple(map(int, m.groups())) for m in GC_PAUSE.finditer(content)]
    at_exit = sum(int(m.group(1)) for m in HEAP_USED_AT_EXIT.finditer(content)) / 1024
    peak = max([before for before, _, _ in pauses] + [at_exit])
    live = max([after for _, after, _ in pauses], default=0)
    committed = max([size for _, _, size in pauses], default=0)
    return {"peak": peak, "live": live, "committed": committed, "collections": len(pauses)}


class Process:
    """A seeder or leecher, ours or libtorrent's, whose output lines are watched for a condition."""

    def __init__(self, command, env, log, ends_on_stdin):
        self.ends_on_stdin = ends_on_stdin
        self.started = time.monotonic()
        self.popen = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=open(log, "w"),
                                      env=env, text=True)
        self.lines = []
        self.event = threading.Event()
        self.matched_at = None
        self.condition = None
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.popen.stdout:
            self.lines.append(line)
            if self.condition is not None and self.matched_at is None and self.condition(line):
                self.matched_at = time.monotonic()
                self.event.set()
        self.event.set()

    def wait_for(self, condition, timeout, what):
        self.condition = condition
        for line in list(self.lines):
            if condition(line):
                self.matched_at = time.monotonic()
                return
        if not self.event.wait(timeout) or self.matched_at is None:
            self.stop()
            raise RuntimeError("%s: not seen in %d s; output: %s" % (what, timeout, "".join(self.lines[-5:])))

    def stop(self):
        try:
            self.popen.stdin.close()
        except OSError:
            pass
        if not self.ends_on_stdin and self.popen.poll() is None:
            self.popen.terminate()
        try:
            self.popen.wait(60)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait()


def ours_is_seeding(line):
    try:
        report = json.loads(line)
    except ValueError:
        return False
    return report.get("state") == "seeding" and report.get("progress") == 1.0


def start(kind, role, minitorrent, torrent, folder, port, work, tag):
    log = os.path.join(work, "%s-%s-%s.log" % (tag, role, kind))
    env = dict(os.environ)
    if kind == "ours":
        gc_log = os.path.join(work, "%s-%s-gc.log" % (tag, role))
        if os.path.exists(gc_log):
            os.remove(gc_log)
        env["MINITORRENT_CLI_VM_ARGS"] = (env.get("MINITORRENT_CLI_VM_ARGS", "")
                                          + " -Xlog:gc,gc+heap+exit:file=%s" % gc_log).strip()
        state = os.path.join(work, "%s-%s-state" % (tag, role))
        shutil.rmtree(state, ignore_errors=True)
        command = [minitorrent, "seed" if role == "seeder" else "download", torrent, "-d", folder, "--bind", "127.0.0.1",
                   "--state-dir", state, "--json-progress"]
        command += ["-p", str(port)] if role == "seeder" else ["-p", "0", "--peer", "127.0.0.1:%d" % port]
        process = Process(command, env, log, ends_on_stdin=False)
        process.gc_log = gc_log
    else:
        command = ["/usr/bin/python3", os.path.abspath(__file__), "lt-seed" if role == "seeder" else "lt-download",
                   torrent, folder, str(port)]
        process = Process(command, env, log, ends_on_stdin=True)
        process.gc_log = None
    return process


def transfer(seeder_kind, leecher_kind, minitorrent, torrent, work, tag):
    seed_folder = os.path.join(work, "seed")
    leech_folder = os.path.join(work, "leech")
    shutil.rmtree(leech_folder, ignore_errors=True)
    os.makedirs(leech_folder)
    os.sync()  # the previous run's written data goes to disk now, not during this run
    port = free_port()
    seeder = start(seeder_kind, "seeder", minitorrent, torrent, seed_folder, port, work, tag)
    leecher = None
    try:
        seeder.wait_for(ours_is_seeding if seeder_kind == "ours" else lambda line: line.strip() == "READY",
                        READY_TIMEOUT, "%s seeder ready" % seeder_kind)
        seeder_cpu_before = cpu_seconds(seeder.popen.pid)
        load = os.getloadavg()[0]
        leecher = start(leecher_kind, "leecher", minitorrent, torrent, leech_folder, port, work, tag)
        leecher.wait_for(ours_is_seeding if leecher_kind == "ours" else lambda line: line.strip() == "FINISHED",
                         TRANSFER_TIMEOUT, "%s leecher finished" % leecher_kind)
        seconds = leecher.matched_at - leecher.started
        result = {
            "seeder": seeder_kind, "leecher": leecher_kind, "seconds": seconds, "load": load,
            "leecher_cpu": cpu_seconds(leecher.popen.pid),
            "seeder_cpu": cpu_seconds(seeder.popen.pid) - seeder_cpu_before,
            "leecher_memory": memory(leecher.popen.pid), "seeder_memory": memory(seeder.popen.pid),
        }
    finally:
        for process in (leecher, seeder):
            if process is not None:
                process.stop()
    result["leecher_heap"] = leecher.gc_log and heap(leecher.gc_log)
    result["seeder_heap"] = seeder.gc_log and heap(seeder.gc_log)
    name = os.path.basename(torrent)[:-len(".torrent")]
    if subprocess.run(["cmp", os.path.join(seed_folder, name), os.path.join(leech_folder, name)]).returncode != 0:
        raise RuntimeError("%s -> %s: the downloaded file differs from the seeded one" % (seeder_kind, leecher_kind))
    return result


# ---------------------------------------------------------------- report

def describe_heap(h):
    if not h:
        return "-"
    if h["collections"] == 0 and h["peak"] == 0:
        return "no collection: peak below the young generation"  # the JVM logged no heap figure at all
    return "%d / %d MiB (%d GCs)" % (h["peak"], h["live"], h["collections"])


def report(results, size):
    mb = size / 1e6
    print("| seeder -> leecher | time | MB/s | CPU seeder / leecher | peak RSS seeder / leecher | RSS anon at end s / l"
          " | JVM heap seeder: peak / after GC | JVM heap leecher: peak / after GC | load |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print("| %s -> %s | %.2f s | %.0f | %.2f s / %.2f s | %.0f / %.0f MiB | %.0f / %.0f MiB | %s | %s | %.1f |" % (
            r["seeder"], r["leecher"], r["seconds"], mb / r["seconds"], r["seeder_cpu"], r["leecher_cpu"],
            r["seeder_memory"][0], r["leecher_memory"][0], r["seeder_memory"][1], r["leecher_memory"][1],
            describe_heap(r["seeder_heap"]), describe_heap(r["leecher_heap"]), r["load"]))
    print()
    print("Medians:")
    print()
    print("| seeder -> leecher | time | MB/s | rate / libtorrent -> libtorrent | CPU seeder / leecher |")
    print("|---|---|---|---|---|")
    medians = {}
    for pairing in PAIRINGS:
        runs = [r for r in results if (r["seeder"], r["leecher"]) == pairing]
        medians[pairing] = (statistics.median(r["seconds"] for r in runs),
                            statistics.median(r["seeder_cpu"] for r in runs),
                            statistics.median(r["leecher_cpu"] for r in runs))
    reference = medians[("libtorrent", "libtorrent")][0]
    for pairing, (seconds, seeder_cpu, leecher_cpu) in medians.items():
        print("| %s -> %s | %.2f s | %.0f | %.2f | %.2f s / %.2f s |" % (
            pairing[0], pairing[1], seconds, mb / seconds, reference / seconds, seeder_cpu, leecher_cpu))


def run(minitorrent, work, rounds):
    torrent = os.path.join(work, "1gib.bin.torrent")
    size = os.path.getsize(os.path.join(work, "seed", "1gib.bin"))
    results = []
    for round_number in range(1, rounds + 1):
        for seeder_kind, leecher_kind in PAIRINGS:
            tag = "r%d-%s-%s" % (round_number, seeder_kind, leecher_kind)
            result = transfer(seeder_kind, leecher_kind, minitorrent, torrent, work, tag)
            print("%s: %.2f s, %.0f MB/s (load %.1f)" % (tag, result["seconds"], size / 1e6 / result["seconds"],
                                                         result["load"]), file=sys.stderr, flush=True)
            results.append(result)
    shutil.rmtree(os.path.join(work, "leech"), ignore_errors=True)
    report(results, size)


def main(argv):
    if argv[1] == "run":
        run(argv[2], argv[3], int(argv[4]))
    elif argv[1] in ("lt-seed", "lt-download"):
        lt_role(argv[1], argv[2], argv[3], int(argv[4]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
