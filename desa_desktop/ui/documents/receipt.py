"""The registration receipt: who was registered for what, the contribution, and signatures."""

from __future__ import annotations

from pathlib import Path

from desa_desktop.core.domain.choices import Kind, Status, label
from desa_desktop.core.domain.contributions import (
    PEMERINTAH_DESA,
    PERANGKAT,
    PESERTA,
    Contribution,
    format_rupiah,
    rupiah_in_words,
)
from desa_desktop.ui.documents.data import ReceiptData, VillageInfo
from desa_desktop.ui.documents.render import Printed, esc, field_rows, grid, write_pdf
from desa_desktop.ui.documents.texts import Texts, long_date, village_line

PROGRAMME_NAMES = {
    "JKK": "Jaminan Kecelakaan Kerja",
    "JKM": "Jaminan Kematian",
    "JHT": "Jaminan Hari Tua",
}


def _payer(t: Texts, payer: str) -> str:
    return {
        PESERTA: t("Participant"),
        PEMERINTAH_DESA: t("Village government"),
        PERANGKAT: t("Official"),
    }.get(payer, payer)


def _status_block(t: Texts, person: dict[str, object]) -> str:
    status = person["status"]
    if status is Status.ACCEPTED and person["kpj"]:
        return (
            f'<p class="note"><b>{esc(t("KPJ number"))}: {esc(person["kpj"])}</b> &nbsp; '
            f"{esc(t('Registration accepted by BPJS Ketenagakerjaan.'))}</p>"
        )
    if status is Status.REJECTED:
        reason = esc(person["rejection_reason"] or "")
        return f'<p class="note"><b>{esc(t("Registration refused by HQ."))}</b> {reason}</p>'
    if status is Status.INACTIVE:
        return f'<p class="note"><b>{esc(t("This membership has ended."))}</b></p>'
    if status is Status.DRAFT:
        return (
            f'<p class="note"><b>{esc(t("Draft: the registration is not complete yet."))}</b></p>'
        )
    return (
        f'<p class="note"><b>{esc(t("Pending acceptance by HQ."))}</b> '
        f"{esc(t('The KPJ number is given once BPJS Ketenagakerjaan accepts the registration.'))}"
        "</p>"
    )


def _person_rows(t: Texts, data: ReceiptData) -> list[tuple[str, object]]:
    p = data.person
    worker = p["kind"] is Kind.WORKER
    birth = ", ".join(
        part for part in (p["birth_place"], long_date(p["birth_date"], t.lang)) if part
    )
    address = " ".join(
        part
        for part in (
            p["address"],
            f"RT {p['rt']}" if p["rt"] else None,
            f"RW {p['rw']}" if p["rw"] else None,
            p["dusun"],
        )
        if part
    )
    kind = t("Informal worker (BPU)") if worker else t("Village official (PU)")
    base = p["income"] if worker else p["siltap"]
    next_of_kin = " - ".join(
        part for part in (p["next_of_kin_name"], p["next_of_kin_relation"]) if part
    )
    return [
        (t("Name"), p["name"]),
        (t("NIK"), p["nik"]),
        (t("Place, date of birth"), birth),
        (t("Sex"), label(p["sex"], t.lang) if p["sex"] else ""),
        (t("Address"), address),
        (t("Village"), village_line(data.village)),
        (t("Mobile number"), p["phone"]),
        (t("Membership"), kind),
        (t("Occupation") if worker else t("Position"), data.work),
        (t("Decree (SK)"), p["sk_number"]),
        (t("Monthly income") if worker else t("Fixed salary (siltap)"), _money(base)),
        (t("Next of kin"), next_of_kin),
    ]


def _money(amount: object) -> str:
    return format_rupiah(amount) if isinstance(amount, int) else ""


def _membership_rows(t: Texts, data: ReceiptData) -> list[tuple[str, object]]:
    p = data.person
    programmes = [code for code in ("JKK", "JKM", "JHT") if code in (p["program"] or "")]
    months = p["payment_months"]
    return [
        (
            t("Programmes"),
            ", ".join(f"{code} ({PROGRAMME_NAMES[code]})" for code in programmes),
        ),
        (t("Start date"), long_date(p["start_date"], t.lang)),
        (t("Payment period"), t("%1 month(s)").replace("%1", str(months)) if months else ""),
        (t("Funding source"), label(p["funding_source"], t.lang) if p["funding_source"] else ""),
    ]


