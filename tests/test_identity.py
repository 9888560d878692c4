"""Identity across years: names that score alike yet measure different things stay apart
(a modifier inserted inside a name, opposite directions), and a merged series is tracked under
its cleanest name."""

from __future__ import annotations

import pytest

import reportdiff
from reportdiff import lang
from reportdiff.extract.identity import different_measures, tracked_names
from reportdiff.model import Indicator, Span

from .conftest import CORPORA, needs_corpora

RULES = lang.profile("zh").series
assert RULES is not None


@pytest.mark.parametrize("modifier", ["标杆", "重点", "规上", "高新技术", "专精特新", "示范", "省级"])
def test_a_modifier_inserted_inside_a_name_is_another_measure(modifier: str) -> None:
    assert RULES is not None
    assert different_measures(f"新增智能制造{modifier}企业", "新增智能制造企业", RULES)
    assert different_measures("新增智能制造企业", f"新增智能制造{modifier}企业", RULES)


@pytest.mark.parametrize(
    ("longer", "shorter"),
    [
        ("粮食总产量", "粮食产量"),
        ("占国内生产总值的比重", "占国内生产总值比重"),
        ("安排地方政府专项债券", "安排地方专项债券"),
        ("居民基本医保人均财政补助标准", "居民医保人均财政补助标准"),
        ("“湘商回归”新注册企业", "湘商回归新注册企业"),
        ("规模以上工业企业实现利润", "规模以上工业企业利润"),
        ("城镇常住居民人均可支配收入", "城镇居民人均可支配收入"),  # 常住: the default population
    ],
)
def test_filler_inserted_inside_a_name_keeps_the_measure(longer: str, shorter: str) -> None:
    assert RULES is not None
    assert not different_measures(longer, shorter, RULES)


@pytest.mark.parametrize(
    ("one", "other"),
    [("铁路投资要", "铁路投资"), ("开工改造城镇老旧小区", "改造城镇老旧小区"), ("全国财政收入", "财政收入")],
)
def test_a_word_added_at_an_end_is_left_to_the_score(one: str, other: str) -> None:
    assert RULES is not None
    assert not different_measures(one, other, RULES)


@pytest.mark.parametrize(
    ("one", "other"),
    [("高", "低"), ("增加", "减少"), ("提高", "降低"), ("上升", "下降"), ("扩大", "缩小"), ("多", "少")],
)
def test_opposite_directions_are_never_one_indicator(one: str, other: str) -> None:
    assert RULES is not None
    assert different_measures(f"赤字率安排比去年预算{one}", f"赤字率安排比去年预算{other}", RULES)
    assert different_measures(f"中央财政补助{one}", f"中央财政补助{other}", RULES)


def _figure(name: str, year: int, unit: str = "家") -> Indicator:
    return Indicator(f"{year}.{name}", name, name, 1.0, None, unit, None, "level", "target", year, "plan",
                     f"1{unit}", name, "s", Span(0, 0))  # fmt: skip


def test_the_cleanest_name_of_a_merged_series() -> None:
    """Most reports first, then the shortest, then code-point order — whatever the years' order."""
    reports = [[_figure("铁路投资要", 2015, "元")], *([_figure("铁路投资", y, "元")] for y in (2016, 2017))]
    for order in (reports, reports[::-1]):
        names = tracked_names(order, lang.profile("zh"), reportdiff.Settings())
        assert names[("level", "元")] == {"铁路投资要": "铁路投资", "铁路投资": "铁路投资"}
    tie = [[_figure("新启动精品小区建设", 2019)], [_figure("启动精品小区建设", 2020)]]
    assert set(tracked_names(tie, lang.profile("zh"), reportdiff.Settings())[("level", "家")].values()) == {
        "启动精品小区建设"
    }


def test_names_differing_inside_stay_two_series() -> None:
    reports = [[_figure("新增智能制造标杆企业", 2025)], [_figure("新增智能制造企业", 2026)]]
    names = tracked_names(reports, lang.profile("zh"), reportdiff.Settings())[("level", "家")]
    assert names == {"新增智能制造标杆企业": "新增智能制造标杆企业", "新增智能制造企业": "新增智能制造企业"}


@needs_corpora
@pytest.mark.corpus
def test_hunan_benchmark_firms_are_not_judged_by_all_firms() -> None:
    """Hunan 2025 新增智能制造标杆企业360家 was `met` by 2026's 新增智能制造企业1585家."""
    checks = reportdiff.track(sorted((CORPORA / "cn-prov-hunan").glob("20*.txt"))).targets()
    row = checks[checks["target"] == "360家"].iloc[0]
    assert row["indicator"] == "新增智能制造标杆企业"
    assert row["verdict"] == "no outcome reported"


