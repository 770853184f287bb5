"""docs/performance.md from one run of bench/run.py: every figure absolute and as a
ratio to the floor, each target marked met or missed, then bench/notes.md (what the
figures mean and what remains), which is written by hand."""

import os
from pathlib import Path

NOTES = Path(__file__).with_name("notes.md")


def verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("met" if ok else "**missed**")


def render(report) -> str:
    from bench.run import (
        CACHED_BY_PATH_TARGET,
        CONNECTIONS,
        DURATION,
        LISTING_FIELDS,
        MEMORY_TARGET_MB,
        QUERY_TARGETS,
        TARGETS,
        WORKERS,
    )

    lines = [
        "# Performance",
        "",
        "Written by `make bench` (bench/run.py) from one run; do not edit by hand (the notes",
        "at the end come from bench/notes.md). Ratios within this run are what matter: the",
        "machine is shared, so absolute figures move with its load.",
        "",
        "## The run",
        "",
        f"- started {report.started}; {os.cpu_count()} CPU cores; load before: "
        f"`{report.load_before}`; after: `{report.load_after}`",
        f"- database: {report.database}; shared cache: {report.cache}",
        f"- site: {report.site.get('articles')} articles, {report.site.get('clinics')} clinics, "
        f"{report.site.get('images')} images",
        f"- server: gunicorn with gunicorn.conf.py, {WORKERS} workers × 4 threads, production "
        "settings (settings/bench.py: no HTTPS redirect, no throttling, no access log), workers "
        "not recycled during the run, each holding at most one connection more than an even "
        "share of wrk's (`GUNICORN_WORKER_CONNECTIONS`), as a load balancer spreads them",
        f"- load: wrk, 1 thread, {CONNECTIONS} connections, {DURATION} s per measurement, on "
        "loopback; each measurement cycles through many paths (500 articles, 6 clinics, 200 "
        "listing offsets, 6 search terms, the calls to action of 200 articles)",
        "- uncached: a server with `API_RESPONSE_CACHE=off` (every answer built); cached: a "
        "server with the response cache, warmed",
        f"- listing: `pages/?type=blog.ArticlePage&fields={LISTING_FIELDS}&limit=20&offset=…`",
        "",
        "## Throughput and latency",
        "",
        "| endpoint | mode | req/s | × floor | p50 ms | p99 ms | errors | target | |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for measure in report.measures:
        target, ok = "", None
        if measure.mode == "cached" and measure.name.startswith("by-path"):
            target, ok = (
                f"≥ {CACHED_BY_PATH_TARGET} × floor",
                measure.ratio >= CACHED_BY_PATH_TARGET,
            )
        elif measure.name in TARGETS and TARGETS[measure.name][0] and measure.mode == "uncached":
            minimum = TARGETS[measure.name][0]
            target, ok = f"≥ {minimum} × floor", measure.ratio >= minimum
        lines.append(
            f"| {measure.name} | {measure.mode} | {measure.requests_per_second:.0f} | "
            f"{measure.ratio:.{2 if measure.ratio >= 0.1 else 3}f} | "
            f"{measure.p50_ms:.1f} | {measure.p99_ms:.1f} | "
            f"{measure.errors} | {target} | {verdict(ok)} |"
        )
    lines += [
        "",
        "## SQL queries per request",
        "",
        "Averaged over 20 requests each, in-process, response cache off, the database",
        "cache's own table left out (with Redis, production's cache, its reads are not SQL).",
        "",
        "| endpoint | queries | target | |",
        "| --- | ---: | --- | --- |",
    ]
    for name, count in report.queries.items():
        limit = QUERY_TARGETS.get(name)
        lines.append(
            f"| {name} | {count} | {f'≤ {limit}' if limit else ''} | "
            f"{verdict(count <= limit if limit else None)} |"
        )
    if report.costs:
        lines += costs_section(report, TARGETS)
    lines += [
        "",
        "## Memory per worker",
        "",
        "Peak resident memory (VmHWM) of each gunicorn worker, MB. The application is",
        "preloaded, so part of each figure is shared with the master and the other worker.",
        "",
        "| when | workers (MB) | target | |",
        "| --- | --- | --- | --- |",
    ]
    for when, workers in report.memory_mb.items():
        values = list(workers.values())
        ok = bool(values) and max(values) < MEMORY_TARGET_MB
        sizes = ", ".join(str(v) for v in values)
        lines.append(f"| {when} | {sizes} | < {MEMORY_TARGET_MB} | {verdict(ok)} |")
    if report.soak:
        soak = report.soak
        rss = soak["rss_mb"]
        first, last = rss[1][1] if len(rss) > 1 else rss[0][1], rss[-1][1]
        lines += [
            "",
            "## Soak",
            "",
            f"{soak['seconds']} s at steady load (a mix of article by-paths, listings and site/,",
            "on the cached server; paths the warm-up never asked are built then cached):",
            f"{soak['requests']} requests, **{soak['errors']} errors**; requests per second by",
            "slice:",
            f"{', '.join(f'{r:.0f}' for r in soak['requests_per_second'])}.",
            "",
            "Resident memory of the workers (MB) over time (seconds):",
            "",
            "| s | " + " | ".join(f"worker {n + 1}" for n in range(len(rss[0][1]))) + " |",
            "| ---: | " + " | ".join("---:" for _ in rss[0][1]) + " |",
        ]
        for seconds, workers in rss:
            lines.append(f"| {seconds} | " + " | ".join(str(v) for v in workers.values()) + " |")
        growth = [last[pid] - first[pid] for pid in last if pid in first]
        lines += [
            "",
            f"Growth from the first slice to the end: {', '.join(f'{g:+.1f} MB' for g in growth)}.",
        ]
    if report.notes:
        lines += ["", "## Notes of the run", ""] + [f"- {note}" for note in report.notes]
    if NOTES.exists():
        lines += ["", NOTES.read_text().strip()]
    return "\n".join(lines) + "\n"


def costs_section(report, targets) -> list[str]:
    """In-process costs of an uncached request beside what its target leaves: at a ratio r
    of the floor's F requests a second, the machine's cores have cores / (r × F) seconds
    for each request, for everything (server, database, load generator)."""
    floor = next(
        (m.requests_per_second for m in report.measures if m.mode == "uncached" and m.ratio == 1),
        None,
    )
    cores = os.cpu_count() or 1
    lines = [
        "",
        "## Where an uncached request's time goes",
        "",
        "In-process, per request (response cache off, 50 requests each): the whole request",
        "(wall time, and this process's CPU), and its SQL alone, replayed: the statements",
        "it sent, sent again through the database driver, results fetched — what any design",
        "asking the database the same questions pays. The budget is what the target leaves",
        f"each request on {cores} cores at this run's uncached floor: cores / (ratio × floor),",
        "for everything (server, database and wrk).",
        "",
        "| endpoint | request ms | CPU ms | its SQL replayed, ms | target | budget ms |",
        "| --- | ---: | ---: | ---: | --- | ---: |",
    ]
    for name, cost in report.costs.items():
        ratio = targets.get(name, (None,))[0]
        budget = f"{cores * 1000 / (ratio * floor):.1f}" if ratio and floor else ""
        lines.append(
            f"| {name} | {cost['request_ms']} | {cost['cpu_ms']} | {cost['sql_ms']} | "
            f"{f'≥ {ratio} × floor' if ratio else ''} | {budget} |"
        )
    return lines
