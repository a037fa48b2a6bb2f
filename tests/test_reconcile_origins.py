"""Origins: who a figure really comes from (the alias tables of casualty_reconcile.origins)."""

from __future__ import annotations

import gc

import pytest

from casualty_reconcile.origins import Origin, OriginResolver, OriginType, party_merges
from casualty_reconcile.reconcile import reconcile
from tests.factories import make_claim

GOV = "government of Kazakhstan"
BD = "government of Bangladesh"

ORIGIN_CASES = [
    # (language, speaker, via, source, expected name, expected type)
    pytest.param("de", "Staatsfernsehen", None, None, GOV, OriginType.STATE_MEDIA, id="de-staatsfernsehen"),
    pytest.param("de", "kasachische Staatsfernsehen", None, None, GOV, OriginType.STATE_MEDIA, id="de-inflected-state-tv"),
    pytest.param("de", "Khabar-24", None, None, GOV, OriginType.STATE_MEDIA, id="de-khabar-24"),
    pytest.param("de", "das kasachische Innenministerium", None, None, GOV, OriginType.GOVERNMENT, id="de-interior-ministry"),
    pytest.param("de", "Innenministeriums", None, None, GOV, OriginType.GOVERNMENT, id="de-genitive"),
    pytest.param("de", "Gesundheitsministerium", "Staatsfernsehen", None, GOV, OriginType.GOVERNMENT, id="de-relay-speaker-decides"),
    pytest.param("de", "autoritären Behörden", None, None, GOV, OriginType.GOVERNMENT, id="de-behoerden"),
    pytest.param("de", "offizielle Angaben", None, None, GOV, OriginType.GOVERNMENT, id="de-offizielle-angaben"),
    pytest.param("de", "Tokajew", None, None, GOV, OriginType.GOVERNMENT, id="de-tokajew"),
    pytest.param("de", "OVKS", None, None, "CSTO", OriginType.MILITARY_ALLIANCE, id="de-ovks"),
    pytest.param("de", "des von Russland geführten Bündnisses", None, None, "CSTO", OriginType.MILITARY_ALLIANCE, id="de-buendnis"),
    pytest.param("de", "Die Organisation", None, None, "CSTO", OriginType.MILITARY_ALLIANCE, id="de-die-organisation"),
    pytest.param("de", "Organisation für Sicherheit und Zusammenarbeit in Europa", None, None, "OSCE", OriginType.GOVERNMENT, id="de-osze-not-csto"),
    pytest.param("de", "russischen Tageszeitung Kommersant", None, None, "russischen Tageszeitung Kommersant", OriginType.INDEPENDENT_MEDIA, id="de-newspaper-as-stated"),
    pytest.param("de", "Sprecher Konaschenkow", None, None, "Sprecher Konaschenkow", OriginType.UNKNOWN, id="de-unknown-as-stated"),
    pytest.param("de", "Augenzeugen", None, None, "Augenzeugen", OriginType.WITNESS, id="de-witnesses"),
    pytest.param("de", None, "Staatsfernsehen", None, GOV, OriginType.STATE_MEDIA, id="de-relay-only"),
    pytest.param("de", None, None, "dpa", "dpa", OriginType.INDEPENDENT_MEDIA, id="unattributed-outlet"),
    pytest.param("de", None, None, None, "unattributed (doc-1)", OriginType.UNATTRIBUTED, id="unattributed-document"),
    pytest.param("en", "Kazakhstan's interior ministry", None, None, GOV, OriginType.GOVERNMENT, id="en-interior-ministry"),
    pytest.param("en", "state TV", None, None, GOV, OriginType.STATE_MEDIA, id="en-state-tv"),
    pytest.param("en", "the Russian-led alliance", None, None, "CSTO", OriginType.MILITARY_ALLIANCE, id="en-alliance"),
    pytest.param("en", "Human Rights Watch", None, None, "Human Rights Watch", OriginType.NGO, id="en-ngo"),
    pytest.param("en", "OVKS", None, None, "CSTO", OriginType.MILITARY_ALLIANCE, id="en-claim-quoting-a-german-alias"),
    # resolved generally: the kind of source from its words, the country from its name, else the event's
    pytest.param("en", "Home Ministry", None, None, GOV, OriginType.GOVERNMENT, id="en-home-ministry"),
    pytest.param("en", "Bangladesh's government", None, None, BD, OriginType.GOVERNMENT, id="en-possessive-country"),
    pytest.param("en", "prime minister", None, None, GOV, OriginType.GOVERNMENT, id="en-title-event-country"),
    pytest.param("en", "Russian defence ministry", None, None, "government of Russia", OriginType.GOVERNMENT, id="en-demonym-country"),
    pytest.param("en", "Kremlin", None, None, "government of Russia", OriginType.GOVERNMENT, id="en-kremlin"),
    pytest.param("en", "Tokayev", None, None, GOV, OriginType.GOVERNMENT, id="en-leader"),
    pytest.param("en", "opposition BNP", None, None, "BNP", OriginType.PARTY, id="en-party-descriptor-dropped"),
    pytest.param("en", "Bangladesh Nationalist Party (BNP", None, None, "Bangladesh Nationalist Party (BNP)", OriginType.PARTY,
                 id="en-party-bracket-closed"),
    pytest.param("en", "the opposition party", None, None, "the opposition", OriginType.PARTY, id="en-the-opposition"),
    pytest.param("en", "rights group Odhikar", None, None, "rights group Odhikar", OriginType.NGO, id="en-rights-group"),
    pytest.param("en", "UN human rights office", None, None, "UN human rights office", OriginType.UN, id="en-un-body"),
    pytest.param("en", "hospital officials", None, None, "hospital officials", OriginType.MEDICAL, id="en-hospital-before-officials"),
    pytest.param("en", "those who fled", None, None, "those who fled", OriginType.UNKNOWN, id="en-lower-case-who-is-no-un-body"),
    pytest.param("de", "Kiew", None, None, "government of Ukraine", OriginType.GOVERNMENT, id="de-capital-speaks"),
    pytest.param("de", "russischen Behörden", None, None, "government of Russia", OriginType.GOVERNMENT, id="de-demonym-inflected"),
    pytest.param("de", "Selenskyj", None, None, "government of Ukraine", OriginType.GOVERNMENT, id="de-leader"),
    pytest.param("de", "Verteidigungsministerium", None, None, GOV, OriginType.GOVERNMENT, id="de-compound-ministry"),
    pytest.param("de", "Oppositionspartei BNP", None, None, "BNP", OriginType.PARTY, id="de-party-descriptor-dropped"),
    pytest.param("de", "Krankenhaus", None, None, "Krankenhaus", OriginType.MEDICAL, id="de-hospital"),
    pytest.param("de", "UN-Menschenrechtsbüro", None, None, "UN-Menschenrechtsbüro", OriginType.UN, id="de-un-body"),
    pytest.param("fr", "le ministère de l'Intérieur", None, None, GOV, OriginType.GOVERNMENT, id="fr-ministry"),
    # state bodies that report tolls are their government: a disaster agency, the coast guard, the gendarmerie
    pytest.param("en", "National Disaster Management Authority", None, None, GOV, OriginType.GOVERNMENT, id="en-disaster-authority"),
    pytest.param("en", "Pakistan's disaster agency", None, None, "government of Pakistan", OriginType.GOVERNMENT,
                 id="en-disaster-agency-possessive"),
    pytest.param("en", "coast guard", None, None, GOV, OriginType.GOVERNMENT, id="en-coast-guard"),
    pytest.param("de", "Küstenwache", None, None, GOV, OriginType.GOVERNMENT, id="de-kuestenwache"),
    pytest.param("de", "Katastrophenschutz", None, None, GOV, OriginType.GOVERNMENT, id="de-katastrophenschutz"),
    pytest.param("fr", "gendarmerie", None, None, GOV, OriginType.GOVERNMENT, id="fr-gendarmerie"),
    pytest.param("fr", "garde-côtes", None, None, GOV, OriginType.GOVERNMENT, id="fr-garde-cotes"),
    pytest.param("en", "judiciary", None, None, GOV, OriginType.GOVERNMENT, id="en-judiciary"),
    pytest.param("de", "Justiz", None, None, GOV, OriginType.GOVERNMENT, id="de-justiz"),
    pytest.param("de", "Menschenrechtlern", None, None, "Menschenrechtlern", OriginType.NGO, id="de-menschenrechtler"),
]


