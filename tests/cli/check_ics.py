#!/usr/bin/python3
"""Reads an iCalendar file with two independent parsers from Debian and prints what they saw.

python3-icalendar (lenient: collects errors per component) and python3-vobject with
validation (refuses, for example, an event without DTSTAMP or UID). Prints one JSON object:
{"events": [{uid, start, end, status, sequence, summary, location}], "errors": [...]}.
Exit 3 when a parser is missing, so the test can skip.
"""
import json
import sys

try:
    import icalendar
    import vobject
except ImportError as missing:
    print(f"missing parser: {missing}", file=sys.stderr)
    sys.exit(3)

raw = open(sys.argv[1], "rb").read()
errors = []
cal = icalendar.Calendar.from_ical(raw)
for component in cal.walk():
    for error in getattr(component, "errors", []) or []:
        errors.append(f"icalendar {component.name}: {error}")
if cal.get("METHOD") != "PUBLISH":
    errors.append("METHOD is not PUBLISH")
timezones = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}

try:
    v = vobject.readOne(raw.decode("utf-8"), validate=True)
    vobject_uids = sorted(str(e.uid.value) for e in getattr(v, "vevent_list", []))
except Exception as e:  # vobject raises several kinds of validation error
    errors.append(f"vobject: {e}")
    vobject_uids = []

events = []
for e in cal.walk("VEVENT"):
    start = e["DTSTART"]
    tzid = start.params.get("TZID")
    if tzid is not None and str(tzid) not in timezones:
        errors.append(f"TZID {tzid} has no VTIMEZONE")
    events.append({
        "uid": str(e["UID"]),
        "start": e.decoded("DTSTART").isoformat(),
        "end": e.decoded("DTEND").isoformat(),
        "status": str(e.get("STATUS", "")),
        "sequence": int(e.get("SEQUENCE", 0)),
        "summary": str(e.get("SUMMARY", "")),
        "location": str(e.get("LOCATION", "")),
    })
if sorted(ev["uid"] for ev in events) != vobject_uids and not errors:
    errors.append("the two parsers found different events")
print(json.dumps({"events": events, "errors": errors}, ensure_ascii=False))
