"""Load the parsers' models once, in the process the workers are forked from (the zygote;
on Dask, each worker after its pre-flight; in a serial in-process run, the parent).

Each worker used to load the morphology, the name-recognition models and the
taxonomy YAMLs itself (about 1.7 CPU-s), again after every recycle.  Parsing
one small built-in order in the parent loads whatever the parsers load, by
whatever name they load it (no list of loaders to keep in step), and every
worker forked afterwards starts with it in memory (copy-on-write).
"""
from __future__ import annotations

import gc
import tempfile
from pathlib import Path

# a two-row touchpoint list, and a one-row roadmap with a person: every reader,
# extractor and normalizer the text path has (morphology, NER, deadlines, taxonomies)
_TOUCHPOINTS = """Министерство образования области

ПРИКАЗ

от 01.02.2024 № 1

№\tНаправление деятельности органа власти\tНаименование конкретного процесса\tТочка взаимодействия\t\
Осуществляемое взаимодействие\tТип точки взаимодействия\tОсобенности
1\t2\t3\t4\t5\t6\t7
1\tРассмотрение обращений граждан\tПриём обращений\tОфициальный сайт\tПолучение информации клиентом\t\
Цифровой\tнет
\t\t\tТелефонная связь\tПолучение консультации клиентом\tОфлайн\tнет
"""
_ROADMAP = """План мероприятий («дорожная карта»)

№ п/п\tНаименование мероприятия\tСрок исполнения\tОтветственный исполнитель
1\tНазначение ответственного за клиентоцентричность\tдо 1 марта 2024 г.\tИванов Иван Иванович, заместитель министра
"""

# a procedure with a list whose lead-in names no kind: its items are read as every kind they
# may be (normalizers.list_kind_by_items), which loads the direction-by-meaning tables too
_PROCEDURE = """ПОРЯДОК ведения перечня точек взаимодействия

1. Клиент может обратиться:
1) в министерство для получения консультации;
2) через официальный сайт;
3) по направлению «Предоставление мер социальной поддержки».
"""

_done = False


def warm_up() -> None:
    """Parse the samples once in this process; never fails the run."""
    global _done
    if _done:
        return
    _done = True
    # no collection while the models load: what they build lives for the whole run, and each
    # collection would walk all of it again (~0.3 CPU-s of a start); the garbage of the samples
    # is collected once after (zygote._settle, or the next collection of a serial run)
    paused = gc.isenabled()
    gc.disable()
    try:
        from pipeline.run.process import process_path

        with tempfile.TemporaryDirectory(prefix="touchpoints-warmup-") as tmp:
            for i, text in enumerate((_TOUCHPOINTS, _ROADMAP, _PROCEDURE)):
                path = Path(tmp) / f"warmup{i}.txt"
                path.write_text(text, encoding="utf-8")
                process_path(path, Path(tmp))
    except Exception:  # noqa: BLE001 - an optimisation: the workers then load what they need
        pass
    finally:
        if paused:
            gc.enable()