@pytest.mark.parametrize(("language", "speaker", "via", "source", "name", "kind"), ORIGIN_CASES)
def test_origin_of_a_speaker(
    language: str, speaker: str | None, via: str | None, source: str | None, name: str, kind: OriginType
) -> None:
    assert OriginResolver().resolve(language, speaker, via, source, "doc-1", "Kazakhstan") == (name, kind)


def test_five_agencies_from_one_ministry_are_one_origin() -> None:
    claims = [
        make_claim(doc_id=f"agency-{n}", source=agency, speaker="Innenministerium", via=via)
        for n, (agency, via) in enumerate(
            [("dpa", None), ("AFP", "Staatsfernsehen"), ("Reuters", "Khabar-24"), ("AP", None), ("KNA", "Interfax")]
        )
    ]
    (quantity,) = reconcile(claims).quantities
    assert quantity.n_documents == 5 and quantity.n_origins == 1 and quantity.origins == (GOV,)


def test_the_caller_extends_and_overrides_the_table() -> None:
    claims = [
        make_claim(doc_id="a", speaker="Oppositionspartei DVK"),
        make_claim(doc_id="b", speaker="Staatsfernsehen"),
    ]
    extra = {"dvk": ("Democratic Choice of Kazakhstan", "NGO"), "staatsfernsehen": Origin(name="Khabar", type=OriginType.STATE_MEDIA)}
    result = reconcile(claims, origins=extra)
    assert {o.name: o.type for o in result.origins} == {
        "Democratic Choice of Kazakhstan": OriginType.NGO,
        "Khabar": OriginType.STATE_MEDIA,
    }


