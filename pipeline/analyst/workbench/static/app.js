// The workbench's only script: sorting and filtering the documents, selecting a row
// and outlining where it was read (page box, text lines, Word/HTML table row), and
// filling the correction form with the codes' Russian labels (the matcher's first).
"use strict";

function $(sel, root) { return (root || document).querySelector(sel); }
function $$(sel, root) { return Array.from((root || document).querySelectorAll(sel)); }

function setupDocuments() {
  const table = $("#docs");
  if (!table) return;
  const filter = $("#filter"), status = $("#status-filter");
  const apply = () => {
    const q = filter.value.trim().toLowerCase(), s = status.value;
    for (const tr of $$("tbody tr", table)) {
      const hit = (!q || tr.textContent.toLowerCase().includes(q)) && (!s || tr.dataset.status === s);
      tr.hidden = !hit;
    }
  };
  filter.addEventListener("input", apply);
  status.addEventListener("change", apply);
  $$("th", table).forEach((th, i) => th.addEventListener("click", () => {
    const desc = th.classList.contains("asc");
    $$("th", table).forEach(h => h.classList.remove("asc", "desc"));
    th.classList.add(desc ? "desc" : "asc");
    const num = th.dataset.type === "num", body = $("tbody", table);
    const rows = $$("tr", body).sort((a, b) => {
      const x = a.children[i].dataset.v, y = b.children[i].dataset.v;
      const c = num ? Number(x) - Number(y) : x.localeCompare(y, "ru");
      return desc ? -c : c;
    });
    rows.forEach(r => body.appendChild(r));
  }));
}

// scroll inside its pane only (scrollIntoView would scroll the window too and hide the header)
function reveal(el) {
  const pane = el.closest("#view, #rows");
  if (!pane) return;
  const r = el.getBoundingClientRect(), p = pane.getBoundingClientRect();
  pane.scrollTop += r.top - p.top - (pane.clientHeight - Math.min(r.height, pane.clientHeight)) / 2;
}

function clearMarks() {
  $$(".hl").forEach(e => e.classList.remove("hl"));
  $$(".box").forEach(b => { b.hidden = true; });
  $$("tr.row.selected").forEach(e => e.classList.remove("selected"));
}

function drawBox(where, scroll) {
  const page = $(`.page[data-page="${where.page}"]`);
  if (!page) return null;
  const img = $("img", page), box = $(".box", page);
  const place = () => {
    if (!img.naturalWidth) return;
    const k = Number(page.dataset.scale) * img.clientWidth / img.naturalWidth;
    const [x0, top, x1, bottom] = where.bbox;
    Object.assign(box.style, { left: `${x0 * k}px`, top: `${top * k}px`,
                               width: `${(x1 - x0) * k}px`, height: `${(bottom - top) * k}px` });
    box.hidden = false;
    if (scroll) reveal(box);
  };
  // pages below the first load lazily: this one is asked for now; the box is placed and
  // scrolled to once its own image is there (the pages above hold a page's size meanwhile)
  if (img.complete && img.naturalWidth) place();
  else { img.addEventListener("load", place, { once: true }); img.loading = "eager"; }
  return page;
}

function markSource(where) {
  let target = null;
  if (where.page && where.bbox) drawBox(where, true);
  else if (where.page) target = $(`.page[data-page="${where.page}"]`);
  if (where.lines) {
    for (let n = where.lines[0]; n <= where.lines[1]; n++) {
      const line = $(`#L${n}`);
      if (line) { line.classList.add("hl"); target = target || line; }
    }
  }
  if (where.table && where.row) {
    const tr = $(`table.source[data-table="${where.table}"] tr[data-row="${where.row}"]`);
    if (tr) { tr.classList.add("hl"); target = target || tr; }
  }
  if (where.paragraph) {
    const p = $(`#view [data-paragraph="${where.paragraph}"]`);
    if (p) { p.classList.add("hl"); target = target || p; }
  }
  if (target) reveal(target);
}

function selectRow(tr, fromSource) {
  clearMarks();
  tr.classList.add("selected");
  const where = JSON.parse(tr.dataset.where || "{}");
  if (!fromSource) markSource(where);
  else if (where.page && where.bbox) drawBox(where, false);
  if (fromSource) reveal(tr);
  fillEditor(tr);
}

