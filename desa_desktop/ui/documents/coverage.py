"""The village coverage report: officials and workers registered, UCJ, the Desa Sadar checklist."""

from __future__ import annotations

from pathlib import Path

from desa_desktop.core.domain.choices import Status, label
from desa_desktop.ui.documents.data import CoverageData
from desa_desktop.ui.documents.render import Printed, esc, field_rows, grid, write_pdf
from desa_desktop.ui.documents.texts import Texts, long_date, village_line


def _percent(part: int, whole: int, lang: str) -> str:
    if whole <= 0:
        return "-"
    value = f"{100 * part / whole:.1f}"
    return (value.replace(".", ",") if lang != "en" else value) + "%"


def _check(t: Texts, done: bool, text: str) -> list[str]:
    mark = (
        f'<span class="ok">{esc(t("Yes"))}</span>'
        if done
        else (f'<span class="no">{esc(t("Not yet"))}</span>')
    )
    return [esc(text), mark]


def coverage_html(data: CoverageData, t: Texts) -> str:
    """The report's body as HTML."""
    c = data.coverage
    lang = t.lang
    header = (
        f"<h1>{esc(t('Village coverage report'))}</h1>"
        f'<p class="muted">{esc(t("Desa Sadar Jaminan Sosial Ketenagakerjaan"))}</p>'
        + field_rows(
            [
                (t("Village"), village_line(data.village)),
                (t("Village code"), data.village.code),
                (
                    t("Generated"),
                    f"{long_date(data.printed_at.date(), lang)} {data.printed_at:%H:%M}",
                ),
            ]
        )
    )
    figures = grid(
        [
            esc(t("Who")),
            esc(t("Registered")),
            esc(t("Accepted by HQ")),
            esc(t("Target")),
            esc(t("Coverage")),
        ],
        [
            [
                esc(t("Village officials")),
                esc(str(c.officials_registered)),
                esc(str(c.officials_accepted)),
                esc(str(c.officials_target)),
                esc(_percent(c.officials_registered, c.officials_target, lang)),
            ],
            [
                esc(t("Workers (UCJ)")),
                esc(str(c.workers_registered)),
                esc(str(c.workers_accepted)),
                esc(str(c.workers_target)),
                f"<b>{esc(_percent(c.workers_registered, c.workers_target, lang))}</b>",
            ],
        ],
        numeric={1, 2, 3, 4},
        widths=[28, 18, 22, 14, 18],
    )
    ucj = c.workers_percent
    ucj_line = (
        t("Universal Coverage Jamsostek (UCJ): %1 of the workers' target registered.").replace(
            "%1", _percent(c.workers_registered, c.workers_target, lang)
        )
        if ucj is not None
        else t("No workers' target is set for this village.")
    )
    checklist = grid(
        [esc(t("Desa Sadar criterion")), esc(t("Met"))],
        [
            _check(t, c.head_registered, t("Village head registered")),
            _check(
                t,
                c.desa_sadar,
                t("Every village official registered: %1 of %2")
                .replace("%1", str(c.officials_registered))
                .replace("%2", str(c.officials_target)),
            ),
            _check(
                t, c.desa_sadar_confirmed, t("Confirmed by HQ: head and every official accepted")
            ),
        ],
        widths=[80, 20],
    )
    if c.desa_sadar_confirmed:
        verdict = f'<p class="ok">{esc(t("Desa Sadar: confirmed by HQ."))}</p>'
    elif c.desa_sadar:
        verdict = f'<p class="ok">{esc(t("Desa Sadar as entered here; waiting for HQ."))}</p>'
    else:
        verdict = f'<p class="no">{esc(t("Not yet a Desa Sadar village."))}</p>'
    statuses = grid(
        [esc(t("Status")), esc(t("Registrations"))],
        [[esc(label(s, lang)), esc(str(data.statuses.get(s, 0)))] for s in Status]
        + [[f"<b>{esc(t('Total'))}</b>", f"<b>{sum(data.statuses.values())}</b>"]],
        numeric={1},
        widths=[70, 30],
    )
    return "".join(
        [
            header,
            f"<h2>{esc(t('Coverage'))}</h2>",
            figures,
            f"<p>{esc(ucj_line)}</p>",
            f'<p class="muted small">{esc(t("Registered means complete and not refused or ended: ready, sent or accepted."))}</p>',
            f"<h2>{esc(t('Desa Sadar checklist'))}</h2>",
            checklist,
            verdict,
            f"<h2>{esc(t('Registrations by status'))}</h2>",
            statuses,
        ]
    )


def render_coverage(data: CoverageData, path: Path, lang: str) -> Printed:
    """Write the coverage report of ``data`` as a PDF at ``path``."""
    t = Texts(lang)
    title = f"{t('Village coverage report')} - {data.village.name}"
    footer = (
        f"Desa Desktop · {t('Village coverage report')} · {data.village.name} · "
        f"{long_date(data.printed_at.date(), lang)}"
    )
    return write_pdf(coverage_html(data, t), path, title=title, footer=footer)
