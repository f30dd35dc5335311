"""Exact name look-ups (normalised key, aliases, legal names) and "name or id" references.

Never a guess: an unknown name is None; a key shared by several entities of the asked kind picks the
one whose own name (not an alias) has that key, then the smallest id; a key shared across kinds when
no kind was asked is an error naming the candidates.
"""

from __future__ import annotations

from collections.abc import Sequence

from api.context import Context
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


async def did_you_mean(context: Context, text: str, kind: EntityKind | None) -> str:
    """' (did you mean "MiniMax"?)' when fuzzy search finds close names of the kind asked, else ''."""
    kinds = (kind,) if kind is not None else ()
    matches = await context.run(context.search.search, context.store, text, kinds, 3)
    quoted = [f'"{name}"' for name in dict.fromkeys(m.matched for m in matches)]
    if not quoted:
        return ""
    listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"
    return f" (did you mean {listed}?)"


async def require_named(context: Context, name: str, kind: EntityKind) -> Entity:
    """The entity of this kind the name means; unknown is a user error that suggests close names."""
    found = await by_name(context.loaders, name, kind)
    if found is None:
        hint = await did_you_mean(context, name, kind)
        raise UserError(f'name: no {kind.value.lower()} named "{name}"{hint}')
    return found


async def require_ref(context: Context, text: str, argument: str) -> Entity:
    """`by_name_or_id` whose error suggests close names."""
    try:
        return await by_name_or_id(context.loaders, text, argument)
    except UserError as error:
        if "no entity" not in str(error):
            raise
        raise UserError(f"{error}{await did_you_mean(context, text, None)}") from None


async def by_id_following_merges(context: Context, entity_id: str) -> Entity | None:
    """A live entity by id, or, for a merged one, the entity it was merged into (the store follows the chain)."""
    found = await context.loaders.entity.load(entity_id)
    if found is not None:
        return found
    return (await context.run(context.store.current_entities, [entity_id])).get(entity_id)