async function fillChoices(select, field, text) {
  const resp = await fetch(`/api/choices?field=${encodeURIComponent(field)}&text=${encodeURIComponent(text || "")}`,
                           { headers: { Accept: "application/json" } });
  const data = await resp.json();
  const current = select.value;
  select.replaceChildren(...(data.codes || []).map(c => new Option(
    `${c.suggested ? "★ " : ""}${c.label} (${c.code})`, c.code)));
  if (current && (data.codes || []).some(c => c.code === current)) select.value = current;
  return data;
}

async function fillEditor(tr) {
  const form = $("#editor"), excl = $("#exclude");
  if (!form) return;
  const fields = JSON.parse(tr.dataset.fields || "{}");
  const names = Object.keys(fields).filter(k => fields[k]);
  excl.hidden = false;
  excl.elements.table.value = tr.dataset.table;
  excl.elements.row.value = tr.dataset.n;
  excl.elements.text.value = tr.dataset.text || "";
  form.hidden = names.length === 0;
  if (!names.length) return;
  form.elements.row.value = tr.dataset.n;
  $("#editor-title").textContent = `${tr.dataset.table}, строка ${tr.dataset.n}`;
  form.elements.field.replaceChildren(...names.map(n => new Option(n, n)));
  const update = async () => {
    const f = form.elements.field.value;
    const data = await fillChoices(form.elements.code, f, fields[f]);
    const phrases = (data.phrases && data.phrases.length) ? data.phrases : [fields[f]];
    form.elements.phrase.replaceChildren(...phrases.map(p => new Option(p, p)));
    form.elements.phrase.onchange = () => fillChoices(form.elements.code, f, form.elements.phrase.value);
  };
  form.elements.field.onchange = update;
  await update();
}

function rowAtPoint(pageNo, x, y) {
  for (const tr of $$("tr.row")) {
    const w = JSON.parse(tr.dataset.where || "{}");
    if (w.page === pageNo && w.bbox && x >= w.bbox[0] && x <= w.bbox[2] && y >= w.bbox[1] && y <= w.bbox[3]) return tr;
  }
  return null;
}

function setupDocument() {
  const rows = $$("tr.row");
  if (!rows.length && !$("#view")) return;
  rows.forEach(tr => {
    tr.addEventListener("click", () => selectRow(tr, false));
    tr.addEventListener("keydown", e => { if (e.key === "Enter") selectRow(tr, false); });
  });
  $$(".page img").forEach(img => img.addEventListener("click", e => {
    const page = img.closest(".page"), r = img.getBoundingClientRect();
    const k = Number(page.dataset.scale) * img.clientWidth / img.naturalWidth;
    const tr = rowAtPoint(Number(page.dataset.page), (e.clientX - r.left) / k, (e.clientY - r.top) / k);
    if (tr) selectRow(tr, true);
  }));
  sizePlaceholders();
  $$("pre.text .line").forEach(line => line.addEventListener("click", () => {
    const n = Number(line.dataset.line);
    const tr = rows.find(t => { const w = JSON.parse(t.dataset.where || "{}");
                                return w.lines && w.lines[0] <= n && n <= w.lines[1]; });
    if (tr) selectRow(tr, true);
  }));
  const wanted = new URLSearchParams(location.search).get("row");
  const again = wanted && rows.find(t => t.dataset.table === "touchpoints" && t.dataset.n === wanted);
  if (again) selectRow(again, false);
}

function sizePlaceholders() {
  // a lazy page loaded shows at its own size; one not loaded yet takes the first page's
  // size (pages are mostly alike), so the pages below the view do not move once it loads
  const imgs = $$(".page img");
  imgs.forEach(img => {
    const own = () => { img.removeAttribute("width"); img.removeAttribute("height"); };
    if (img.complete && img.naturalWidth) own(); else img.addEventListener("load", own, { once: true });
  });
  const first = imgs[0];
  if (!first) return;
  const copy = () => imgs.forEach(img => {
    if (img !== first && img.hasAttribute("width") && !img.naturalWidth) {
      img.width = first.naturalWidth; img.height = first.naturalHeight;
    }
  });
  if (first.complete && first.naturalWidth) copy(); else first.addEventListener("load", copy, { once: true });
}

function setupReview() {
  $$("form.cluster").forEach(form => fillChoices(form.elements.code, form.dataset.field, form.dataset.text));
}

document.addEventListener("DOMContentLoaded", () => { setupDocuments(); setupDocument(); setupReview(); });