@needs_corpora
@pytest.mark.corpus
def test_national_deficit_higher_is_not_lower() -> None:
    """2018's 比去年预算低0.4个百分点 and 2019's 高0.2个百分点: one measure (赤字率), two signed
    changes, never a second fall (the names differed only by 高/低 once)."""
    timeline = reportdiff.track([CORPORA / "cn-state-council" / f"{y}.txt" for y in (2018, 2019)])
    frame = timeline.indicators
    changes = frame[(frame["indicator"] == "赤字率") & (frame["kind"] == "change")]
    assert sorted(zip(changes["year"], changes["value"], strict=True)) == [(2018, -0.4), (2019, 0.2)]


@needs_corpora
@pytest.mark.corpus
def test_national_series_take_their_cleanest_name() -> None:
    timeline = reportdiff.track([CORPORA / "cn-state-council" / f"{y}.txt" for y in range(2015, 2018)])
    indicators = set(timeline.indicators["indicator"])
    assert "铁路投资" in indicators and "铁路投资要" not in indicators


def test_permanent_residents_are_the_default_population_registered_ones_another() -> None:
    """常住 names the population a figure counts anyway; 户籍 names another one."""
    timeline = reportdiff.track([
        reportdiff.parse("各位代表：\n一、2023年工作回顾\n城镇居民人均可支配收入增长5%。户籍人口城镇化率达到50%。\n"
                         "二、2024年主要任务\n城镇常住居民人均可支配收入增长5%左右。\n", "2024.txt"),
        reportdiff.parse("各位代表：\n一、2024年工作回顾\n城镇居民人均可支配收入增长5.2%。常住人口城镇化率达到60%。\n",
                         "2025.txt"),
    ])  # fmt: skip
    names = set(timeline.indicators["indicator"])
    assert "城镇常住居民人均可支配收入" not in names and "城镇居民人均可支配收入" in names
    assert {"户籍人口城镇化率", "常住人口城镇化率"} <= names
    assert [c.verdict for c in timeline.checks if "收入" in c.indicator] == ["met"]


@pytest.mark.parametrize("increment", ["新增", "新建", "净增"])
def test_what_is_added_is_not_the_stock(increment: str) -> None:
    """``新增46家高新技术企业`` (what the year added) does not answer ``高新技术企业达220家`` (how
    many there are): a fourth new user found Hainan's stock target judged missed against it."""
    assert RULES is not None
    assert different_measures(f"{increment}高新技术企业", "高新技术企业", RULES)
    assert not different_measures("高新技术企业", "高新技术企业", RULES)


def test_a_known_names_verb_is_not_carried_along_a_list() -> None:
    """``新增城镇就业8.55万人、农村劳动力转移就业86万人``: 新增 belongs to the known indicator's
    name (城镇新增就业), not to every item after it, as 新增 of ``新增公共绿地…、立体绿化…`` does."""
    report = reportdiff.parse(
        "各位代表：\n一、2025年工作回顾\n新增城镇就业8.55万人、农村劳动力转移就业86万人。"
        "新增公共绿地1.23万平方米、立体绿化3.01万平方米。\n",
        source="2026.txt",
    )
    names = {i.figure: i.name for i in reportdiff.indicators(report)}
    assert (names["86万人"], names["3.01万平方米"]) == ("农村劳动力转移就业", "新增立体绿化")


@pytest.mark.parametrize(
    ("printed", "tracked"),
    [
        ("单位地区生产总值能耗", "单位国内生产总值能耗"),
        ("单位生产总值能耗", "单位国内生产总值能耗"),
        ("单位GDP能耗", "单位国内生产总值能耗"),
        ("城镇常住居民人均可支配收入", "城镇居民人均可支配收入"),
        ("农村常住居民人均可支配收入", "农村居民人均可支配收入"),
        ("单位地区生产总值生产安全事故死亡率", "单位地区生产总值生产安全事故死亡率"),
    ],
)
def test_one_measure_has_one_tracked_name_in_every_region(printed: str, tracked: str) -> None:
    """A panel pools regions: each measure needs one spelling across them (the eleventh new
    user's finding 5: energy intensity was tracked under three names, urban income under two)."""
    from reportdiff.extract.names import canonical

    rules = lang.profile("zh").indicators
    assert rules is not None and canonical(printed, rules) == tracked
