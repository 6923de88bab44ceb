"""Exports of the graph that other knowledge bases take in as they are.

RDF (Turtle, N-Triples, JSON-LD, TriG, N-Quads) lives in :mod:`.rdf`, the
SHACL shapes in :mod:`.shapes`, owl:sameAs links in :mod:`.links`, and the
property-graph formats (GraphML, neo4j-admin CSV) in :mod:`.property_graph`.
Every exporter reads a store only through the
:class:`~artistgraph.graph.store.GraphStore` protocol.
"""

from __future__ import annotations

RDF_FORMATS = ("turtle", "ntriples", "jsonld", "trig", "nquads")
PROPERTY_GRAPH_FORMATS = ("graphml", "neo4j-csv")
FORMATS = RDF_FORMATS + PROPERTY_GRAPH_FORMATS


class ExportError(ValueError):
    """Bad export input (an option, a links file); the message is one line."""
