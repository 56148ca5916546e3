"""Pipeline version: part of the parse-cache key and of every `documents` row.

Bump PARSER_VERSION when readers or extractors change what they produce; the
taxonomy's own hash is added so that editing a data file re-normalizes, the
run's reader settings (`ReaderOptions.fingerprint()`) so that a changed
threshold or limit re-reads, and the analysts' overrides hash (when there are
overrides) so that a corrected phrase re-normalizes too.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PARSER_VERSION = "0.1.18"    # 0.1.18: a learned second opinion on needs (a contradicted sure need to review, a strongly contradicted code swapped into review, agreement a calibration level), complaints of third parties and relative clauses, channels by feed deeds, the post's own papers, settings and meetings held online, procedure lead-ins by their head noun and sentences pointing forward, register-coded items, channel rows under other group rows, kinds worded by manner or by lack, needs after a register's code, plans' number-headed columns, phones with area codes, act issuers (subject acronyms, genitive issuers under the kind, letter-spaced capitals, posts over lines, issuers by context, names read once, dative addressees), text in cp1251 shown as Mac Cyrillic, federal title lines, republics' own-language names, news items' grounds; 0.1.17: column headings of any region by their head noun (a heading grammar the bed rewords), needs tables keyed past a numbers row and across captioned parts, two text tables apart, records' labels before and after a point, PDF lines and repeated headers drawn short, procedure lists in captioned tables referred to by number and lead-ins told by their relative clause, act headers by the role of each date and number (registration stamps, edition and repeal notes, certificate blocks, news items, a pair after the signature, two PDF columns) and news items of acts, needs and channels of new hands; 0.1.16: touchpoint lists grouped by channel rows and as a tree in one column, header words of another region by class, kinds as the manner of contact, a need row under merges, two joined headings, footnote marks under tables, roadmaps' responsible in the activity's cell and year rows over year-less terms (month names no surnames), procedure lists with notes or page numbers between items, in one-column tables, named after their items, act headers (a stray subject's body, site cards' issuer and date, second-language title lines, registration stamps, a law's place-and-date line, chrome dates with times), needs of a consultant's and a regulation's hand and causes across writers, channels by meaning classes and spelling damage; 0.1.15: touchpoint headers by head noun and qualifier, needs in the channel's cell and points as numbered lines, a kind from the list's title, needs tables in parts, reversed or with a copied column, lettered headings and continued lists, two fields in one column, act headers as copies spoil them (OCR digits and look-alikes, «Nº», headers run into one line, full republic names, edition notes), needs read by doer, inspection purpose, a case's term, a spoken voice and service names, spoken channels, the needs' calibration by signature; 0.1.14: act headers (cited laws and amended acts' stamps never the own act, parts of an act before its kind, quoted titles), needs stated as outcomes and lacks, channels described rather than named, writing mistakes mended in the shared normaliser, procedures' amending titles and items never read again as touchpoints, Roman headings no processes, a direction's one needs row for all its points, remarks kept, legends with notes and footnotes, scans' Latin words and addresses; 0.1.13: needs spread over columns and process blocks with their needs rows, remark and count rows no touchpoints, a table's direction as its first header row, roadmaps' responsible by legends and person columns, two-part plans joined, signature rows no measures, procedure lists in grids, in the order's own points and continued, headings split over two rows, legal databases' tables with numbered graphs, a roadmap's responsible on a labelled row above its items, scan words retyped under low confidence; 0.1.12: lists printed in two parts by columns joined, a stage row's term and responsible given to its blank items, a cell's written lines in PDF, converted text and scans, roadmap fields and terms by content (activity cells, group rows, the title's year, unnumbered plans), procedure lists read by their items, tables whose header words no vocabulary knows (label rows, unnamed columns, header words run on), record cards never turned; 0.1.11: transposed lists, three-level headers, direction code legends, needs/kind merged over points, approval sheets, roadmaps with year columns and marked grids, both channel lists in one kind-column table, soft line breaks, deadline wordings (seasons, school years, relative terms), subject years, needs guesses, far writers' channels, header-less needs columns, dash repeats, scan text mends; 0.1.10: roadmaps written as labelled paragraphs, years from group rows, names columns, procedure lists in appendices and glossaries, header cells in two languages and extra columns, header-less tables read by their content, amending acts (restated rows and quotes), a point written a row per need, a term and a responsible in one cell, two-digit years, procedure lists in a remarks table, needs: who acts, topic and deed around a dash; 0.1.9: several channels in one cell (a row each), «то же»/ditto cells, yes/no type columns, client-category headings, needs as the client's story and colloquial words, verbs of telling and questions on what was done, act headers (edition notes, numbers without «№», cut names); 0.1.8: points with needs after a dash, nested PDF grids, coded and dash-nested procedure lists, roadmap stages, ten-day deadlines, repeated PDF headers, act site cards; 0.1.7: tables printed a cell per line (legal databases' web copies), point types inside channel cells and by letters, category/stage columns, Roman roadmap sections, enacting subjects; 0.1.6: lists written as paragraphs, process rows, nested tables, procedure lists without a colon or in tables; 0.1.5: provenance (source_bbox, source_locator) on every row; 0.1.4: act headers (title lines, stamps' own numbers, issuer block, subjects spelled out), section rows and captions; 0.1.3: documents.order_key/duplicate_of


@lru_cache(maxsize=1)
def _data_hash():
    """The data files' hash, read once per process (copied before the options go in)."""
    h = hashlib.sha256()
    for root in ("normalizers/data", "parsers/data", "textcore/data"):
        folder = Path(__file__).resolve().parent.parent / root
        # need_model.npz: the needs' learned opinion (normalizers/need_model.py) is data too
        for p in sorted([*folder.glob("*.yaml"), *folder.glob("*.npz")]):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h


@lru_cache(maxsize=8)
def taxonomy_hash(reader_fingerprint: str | None = None) -> str:
    """The data files and the readers' settings (`ReaderOptions.fingerprint()`; None = the defaults)."""
    if reader_fingerprint is None:
        from parsers.options import DEFAULT
        reader_fingerprint = DEFAULT.fingerprint()
    h = _data_hash().copy()
    h.update(reader_fingerprint.encode())
    from normalizers.need_calibration import ACTIVE
    if not ACTIVE[0]:      # other scores, other cache: the step's own state, not a second reading of the variable
        h.update(b"need-calibration-off")
    from normalizers.need_model_hook import ACTIVE as MODEL_ACTIVE
    if not MODEL_ACTIVE[0]:
        h.update(b"need-model-off")
    return h.hexdigest()[:12]


_reader_fingerprint: str | None = None   # the run's ReaderOptions (set_reader_options); None = the defaults


def set_reader_options(options) -> None:
    """The run's reader settings go into the version (so into the parse-cache key):
    set in the parent before it looks at the cache, and in each worker with its work."""
    global _reader_fingerprint
    _reader_fingerprint = options.fingerprint() if options is not None else None


_overrides_hash = ""     # set by pipeline.run.overrides.apply in every process that parses


def set_overrides_hash(h: str) -> None:
    global _overrides_hash
    _overrides_hash = h


def pipeline_version() -> str:
    v = f"{PARSER_VERSION}+tax.{taxonomy_hash(_reader_fingerprint)}"
    return f"{v}.ovr.{_overrides_hash}" if _overrides_hash else v
