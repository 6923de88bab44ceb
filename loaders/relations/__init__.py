"""Relation rules: from typed mentions and the parse to facts with evidence.

Rules come in three shapes, each small and named (the name is kept on every
fact as ``rule``):

* pair rules: two mentions in one sentence and the words between them
  ("VORS' J", "Spiral by Q4", "X, a member of Y", "directed by X");
* trigger rules: a word with a meaning (collaborate, enlist, release, direct)
  and the names its parse attaches to it;
* inferences (in :mod:`~artistgraph.loaders.extract`): a featured artist
  collaborated with the primary artist.

Hedged statements get low confidence; negated or cancelled ones none.

One module per relation family, on top of shared layers:

========================  ==================================================
``context``               the article's Context, Candidate, modality
``wording``               regular-expression pieces shared by rule families
``timing``                date entities and clause tense
``lookups``               shared questions about mentions
``coordination``          names listed together
``pairs``                 pair rules (the words between two names)
``collaborations``        COLLABORATED_WITH
``members``               MEMBER_OF
``releases``              BY_ARTIST
``release_dates``         RELEASED_ON
``enlistment``            ENLISTED
``directors``             DIRECTED_BY
``features``              FEATURES
========================  ==================================================

A module only imports from the layers listed above it.

>>> [rule.__name__ for rule in CANDIDATE_RULES][:2]
['pair_candidates', 'credit_candidates']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from artistgraph.loaders.relations.collaborations import collaboration_candidates
from artistgraph.loaders.relations.context import Candidate, Context
from artistgraph.loaders.relations.directors import director_candidates, entry_director_candidates
from artistgraph.loaders.relations.enlistment import enlistment_candidates
from artistgraph.loaders.relations.features import credit_candidates, featured_artist_candidates
from artistgraph.loaders.relations.members import (
    band_role_candidates,
    bandmates_owner_candidates,
    formation_candidates,
    group_reference_role_candidates,
    joins_on_release_candidates,
    membership_verb_candidates,
    on_release_subject_candidates,
)
from artistgraph.loaders.relations.pairs import pair_candidates
from artistgraph.loaders.relations.release_dates import blanket_date_candidates, release_date_candidates
from artistgraph.loaders.relations.releases import (
    achievement_candidates,
    pronoun_apposition_candidates,
    release_verb_candidates,
    title_descriptor_candidates,
)

CandidateRule = Callable[[Context], Iterator[Candidate]]

# The order matters only where a later step picks the first of equal facts.
CANDIDATE_RULES: tuple[CandidateRule, ...] = (
    pair_candidates, credit_candidates, collaboration_candidates, featured_artist_candidates, director_candidates,
    release_date_candidates, release_verb_candidates, achievement_candidates, band_role_candidates,
    formation_candidates, enlistment_candidates, title_descriptor_candidates, membership_verb_candidates,
    bandmates_owner_candidates, pronoun_apposition_candidates, joins_on_release_candidates,
    group_reference_role_candidates, on_release_subject_candidates,
    blanket_date_candidates, entry_director_candidates,
)

__all__ = ["CANDIDATE_RULES", "Candidate", "CandidateRule", "Context"]
