"""Bidirectional shortest-path search against a brute-force enumeration of every simple path."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.backends.path_search import Edge, shortest_paths

Graph = list[tuple[str, str, str]]  # (relation id, one end, other end), undirected


def neighbours_of(graph: Graph, calls: list[Sequence[str]] | None = None):
    def neighbours(nodes: Sequence[str]) -> dict[str, list[Edge]]:
        if calls is not None:
            calls.append(list(nodes))
        out: dict[str, list[Edge]] = {n: [] for n in nodes}
        for rel, a, b in graph:
            if a in out:
                out[a].append((rel, b))
            if b in out and a != b:
                out[b].append((rel, a))
        return out

    return neighbours


def brute_force(graph: Graph, source: str, target: str, max_hops: int) -> list[list[Edge]]:
    neighbours = neighbours_of(graph)
    found: list[list[Edge]] = []
    stack: list[tuple[str, list[Edge], set[str]]] = [(source, [], {source})]
    while stack:
        node, path, seen = stack.pop()
        if node == target and path:
            found.append(path)
            continue
        if len(path) == max_hops:
            continue
        for rel, other in neighbours([node])[node]:
            if other not in seen:
                stack.append((other, [*path, (rel, other)], seen | {other}))
    if not found:
        return []
    shortest = min(len(p) for p in found)
    return sorted((p for p in found if len(p) == shortest), key=lambda p: [rel for rel, _ in p])


nodes = st.sampled_from([f"n{i}" for i in range(8)])
graphs = st.lists(st.tuples(nodes, nodes), max_size=18).map(
    lambda pairs: [(f"r{i:02d}", a, b) for i, (a, b) in enumerate(pairs)]
)


@settings(max_examples=300, deadline=None)
@given(graphs, nodes, nodes, st.integers(1, 6), st.integers(1, 6))
def test_finds_exactly_the_shortest_paths_in_order(
    graph: Graph, source: str, target: str, hops: int, limit: int
) -> None:
    expected = [] if source == target else brute_force(graph, source, target, hops)
    assert shortest_paths(source, target, hops, neighbours_of(graph), limit) == expected[:limit]


def test_meets_in_the_middle_without_widening_from_the_hub() -> None:
    # a - b - hub - c - d, the hub also touches 50 leaves: neither side ever expands the hub.
    graph: Graph = [("r1", "a", "b"), ("r2", "b", "hub"), ("r3", "hub", "c"), ("r4", "c", "d")]
    graph += [(f"x{i}", "hub", f"leaf{i}") for i in range(50)]
    calls: list[Sequence[str]] = []
    paths = shortest_paths("a", "d", 4, neighbours_of(graph, calls), 5)
    assert paths == [[("r1", "b"), ("r2", "hub"), ("r3", "c"), ("r4", "d")]]
    assert all("hub" not in call for call in calls)


def test_no_path_within_the_bound_and_parallel_relations_are_separate_paths() -> None:
    graph: Graph = [("r1", "a", "b"), ("r2", "b", "c"), ("r3", "a", "b")]
    assert shortest_paths("a", "c", 1, neighbours_of(graph), 5) == []
    assert shortest_paths("a", "c", 2, neighbours_of(graph), 5) == [
        [("r1", "b"), ("r2", "c")],
        [("r3", "b"), ("r2", "c")],
    ]
