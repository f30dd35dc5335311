"""Exact name look-ups (normalised key, aliases, legal names) and "name or id" references.

Never a guess: an unknown name is None; a key shared by several entities of the asked kind picks the
one whose own name (not an alias) has that key, then the smallest id; a key shared across kinds when
no kind was asked is an error naming the candidates.
"""

from __future__ import annotations

from collections.abc import Sequence

from api.errors import UserError
from api.loaders import Loaders
from graph.model import Entity, EntityKind, kind_of
from graph.names import normalize_key


def pick(candidates: Sequence[Entity], key: str, kind: EntityKind | None) -> Entity | None:
    """The entity a key means, or None; raises when only the kind could tell them apart."""
    live = [e for e in candidates if e.merged_into is None and (kind is None or e.kind == kind)]
    unique = list({e.id: e for e in live}.values())
    if not unique:
        return None
    kinds = {e.kind for e in unique}
    if kind is None and len(kinds) > 1:
        listed = ", ".join(sorted(e.id for e in unique))
        raise UserError(f'"{key}" names entities of several kinds ({listed}); give an id instead')
    unique.sort(key=lambda e: (normalize_key(e.name) != key, e.id))
    return unique[0]


async def by_name(loaders: Loaders, name: str, kind: EntityKind | None) -> Entity | None:
    key = normalize_key(name)
    if not key:
        return None
    return pick(await loaders.by_key.load(key), key, kind)


async def by_name_or_id(loaders: Loaders, text: str, argument: str) -> Entity:
    """Resolve an argument that may be an id (`org:zhipu-ai`) or a name; unknown is a user error."""
    if kind_of(text) is not None:
        found = await loaders.entity.load(text)
        if found is not None:
            return found
    entity = await by_name(loaders, text, None)
    if entity is None:
        raise UserError(f'{argument}: no entity with id or name "{text}"')
    return entity