def _contribution_html(t: Texts, contribution: Contribution | None) -> str:
    if contribution is None:
        return f'<p class="muted">{esc(t("No contribution can be computed yet."))}</p>'
    rows = [
        [
            esc(line.programme),
            esc(_payer(t, line.payer)),
            esc(format_rupiah(line.monthly)),
            esc(str(line.months)),
            esc(format_rupiah(line.total)),
        ]
        for line in contribution.lines
    ]
    rows.append(
        [
            f"<b>{esc(t('Total'))}</b>",
            "",
            f"<b>{esc(format_rupiah(contribution.monthly_total))}</b>",
            esc(str(contribution.months)),
            f"<b>{esc(format_rupiah(contribution.total))}</b>",
        ]
    )
    table = grid(
        [
            esc(t("Programme")),
            esc(t("Paid by")),
            esc(t("Per month")),
            esc(t("Months")),
            esc(t("Amount")),
        ],
        rows,
        numeric={2, 3, 4},
    )
    words = rupiah_in_words(contribution.total)
    parts = [
        table,
        f"<p><b>{esc(t('In words'))}:</b> <i>{esc(words[:1].upper() + words[1:])}</i></p>",
    ]
    by_payer = contribution.total_by_payer()
    if len(by_payer) > 1:
        shares = "; ".join(f"{_payer(t, k)} {format_rupiah(v)}" for k, v in by_payer.items())
        parts.append(f"<p>{esc(t('Paid by each'))}: {esc(shares)}</p>")
    parts.append(
        '<p class="muted small">'
        + esc(
            t("Contribution base %1 · rate table %2")
            .replace("%1", format_rupiah(contribution.base))
            .replace("%2", contribution.rate_version)
        )
        + "</p>"
    )
    return "".join(parts)


def _signatures(t: Texts, data: ReceiptData, village: VillageInfo) -> str:
    operator = str(data.person["created_by"] or "")
    place_date = f"{village.name}, {long_date(data.printed_on, t.lang)}"
    blank = "(" + "." * 44 + ")"
    return (
        f'<p style="margin-top: 18px;">{esc(place_date)}</p>'
        '<table width="100%" cellspacing="0"><tr>'
        f'<td width="50%" align="center">{esc(t("Participant"))}<br><br><br><br><br>'
        f"{esc(data.person['name'])}<br>{blank}</td>"
        f'<td width="50%" align="center">{esc(t("Registering officer"))}<br><br><br><br><br>'
        f"{esc(operator)}<br>{blank}</td>"
        "</tr></table>"
    )


def receipt_html(data: ReceiptData, t: Texts) -> str:
    """The receipt's body as HTML."""
    p = data.person
    created = p["created_at"].astimezone() if p["created_at"] else None
    number = str(p["uuid"])[:8].upper()
    header = (
        f"<h1>{esc(t('Registration receipt'))}</h1>"
        f'<p class="muted">{esc(t("BPJS Ketenagakerjaan · Desa Sadar Jaminan Sosial Ketenagakerjaan"))}'
        f"</p>"
        f"<p>{esc(t('Receipt no.'))} <b>{esc(number)}</b> &nbsp;·&nbsp; "
        f"{esc(t('Registered on'))} {esc(long_date(created.date() if created else None, t.lang))}"
        f" &nbsp;·&nbsp; {esc(t('Officer'))} {esc(p['created_by'])}</p>"
    )
    return "".join(
        [
            header,
            _status_block(t, p),
            f"<h2>{esc(t('Participant'))}</h2>",
            field_rows(_person_rows(t, data)),
            f"<h2>{esc(t('Programmes'))}</h2>",
            field_rows(_membership_rows(t, data)),
            f"<h2>{esc(t('Contribution'))}</h2>",
            _contribution_html(t, data.contribution),
            _signatures(t, data, data.village),
            f'<p class="muted small">{esc(t("Registration ID"))}: {esc(p["uuid"])}</p>',
        ]
    )


def render_receipt(data: ReceiptData, path: Path, lang: str) -> Printed:
    """Write the receipt of ``data`` as a PDF at ``path``."""
    t = Texts(lang)
    title = f"{t('Registration receipt')} - {data.person['name']}"
    footer = f"Desa Desktop · {t('Registration receipt')} · {data.person['name']}"
    return write_pdf(receipt_html(data, t), path, title=title, footer=footer)
