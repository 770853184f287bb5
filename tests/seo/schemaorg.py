"""Checks JSON-LD the way a search engine reads it: expanded by a JSON-LD processor, offline.

`pyld` expands each object against a local stand-in for the schema.org context (every term
in the schema.org namespace, `@vocab`), so no network is needed and a misspelt property
(`telephon`) expands to an IRI that is not in the vocabulary instead of vanishing. Then
every type must be a schema.org type, every property a property of one of its object's
types (or of a type they extend), and enumeration values real members.
"""

import json
from functools import cache
from pathlib import Path
from typing import Any

from pyld import jsonld

SCHEMA = "https://schema.org/"
VOCABULARY = Path(__file__).with_name("schemaorg_vocabulary.json")
LOCAL_CONTEXT = {"@context": {"@vocab": SCHEMA}}
# Properties whose values must be members of a schema.org enumeration.
ENUMERATED = {"dayOfWeek": "DayOfWeek", "medicalSpecialty": "MedicalSpecialty"}


@cache
def vocabulary() -> dict:
    return json.loads(VOCABULARY.read_text())


def enumeration(name: str) -> set[str]:
    return set(vocabulary()["enumerations"][name])


@cache
def properties_of(schema_type: str) -> frozenset[str]:
    """Every property an object of `schema_type` may have, inherited ones included."""
    data = vocabulary()
    seen, found, stack = set(), set(), [data["types"][schema_type]]
    while stack:
        base = stack.pop()
        if base in seen or base not in data["bases"]:
            continue
        seen.add(base)
        found.update(data["bases"][base]["properties"])
        stack.extend(data["bases"][base]["extends"])
    return frozenset(found)


def offline_loader(url: str, options: dict | None = None) -> dict[str, Any]:
    if url.rstrip("/") not in {"https://schema.org", "http://schema.org"}:
        raise jsonld.JsonLdError(f"No network in tests: {url}", "loading document failed")
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": LOCAL_CONTEXT,
    }


def problems(document: dict[str, Any]) -> list[str]:
    """What is not schema.org in `document` (a JSON-LD object); [] when it all is."""
    if document.get("@context") != "https://schema.org":
        return [f"@context is {document.get('@context')!r}, not https://schema.org"]
    expanded = jsonld.expand(document, {"documentLoader": offline_loader})
    found: list[str] = []
    for node in expanded:
        _check_node(node, "", found)
    return found


def _check_node(node: dict[str, Any], where: str, found: list[str]) -> None:
    types = [iri.removeprefix(SCHEMA) for iri in node.get("@type", [])]
    for schema_type in types:
        if schema_type not in vocabulary()["types"]:
            found.append(f"{where}: {schema_type} is not a schema.org type")
    known = [t for t in types if t in vocabulary()["types"]]
    allowed = frozenset().union(*(properties_of(t) for t in known)) if known else frozenset()
    for key, values in node.items():
        if key.startswith("@"):
            continue
        name = key.removeprefix(SCHEMA)
        path = f"{where}/{name}"
        if not key.startswith(SCHEMA):
            found.append(f"{path}: not in the schema.org namespace")
        elif not known:
            found.append(f"{path}: on an object without a schema.org type")
        elif name not in allowed:
            found.append(f"{path}: not a property of {'/'.join(known)}")
        for value in values:
            if "@value" in value:
                if name in ENUMERATED:
                    member = str(value["@value"]).removeprefix(SCHEMA)
                    if member not in enumeration(ENUMERATED[name]):
                        found.append(f"{path}: {member} is not a {ENUMERATED[name]}")
            elif set(value) - {"@id"}:  # a nested object, not a bare reference
                _check_node(value, path, found)


def nodes(document: Any):
    """Every object of a compact JSON-LD document, nested ones included."""
    if isinstance(document, dict):
        yield document
        for value in document.values():
            yield from nodes(value)
    elif isinstance(document, list):
        for value in document:
            yield from nodes(value)