@pytest.mark.parametrize(
    ("origins", "error", "message"),
    [
        pytest.param({"x": ("X", "rebels")}, ValueError, "unknown origin type 'rebels'", id="unknown-type"),
        pytest.param({"x": "X"}, TypeError, "must be an Origin or a", id="bare-string"),
        pytest.param({"": ("X", "NGO")}, TypeError, "non-empty string", id="empty-alias"),
        pytest.param(["x"], TypeError, "origins must be a mapping", id="not-a-mapping"),
    ],
)
def test_bad_origin_tables_are_named(origins: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        reconcile([make_claim()], origins=origins)  # type: ignore[arg-type]


def test_garbage_collection_is_restored_also_after_an_error() -> None:
    assert gc.isenabled()
    reconcile([make_claim()])
    assert gc.isenabled()
    with pytest.raises(TypeError):
        reconcile([make_claim(), "not a claim"])  # type: ignore[list-item]
    assert gc.isenabled()


def test_an_abbreviation_and_the_opposition_are_the_party_they_name() -> None:
    names = {
        "Bangladesh Nationalist Party (BNP)": OriginType.PARTY,
        "BNP": OriginType.UNKNOWN,
        "the opposition": OriginType.PARTY,
        "government of Bangladesh": OriginType.GOVERNMENT,
    }
    assert party_merges(names) == {"BNP": "Bangladesh Nationalist Party (BNP)", "the opposition": "Bangladesh Nationalist Party (BNP)"}


def test_the_opposition_of_two_parties_stays_the_opposition() -> None:
    names = {"Awami League": OriginType.PARTY, "Jatiya Party (JP)": OriginType.PARTY, "the opposition": OriginType.PARTY}
    assert "the opposition" not in party_merges(names)


def test_one_party_under_four_names_is_one_origin_in_reconcile() -> None:
    claims = [
        make_claim(doc_id=f"d{n}", speaker=speaker, language="en", location="Bangladesh", value=60 + n, low=60 + n)
        for n, speaker in enumerate(["BNP", "opposition BNP", "Bangladesh Nationalist Party (BNP", "opposition"])
    ]
    result = reconcile(claims)
    assert [o.name for o in result.origins] == ["Bangladesh Nationalist Party (BNP)"]
    assert set(result.claim_origins.values()) == {"Bangladesh Nationalist Party (BNP)"}


def test_an_outlet_the_text_does_not_name_and_unnamed_reports_stay_unattributed_with_aliases() -> None:
    """At extraction a figure with no source is its outlet's only where the text names the outlet;
    reports of no one named are unattributed: resolving again with the caller's aliases keeps both."""
    from casualty_reconcile import extract

    given = extract("Nine people were wounded in the blast at a fuel depot.", language="en", source="example-news.com", doc_id="a")
    reports = extract("Berichten zufolge wurden bei der Explosion neun Menschen verletzt.", language="de", doc_id="b")
    dateline = extract("LAGOS (Reuters) - Nine people were wounded in the blast at a fuel depot.", language="en", doc_id="c")
    kinds = [claim.origin_type for claim in (*given, *reports, *dateline)]
    assert kinds == [OriginType.UNATTRIBUTED, OriginType.UNATTRIBUTED, OriginType.INDEPENDENT_MEDIA]
    result = reconcile([*given, *reports, *dateline], origins={"polizei": ("police", "government")})
    by_id = {claim.claim_id: claim.doc_id for claim in (*given, *reports, *dateline)}
    names = {by_id[cid]: name for cid, name in result.claim_origins.items()}
    assert names["a"].startswith("unattributed") and names["b"].startswith("unattributed")
    assert names["c"] == "Reuters"
