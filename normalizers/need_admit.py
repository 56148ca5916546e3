"""An official let in to do something: «пустить соцработника посмотреть условия», «допустить
инспектора проверить печь».  The infinitive of looking after the one let in says what he comes
for — the purpose of letting him in, no need of the client's of its own — so a cell is not cut
before it (needs._starts_bare_need); any other infinitive is the client's next deed, a need.  The
grammar reads the whole as the object shown (`admit`, `admitted`).  The actions that so let
someone act are `letting_actions` in data/need_grammar.yaml.
"""
from __future__ import annotations

from textcore.vocab import vocabulary

from .matcher import DATA
from .need_objects import action_of
from .phrase import words


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _letting(data: dict) -> frozenset[str]:
    return frozenset(data.get("letting_actions", ()))


def let_in_to_act(left: str, right: str) -> bool:
    """Does `left`'s last clause let someone in (an action of `letting_actions` first) and
    `right` start with an infinitive of looking (`looking_verbs`), what the one let in is to do?"""
    from .need_grammar import grammar      # the grammar's module imports the splitter's callers
    g = grammar()
    first = words(right, g.speller)[:1]
    # only a verb of looking is what the one let in comes for: «пустить комиссию получить
    # компенсацию» lists the client's next deed, a need of its own
    if not first or first[0].pos != "INFN" or first[0].lemma not in g.looking:
        return False
    ws = words(left, g.speller)
    clause = ws[max((i + 1 for i, w in enumerate(ws) if w.text in ",;"), default=0):]
    lead = next((action_of(w, g) for w in clause if action_of(w, g)), None)
    return lead in _letting()
