"""The GraphQL schema: root queries and mutations over the store, with the abuse limits."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

import strawberry
from graphql import GraphQLError
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from api import lookup
from api.context import Info
from api.errors import InternalErrors, LocalErrors, UserError, log_internal, report_locally, should_mask
from api.mutations import authorize, check_format
from api.settings import Settings
from api.types import review as review_types
from api.types.entity import Entity
from api.types.events import Event, timeline_of
from api.types.ingest import IngestReport
from api.types.nodes import load_nodes, to_node
from api.types.organization import Organization
from api.types.organizations import OrganizationConnection, OrganizationFilter
from api.types.paths import Path
from api.types.person import Person
from api.types.place import Place
from api.types.product import Product
from api.types.relations import entity_loader
from api.types.review import ReviewCandidate, ReviewDecision
from api.types.scalars import SCALAR_MAP, EntityKind, EventKind, IncludeCandidates, KnownAt, record_time
from api.types.search import SearchHit
from api.types.sources import PageInfo, Source, SourceConnection
from api.types.stats import GraphStats
from api.types.unload import UnloadReport
from api.validation import DocumentLimits
from graph import model
from graph import store as graph_store
from graph.dates import PartialDate
from graph.errors import CkgError
from graph.names import category_value
from loaders.merge import merge_entities, unmerge
from loaders.pipeline import load_document
from loaders.unload import restore_sources, unload_sources


def check_range(argument: str, value: int, low: int, high: int) -> int:
    if not low <= value <= high:
        raise UserError(f"{argument}: {value} is out of range ({low}-{high})")
    return value


async def _optional_ref(info: Info, text: str | None, argument: str) -> tuple[bool, str | None]:
    """(given, id) for a filter argument naming an entity. An unknown name matches nothing and is reported as
    an error on the field (its answer is then an empty page)."""
    if text is None:
        return False, None
    try:
        entity = await lookup.require_ref(info.context, text, f"filter.{argument}")
    except UserError as error:
        report_locally(info, error)
        return True, None
    return True, entity.id


@strawberry.type
class Query:
    @strawberry.field
    async def entity(self, info: Info, id: strawberry.ID) -> Entity | None:
        """The live entity with this id; the id of a merged entity leads to the one it was merged into."""
        found = await lookup.by_id_following_merges(info.context, str(id))
        return None if found is None else to_node(found)

    @strawberry.field(description="The organization a name means; an unknown name is an error here and null.")
    async def organization(self, info: Info, name: str) -> Organization | None:
        found = await lookup.require_named(info.context, name, model.EntityKind.ORGANIZATION)
        return Organization.from_model(found) if isinstance(found, model.Organization) else None

    @strawberry.field(description="The person a name means; an unknown name is an error here and null.")
    async def person(self, info: Info, name: str) -> Person | None:
        found = await lookup.require_named(info.context, name, model.EntityKind.PERSON)
        return Person.from_model(found) if isinstance(found, model.Person) else None

    @strawberry.field(description="The product a name means; an unknown name is an error here and null.")
    async def product(self, info: Info, name: str) -> Product | None:
        found = await lookup.require_named(info.context, name, model.EntityKind.PRODUCT)
        return Product.from_model(found) if isinstance(found, model.Product) else None

    @strawberry.field
    async def search(
        self, info: Info, text: str, kinds: list[EntityKind] | None = None, limit: int | None = 10
    ) -> list[SearchHit]:
        context = info.context
        limit = check_range("limit", 10 if limit is None else limit, 1, context.settings.max_search_limit)
        matches = await context.run(context.search.search, context.store, text, tuple(kinds or ()), limit)
        nodes = {str(n.id): n for n in await load_nodes(info, [m.entity_id for m in matches])}
        return [
            SearchHit(entity=nodes[m.entity_id], score=m.score, matched=m.matched)
            for m in matches
            if m.entity_id in nodes
        ]

    @strawberry.field
    async def organizations(
        self, info: Info, filter: OrganizationFilter | None = None, first: int | None = 50, after: str | None = None
    ) -> OrganizationConnection:
        context = info.context
        first = check_range("first", 50 if first is None else first, 0, context.settings.max_page_size)
        given = filter or OrganizationFilter()
        hq_given, hq_id = await _optional_ref(info, given.headquartered_in, "headquarteredIn")
        inv_given, inv_id = await _optional_ref(info, given.invested_in_by, "investedInBy")
        if (hq_given and hq_id is None) or (inv_given and inv_id is None):
            return OrganizationConnection(
                nodes=[], page_info=PageInfo(has_next_page=False, end_cursor=None), total_count=0
            )
        store_filter = graph_store.OrganizationFilter(
            name_contains=given.name_contains,
            category=category_value(given.category) if given.category else None,
            founded_after=given.founded_after,
            founded_before=given.founded_before,
            headquartered_in=hq_id,
            invested_in_by=inv_id,
        )
        try:
            page = await context.run(context.store.organizations, store_filter, first, after)
        except CkgError as exc:  # a cursor this API never returned: the caller's mistake
            raise UserError(f"after: {exc}") from None
        found = await context.loaders.entity.load_many(list(page.ids))
        return OrganizationConnection(
            nodes=[Organization.from_model(o) for o in found if isinstance(o, model.Organization)],
            page_info=PageInfo(has_next_page=page.has_next, end_cursor=page.end_cursor),
            total_count=page.total,
        )

    @strawberry.field(
        description="Shortest explained paths between two entities given by name or id. An unknown end is an error "
        "on this field alone (its answer is then empty; the query's other fields keep theirs)."
    )
    async def paths(
        self,
        info: Info,
        from_: Annotated[str, strawberry.argument(name="from")],
        to: str,
        max_hops: int | None = 4,
        as_of: PartialDate | None = None,
        limit: int | None = 5,
        known_at: KnownAt = None,
        include_candidates: IncludeCandidates = False,
    ) -> list[Path]:
        context = info.context
        hops = check_range("maxHops", 4 if max_hops is None else max_hops, 1, context.settings.max_hops)
        count = check_range("limit", 5 if limit is None else limit, 1, context.settings.max_path_limit)
        try:
            source = await lookup.require_ref(context, from_, "from")
            target = await lookup.require_ref(context, to, "to")
        except UserError as error:
            report_locally(info, error)
            return []
        if source.id == target.id:
            return []
        at = record_time(known_at)
        found = await context.run(
            partial(context.store.paths, known_at=at, include_candidates=include_candidates),
            source.id,
            target.id,
            hops,
            as_of,
            count,
        )
        ends = await entity_loader(info, at).load_many(
            sorted({i for p in found for h in p.hops for i in (h.from_id, h.to_id)})
        )
        entities = {e.id: e for e in ends if e is not None}
        return [Path.from_model(p, entities) for p in found]

    @strawberry.field(
        description="Everything dated that concerns an entity, oldest first, undated events last: its events and what "
        "the graph's dates say (founding, releases, discontinuations, listings, role changes). An unknown entity is "
        "an error on this field alone (its answer is then empty; the query's other fields keep theirs)."
    )
    async def timeline(
        self,
        info: Info,
        entity: str,
        since: PartialDate | None = None,
        until: PartialDate | None = None,
        kinds: list[EventKind] | None = None,
        known_at: KnownAt = None,
        include_candidates: IncludeCandidates = False,
    ) -> list[Event]:
        try:
            found = await lookup.require_ref(info.context, entity, "entity")
        except UserError as error:
            report_locally(info, error)
            return []
        query = graph_store.EventQuery(
            kinds=tuple(kinds or ()),
            since=since,
            until=until,
            known_at=record_time(known_at),
            include_candidates=include_candidates,
        )
        return [Event.from_model(e) for e in await timeline_of(info, found, query)]

    @strawberry.field
    async def sources(self, info: Info, first: int | None = 50, after: str | None = None) -> SourceConnection:
        context = info.context
        first = check_range("first", 50 if first is None else first, 0, context.settings.max_page_size)
        try:
            page = await context.run(context.store.list_sources, first, after)
        except CkgError as exc:  # a cursor this API never returned: the caller's mistake
            raise UserError(f"after: {exc}") from None
        found = await context.loaders.source.load_many(list(page.ids))
        return SourceConnection(
            nodes=[Source.from_model(s) for s in found if s is not None],
            page_info=PageInfo(has_next_page=page.has_next, end_cursor=page.end_cursor),
            total_count=page.total,
        )

    @strawberry.field(description="Statements waiting for review (extracted below CKG_REVIEW_BELOW), least sure first.")
    async def candidates(self, info: Info, limit: int | None = 100) -> list[ReviewCandidate]:
        count = check_range("limit", 100 if limit is None else limit, 1, info.context.settings.max_page_size)
        return await review_types.candidates(info, count)

    @strawberry.field
    async def stats(self, info: Info) -> GraphStats:
        return GraphStats.from_model(await info.context.run(info.context.store.stats))


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Load one document (yaml/json profile, text/markdown/html article). Needs the API key."
    )
    async def ingest(
        self,
        info: Info,
        content: str,
        format: str,
        source_url: str | None = None,
        title: str | None = None,
        published_at: PartialDate | None = None,
        path: Annotated[
            str | None,
            strawberry.argument(
                description="The document's file name or path where the caller has it: errors name it, and it is "
                "the source's title when the document gives none (as in a local `ckg load`)."
            ),
        ] = None,
        strict: Annotated[
            bool, strawberry.argument(description="A document that yields no statement is an error, not a warning.")
        ] = False,
        dry_run: Annotated[
            bool, strawberry.argument(description="Read and resolve the document, write nothing.")
        ] = False,
    ) -> IngestReport:
        authorize(info)
        fmt = check_format(format)
        context = info.context
        try:
            report = await context.run(
                load_document,
                context.store,
                content,
                fmt,
                path=path,
                title=title,
                url=source_url,
                published_at=published_at,
                strict=strict,
                dry_run=dry_run,
            )
        except CkgError as exc:
            raise UserError(f"ingest: {exc}") from exc
        finally:
            context.search.invalidate()
        if report.defect is not None:
            raise report.defect  # a defect, reported as one (masked in production, its traceback logged)
        if report.error:
            raise UserError(f"ingest: {report.error}")  # the loader wrote nothing: one document is one transaction
        if report.source is None:
            raise TypeError(f"load_document returned a report without a source: {report!r}")
        return IngestReport(
            source=Source.from_model(report.source),
            created=report.created,
            linked=report.linked,
            statements=report.statements,
            candidates=report.candidates,
            unchanged=report.unchanged,
            warnings=list(report.warnings),
            superseded=report.superseded,
        )

    @strawberry.mutation(description="Declare two entities the same (reversible with unmerge). Needs the API key.")
    async def merge(
        self, info: Info, keep_id: strawberry.ID, merge_id: strawberry.ID, reason: str | None = None
    ) -> Entity:
        authorize(info)
        context = info.context
        for argument, value in (("keepId", keep_id), ("mergeId", merge_id)):
            if await context.loaders.entity.load(str(value)) is None:
                raise UserError(f'{argument}: no entity with id "{value}"')
        try:
            await context.run(merge_entities, context.store, str(keep_id), str(merge_id), reason)
        except CkgError as exc:
            raise UserError(f"merge: {exc}") from exc
        finally:
            context.search.invalidate()
        kept = await context.run(context.store.entities, [str(keep_id)])
        if str(keep_id) not in kept:
            raise LookupError(f"{keep_id} is gone after the merge")
        return to_node(kept[str(keep_id)])

    @strawberry.mutation(description="Undo a merge; returns both entities again. Needs the API key.")
    async def unmerge(self, info: Info, merge_id: strawberry.ID) -> list[Entity]:
        authorize(info)
        context = info.context
        try:
            result = await context.run(unmerge, context.store, str(merge_id))
        except CkgError as exc:
            raise UserError(f"unmerge: {exc}") from exc
        finally:
            context.search.invalidate()
        ids = list(result) or [str(merge_id)]
        found = await context.run(context.store.entities, ids)
        return [to_node(found[i]) for i in ids if i in found]

    @strawberry.mutation(
        description="Take a loaded document back (by source id, sha256 or title): retract what only it supports, "
        "drop its citations elsewhere; reversible with restoreSource. Needs the API key."
    )
    async def unload_source(self, info: Info, source: str, dry_run: bool = False) -> UnloadReport:
        return await _unload(info, "unloadSource", source, dry_run, undo=False)

    @strawberry.mutation(description="Undo the unload of a source exactly. Needs the API key.")
    async def restore_source(self, info: Info, source: str, dry_run: bool = False) -> UnloadReport:
        return await _unload(info, "restoreSource", source, dry_run, undo=True)

    @strawberry.mutation(description="Make a review candidate a fact (logged, reversible). Needs the API key.")
    async def accept_statement(self, info: Info, id: strawberry.ID, note: str | None = None) -> ReviewDecision:
        return await review_types.decide(info, "acceptStatement", str(id), "accept", note)

    @strawberry.mutation(
        description="Turn a statement down: retracted, and not written again from the sources it cites (logged, "
        "reversible). Needs the API key."
    )
    async def reject_statement(self, info: Info, id: strawberry.ID, note: str | None = None) -> ReviewDecision:
        return await review_types.decide(info, "rejectStatement", str(id), "reject", note)

    @strawberry.mutation(description="Take back the latest review decision on a statement. Needs the API key.")
    async def undo_review(self, info: Info, id: strawberry.ID) -> ReviewDecision:
        return await review_types.undo(info, str(id))


async def _unload(info: Info, field: str, source: str, dry_run: bool, *, undo: bool) -> UnloadReport:
    authorize(info)
    context = info.context
    try:
        run = restore_sources if undo else unload_sources
        report = await context.run(run, context.store, [source], dry_run=dry_run, read_files=False)
    except CkgError as exc:
        raise UserError(f"{field}: {exc}") from exc
    finally:
        context.search.invalidate()
    return UnloadReport.from_report(report)


class Schema(strawberry.Schema):
    """Logs internal failures only, each once under its reference; user errors are answers, not incidents."""

    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        for error in errors:
            if should_mask(error):
                log_internal(error)


def build_schema(settings: Settings | None = None) -> strawberry.Schema:
    settings = settings or Settings()
    # Factories, so each operation gets fresh extension instances; the limit rules and the cache of checked
    # documents are built once here and shared (a document is parsed and validated once, not per request).
    limits = DocumentLimits(settings.max_depth, settings.max_aliases, settings.max_tokens)
    extensions: list[Any] = [limits.extension, LocalErrors]
    if settings.production:
        extensions.append(InternalErrors)
    return Schema(
        query=Query,
        mutation=Mutation,
        types=[Organization, Person, Product, Place],
        extensions=extensions,
        config=StrawberryConfig(scalar_map=SCALAR_MAP),
    )
