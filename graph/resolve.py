"""Entity resolution across articles: map an article's entities onto stored ones.

An article's entity joins a stored entity when one of its names (name or
alias) folds to a name the stored entity already carries and the families
agree (releases never merge with artists). A name carried by several stored
entities is ambiguous and is not used for merging, so one wrong alias cannot
pull unrelated nodes together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from artistgraph.graph.model import (
    EntityType,
    ExtractedEntity,
    entity_family,
    entity_key,
    normalize_name,
)
from artistgraph.graph.store import StoredEntity

Lookup = Callable[[Iterable[str]], dict[str, list[StoredEntity]]]


def resolve_keys(entities: list[ExtractedEntity], lookup: Lookup) -> dict[str, str]:
    """Return ``{extracted name: entity key}`` for one article's entities.

    >>> resolve_keys([ExtractedEntity("V", EntityType.PERSON, {"Kim Taehyung"})],
    ...              lambda norms: {})
    {'V': 'agent:v'}
    """
    all_norms = {normalize_name(n) for e in entities for n in e.names}
    found = lookup(sorted(all_norms))
    keys: dict[str, str] = {}
    for entity in entities:
        family = entity_family(entity.type)
        # The preferred name decides first; aliases only when it found nothing.
        ordered = [entity.name, *sorted(entity.aliases - {entity.name})]
        chosen: str | None = None
        for name in ordered:
            candidates = {
                s.key for s in found.get(normalize_name(name), [])
                if entity_family(s.type) == family
            }
            if len(candidates) == 1:
                chosen = candidates.pop()
                break
        keys[entity.name] = chosen or entity_key(entity.type, entity.name)
    return keys


def vote_type(counts: dict[str, int]) -> str:
    """The type most mentions agree on; Person beats Group beats Organization
    on ties, because NER confuses groups with organisations more often."""
    order = [EntityType.PERSON, EntityType.GROUP, EntityType.ORGANIZATION, EntityType.RELEASE]
    return max(counts, key=lambda t: (counts[t], -order.index(EntityType(t))))
